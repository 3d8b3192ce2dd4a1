// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/accountsitetreemodel.h"

#include "session/accountsession.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace mws::ui {

QString accountLabel(const auth::Account &account)
{
    const QString panel =
        account.panelUrl.port() > 0
            ? QStringLiteral("%1:%2").arg(account.panelUrl.host()).arg(account.panelUrl.port())
            : account.panelUrl.host();
    return AccountSiteTreeModel::tr("%1 @ %2").arg(account.crsid, panel);
}

struct AccountSiteTreeModel::Group
{
    QPointer<session::AccountSession> session;
    QString key;
    SiteListModel sites;
};

AccountSiteTreeModel::AccountSiteTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

AccountSiteTreeModel::~AccountSiteTreeModel() = default;

void AccountSiteTreeModel::addAccount(session::AccountSession *session)
{
    if (!session || indexOfAccount(session).isValid())
        return;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    auto group = std::make_unique<Group>();
    group->session = session;
    group->key = session->account().key();
    Group *added = group.get();
    m_groups.push_back(std::move(group));
    endInsertRows();
    connectGroup(added);
    Q_EMIT accountSitesAboutToChange(session);
    added->sites.setSites(session->sites()); // what the session already has (usually nothing yet)
    Q_EMIT accountSitesChanged(session);
}

void AccountSiteTreeModel::connectGroup(Group *group)
{
    SiteListModel *sites = &group->sites;
    const auto accountIndex = [this, group] { return createIndex(rowOf(group), 0, nullptr); };
    // The group's rows are this model's rows under the account row.
    connect(sites, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, accountIndex](const QModelIndex &, int first, int last) {
                beginInsertRows(accountIndex(), first, last);
            });
    connect(sites, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(sites, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, accountIndex](const QModelIndex &, int first, int last) {
                beginRemoveRows(accountIndex(), first, last);
            });
    connect(sites, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(
        sites, &QAbstractItemModel::dataChanged, this,
        [this, group](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            Q_EMIT dataChanged(createIndex(topLeft.row(), 0, group), createIndex(bottomRight.row(), 0, group),
                               roles);
        });
    // SiteListModel never resets; should it ever, the whole tree does.
    connect(sites, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(sites, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });

    session::AccountSession *session = group->session;
    connect(session, &session::AccountSession::sitesChanged, this, [this, group] {
        if (!group->session)
            return;
        Q_EMIT accountSitesAboutToChange(group->session);
        group->sites.setSites(group->session->sites());
        const QModelIndex account = createIndex(rowOf(group), 0, nullptr);
        Q_EMIT dataChanged(account, account); // the count
        Q_EMIT accountSitesChanged(group->session);
    });
    connect(session, &session::AccountSession::onlineChanged, this, [this, group] {
        const QModelIndex account = createIndex(rowOf(group), 0, nullptr);
        Q_EMIT dataChanged(account, account);
    });
    connect(session, &QObject::destroyed, this, [this, group] {
        const int row = rowOf(group);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_groups.erase(m_groups.begin() + row);
        endRemoveRows();
    });
}

void AccountSiteTreeModel::removeAccount(session::AccountSession *session)
{
    const QModelIndex account = indexOfAccount(session);
    if (!account.isValid())
        return;
    disconnect(session, nullptr, this, nullptr);
    beginRemoveRows({}, account.row(), account.row());
    m_groups.erase(m_groups.begin() + account.row());
    endRemoveRows();
}

QList<session::AccountSession *> AccountSiteTreeModel::accounts() const
{
    QList<session::AccountSession *> sessions;
    for (const auto &group : m_groups)
        if (group->session)
            sessions.append(group->session);
    return sessions;
}

int AccountSiteTreeModel::siteCount() const
{
    int count = 0;
    for (const auto &group : m_groups)
        count += group->sites.rowCount();
    return count;
}

int AccountSiteTreeModel::rowOf(const Group *group) const
{
    for (size_t row = 0; row < m_groups.size(); ++row)
        if (m_groups[row].get() == group)
            return int(row);
    return -1;
}

session::AccountSession *AccountSiteTreeModel::accountAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *group = static_cast<const Group *>(index.internalPointer()))
        return group->session;
    return index.row() < int(m_groups.size()) ? m_groups[size_t(index.row())]->session.data() : nullptr;
}

QModelIndex AccountSiteTreeModel::indexOfAccount(const session::AccountSession *session) const
{
    for (size_t row = 0; row < m_groups.size(); ++row)
        if (session && m_groups[row]->session == session)
            return createIndex(int(row), 0, nullptr);
    return {};
}

QModelIndex AccountSiteTreeModel::indexOfSite(const session::AccountSession *session,
                                              const QString &siteId) const
{
    const QModelIndex account = indexOfAccount(session);
    if (!account.isValid() || siteId.isEmpty())
        return {};
    Group *group = m_groups[size_t(account.row())].get();
    const QModelIndex site = group->sites.indexOf(siteId);
    return site.isValid() ? createIndex(site.row(), 0, group) : QModelIndex();
}

QModelIndex AccountSiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return {}; // sites have no children
    Group *group = m_groups[size_t(parent.row())].get();
    return row < group->sites.rowCount() ? createIndex(row, 0, group) : QModelIndex();
}

QModelIndex AccountSiteTreeModel::parent(const QModelIndex &child) const
{
    const auto *group = child.isValid() ? static_cast<const Group *>(child.internalPointer()) : nullptr;
    if (!group)
        return {};
    const int row = rowOf(group);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int AccountSiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return 0;
    return m_groups[size_t(parent.row())]->sites.rowCount();
}

int AccountSiteTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AccountSiteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto *group = static_cast<const Group *>(index.internalPointer());
    if (!group) {
        if (index.row() >= int(m_groups.size()))
            return {};
        return accountData(*m_groups[size_t(index.row())], role);
    }
    switch (role) {
    case AccountKeyRole:
        return group->key;
    case IsAccountRole:
        return false;
    default:
        return group->sites.data(group->sites.index(index.row()), role);
    }
}

QVariant AccountSiteTreeModel::accountData(const Group &group, int role) const
{
    if (!group.session)
        return {};
    const auth::Account &account = group.session->account();
    const bool online = group.session->isOnline();
    const int count = group.sites.rowCount();
    switch (role) {
    case Qt::DisplayRole:
        return online ? tr("%1 (%2)").arg(accountLabel(account)).arg(count)
                      : tr("%1 (%2, offline)").arg(accountLabel(account)).arg(count);
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1 on %2\n%n site(s)", nullptr, count).arg(account.crsid, account.panelUrl.toString());
        if (!online)
            tip += QLatin1Char('\n') +
                   tr("The control panel cannot be reached: showing what was last loaded, read-only.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return online ? tr("Account %1, %n site(s)", nullptr, count).arg(accountLabel(account))
                      : tr("Account %1, %n site(s), offline", nullptr, count).arg(accountLabel(account));
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(online ? QStyle::SP_DriveNetIcon
                                                          : QStyle::SP_MessageBoxWarning);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case AccountKeyRole:
        return group.key;
    case IsAccountRole:
        return true;
    case OnlineRole:
        return online;
    case SiteCountRole:
        return count;
    default:
        return {};
    }
}

} // namespace mws::ui
