// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "pages/sitepage.h"
#include "util/result.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mws::ui {

// How people read a role ("Owner", "SSH only").
QString roleText(model::Role role);

// Who has access to a site (the Overview page's list) and, for those who may change it (the page
// table's rule: owners, administrators, staff in staff mode), adding a person, changing a role and
// removing someone. The panel decides: what it refuses (an administrator changing an owner, the
// last owner going) is shown in its own words. Read-only while offline or while a change is sent.
class MembersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MembersEditor(QWidget *parent = nullptr);

    void setSite(const SiteView &view);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMembers(const QList<model::SiteMember> &members);
    void addMember();
    void changeRole();
    void removeMember();
    void confirmRemoval(const model::SiteMember &member);
    void putMember(const QString &crsid, model::Role role, const QString &failure);
    void changed(const Status &status, const QString &failure);
    std::optional<model::SiteMember> selected() const;
    void updateButtons();

    SiteView m_view;
    QList<model::SiteMember> m_shown;
    QStandardItemModel *m_members;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace mws::ui
