// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/activitymodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace mws::ui {

ActivityModel::ActivityModel(CodeLabels labels, QObject *parent)
    : QAbstractTableModel(parent), m_labels(std::move(labels))
{}

void ActivityModel::setEvents(const QList<model::AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const model::AuditEvent &event = m_events[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return event.elevated ? tr("%1 (staff)").arg(event.actor) : event.actor;
        case What:
            return m_labels.action(event.action); // "site.update" → "Changed the site's details"
        case Target:
            return event.target == event.siteId ? tr("the site") : event.target;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("Before: %1\nAfter: %2")
            .arg(QString::fromUtf8(
                     QJsonDocument::fromVariant(event.before.toVariant()).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(
                     QJsonDocument::fromVariant(event.after.toVariant()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Target:
        return tr("On");
    }
    return {};
}

} // namespace mws::ui
