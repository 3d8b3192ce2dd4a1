// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/snapshotdialog.h"

#include "dialogs/dialogparts.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

constexpr int maxNameLength = 64;

} // namespace

SnapshotDialog::SnapshotDialog(const QString &vm, const QStringList &taken, QWidget *parent)
    : QDialog(parent), m_taken(taken)
{
    QVBoxLayout *layout = startDialog(
        this, "vmSnapshotDialog", tr("Take a Snapshot of %1").arg(vm),
        tr("The snapshot keeps %1's disks, and its memory if it is running, as they are now, so that "
           "it can be reverted to them later. Taking it is recorded in the panel's audit trail.")
            .arg(vm));
    auto *form = new QFormLayout;
    // A name that sorts by time and says when, unless the staff member has a better one.
    m_name = new QLineEdit(
        QStringLiteral("snapshot-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmm")), this);
    m_name->setObjectName(QStringLiteral("vmSnapshotName"));
    m_name->setMaxLength(maxNameLength);
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("vmSnapshotDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Why it was taken: before an upgrade, say"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_problem = problemLabel(this, "vmSnapshotNameProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Take Snapshot"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SnapshotDialog::check);
    m_name->selectAll();
    check();
}

QString SnapshotDialog::name() const
{
    return m_name->text().trimmed();
}

QString SnapshotDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QString SnapshotDialog::nameProblem(const QString &name, const QStringList &taken)
{
    // What every hypervisor's storage takes as a name, and what reads well in the audit trail.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.isEmpty())
        return tr("Give the snapshot a name.");
    if (name.size() > maxNameLength)
        return tr("A snapshot's name has at most %1 characters.").arg(maxNameLength);
    if (!pattern.match(name).hasMatch())
        return tr("Use letters, digits, dots, dashes and underscores, starting with a letter or digit.");
    if (taken.contains(name))
        return tr("This VM already has a snapshot called %1.").arg(name);
    return {};
}

void SnapshotDialog::check()
{
    const QString problem = nameProblem(name(), m_taken);
    // An empty field needs no red words: the disabled button says enough.
    m_problem->setText(problem.isEmpty() || name().isEmpty() ? QString() : problemsHtml(this, {problem}));
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace mws::ui
