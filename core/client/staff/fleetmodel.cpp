// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/fleetmodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace mws {

namespace {

QString percent(double value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

// Folds two CPU-time samples into a use in percent of the VM's vCPUs.
void sampleCpu(FleetVm &vm, const DomainInfo &now, qint64 atMs)
{
    if (!now.hasCpuTime) {
        vm.cpuPercent = -1;
        return;
    }
    const qint64 wallMs = atMs - vm.sampledAtMs;
    if (vm.domain.hasCpuTime && wallMs > 0 && now.cpuTimeNs >= vm.domain.cpuTimeNs) {
        const double used = double(now.cpuTimeNs - vm.domain.cpuTimeNs) / 1e6;
        vm.cpuPercent = 100.0 * used / (double(wallMs) * std::max(1, now.virtualCpus));
    }
    vm.sampledAtMs = atMs;
}

bool sameShown(const FleetVm &a, const DomainInfo &b)
{
    return a.domain.name == b.name && a.domain.state == b.state && a.domain.virtualCpus == b.virtualCpus &&
           a.domain.memoryKiB == b.memoryKiB;
}

} // namespace

FleetModel::FleetModel(QObject *parent) : QAbstractTableModel(parent) {}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FleetVm &row = vm(index.row());
    if (role == UuidRole)
        return row.domain.uuid;
    if (role == HypervisorRole)
        return row.hypervisor;
    if (role == StateRole)
        return int(row.domain.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.domain.name;
    case StateColumn:
        return row.hostConnected ? stateName(row.domain.state) : tr("host unreachable");
    case VirtualCpusColumn:
        return row.domain.virtualCpus > 0 ? QVariant(row.domain.virtualCpus) : QVariant(QStringLiteral("—"));
    case MemoryColumn:
        return row.domain.memoryKiB > 0 ? QLocale().formattedDataSize(qint64(row.domain.memoryKiB) * 1024)
                                        : QStringLiteral("—");
    case CpuColumn:
        return percent(row.cpuPercent);
    case HostColumn:
        return row.hypervisor;
    case ClusterColumn:
        return row.cluster;
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case VirtualCpusColumn:
        return tr("vCPUs");
    case MemoryColumn:
        return tr("Memory");
    case CpuColumn:
        return tr("CPU");
    case HostColumn:
        return tr("Host");
    case ClusterColumn:
        return tr("Cluster");
    default:
        return {};
    }
}

int FleetModel::rowOf(const QString &hypervisor, const QUuid &uuid) const
{
    return m_index.value(Key(hypervisor, uuid), -1);
}

int FleetModel::rowOfName(const QString &name) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&](const FleetVm &row) { return row.domain.name == name; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

int FleetModel::countOn(const QString &hypervisor) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const FleetVm &row) { return row.hypervisor == hypervisor; }));
}

void FleetModel::refreshKeys(FleetVm &row) const
{
    row.nameKey = row.domain.name.toLower();
    row.search = row.nameKey + QLatin1Char('\n') + row.hypervisor.toLower() + QLatin1Char('\n') +
                 row.cluster.toLower() + QLatin1Char('\n') + stateName(row.domain.state).toLower();
}

void FleetModel::applyListing(const QString &hypervisor, const QString &cluster,
                              const QList<DomainInfo> &domains, qint64 atMs)
{
    QSet<QUuid> seen;
    seen.reserve(domains.size());
    QList<int> changed;
    std::vector<FleetVm> added;
    for (const DomainInfo &domain : domains) {
        seen.insert(domain.uuid);
        const int row = rowOf(hypervisor, domain.uuid);
        if (row < 0) {
            FleetVm vm{hypervisor, cluster, domain, true, -1, atMs, {}, {}};
            refreshKeys(vm);
            added.push_back(std::move(vm));
            continue;
        }
        FleetVm &vm = m_rows[std::size_t(row)];
        const double cpuBefore = vm.cpuPercent;
        const bool same = sameShown(vm, domain) && vm.hostConnected;
        sampleCpu(vm, domain, atMs);
        vm.domain = domain;
        vm.hostConnected = true;
        if (!same) {
            refreshKeys(vm);
            changed.append(row);
        } else if (vm.cpuPercent != cpuBefore) {
            changed.append(row);
        }
    }
    notifyRows(changed);

    QList<int> gone;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].hypervisor == hypervisor && !seen.contains(m_rows[row].domain.uuid))
            gone.append(int(row));
    }
    dropRows(gone);

    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (FleetVm &vm : added) {
            m_index.insert(Key(vm.hypervisor, vm.domain.uuid), int(m_rows.size()));
            m_rows.push_back(std::move(vm));
        }
        endInsertRows();
    }
}

bool FleetModel::applyEvent(const QString &hypervisor, const QString &cluster, const DomainEvent &event)
{
    const int row = rowOf(hypervisor, event.uuid);
    if (event.kind == DomainEvent::Kind::Undefined) {
        // An undefined running domain carries on as a transient one, and stops later.
        if (row >= 0 && m_rows[std::size_t(row)].domain.state == DomainInfo::State::ShutOff)
            dropRows({row});
        return true;
    }
    DomainInfo::State state = DomainInfo::State::Unknown;
    switch (event.kind) {
    case DomainEvent::Kind::Started:
    case DomainEvent::Kind::Resumed:
        state = DomainInfo::State::Running;
        break;
    case DomainEvent::Kind::Suspended:
        state = DomainInfo::State::Paused;
        break;
    case DomainEvent::Kind::Stopped:
        state = DomainInfo::State::ShutOff;
        break;
    case DomainEvent::Kind::Crashed:
        state = DomainInfo::State::Crashed;
        break;
    case DomainEvent::Kind::PMSuspended:
        state = DomainInfo::State::Suspended;
        break;
    default:
        break;
    }
    if (row < 0) {
        DomainInfo domain;
        domain.name = event.name;
        domain.uuid = event.uuid;
        domain.state = event.kind == DomainEvent::Kind::Defined ? DomainInfo::State::ShutOff : state;
        applyListingOne(hypervisor, cluster, domain);
        return false;
    }
    if (state != DomainInfo::State::Unknown && state != m_rows[std::size_t(row)].domain.state) {
        FleetVm &vm = m_rows[std::size_t(row)];
        vm.domain.state = state;
        if (state != DomainInfo::State::Running)
            vm.cpuPercent = -1;
        refreshKeys(vm);
        notifyRows({row});
    }
    return true;
}

void FleetModel::applyListingOne(const QString &hypervisor, const QString &cluster, const DomainInfo &domain)
{
    FleetVm vm{hypervisor, cluster, domain, true, -1, 0, {}, {}};
    refreshKeys(vm);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_index.insert(Key(hypervisor, domain.uuid), row);
    m_rows.push_back(std::move(vm));
    endInsertRows();
}

void FleetModel::setHostConnected(const QString &hypervisor, bool connected)
{
    QList<int> changed;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        FleetVm &vm = m_rows[row];
        if (vm.hypervisor == hypervisor && vm.hostConnected != connected) {
            vm.hostConnected = connected;
            vm.cpuPercent = -1;
            changed.append(int(row));
        }
    }
    notifyRows(changed);
}

// One dataChanged per run of neighbouring rows.
void FleetModel::notifyRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

// One removal per run of neighbouring rows, from the last run back.
void FleetModel::dropRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    for (qsizetype j = rows.size() - 1; j >= 0;) {
        qsizetype i = j;
        while (i > 0 && rows[i - 1] == rows[i] - 1)
            --i;
        beginRemoveRows({}, rows[i], rows[j]);
        m_rows.erase(m_rows.begin() + rows[i], m_rows.begin() + rows[j] + 1);
        endRemoveRows();
        j = i - 1;
    }
    rebuildIndex();
}

void FleetModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_rows.size()));
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_index.insert(Key(m_rows[row].hypervisor, m_rows[row].domain.uuid), int(row));
}

FleetProxyModel::FleetProxyModel(FleetModel *fleet, QObject *parent)
    : QSortFilterProxyModel(parent), m_fleet(fleet)
{
    setSourceModel(fleet);
    setDynamicSortFilter(true);
}

void FleetProxyModel::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toLower();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

bool FleetProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_search.isEmpty() || m_fleet->vm(sourceRow).search.contains(m_search);
}

bool FleetProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const FleetVm &a = m_fleet->vm(left.row());
    const FleetVm &b = m_fleet->vm(right.row());
    switch (left.column()) {
    case FleetModel::StateColumn:
        if (a.domain.state != b.domain.state)
            return a.domain.state < b.domain.state;
        break;
    case FleetModel::VirtualCpusColumn:
        if (a.domain.virtualCpus != b.domain.virtualCpus)
            return a.domain.virtualCpus < b.domain.virtualCpus;
        break;
    case FleetModel::MemoryColumn:
        if (a.domain.memoryKiB != b.domain.memoryKiB)
            return a.domain.memoryKiB < b.domain.memoryKiB;
        break;
    case FleetModel::CpuColumn:
        if (a.cpuPercent != b.cpuPercent)
            return a.cpuPercent < b.cpuPercent;
        break;
    case FleetModel::HostColumn:
        if (a.hypervisor != b.hypervisor)
            return a.hypervisor < b.hypervisor;
        break;
    case FleetModel::ClusterColumn:
        if (a.cluster != b.cluster)
            return a.cluster < b.cluster;
        break;
    default:
        break;
    }
    return a.nameKey < b.nameKey;
}

} // namespace mws
