// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace mws::ui {

// The sites of one account, as the site list on the left of the main window shows them.
// setSites() changes rows in place (insert, remove, dataChanged) and never resets, so views and
// the AccountSiteTreeModel that groups several of these keep their selection and expansion.
class SiteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        SiteIdRole = Qt::UserRole + 1,
        HostnameRole,
        StatusRole,
        SearchTextRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setSites(const QList<model::Site> &sites);
    const QList<model::Site> &sites() const { return m_sites; }
    QModelIndex indexOf(const QString &siteId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<model::Site> m_sites;
    QList<QString> m_searchText; // lower-cased name, hostname and id, made once per change
};

// Search as you type over name, hostname and id, case-insensitive, without regular expressions.
// On a tree (AccountSiteTreeModel) it filters the sites; an account row stays while any of its
// sites matches (recursive filtering), and every account row shows while the search is empty.
class SiteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SiteFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    bool isSearching() const { return !m_needle.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
};

QString statusText(model::SiteStatus status);
QString statusIconPath(model::SiteStatus status);

} // namespace mws::ui
