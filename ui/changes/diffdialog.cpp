// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changes/diffdialog.h"

#include "syntax/syntaxhighlighting.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace mws::ui {

namespace {

QString changeText(const QString &change)
{
    if (change == QLatin1String("added"))
        return DiffDialog::tr("new file");
    if (change == QLatin1String("removed"))
        return DiffDialog::tr("removed");
    return DiffDialog::tr("changed");
}

QPlainTextEdit *diffView(const QString &diff, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(QStringLiteral("diffView"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(diff);
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view->document());
    highlighter->setTheme(repository.defaultTheme(view->palette().color(QPalette::Base).lightness() < 128
                                                      ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(repository.definitionForName(SyntaxNames::diff));
    // Short diffs take little room, long ones scroll.
    const int lines = int(diff.count(QLatin1Char('\n'))) + 2;
    view->setMinimumHeight(std::min(lines, 8) * view->fontMetrics().lineSpacing() + 12);
    return view;
}

} // namespace

DiffDialog::DiffDialog(const model::ConfigPreview &preview, const ChangeNotice &notice, QWidget *parent)
    : QDialog(parent), m_confirmText(notice.confirmText)
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(tr("Review the change"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    addNotice(layout, notice);
    addFiles(layout, preview);
    if (!notice.confirmText.isEmpty())
        addConfirmation(layout, notice.confirmText);
    addButtons(layout);

    if (m_confirm)
        m_confirm->setFocus();
    updateApply();
    resize(820, preview.files.size() > 1 ? 640 : 520);
}

void DiffDialog::addNotice(QBoxLayout *layout, const ChangeNotice &notice)
{
    auto *title = new QLabel(notice.title, this);
    title->setObjectName(QStringLiteral("changeTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!notice.consequences.isEmpty())
        layout->addWidget(consequencesFrame(notice));
}

QFrame *DiffDialog::consequencesFrame(const ChangeNotice &notice)
{
    const bool destructive = !notice.confirmText.isEmpty();
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("changeConsequences"));
    auto *frameLayout = new QVBoxLayout(frame);
    auto *consequences = new QLabel(notice.consequences, frame);
    consequences->setWordWrap(true);
    consequences->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    frameLayout->addWidget(consequences);
    if (destructive) {
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(
            QStringLiteral("QFrame#changeConsequences { background: #f8d7da; border: 1px "
                           "solid #e3a1a8; border-radius: 4px; } QLabel { color: #58151c; }"));
        frame->setAccessibleName(tr("Warning"));
    } else {
        frameLayout->setContentsMargins(0, 0, 0, 0);
    }
    return frame;
}

void DiffDialog::addFiles(QBoxLayout *layout, const model::ConfigPreview &preview)
{
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("changeSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summary->setText(preview.summary.isEmpty() ? tr("The panel will change these files on the site's server:")
                                               : preview.summary);
    layout->addWidget(summary);

    if (preview.files.isEmpty()) {
        auto *none =
            new QLabel(tr("No configuration file changes; only what the panel stores changes."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    for (const model::ConfigFileChange &file : preview.files) {
        auto *heading =
            new QLabel(tr("<b>%1</b> — %2").arg(file.path.toHtmlEscaped(), changeText(file.change)), this);
        heading->setObjectName(QStringLiteral("diffFile"));
        heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(heading);
        QPlainTextEdit *view = diffView(file.diff, this);
        view->setAccessibleName(tr("Changes to %1").arg(file.path));
        heading->setBuddy(view);
        layout->addWidget(view, 1);
    }
}

void DiffDialog::addConfirmation(QBoxLayout *layout, const QString &confirmText)
{
    auto *prompt = new QLabel(
        tr("This cannot be undone from here. Type <b>%1</b> to confirm:").arg(confirmText.toHtmlEscaped()),
        this);
    prompt->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmText"));
    m_confirm->setAccessibleName(tr("Type %1 to confirm").arg(confirmText));
    prompt->setBuddy(m_confirm);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QLineEdit::textChanged, this, &DiffDialog::updateApply);
}

void DiffDialog::addButtons(QBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyChange"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelChange"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DiffDialog::updateApply()
{
    // Enter applies only once the confirmation is typed; until then it cancels.
    const bool confirmed = !m_confirm || m_confirm->text().trimmed() == m_confirmText;
    m_apply->setEnabled(confirmed);
    m_apply->setDefault(confirmed);
    m_cancel->setDefault(!confirmed);
}

} // namespace mws::ui
