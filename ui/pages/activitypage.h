// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "pages/sitepage.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mws::ui {

class ActivityModel;

// The audit log of a site: who did what and when, filterable.
class ActivityPage : public SitePage
{
    Q_OBJECT

public:
    // The context's labels name the actions (none: every action as readable words).
    explicit ActivityPage(const SitePageContext &context);
    void setSite(const SiteView &view) override;
    void setEvents(const QList<model::AuditEvent> &events);
    int visibleRows() const;

private:
    ActivityModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace mws::ui
