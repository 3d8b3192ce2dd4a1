#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QTabWidget;
class QWidget;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

class ApachePage;
class ChangeFlow;
class HostingLoader;
class HostingPage;
class JobsPanel;
class PhpPage;
class WebSitesPage;

// The hosting tabs of the main window (Web sites, PHP, Apache) and what drives them: the
// HostingLoader fills them for the selected site, each page's changeRequested runs a ChangeFlow
// with the hosting's ETag, new jobs go to the jobs panel, and the hosting is loaded again when
// one ends. Read-only while offline, while a change is under way, or for SSH-only members.
class HostingController : public QObject
{
    Q_OBJECT

public:
    // Adds the three tabs to tabs at index, in that order.
    HostingController(QTabWidget *tabs, int index, JobsPanel *jobs);

    void setSite(session::AccountSession *session, const QString &siteId);
    void reload();
    void setOffline(bool offline);

    WebSitesPage *webSitesPage() const { return m_webSites; }
    PhpPage *phpPage() const { return m_php; }
    ApachePage *apachePage() const { return m_apache; }
    HostingLoader *loader() const { return m_loader; }
    ChangeFlow *changeFlow() const { return m_flow; }
    // A change is under way, or the hosting is being loaded again after one.
    bool isBusy() const;

private:
    void updateReadOnly();
    void showExplanation(const QString &text);
    QList<HostingPage *> pages() const;

    QTabWidget *m_tabs;
    QPointer<session::AccountSession> m_session;
    QString m_siteId;
    WebSitesPage *m_webSites;
    PhpPage *m_php;
    ApachePage *m_apache;
    QList<QLabel *> m_explanations; // over each page while there is nothing to show
    HostingLoader *m_loader;
    ChangeFlow *m_flow;
    bool m_offline = false;
    bool m_mayChange = true;
    bool m_reloading = false; // after a change: read-only until the new hosting is in
};

} // namespace mws::ui
