// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/memberseditor.h"

#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "pages/memberdialog.h"
#include "session/accountsession.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

QString roleText(model::Role role)
{
    switch (role) {
    case model::Role::Owner:
        return MembersEditor::tr("Owner");
    case model::Role::Admin:
        return MembersEditor::tr("Administrator");
    case model::Role::SshUser:
        return MembersEditor::tr("SSH only");
    case model::Role::Supporter:
        return MembersEditor::tr("Staff support");
    }
    return {};
}

MembersEditor::MembersEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Who has access</b>"), this));
    m_members = new QStandardItemModel(0, 3, this);
    m_members->setHorizontalHeaderLabels({tr("Person"), tr("Role"), tr("Until")});
    m_table = listTable(m_members, "membersView", tr("Members of the site"), this);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = namedButton(tr("A&dd person…"), QStringLiteral("addMember"), this,
                        tr("Give someone a role on this site"));
    m_change = namedButton(tr("Change &role…"), QStringLiteral("changeMemberRole"), this);
    m_remove = namedButton(tr("Re&move…"), QStringLiteral("removeMember"), this);
    for (QPushButton *button : {m_add, m_change, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &MembersEditor::addMember);
    connect(m_change, &QPushButton::clicked, this, &MembersEditor::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &MembersEditor::removeMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersEditor::updateButtons);
    updateButtons();
}

void MembersEditor::setSite(const SiteView &view)
{
    m_view = view;
    showMembers(view.session && !view.siteId.isEmpty() ? view.session->members(view.siteId)
                                                       : QList<model::SiteMember>());
    updateButtons();
}

void MembersEditor::showMembers(const QList<model::SiteMember> &members)
{
    // The same person stays selected when the list comes again after a change.
    const auto before = selected();
    m_shown = members;
    m_members->removeRows(0, m_members->rowCount());
    for (const model::SiteMember &member : members) {
        QList<QStandardItem *> row{
            new QStandardItem(member.crsid), new QStandardItem(roleText(member.role)),
            new QStandardItem(member.expiresAt.isValid()
                                  ? QLocale().toString(member.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                  : QString())};
        m_members->appendRow(row);
        if (before && before->crsid == member.crsid)
            m_table->selectRow(m_members->rowCount() - 1);
    }
    m_table->resizeColumnsToContents();
}

std::optional<model::SiteMember> MembersEditor::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_shown.size())
        return std::nullopt;
    return m_shown.at(rows.first().row());
}

void MembersEditor::updateButtons()
{
    const bool mayChange = m_view.mayChange && !m_view.offline && !m_busy && m_view.site().has_value();
    const auto member = selected();
    m_add->setEnabled(mayChange);
    // Staff support is granted by staff to themselves, for an hour; it is not a role to give.
    m_change->setEnabled(mayChange && member && member->role != model::Role::Supporter);
    m_remove->setEnabled(mayChange && member.has_value());
    const QString why = !m_view.mayChange ? tr("Only the site's owners and administrators can change who has "
                                               "access.")
                        : m_view.offline  ? tr("The control panel cannot be reached.")
                                          : QString();
    for (QPushButton *button : {m_change, m_remove})
        button->setToolTip(why);
    m_add->setToolTip(why.isEmpty() ? tr("Give someone a role on this site") : why);
}

void MembersEditor::addMember()
{
    auto *dialog = new MemberDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        putMember(dialog->crsid(), dialog->role(), tr("%1 was not given access.").arg(dialog->crsid()));
    });
    dialog->open();
}

void MembersEditor::changeRole()
{
    const auto member = selected();
    if (!member)
        return;
    auto *dialog = new MemberDialog(member->crsid, member->role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        putMember(dialog->crsid(), dialog->role(), tr("%1's role was not changed.").arg(dialog->crsid()));
    });
    dialog->open();
}

void MembersEditor::removeMember()
{
    if (const auto member = selected())
        confirmRemoval(*member);
}

void MembersEditor::confirmRemoval(const model::SiteMember &member)
{
    // What ends is said before, not after: SSH sessions end on the whole host, not only this site.
    const QString text =
        tr("%1 loses access to the panel for this site and shell access to the site; every SSH session of "
           "theirs on the host ends now, on other sites too.")
            .arg(member.crsid);
    MessageBox::question(
        window(), tr("Remove %1?").arg(member.crsid), text, MessageBox::Yes | MessageBox::Cancel,
        [this, crsid = member.crsid, view = m_view](MessageBox::Button answer) {
            if (answer != MessageBox::Yes || !view.session || view.siteId != m_view.siteId)
                return;
            m_busy = true;
            updateButtons();
            const QString failure = tr("%1 still has access.").arg(crsid);
            view.session->client()
                ->removeMember(view.siteId, crsid)
                .then(this, [this, failure](const Status &removed) { changed(removed, failure); });
        });
}

void MembersEditor::putMember(const QString &crsid, model::Role role, const QString &failure)
{
    if (!m_view.session)
        return;
    m_busy = true;
    updateButtons();
    m_view.session->client()
        ->putMember(m_view.siteId, crsid, role)
        .then(this, [this, failure](const Result<model::SiteMember> &put) {
            changed(put.ok() ? Status() : Status(put.error()), failure);
        });
}

// After the panel answered: the list again from the panel (the session tells every page), or why not.
void MembersEditor::changed(const Status &status, const QString &failure)
{
    m_busy = false;
    updateButtons();
    if (!status.ok()) {
        if (status.error().kind != Error::Kind::Cancelled)
            MessageBox::show(window(), MessageBox::Warning, tr("MWS Admin"),
                             failure + QStringLiteral("\n\n") + errorDetails(status.error()),
                             MessageBox::SelectableText | MessageBox::PlainText,
                             QStringLiteral("membersError"));
        return;
    }
    if (m_view.session)
        m_view.session->refreshSite(m_view.siteId);
}

void MembersEditor::showEvent(QShowEvent *event)
{
    // Filled while another tab was showing, the columns were sized for a hidden view.
    m_table->resizeColumnsToContents();
    QWidget::showEvent(event);
}

} // namespace mws::ui
