// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

class AccountSiteTreeModel;
class SiteFilterModel;

// The left of the main window: every open account with its sites beneath it, and a search
// that filters the sites of all of them as you type. It says which account and site are
// current; the window shows that account's pages, jobs and state.
class SiteNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit SiteNavigator(QWidget *parent = nullptr);
    ~SiteNavigator() override;

    // makeCurrent: select the account now, and its first site once its sites are known.
    void addAccount(session::AccountSession *session, bool makeCurrent);
    void removeAccount(session::AccountSession *session);
    QList<session::AccountSession *> accounts() const;

    session::AccountSession *currentAccount() const { return m_account; }
    QString currentSiteId() const { return m_siteId; }
    bool selectSite(session::AccountSession *session, const QString &siteId);
    void selectAccount(session::AccountSession *session);
    void focusSearch();
    // Offered on right-click over the list; they act on the current account or site.
    void setContextActions(const QList<QAction *> &actions);

Q_SIGNALS:
    // The current row moved to another account or site (siteId empty: the account row).
    void currentChanged(mws::session::AccountSession *account, const QString &siteId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentRowChanged();
    void setCurrent(session::AccountSession *session, const QString &siteId);
    void restoreCurrentRow();
    void accountSitesChanged(session::AccountSession *session);
    void expandAccounts();
    void updatePlaceholder();
    bool selectFirstSite(session::AccountSession *session);

    AccountSiteTreeModel *m_model;
    SiteFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_placeholder;
    QPointer<session::AccountSession> m_account;
    QString m_siteId;
    QPointer<session::AccountSession> m_pickFirstSiteOf; // until a site of it is selected
    bool m_updating = false; // the view's current row moves because rows do, not the user
};

} // namespace mws::ui
