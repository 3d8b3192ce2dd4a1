// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/editorfooter.h"

#include "syntax/codeeditor.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTimer>

namespace mws::ui {

namespace {

constexpr int checkDelayMs = 150;

} // namespace

EditorFooter::EditorFooter(QWidget *page, const QString &prefix, CodeEditor *editor,
                           const QString &problemsName)
    : QObject(page), m_page(page), m_prefix(prefix), m_editor(editor)
{
    m_problemsLabel = new QLabel(page);
    m_problemsLabel->setObjectName(prefix + QStringLiteral("Problems"));
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemsLabel->setAccessibleName(problemsName);
    m_problemsLabel->hide();

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &EditorFooter::checkRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, [this] { m_checkTimer->start(); });
}

void EditorFooter::addNoteAndButtons(QBoxLayout *layout, const QString &revertToolTip)
{
    m_note = new QLabel(m_page);
    m_note->setObjectName(m_prefix + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_revert = new QPushButton(tr("Re&vert"), m_page);
    m_revert->setObjectName(m_prefix + QStringLiteral("Revert"));
    m_revert->setToolTip(revertToolTip);
    m_apply = new QPushButton(tr("&Review and apply…"), m_page);
    m_apply->setObjectName(m_prefix + QStringLiteral("Apply"));
    connect(m_revert, &QPushButton::clicked, this, &EditorFooter::revertClicked);
    connect(m_apply, &QPushButton::clicked, this, &EditorFooter::applyClicked);

    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
}

void EditorFooter::showProblems(const QList<std::pair<int, QString>> &problems)
{
    m_checkTimer->stop();
    m_problems = problems;
    m_editor->setProblems(m_problems);
    QStringList lines;
    for (const auto &[line, message] : std::as_const(m_problems)) {
        lines.append(line > 0 ? tr("<b>Line %1:</b> %2").arg(line).arg(message.toHtmlEscaped())
                              : message.toHtmlEscaped());
    }
    m_problemsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_problemsLabel->setVisible(!lines.isEmpty());
}

void EditorFooter::clearProblems()
{
    showProblems({});
}

bool EditorFooter::isCheckPending() const
{
    return m_checkTimer->isActive();
}

void EditorFooter::showReloadedNote()
{
    m_note->setText(tr("Reloaded: someone changed the settings, so your changes were replaced by what "
                       "the site has now."));
    m_note->show();
}

void EditorFooter::clearNote()
{
    m_note->clear();
    m_note->hide();
}

bool EditorFooter::canApply() const
{
    return m_apply->isEnabled();
}

void EditorFooter::updateButtons(bool shown, bool readOnly, bool changed, bool revertible)
{
    const bool canSend = shown && !readOnly;
    m_apply->setEnabled(canSend && changed && m_problems.isEmpty());
    m_revert->setEnabled(canSend && revertible);
    if (!shown)
        m_apply->setToolTip(QString());
    else if (readOnly)
        m_apply->setToolTip(tr("The settings cannot be changed now."));
    else if (!m_problems.isEmpty())
        m_apply->setToolTip(tr("Fix the problems first."));
    else if (!changed)
        m_apply->setToolTip(tr("Nothing has changed."));
    else
        m_apply->setToolTip(tr("See what would change on the server before applying it."));
}

} // namespace mws::ui
