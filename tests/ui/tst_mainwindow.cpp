#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithItsTitle()
    {
        mws::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto *found = qobject_cast<QMainWindow *>(QApplication::activeWindow()
                                                            ? QApplication::activeWindow()
                                                            : QApplication::topLevelWidgets().value(0));
        QVERIFY(found);
        QCOMPARE(found->objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(found->windowTitle(), QStringLiteral("MWS Admin"));
        QVERIFY(!found->windowIcon().isNull());
        QVERIFY(found->findChild<QLabel *>(QStringLiteral("welcomeLabel"))->isVisible());
        QCOMPARE(found->menuBar()->actions().size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
