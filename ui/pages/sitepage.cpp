// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/sitepage.h"

#include "session/accountsession.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace mws::ui {

std::optional<model::Site> SiteView::site() const
{
    return session && !siteId.isEmpty() ? session->site(siteId) : std::nullopt;
}

SiteAccess SiteAccess::of(const session::AccountSession *session, const QString &siteId)
{
    SiteAccess access;
    if (!session || siteId.isEmpty() || !session->site(siteId))
        return access;
    access.siteSelected = true;
    access.staff = session->isStaff();
    for (const model::SiteMember &member : session->members(siteId))
        if (member.crsid == session->account().crsid)
            access.role = member.role;
    return access;
}

QLabel *addValueRow(QFormLayout *form, const QString &text, QWidget *parent, const char *objectName)
{
    QLabel *value = valueLabel(parent, objectName);
    form->addRow(text, value);
    return value;
}

QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent,
                         const QString &toolTip)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    if (!toolTip.isEmpty())
        button->setToolTip(toolTip);
    return button;
}

QTableView *listTable(QStandardItemModel *model, const char *objectName, const QString &accessibleName,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QLabel *makePageTitle(const QString &text, QWidget *page)
{
    auto *title = new QLabel(text, page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    return title;
}

QLabel *addPageTitleRow(QBoxLayout *layout, const QString &text, QWidget *page)
{
    auto *row = new QHBoxLayout;
    row->addWidget(makePageTitle(text, page));
    row->addStretch();
    auto *detail = new QLabel(page);
    row->addWidget(detail);
    layout->addLayout(row);
    return detail;
}

QString SitePage::fieldLabel(const QString &apiField) const
{
    Q_UNUSED(apiField);
    return {};
}

} // namespace mws::ui
