// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app end to end with real widgets (offscreen) against real panels and the test WLS:
// sign in with Raven through the "browser", see the sites, pick one, read its overview and
// activity, lose the panel and get it back, reopen from the cache; then two accounts on two
// panels side by side, each with its own offline state, signed out of one by one.
#include "apitestbase.h"
#include "appcontroller.h"
#include "browseruser.h"
#include "mainwindow.h"
#include "models/accountsitetreemodel.h"
#include "pages/activitypage.h"
#include "signin/signinwindow.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace mws::test;

// Stands in for the system browser: QDesktopServices hands it the login URL, and it completes
// the Raven login over HTTP exactly as a person would in a browser.
class TestDesktop : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    PanelProcess m_panelB; // a second panel, with the same WLS, for accounts side by side
    BrowserUser m_browser;
    QStringList m_siteNames;

    static QTreeView *siteTree(mws::ui::MainWindow *window)
    {
        return window->findChild<QTreeView *>(QStringLiteral("siteList"));
    }
    static QAbstractItemModel *siteModel(mws::ui::MainWindow *window) { return siteTree(window)->model(); }

    // The account row (as the list shows it, search applied) of this person.
    static QModelIndex accountRow(mws::ui::MainWindow *window, const QString &crsid)
    {
        QAbstractItemModel *model = siteModel(window);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex account = model->index(row, 0);
            if (account.data().toString().startsWith(crsid + QLatin1String(" @ ")))
                return account;
        }
        return {};
    }
    static QStringList siteNames(mws::ui::MainWindow *window, const QString &crsid)
    {
        QStringList names;
        const QModelIndex account = accountRow(window, crsid);
        for (int row = 0; row < siteModel(window)->rowCount(account); ++row)
            names.append(siteModel(window)->index(row, 0, account).data().toString());
        return names;
    }
    static QModelIndex siteRow(mws::ui::MainWindow *window, const QString &crsid, const QString &name)
    {
        const QModelIndex account = accountRow(window, crsid);
        for (int row = 0; row < siteModel(window)->rowCount(account); ++row)
            if (siteModel(window)->index(row, 0, account).data().toString() == name)
                return siteModel(window)->index(row, 0, account);
        return {};
    }
    static bool accountOnline(mws::ui::MainWindow *window, const QString &crsid)
    {
        return accountRow(window, crsid).data(mws::ui::AccountSiteTreeModel::OnlineRole).toBool();
    }
    static QString siteTitle(mws::ui::MainWindow *window)
    {
        return window->findChild<QLabel *>(QStringLiteral("siteTitle"))->text();
    }
    static QAbstractItemModel *members(mws::ui::MainWindow *window)
    {
        return window->findChild<QTableView *>(QStringLiteral("membersView"))->model();
    }

    // Creates a site as staff on this panel, owned by owner.
    static QString createSite(const PanelProcess &panel, const QString &name, const QString &owner,
                              QString *error)
    {
        return createSiteAsStaff(panel, QStringLiteral("test0001"), name, owner, error);
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
        QVERIFY2(m_panelB.start(m_fixture.wls(), options, &error), qPrintable(error));

        // test0002 owns three sites, made by staff; test0003 administers them too.
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
        // On the second panel, test0003 owns one site of its own.
        QVERIFY2(
            !createSite(m_panelB, QStringLiteral("Delta Club"), QStringLiteral("test0003"), &error).isEmpty(),
            qPrintable(error));
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

        // One account, its sites beneath it; the first is selected.
        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(siteNames(window, QStringLiteral("test0002")).size(), 3, 10000);
        QCOMPARE(siteModel(window)->rowCount(), 1);
        const QUrl panel = m_fixture.panel().url(QString());
        // Online. A request that fails (a busy machine) shows the account offline for a moment:
        // the session asks again every 5 s, and then it is back.
        QTRY_COMPARE_WITH_TIMEOUT(accountRow(window, QStringLiteral("test0002")).data().toString(),
                                  QStringLiteral("test0002 @ %1:%2 (3)").arg(panel.host()).arg(panel.port()),
                                  15000);
        QVERIFY(window->windowTitle().contains(QLatin1String("test0002")));
        QTRY_VERIFY(m_siteNames.contains(siteTitle(window)));

        // Search as you type; Down moves from the search to the first match.
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("siteSearch"));
        QTest::keyClicks(search, QStringLiteral("beta"));
        QCOMPARE(siteNames(window, QStringLiteral("test0002")), QStringList{QStringLiteral("Beta Society")});
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(window->focusWidget(), siteTree(window));

        // The overview shows the site and its members, the activity its history.
        QTRY_COMPARE(siteTitle(window), QStringLiteral("Beta Society"));
        QTRY_COMPARE_WITH_TIMEOUT(members(window)->rowCount(), 2, 10000);
        auto *activity = window->findChild<mws::ui::ActivityPage *>(QStringLiteral("activityPage"));
        QTRY_VERIFY_WITH_TIMEOUT(activity->visibleRows() >= 2, 10000); // created, member added
        search->clear();
        QCOMPARE(siteNames(window, QStringLiteral("test0002")).size(), 3);
        QCOMPARE(siteTitle(window), QStringLiteral("Beta Society")); // clearing the search keeps it
        QCOMPARE(siteTree(window)->currentIndex().data().toString(), QStringLiteral("Beta Society"));

        // The panel goes away: a refresh shows the banner and marks the account, the sites stay.
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        // Online first. Under the sanitizers on a loaded machine one of the many requests the
        // site's pages send at once has been seen to fail and be retried; the account is marked
        // offline until the retry answers, so wait for that rather than read a moment's state.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
        QVERIFY(accountOnline(window, QStringLiteral("test0002")));
        m_fixture.panel().kill();
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->text().contains(panel.toString()));
        QVERIFY(!accountOnline(window, QStringLiteral("test0002")));
        QVERIFY(accountRow(window, QStringLiteral("test0002"))
                    .data()
                    .toString()
                    .contains(QLatin1String("offline")));
        QCOMPARE(siteNames(window, QStringLiteral("test0002")).size(), 3);
        QCOMPARE(siteTitle(window), QStringLiteral("Beta Society"));

        // It comes back: the session notices by itself and the banner goes.
        QString error;
        QVERIFY2(m_fixture.panel().restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
        QVERIFY(accountOnline(window, QStringLiteral("test0002")));
    }

    void aRememberedAccountOpensFromTheCacheEvenOffline()
    {
        // The previous test signed in and left its token in the keychain and its cache on disk.
        m_fixture.panel().kill();
        mws::ui::AppController controller;
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 10000);
        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(siteNames(window, QStringLiteral("test0002")).size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(QStringLiteral("offlineBanner"))->isVisible(),
                                 20000);
        QVERIFY(!accountOnline(window, QStringLiteral("test0002")));
        QString error;
        QVERIFY2(m_fixture.panel().restart(&error), qPrintable(error));
    }

    void twoAccountsSideBySideThenSignOutOneByOne()
    {
        mws::ui::AppController controller;
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 10000);
        mws::ui::MainWindow *window = controller.mainWindow();
        QTRY_VERIFY(window->windowTitle().contains(QLatin1String("test0002")));
        QTRY_COMPARE_WITH_TIMEOUT(siteNames(window, QStringLiteral("test0002")).size(), 3, 10000);

        // Add a second account on the second panel: test0003 signs in through the browser too.
        // It joins the window as a second group and becomes the current account.
        m_browser.user = QStringLiteral("test0003");
        window->findChild<QAction *>(QStringLiteral("addAccountAction"))->trigger();
        QVERIFY(controller.signInWindow()->isVisible());
        QVERIFY(window->isVisible());
        controller.signInWindow()->setPanelUrl(m_panelB.url(QString()).toString());
        QTest::mouseClick(controller.signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().contains(QLatin1String("test0003")), 20000);
        QVERIFY(!controller.signInWindow()->isVisible());
        QCOMPARE(controller.accounts().accounts().size(), 2);
        QCOMPARE(window->sessions().size(), 2);

        // Both accounts' sites at once, grouped under their accounts.
        QTRY_COMPARE_WITH_TIMEOUT(siteNames(window, QStringLiteral("test0003")),
                                  QStringList{QStringLiteral("Delta Club")}, 10000);
        QCOMPARE(siteModel(window)->rowCount(), 2);
        QCOMPARE(siteNames(window, QStringLiteral("test0002")).size(), 3);
        QVERIFY(accountRow(window, QStringLiteral("test0003"))
                    .data()
                    .toString()
                    .contains(QString::number(m_panelB.url(QString()).port())));

        // B's first site is selected for it: B's data on the pages.
        QTRY_COMPARE_WITH_TIMEOUT(siteTitle(window), QStringLiteral("Delta Club"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(members(window)->rowCount(), 1, 10000);
        QCOMPARE(members(window)->index(0, 0).data().toString(), QStringLiteral("test0003"));
        QCOMPARE(window->session()->account().crsid, QStringLiteral("test0003"));

        // A site of the first account makes it the current one, and back.
        siteTree(window)->setCurrentIndex(
            siteRow(window, QStringLiteral("test0002"), QStringLiteral("Gamma Journal")));
        QTRY_VERIFY(window->windowTitle().contains(QLatin1String("test0002")));
        QCOMPARE(window->session()->account().crsid, QStringLiteral("test0002"));
        QCOMPARE(siteTitle(window), QStringLiteral("Gamma Journal"));
        QTRY_COMPARE_WITH_TIMEOUT(members(window)->rowCount(), 2, 10000);
        siteTree(window)->setCurrentIndex(
            siteRow(window, QStringLiteral("test0003"), QStringLiteral("Delta Club")));
        QTRY_VERIFY(window->windowTitle().contains(QLatin1String("test0003")));
        QCOMPARE(siteTitle(window), QStringLiteral("Delta Club"));
        QTRY_COMPARE_WITH_TIMEOUT(members(window)->rowCount(), 1, 10000);

        // The search runs over every account, keeping the accounts of what matches.
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("siteSearch"));
        QTest::keyClicks(search, QStringLiteral("club"));
        QCOMPARE(siteModel(window)->rowCount(), 1);
        QCOMPARE(siteNames(window, QStringLiteral("test0003")), QStringList{QStringLiteral("Delta Club")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("ta"));
        QCOMPARE(siteModel(window)->rowCount(), 2);
        QCOMPARE(siteNames(window, QStringLiteral("test0002")), QStringList{QStringLiteral("Beta Society")});
        QCOMPARE(siteNames(window, QStringLiteral("test0003")), QStringList{QStringLiteral("Delta Club")});
        search->clear();
        QCOMPARE(siteNames(window, QStringLiteral("test0002")).size(), 3);

        // The second panel goes away: only its account is offline, and the banner shows only
        // while one of its sites is selected.
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QVERIFY(!banner->isVisible());
        m_panelB.kill();
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!accountOnline(window, QStringLiteral("test0003")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->text().contains(m_panelB.url(QString()).toString()));
        QVERIFY(accountOnline(window, QStringLiteral("test0002")));
        QVERIFY(!accountRow(window, QStringLiteral("test0002"))
                     .data()
                     .toString()
                     .contains(QLatin1String("offline")));
        QVERIFY(accountRow(window, QStringLiteral("test0003"))
                    .data()
                    .toString()
                    .contains(QLatin1String("offline")));
        siteTree(window)->setCurrentIndex(
            siteRow(window, QStringLiteral("test0002"), QStringLiteral("Alpha Lab")));
        QTRY_COMPARE(siteTitle(window), QStringLiteral("Alpha Lab"));
        QVERIFY(!banner->isVisible());
        siteTree(window)->setCurrentIndex(accountRow(window, QStringLiteral("test0003")));
        QVERIFY(banner->isVisible());
        QString error;
        QVERIFY2(m_panelB.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(accountOnline(window, QStringLiteral("test0003")), 20000);
        QVERIFY(!banner->isVisible());

        // Signing out of the first account revokes its token on its panel and forgets it here;
        // the window stays with the other account.
        mws::auth::Account first;
        for (const mws::auth::Account &account : controller.accounts().accounts())
            if (account.crsid == QLatin1String("test0002"))
                first = account;
        auto token = controller.accounts().token(first);
        QTRY_VERIFY(token.isFinished());
        QVERIFY(token.result().ok());
        HttpClient http;
        QCOMPARE(
            http.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/me")), token.result().value()).status,
            200);
        siteTree(window)->setCurrentIndex(
            siteRow(window, QStringLiteral("test0002"), QStringLiteral("Beta Society")));
        auto *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"));
        QTRY_VERIFY(signOut->text().contains(QLatin1String("test0002")));
        signOut->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(siteModel(window)->rowCount(), 1, 10000);
        QVERIFY(!accountRow(window, QStringLiteral("test0002")).isValid());
        QCOMPARE(siteNames(window, QStringLiteral("test0003")), QStringList{QStringLiteral("Delta Club")});
        QVERIFY(window->isVisible());
        QVERIFY(!controller.signInWindow()->isVisible());
        QCOMPARE(controller.accounts().accounts().size(), 1);
        QCOMPARE(controller.accounts().accounts().first().crsid, QStringLiteral("test0003"));
        QCOMPARE(
            http.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/me")), token.result().value()).status,
            401);
        QTRY_VERIFY(window->windowTitle().contains(QLatin1String("test0003")));

        // Signing out of the last one leaves the sign-in window.
        QVERIFY(signOut->text().contains(QLatin1String("test0003")));
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(controller.signInWindow()->isVisible(), 10000);
        QVERIFY(!window->isVisible());
        QVERIFY(controller.accounts().accounts().isEmpty());
        QVERIFY(controller.signInWindow()
                    ->findChild<QLabel *>(QStringLiteral("signInMessage"))
                    ->text()
                    .contains(QLatin1String("signed out")));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
