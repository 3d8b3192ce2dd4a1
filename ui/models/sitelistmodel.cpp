#include "models/sitelistmodel.h"

#include <QIcon>

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
        return QStringLiteral(":/icons/status-stopped.svg");
    case model::SiteStatus::Disabled:
        return QStringLiteral(":/icons/status-off.svg");
    }
    return {};
}

void SiteListModel::setSites(const QList<model::Site> &sites)
{
    beginResetModel();
    m_sites = sites;
    m_searchText.clear();
    m_searchText.reserve(sites.size());
    for (const model::Site &site : sites)
        m_searchText.append(
            (site.name + QLatin1Char('\n') + site.hostname + QLatin1Char('\n') + site.id).toLower());
    endResetModel();
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
    return index.data(SiteListModel::SearchTextRole).toString().contains(m_needle);
}

} // namespace mws::ui
