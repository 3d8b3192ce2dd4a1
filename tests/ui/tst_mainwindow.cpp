// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

// The main window on its own, before any account: it must open, say what it is, and be usable
// from the keyboard.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWithItsTitleAndMenus()
    {
        mws::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("MWS Admin"));
        QVERIFY(!window.windowIcon().isNull());
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus.append(menu->text());
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("siteTitle"))->text(),
                 QStringLiteral("No site selected"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("offlineBanner"))->isVisible());
    }

    void keyboardReachesSearchAndPages()
    {
        mws::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("siteSearch"))->hasFocus());
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("sitePages"));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("activityPage"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("overviewPage"));
        for (const char *name : {"siteSearch", "siteList", "activityFilter", "membersView"})
            QVERIFY2(!window.findChild<QWidget *>(QLatin1String(name))->accessibleName().isEmpty(), name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
