// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "staff/hypervisorconnection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <utility>
#include <vector>

namespace mws {

// One VM of the fleet, as last heard of.
struct FleetVm
{
    QString hypervisor;
    QString cluster;
    DomainInfo domain;
    bool hostConnected = true;
    double cpuPercent = -1; // from two CPU-time samples; -1 until there are two, or none at all
    qint64 sampledAtMs = 0;
    QString nameKey; // lower case, for sorting
    QString search;  // lower case: name, host, cluster and state, for filtering
};

// Every VM on every hypervisor of a Fleet, one row each. Listings and events update rows in place
// (dataChanged for the rows that changed, inserts and removals for the ones that came and went),
// never with a reset, so views keep their selection and a proxy re-sorts only what changed.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        VirtualCpusColumn,
        MemoryColumn,
        CpuColumn,
        HostColumn,
        ClusterColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        HypervisorRole,
        StateRole // DomainInfo::State as an int
    };

    explicit FleetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const FleetVm &vm(int row) const { return m_rows[std::size_t(row)]; }
    int rowOf(const QString &hypervisor, const QUuid &uuid) const;
    // The row of the first VM of that name, or -1.
    int rowOfName(const QString &name) const;
    int countOn(const QString &hypervisor) const;

    // Makes the rows of `hypervisor` what `domains` says: all of its VMs, listed at `atMs`.
    void applyListing(const QString &hypervisor, const QString &cluster, const QList<DomainInfo> &domains,
                      qint64 atMs);
    // What an event says of one VM. False if the event named a VM the model did not know, or
    // could not say all of it (a listing should follow).
    bool applyEvent(const QString &hypervisor, const QString &cluster, const DomainEvent &event);
    void setHostConnected(const QString &hypervisor, bool connected);

private:
    using Key = std::pair<QString, QUuid>;

    void refreshKeys(FleetVm &vm) const;
    void notifyRows(QList<int> rows);
    void dropRows(QList<int> rows);
    void applyListingOne(const QString &hypervisor, const QString &cluster, const DomainInfo &domain);
    void rebuildIndex();

    std::vector<FleetVm> m_rows;
    QHash<Key, int> m_index;
};

// Sorting and filtering for a FleetModel that read the rows directly, not through QVariants:
// a keystroke in the filter stays well under a frame at 5,000 VMs.
class FleetProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetProxyModel(FleetModel *fleet, QObject *parent = nullptr);

    // Rows whose name, host, cluster or state contain `text`, ignoring case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FleetModel *const m_fleet;
    QString m_search;
};

} // namespace mws
