#pragma once

#include "session/accountsession.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTabWidget;

namespace mws::ui {

class ActivityPage;
class JobsPanel;
class OverviewPage;
class SiteFilterModel;
class SiteListModel;

// The site list on the left, the selected site's pages on the right, the jobs below, and a
// banner while the panel cannot be reached. Each page is its own class with its own model.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(session::AccountSession *session);
    session::AccountSession *session() const { return m_session; }
    QString currentSiteId() const { return m_currentSiteId; }
    bool selectSite(const QString &siteId);

Q_SIGNALS:
    void signOutRequested();
    void addAccountRequested();
    void switchAccountRequested(const QString &accountKey);

public:
    // The accounts offered under File ▸ Switch account, as (key, label) pairs.
    void setOtherAccounts(const QList<std::pair<QString, QString>> &accounts);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateSites();
    void updateSiteDetails(const QString &siteId);
    void updateOnline(bool online);
    void siteSelected();

    QPointer<session::AccountSession> m_session;
    SiteListModel *m_sites;
    SiteFilterModel *m_filter;
    QLineEdit *m_search;
    QListView *m_siteList;
    QLabel *m_offlineBanner;
    QLabel *m_emptyList;
    QTabWidget *m_pages;
    OverviewPage *m_overview;
    ActivityPage *m_activity;
    JobsPanel *m_jobs;
    QString m_currentSiteId;
    QMenu *m_switchMenu = nullptr;
};

} // namespace mws::ui
