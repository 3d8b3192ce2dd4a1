// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "appcontroller.h"
#include "mainwindow.h"
#include "panelharness.h"
#include "signin/signinwindow.h"

#include <QPushButton>
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

} // namespace mws::test
