// The desktop app end to end with real widgets (offscreen) against a real panel and test WLS:
// sign in with Raven through the "browser", see the sites, pick one, read its overview and
// activity, lose the panel and get it back, and reopen from the cache.
#include "apitestbase.h"
#include "appcontroller.h"
#include "mainwindow.h"
#include "pages/activitypage.h"
#include "signin/signinwindow.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

using namespace mws::test;

// Stands in for the system browser: QDesktopServices hands it the login URL, and it completes
// the Raven login over HTTP exactly as a person would in a browser.
class FakeBrowserUser : public QObject
{
    Q_OBJECT

public:
    QString user = QStringLiteral("test0002");
    QString error;
    int opened = 0;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        ++opened;
        HttpClient browser;
        if (!completeInBrowser(browser, url, user, &error))
            qWarning("browser: %s", qPrintable(error));
    }
};

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    FakeBrowserUser m_browser;
    QStringList m_siteNames;

    static QAbstractItemModel *siteModel(mws::ui::MainWindow *window)
    {
        return window->findChild<QListView *>(QStringLiteral("siteList"))->model();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));

        // test0002 owns three sites, made by staff.
        HttpClient http;
        const QString staff = signIn(http, m_fixture.panel(), QStringLiteral("test0001"), &error);
        const QString elevated = signIn(http, m_fixture.panel(), QStringLiteral("test0001"), &error, staff);
        QVERIFY2(!elevated.isEmpty(), qPrintable(error));
        m_siteNames = {QStringLiteral("Alpha Lab"), QStringLiteral("Beta Society"),
                       QStringLiteral("Gamma Journal")};
        for (const QString &name : std::as_const(m_siteNames)) {
            const HttpReply created =
                http.sendJson("POST", m_fixture.panel().url(QStringLiteral("/api/v1/sites")),
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("contactEmail"), QStringLiteral("w@example.test")},
                               {QStringLiteral("owner"), QStringLiteral("test0002")}},
                              elevated);
            QCOMPARE(created.status, 201);
            http.sendJson(
                "PUT",
                m_fixture.panel().url(QStringLiteral("/api/v1/sites/%1/members/test0003")
                                          .arg(created.json().value(QStringLiteral("id")).toString())),
                {{QStringLiteral("role"), QStringLiteral("admin")}}, elevated);
        }
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void signInThenBrowseSitesThenGoOfflineAndBack()
    {
        mws::ui::AppController controller;
        controller.start(m_fixture.panel().url(QString()).toString());
        mws::ui::SignInWindow *signIn = controller.signInWindow();
        QVERIFY(signIn->isVisible());
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 20000);
        QCOMPARE(m_browser.opened, 1);
        QVERIFY2(m_browser.error.isEmpty(), qPrintable(m_browser.error));
        QVERIFY(!signIn->isVisible());

        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(siteModel(window)->rowCount(), 3, 10000);
        QVERIFY(window->windowTitle().contains(QLatin1String("test0002")));

        // Search as you type.
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("siteSearch"));
        QTest::keyClicks(search, QStringLiteral("beta"));
        QCOMPARE(siteModel(window)->rowCount(), 1);
        QCOMPARE(siteModel(window)->index(0, 0).data().toString(), QStringLiteral("Beta Society"));

        // Pick it: the overview shows the site and its members, the activity its history.
        auto *list = window->findChild<QListView *>(QStringLiteral("siteList"));
        list->setCurrentIndex(siteModel(window)->index(0, 0));
        QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("siteTitle"))->text(),
                     QStringLiteral("Beta Society"));
        auto *members = window->findChild<QTableView *>(QStringLiteral("membersView"));
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), 2, 10000);
        auto *activity = window->findChild<mws::ui::ActivityPage *>(QStringLiteral("activityPage"));
        QTRY_VERIFY_WITH_TIMEOUT(activity->visibleRows() >= 2, 10000); // created, member added
        search->clear();
        QCOMPARE(siteModel(window)->rowCount(), 3);

        // The panel goes away: a refresh shows the banner, the sites stay on show.
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QVERIFY(!banner->isVisible());
        m_fixture.panel().kill();
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(siteModel(window)->rowCount(), 3);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("siteTitle"))->text(),
                 QStringLiteral("Beta Society"));

        // It comes back: the session notices by itself and the banner goes.
        QString error;
        QVERIFY2(m_fixture.panel().restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    }

    void aRememberedAccountOpensFromTheCacheEvenOffline()
    {
        // The previous test signed in and left its token in the keychain and its cache on disk.
        m_fixture.panel().kill();
        mws::ui::AppController controller;
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 10000);
        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(siteModel(window)->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(QStringLiteral("offlineBanner"))->isVisible(),
                                 20000);
        QString error;
        QVERIFY2(m_fixture.panel().restart(&error), qPrintable(error));
    }

    void twoAccountsSideBySideThenSignOut()
    {
        mws::ui::AppController controller;
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 10000);
        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_VERIFY(window->windowTitle().contains(QLatin1String("test0002")));

        // Add a second account: test0003 signs in through the browser too.
        m_browser.user = QStringLiteral("test0003");
        const auto action = [window](const QString &text) {
            for (QAction *a : window->findChildren<QAction *>())
                if (a->text() == text)
                    return a;
            return static_cast<QAction *>(nullptr);
        };
        action(QStringLiteral("&Add account…"))->trigger();
        QVERIFY(controller.signInWindow()->isVisible());
        QTest::mouseClick(controller.signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().contains(QLatin1String("test0003")), 20000);
        QCOMPARE(controller.accounts().accounts().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(siteModel(window)->rowCount(), 3, 10000); // test0003 administers all three

        // Switch back to the first without signing in again: its token is in the keychain.
        auto *switchMenu = window->findChild<QMenu *>(QStringLiteral("switchAccountMenu"));
        QVERIFY(switchMenu->isEnabled());
        QCOMPARE(switchMenu->actions().size(), 1);
        QVERIFY(switchMenu->actions().first()->text().startsWith(QLatin1String("test0002")));
        switchMenu->actions().first()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().contains(QLatin1String("test0002")), 10000);

        // Signing out revokes the token on the panel and forgets the account here.
        action(QStringLiteral("Sign &out"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(controller.signInWindow()->isVisible(), 10000);
        QVERIFY(!window->isVisible());
        QCOMPARE(controller.accounts().accounts().size(), 1);
        QCOMPARE(controller.accounts().accounts().first().crsid, QStringLiteral("test0003"));
        QVERIFY(controller.signInWindow()
                    ->findChild<QLabel *>(QStringLiteral("signInMessage"))
                    ->text()
                    .contains(QLatin1String("signed out")));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
