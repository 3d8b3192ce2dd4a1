// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dialogs/dialogparts.h" // valueLabel()
#include "model/types.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

class CodeLabels;
class JobsPanel;

// What a site page is asked to show: the current account's selected site, whether its panel
// can be reached, and whether the signed-in person may change what the page shows (the page
// table's rule; a page that cannot change anything ignores it).
struct SiteView
{
    QPointer<session::AccountSession> session; // null: no account
    QString siteId;                            // empty: no site selected
    bool offline = false;
    bool mayChange = true;

    std::optional<model::Site> site() const;
};

// Who is looking at a site, for the page table's rules (who may see a page, who may change it).
struct SiteAccess
{
    bool siteSelected = false;
    bool staff = false;              // in staff mode
    std::optional<model::Role> role; // the signed-in person's role on the site, if a member

    static SiteAccess of(const session::AccountSession *session, const QString &siteId);
};

// Where the page table's factories make their pages: the tab widget that parents them, the jobs
// panel, the object under which pages that share something (a loader, a change flow) find it
// (HostingController::shared), and the words for the panel's codes (codeLabels()).
struct SitePageContext
{
    QWidget *parent = nullptr;
    JobsPanel *jobs = nullptr;
    QObject *owner = nullptr;
    const CodeLabels *labels = nullptr;
};

// One tab of the selected site (Overview, Web sites, …). The window builds the tabs and the
// View menu from the page table (areas.cpp) and tells every page which site to show; a
// page loads what it needs itself and never reaches into the window.
class SitePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Called again whenever the site's details or the account's online state change.
    virtual void setSite(const SiteView &view) = 0;
    // File → Refresh: ask the panel again for what the page shows.
    virtual void refresh() {}
    // How people read one of this page's fields that the panel names as its API does
    // ("domains[1]", "settings.memory_limit"); empty if it is not one of this page's.
    virtual QString fieldLabel(const QString &apiField) const;
};

// A new row of form: text, then a value label made as valueLabel() makes it, which is returned.
QLabel *addValueRow(QFormLayout *form, const QString &text, QWidget *parent, const char *objectName);

// A push button found by its object name; toolTip, if given, says what the text does not.
QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent,
                         const QString &toolTip = {});

// A table of what a page lists (members, keys): read-only, one row selected at a time, one line
// a row, its last column stretched; found by its object name.
QTableView *listTable(QStandardItemModel *model, const char *objectName, const QString &accessibleName,
                      QWidget *parent);

// A page's title: a label in the larger bold font every page's title has.
QLabel *makePageTitle(const QString &text, QWidget *page);
// A row in layout with the page's title and, at its right end, the label returned: what the page
// is about (the PHP or Apache version).
QLabel *addPageTitleRow(QBoxLayout *layout, const QString &text, QWidget *page);

} // namespace mws::ui
