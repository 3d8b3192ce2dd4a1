// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/sitelistmodel.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace mws::auth {
struct Account;
}
namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// "test0001 @ panel.example:8443": how an account is named wherever the window shows it.
QString accountLabel(const auth::Account &account);

// Every open account side by side: one top-level row per account (who, which panel, how many
// sites, whether the panel answers), its sites as children. Each account's sites come from its
// own SiteListModel, kept in step with its AccountSession; this model only groups them.
class AccountSiteTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles
    {
        AccountKeyRole = SiteListModel::SearchTextRole + 1, // on account and site rows
        IsAccountRole,                                      // true on account rows
        OnlineRole,                                         // on account rows
        SiteCountRole                                       // on account rows
    };

    explicit AccountSiteTreeModel(QObject *parent = nullptr);
    ~AccountSiteTreeModel() override;

    // Appends the account's group and follows the session until removeAccount() (or its end).
    void addAccount(session::AccountSession *session);
    void removeAccount(session::AccountSession *session);
    QList<session::AccountSession *> accounts() const;
    int siteCount() const; // over every account

    session::AccountSession *accountAt(const QModelIndex &index) const; // of an account or site row
    QModelIndex indexOfAccount(const session::AccountSession *session) const;
    QModelIndex indexOfSite(const session::AccountSession *session, const QString &siteId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Around each update of an account's site rows (the views may need to re-select after).
    void accountSitesAboutToChange(mws::session::AccountSession *session);
    void accountSitesChanged(mws::session::AccountSession *session);

private:
    struct Group;

    int rowOf(const Group *group) const;
    QVariant accountData(const Group &group, int role) const;
    void connectGroup(Group *group);

    std::vector<std::unique_ptr<Group>> m_groups;
};

} // namespace mws::ui
