// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/sitelistmodel.h"

#include <QIcon>
#include <QUrl>

namespace mws::ui {

QString statusText(model::SiteStatus status)
{
    switch (status) {
    case model::SiteStatus::Requested:
        return SiteListModel::tr("Waiting for approval");
    case model::SiteStatus::Active:
        return SiteListModel::tr("Active");
    case model::SiteStatus::Suspended:
        return SiteListModel::tr("Suspended");
    case model::SiteStatus::Disabled:
        return SiteListModel::tr("Turned off");
    case model::SiteStatus::Deleted:
        return SiteListModel::tr("Deleted");
    case model::SiteStatus::Declined:
        return SiteListModel::tr("Declined");
    }
    return {};
}

QString statusIconPath(model::SiteStatus status)
{
    switch (status) {
    case model::SiteStatus::Active:
        return QStringLiteral(":/icons/status-active.svg");
    case model::SiteStatus::Requested:
        return QStringLiteral(":/icons/status-pending.svg");
    case model::SiteStatus::Suspended:
    case model::SiteStatus::Deleted:
    case model::SiteStatus::Declined:
        return QStringLiteral(":/icons/status-stopped.svg");
    case model::SiteStatus::Disabled:
        return QStringLiteral(":/icons/status-off.svg");
    }
    return {};
}

namespace {

QString searchTextOf(const model::Site &site)
{
    // Domain names are stored in their ASCII (IDNA) form; people type them either way.
    QString text = site.name + QLatin1Char('\n') + site.hostname + QLatin1Char('\n') + site.id;
    for (const QString &domain : site.domains)
        text += QLatin1Char('\n') + domain + QLatin1Char('\n') +
                QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return text.toLower();
}

} // namespace

void SiteListModel::setSites(const QList<model::Site> &sites)
{
    const qsizetype oldCount = m_sites.size();
    const qsizetype newCount = sites.size();
    if (newCount < oldCount) {
        beginRemoveRows({}, int(newCount), int(oldCount - 1));
        m_sites.resize(newCount);
        m_searchText.resize(newCount);
        endRemoveRows();
    }
    // Rows both lists have: only the ones that differ are announced (the version changes with
    // every edit), so a revalidation that changed nothing costs the views nothing.
    qsizetype firstChanged = -1, lastChanged = -1;
    for (qsizetype row = 0; row < std::min(oldCount, newCount); ++row) {
        const model::Site &site = sites[row];
        if (m_sites[row].id == site.id && m_sites[row].version == site.version &&
            m_sites[row].status == site.status)
            continue;
        m_sites[row] = site;
        m_searchText[row] = searchTextOf(site);
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(int(firstChanged)), index(int(lastChanged)));
    if (newCount > oldCount) {
        beginInsertRows({}, int(oldCount), int(newCount - 1));
        m_sites.reserve(newCount);
        m_searchText.reserve(newCount);
        for (qsizetype row = oldCount; row < newCount; ++row) {
            m_sites.append(sites[row]);
            m_searchText.append(searchTextOf(sites[row]));
        }
        endInsertRows();
    }
}

QModelIndex SiteListModel::indexOf(const QString &siteId) const
{
    for (int row = 0; row < m_sites.size(); ++row)
        if (m_sites[row].id == siteId)
            return index(row);
    return {};
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    const model::Site &site = m_sites[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return site.name;
    case Qt::ToolTipRole:
        if (site.status == model::SiteStatus::Declined)
            return tr("%1\nDeclined: %2").arg(site.name, site.declineReason);
        return tr("%1\n%2\nStatus: %3")
            .arg(site.name, site.hostname.isEmpty() ? site.id : site.hostname, statusText(site.status));
    case Qt::DecorationRole: {
        // Icons are shared: QIcon caches the rendered pixmaps per path.
        static QHash<QString, QIcon> icons;
        const QString path = statusIconPath(site.status);
        auto it = icons.find(path);
        if (it == icons.end())
            it = icons.insert(path, QIcon(path));
        return *it;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(site.name, statusText(site.status));
    case SiteIdRole:
        return site.id;
    case HostnameRole:
        return site.hostname;
    case StatusRole:
        return QVariant::fromValue(int(site.status));
    case SearchTextRole:
        return m_searchText.value(index.row());
    default:
        return {};
    }
}

SiteFilterModel::SiteFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SiteFilterModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool SiteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Rows without search text (an account) match through their sites only.
    return index.data(SiteListModel::SearchTextRole).toString().contains(m_needle);
}

} // namespace mws::ui
