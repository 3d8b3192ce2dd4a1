// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/activitypage.h"

#include "labels/codelabels.h"
#include "models/activitymodel.h"
#include "session/accountsession.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

ActivityPage::ActivityPage(const SitePageContext &context) : SitePage(context.parent)
{
    setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activityFilter"));
    m_search->setPlaceholderText(tr("Filter by person, action or target…"));
    m_search->setAccessibleName(tr("Filter activity"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new ActivityModel(context.labels ? *context.labels : CodeLabels(), this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
}

void ActivityPage::setEvents(const QList<model::AuditEvent> &events)
{
    m_model->setEvents(events);
    m_view->resizeColumnsToContents();
}

int ActivityPage::visibleRows() const
{
    return m_filter->rowCount();
}

void ActivityPage::setSite(const SiteView &view)
{
    setEvents(view.site() ? view.session->activity(view.siteId) : QList<model::AuditEvent>());
}

} // namespace mws::ui
