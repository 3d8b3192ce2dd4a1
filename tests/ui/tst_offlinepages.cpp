// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The hosting pages offline: the app signs in to a real panel (driving real Apache and PHP-FPM),
// opens a site's Web sites, PHP and Apache pages, and is closed; then, with the panel stopped,
// the app starts again from the remembered account and must show the three pages as they were,
// from the offline cache, read-only, under the offline banner. Without the cache there would be
// nothing to show but a sentence saying the panel cannot be reached.
#include "api/hostingrequest.h"
#include "apitestbase.h"
#include "appcontroller.h"
#include "browseruser.h"
#include "hosting/hostingcontroller.h"
#include "mainwindow.h"
#include "session/siteresourceloader.h"
#include "signin/signinwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace mws::test;

namespace {} // namespace

class TestOfflinePages : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    BrowserUser m_browser;
    QString m_siteId;

    PanelProcess &panel() { return m_fixture.panel(); }
    template <typename T = QWidget> static T *child(mws::ui::MainWindow *window, const char *name)
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    static mws::session::SiteResourceLoader *loader(mws::ui::MainWindow *window)
    {
        return window->findChild<mws::ui::HostingController *>()->loader();
    }

    // Sends one hosting change as the owner and waits for its job to succeed.
    void applyAsOwner(HttpClient &http, const QString &token, const mws::api::HostingRequest &change)
    {
        const QUrl hostingUrl = panel().url(QStringLiteral("/api/v1/sites/%1/hosting").arg(m_siteId));
        const HttpReply hosting = http.getJson(hostingUrl, token);
        QCOMPARE(hosting.status, 200);
        const HttpReply queued = http.sendJson(change.method, panel().url(QLatin1Char('/') + change.path),
                                               change.body, token, {{"If-Match", hosting.header("ETag")}});
        QVERIFY2(queued.status == 202 || queued.status == 200, queued.body.constData());
        const QString jobId = queued.json().value(QStringLiteral("id")).toString();
        QString state;
        QTRY_VERIFY_WITH_TIMEOUT(
            (state = http.getJson(panel().url(QStringLiteral("/api/v1/jobs/") + jobId), token)
                         .json()
                         .value(QStringLiteral("state"))
                         .toString()) != QLatin1String("queued") &&
                state != QLatin1String("running"),
            60000);
        QCOMPARE(state, QStringLiteral("succeeded"));
    }

    // What the three pages show of the site's hosting, the same online and offline.
    static void checkPagesShowTheHosting(mws::ui::MainWindow *window)
    {
        auto *vhosts = child<QListWidget>(window, "vhostList");
        QTRY_COMPARE_WITH_TIMEOUT(vhosts->count(), 1, 15000);
        QVERIFY(vhosts->item(0)->text().contains(QLatin1String("www.offline.test")));
        QCOMPARE(child<QPlainTextEdit>(window, "vhostDomains")->toPlainText(),
                 QStringLiteral("www.offline.test"));
        QVERIFY(child<QPlainTextEdit>(window, "phpEditor")->toPlainText().contains(QLatin1String("96M")));
        QCOMPARE(child<QComboBox>(window, "apacheVhost")->currentData().toString(), QStringLiteral("main"));
        QVERIFY(child<QCheckBox>(window, "apacheModule_rewrite")->isChecked());
        for (QLabel *cover : window->findChildren<QLabel *>(QStringLiteral("hostingExplanation")))
            QVERIFY2(cover->isHidden(), qPrintable(cover->text()));
    }

    static void showEachPage(mws::ui::MainWindow *window)
    {
        auto *tabs = child<QTabWidget>(window, "sitePages");
        for (const char *page : {"webSitesPage", "phpPage", "apachePage"}) {
            tabs->setCurrentWidget(child(window, page));
            QVERIFY(child(window, page)->isVisible());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        options.webServers = true;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));

        // Staff make an active site for test0002, who gives it a vhost and a PHP setting.
        m_siteId = createSiteAsStaff(panel(), QStringLiteral("test0001"), QStringLiteral("Offline Lab"),
                                     QStringLiteral("test0002"), &error);
        QVERIFY2(!m_siteId.isEmpty(), qPrintable(error));
        HttpClient http;
        const QString owner = signIn(http, panel(), QStringLiteral("test0002"), &error);
        QVERIFY2(!owner.isEmpty(), qPrintable(error));
        mws::model::Vhost vhost;
        vhost.name = QStringLiteral("main");
        vhost.domains = {QStringLiteral("www.offline.test")};
        vhost.modules = {QStringLiteral("rewrite")};
        applyAsOwner(http, owner, mws::api::HostingRequest::createVhost(m_siteId, vhost));
        mws::model::PhpConfig php;
        php.settings.insert(QStringLiteral("memory_limit"), QStringLiteral("96M"));
        applyAsOwner(http, owner, mws::api::HostingRequest::setPhp(m_siteId, php));
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void thePagesAreLoadedOnline()
    {
        mws::ui::AppController app;
        app.start(panel().url(QString()).toString());
        QTest::mouseClick(app.signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 20000);
        mws::ui::MainWindow *window = app.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->currentSiteId(), m_siteId, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(loader(window)->isLoaded() && loader(window)->isConfirmed(), 15000);
        showEachPage(window);
        checkPagesShowTheHosting(window);
        // Online, the owner may change them.
        QTRY_VERIFY(child<QPushButton>(window, "addVhost")->isEnabled());
        QVERIFY(!child<QPlainTextEdit>(window, "phpEditor")->isReadOnly());
        QVERIFY(!child<QLabel>(window, "offlineBanner")->isVisible());
    }

    void withThePanelStoppedThePagesShowTheCacheReadOnly()
    {
        // The previous test left the token in the keychain and the pages' data in the cache.
        panel().stop();
        mws::ui::AppController app;
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 10000);
        mws::ui::MainWindow *window = app.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->currentSiteId(), m_siteId, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window, "offlineBanner")->isVisible(), 20000);
        showEachPage(window);
        checkPagesShowTheHosting(window);
        QTRY_VERIFY_WITH_TIMEOUT(!loader(window)->isLoading(), 20000); // the panel did not answer
        QVERIFY(loader(window)->isLoaded());
        QVERIFY(!loader(window)->isConfirmed());
        checkPagesShowTheHosting(window); // still, after the failed revalidation

        // Read-only: nothing can be edited or sent.
        for (const char *button : {"addVhost", "deleteVhost", "vhostApply", "phpApply", "apacheApply"})
            QVERIFY2(!child<QPushButton>(window, button)->isEnabled(), button);
        for (const char *editor : {"phpEditor", "apacheDirectives"})
            QVERIFY2(child<QPlainTextEdit>(window, editor)->isReadOnly(), editor);
        QVERIFY(child<QPlainTextEdit>(window, "vhostDomains")->isReadOnly() ||
                !child<QPlainTextEdit>(window, "vhostDomains")->isEnabled());
        QVERIFY(!child<QCheckBox>(window, "apacheModule_rewrite")->isEnabled());

        // MWS_OFFLINE_SCREENSHOT=file.png: how the Web sites page looks offline, to look at.
        if (const QString path = qEnvironmentVariable("MWS_OFFLINE_SCREENSHOT"); !path.isEmpty()) {
            child<QTabWidget>(window, "sitePages")->setCurrentWidget(child(window, "webSitesPage"));
            window->resize(1100, 720);
            QTest::qWait(200);
            QVERIFY(window->grab().save(path));
        }

        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        // Back: what is on show is confirmed by the panel, and may be changed again.
        child<QAction>(window, "refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(window, "offlineBanner")->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(loader(window)->isConfirmed(), 15000);
        checkPagesShowTheHosting(window);
        QTRY_VERIFY(child<QPushButton>(window, "addVhost")->isEnabled());
        QVERIFY(!child<QPlainTextEdit>(window, "phpEditor")->isReadOnly());
    }
};

QTEST_MAIN(TestOfflinePages)
#include "tst_offlinepages.moc"
