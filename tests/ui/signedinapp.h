// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apitestbase.h"
#include "appcontroller.h"
#include "browseruser.h"
#include "mainwindow.h"
#include "panelharness.h"
#include "signin/signinwindow.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace mws::test {

// The app started against the panel and signed in through the test WLS (the browser user the test
// installed as the http handler signs in), its window showing siteId; nullptr if it did not come
// to that in time.
inline ui::MainWindow *startSignedInApp(std::unique_ptr<ui::AppController> &app, const PanelProcess &panel,
                                        const QString &siteId)
{
    app = std::make_unique<ui::AppController>();
    app->start(panel.url(QString()).toString());
    QTest::mouseClick(app->signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&app] { return app->mainWindow() && app->mainWindow()->isVisible(); }, 20000))
        return nullptr;
    ui::MainWindow *window = app->mainWindow();
    return QTest::qWaitFor([&] { return window->currentSiteId() == siteId; }, 10000) ? window : nullptr;
}

// The texts of one column of a table, top to bottom.
inline QStringList column(const QTableView *view, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data(role).toString();
    return texts;
}

// What a GUI test of a site's pages starts from: a real panel, a site that staff (test0001) made
// for its owner test0002, the owner's token for the test's own API calls, and the app signed in
// through the test WLS (as test0002, the browser user) showing that site.
class SignedInSite
{
protected:
    // Before anything else (initTestCase): the panel with options, the site and the owner's token.
    bool startPanelWithSite(const PanelProcess::Options &options, const QString &siteName, QString *error)
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        if (!m_fixture.start(options, error))
            return false;
        m_siteId = createSiteAsStaff(panel(), QStringLiteral("test0001"), siteName,
                                     QStringLiteral("test0002"), error);
        if (m_siteId.isEmpty())
            return false;
        m_ownerToken = signIn(m_http, panel(), QStringLiteral("test0002"), error);
        return !m_ownerToken.isEmpty();
    }
    // Then the app, signed in and showing the site.
    bool startApp() { return (m_window = startSignedInApp(m_app, panel(), m_siteId)) != nullptr; }
    // In cleanupTestCase.
    void stopApp()
    {
        m_app.reset();
        m_window = nullptr;
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    PanelProcess &panel() { return m_fixture.panel(); }
    template <typename T = QWidget> T *child(const char *name)
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    void showTab(const char *page) { child<QTabWidget>("sitePages")->setCurrentWidget(child(page)); }

    ApiFixture m_fixture;
    BrowserUser m_browser;
    QString m_siteId;
    QString m_ownerToken;
    HttpClient m_http;
    std::unique_ptr<ui::AppController> m_app;
    ui::MainWindow *m_window = nullptr;
};

} // namespace mws::test
