// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/memberdialog.h"

#include "dialogs/dialogparts.h"
#include "pages/memberseditor.h"
#include "validate/sitefields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

MemberDialog::MemberDialog(QWidget *parent) : QDialog(parent)
{
    build(tr("Give someone access"),
          tr("Type the person's CRSid and choose what they may do. Their access starts at once."),
          model::Role::Admin);
}

MemberDialog::MemberDialog(const QString &crsid, model::Role role, QWidget *parent) : QDialog(parent)
{
    build(tr("Change %1's role").arg(crsid), tr("Choose what %1 may do on this site.").arg(crsid), role);
    m_crsid->setText(crsid);
    m_crsid->setReadOnly(true);
    m_role->setFocus();
}

void MemberDialog::build(const QString &title, const QString &intro, model::Role role)
{
    auto *layout = startDialog(this, "memberDialog", title, intro);
    auto *form = new QFormLayout;
    m_crsid = new QLineEdit(this);
    m_crsid->setObjectName(QStringLiteral("memberCrsid"));
    m_crsid->setPlaceholderText(tr("e.g. abc123"));
    m_crsid->setMaxLength(20);
    form->addRow(tr("&CRSid:"), m_crsid);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("memberRole"));
    for (model::Role choice : {model::Role::Owner, model::Role::Admin, model::Role::SshUser})
        m_role->addItem(roleText(choice), model::toString(choice));
    m_role->setCurrentIndex(m_role->findData(model::toString(role)));
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);
    auto *roles =
        new QLabel(tr("Owners and administrators manage the site in this panel; only owners may add or "
                      "remove owners. SSH-only members have a shell on the site and no access to this "
                      "panel."),
                   this);
    roles->setWordWrap(true);
    layout->addWidget(roles);
    m_problem = problemLabel(this, "memberProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("memberOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_crsid, &QLineEdit::textChanged, this, &MemberDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

QString MemberDialog::crsid() const
{
    return m_crsid->text().trimmed();
}

model::Role MemberDialog::role() const
{
    return model::roleFromString(m_role->currentData().toString()).value_or(model::Role::SshUser);
}

void MemberDialog::validate()
{
    // Nothing is said until something is typed; then what is wrong with it, before it is sent.
    const QString problem = crsid().isEmpty() ? QString() : validate::crsidProblem(crsid());
    m_problem->setText(problem.isEmpty() ? QString() : problemsHtml(this, {problem}));
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!crsid().isEmpty() && problem.isEmpty());
}

} // namespace mws::ui
