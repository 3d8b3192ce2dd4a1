// Renders each window of the app as a user sees it — signed in to the demo stack — and saves it
// as a PNG, so the screenshots in the README are always of the current code.
#include "appcontroller.h"
#include "demodata.h"
#include "mainwindow.h"
#include "panelharness.h"
#include "signin/signinwindow.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

namespace {

// The browser for the screenshots: completes the Raven login as user.
class Browser : public QObject
{
    Q_OBJECT

public:
    QString user = QStringLiteral("test0001");

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        mws::test::HttpClient browser;
        QString error;
        if (!mws::test::completeInBrowser(browser, url, user, &error))
            QTextStream(stderr) << "screenshots: sign-in failed: " << error << Qt::endl;
    }
};

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    for (int i = 0; i < 10; ++i)
        QTest::qWait(30); // layouts settle, pending paints and replies run
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

bool waitFor(const std::function<bool()> &condition, const char *what)
{
    if (QTest::qWaitFor(condition, 20000))
        return true;
    QTextStream(stderr) << "screenshots: timed out waiting for " << what << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mws-admin"));
    QApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings or cache
    if (argc != 2) {
        QTextStream(stderr) << "usage: mws-screenshots OUTPUT_DIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    mws::ui::applyTheme(mws::ui::Theme::Light);

    QTemporaryDir dir;
    QString error;
    mws::test::TestWlsProcess wls;
    mws::test::PanelProcess panel;
    mws::test::PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    mws::test::HttpClient http;
    if (!wls.start(dir.path(), &error) || !panel.start(wls, options, &error) ||
        !mws::demo::seedDemoData(http, panel, panel.databasePath(), &error)) {
        QTextStream(stderr) << "screenshots: " << error << Qt::endl;
        return 1;
    }
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");

    bool ok = true;
    mws::ui::AppController controller;
    controller.start(panel.url(QString()).toString());
    mws::ui::SignInWindow *signIn = controller.signInWindow();
    signIn->resize(560, 440);
    ok &= save(signIn, out, QStringLiteral("sign-in"));

    signIn->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    if (!waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); },
                 "the main window"))
        return 1;
    mws::ui::MainWindow *window = controller.mainWindow();
    window->resize(1180, 760);
    auto *list = window->findChild<QTreeView *>(QStringLiteral("siteList"));
    const auto sitesOf = [list](int account) {
        return list->model()->rowCount(list->model()->index(account, 0));
    };
    if (!waitFor([&] { return list->model()->rowCount() == 1 && sitesOf(0) >= 4; }, "the sites"))
        return 1;

    // A second account beside the first: test0003, who owns the choir's site.
    browser.user = QStringLiteral("test0003");
    window->findChild<QAction *>(QStringLiteral("addAccountAction"))->trigger();
    signIn->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    if (!waitFor([&] { return list->model()->rowCount() == 2 && sitesOf(1) >= 1; }, "the second account"))
        return 1;
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    auto *members = window->findChild<QTableView *>(QStringLiteral("membersView"));
    waitFor([&] { return members->model()->rowCount() >= 3; }, "the members");
    ok &= save(window, out, QStringLiteral("main-window"));

    auto *pages = window->findChild<QTabWidget *>(QStringLiteral("sitePages"));
    pages->setCurrentIndex(1);
    ok &= save(window, out, QStringLiteral("activity"));
    pages->setCurrentIndex(0);

    mws::ui::applyTheme(mws::ui::Theme::Dark);
    ok &= save(window, out, QStringLiteral("main-window-dark"));
    mws::ui::applyTheme(mws::ui::Theme::Light);

    panel.kill();
    QTest::keyClick(window, Qt::Key_F5);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
    waitFor([&] { return banner->isVisible(); }, "the offline banner");
    ok &= save(window, out, QStringLiteral("offline"));

    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    return ok ? 0 : 1;
}

#include "main.moc"
