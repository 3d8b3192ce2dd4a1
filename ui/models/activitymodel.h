// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"
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

    // labels: the words for the actions (CodeLabels::action).
    explicit ActivityModel(CodeLabels labels, QObject *parent = nullptr);

    void setEvents(const QList<model::AuditEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CodeLabels m_labels;
    QList<model::AuditEvent> m_events;
};

} // namespace mws::ui
