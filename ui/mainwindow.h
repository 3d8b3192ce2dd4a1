// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"
#include "pages/accountwatch.h"
#include "pages/sitepages.h"
#include "session/accountsession.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace mws::ui {

class JobsPanel;
class SiteNavigator;
class AccountBar;

// Every open account side by side: the accounts and their sites on the left (SiteNavigator),
// the selected site's pages on the right, its jobs below, and a banner while the selected
// account's panel cannot be reached. The selected site's account is the current one: the
// pages, the jobs, the banner and the account actions are about it. The pages come from the
// page table (areas.cpp): the window makes the tabs and the View menu from it and
// tells each page which site to show; it knows no page by name.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds the account's group to the list; makeCurrent selects it (and then its first site).
    void addSession(session::AccountSession *session, bool makeCurrent = true);
    void removeSession(session::AccountSession *session);
    QList<session::AccountSession *> sessions() const;
    session::AccountSession *session() const { return m_current; } // the current account's
    QString currentSiteId() const { return m_currentSiteId; }
    bool selectSite(const QString &siteId); // of the current account
    bool selectSite(session::AccountSession *session, const QString &siteId);

Q_SIGNALS:
    void signOutRequested(mws::session::AccountSession *session);
    void addAccountRequested();
    void currentAccountChanged(mws::session::AccountSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void updatePages();
    void updatePageActions();
    void showCurrent(session::AccountSession *session, const QString &siteId);
    void updateSiteDetails();
    void updateOnline();
    void updateAccountActions();
    // In the status bar and, while the window is not the active one, as a system notification;
    // clicking that selects the site (of session) it is about, if any.
    void showNotice(const QString &text, session::AccountSession *session = nullptr,
                    const QString &siteId = {});

    const CodeLabels m_labels; // every area's words for job kinds and audit actions
    QPointer<session::AccountSession> m_current;
    QString m_currentSiteId;
    SiteNavigator *m_navigator;
    QLabel *m_offlineBanner;
    QList<AccountBar *> m_accountBars; // accountBarTable(), above the pages
    QTabWidget *m_pages;
    struct PageSlot
    {
        SitePageEntry entry;
        SitePage *page = nullptr;
        bool visible = true;
    };
    QList<PageSlot> m_sitePages;                                       // in tab order
    QHash<session::AccountSession *, QList<AccountWatch *>> m_watches; // accountWatchTable()'s, per account
    JobsPanel *m_jobs;
    QMenu *m_viewMenu = nullptr;
    QAction *m_pagesEnd = nullptr; // the page actions go before it
    QList<QAction *> m_pageActions;
    QMenu *m_goToMenu = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace mws::ui
