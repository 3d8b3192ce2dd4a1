#pragma once

#include "model/types.h"

#include <QAbstractTableModel>

namespace mws::ui {

// A site's audit events, newest first: when, who, what, and on what.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        What,
        Target,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<model::AuditEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "site.update" → "Changed the site's details", for people rather than programs.
    static QString describeAction(const QString &action);

private:
    QList<model::AuditEvent> m_events;
};

} // namespace mws::ui
