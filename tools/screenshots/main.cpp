// Renders each window of the app as a user sees it — signed in to the demo stack — and saves it
// as a PNG, so the screenshots in the README are always of the current code.
#include "appcontroller.h"
#include "demodata.h"
#include "language.h"
#include "mainwindow.h"
#include "panelharness.h"
#include "signin/signinwindow.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
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
    if (argc != 2 && argc != 3) {
        QTextStream(stderr) << "usage: mws-screenshots OUTPUT_DIR [LANGUAGE]\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    // The app in one of its languages (en, de, fr), as View > Language would start it.
    const QString language = argc == 3 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    if (!mws::ui::shippedLanguages().contains(language)) {
        QTextStream(stderr) << "mws-screenshots: no translation " << language << '\n';
        return 2;
    }
    mws::ui::installTranslations(language);
    mws::ui::applyTheme(mws::ui::Theme::Light);

    QTemporaryDir dir;
    QString error;
    mws::test::TestWlsProcess wls;
    mws::test::PanelProcess panel;
    mws::test::PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    options.webServers = true; // the demo's vhosts, TLS and PHP settings are applied for real
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
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("activityPage")));
    ok &= save(window, out, QStringLiteral("activity"));

    // What the first site serves: its vhosts, PHP settings and Apache settings.
    auto *vhosts = window->findChild<QListWidget *>(QStringLiteral("vhostList"));
    waitFor([&] { return vhosts->count() >= 2; }, "the vhosts");
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("webSitesPage")));
    ok &= save(window, out, QStringLiteral("web-sites"));
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("phpPage")));
    ok &= save(window, out, QStringLiteral("php"));
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("apachePage")));
    ok &= save(window, out, QStringLiteral("apache"));

    // The SSH page: the demo user's keys, and the site's shell access (or why it is not shown).
    auto *keys = window->findChild<QTableView *>(QStringLiteral("sshKeysView"));
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("sshPage")));
    waitFor([&] { return keys->model()->rowCount() >= 2; }, "the SSH keys");
    ok &= save(window, out, QStringLiteral("ssh"));
    // Adding a key: pasted, read as it is typed, its fingerprint shown before it is sent.
    window->findChild<QPushButton *>(QStringLiteral("addSshKey"))->click();
    QDialog *addKey = nullptr;
    waitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (widget->objectName() == QLatin1String("addSshKeyDialog") && widget->isVisible())
                    addKey = qobject_cast<QDialog *>(widget);
            return addKey != nullptr;
        },
        "the add-key dialog");
    if (addKey) {
        addKey->findChild<QPlainTextEdit *>(QStringLiteral("sshKeyText"))
            ->setPlainText(QStringLiteral(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRm9mB+Zz7WqY/2ItDQGaJ7lBQyn7ITR+if5vo6U6Ej "
                "me@new-laptop"));
        ok &= save(addKey, out, QStringLiteral("ssh-add-key"));
        addKey->reject();
    }

    // A small change under review: PHP's memory limit raised.
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("phpPage")));
    auto *php = window->findChild<QPlainTextEdit *>(QStringLiteral("phpEditor"));
    php->setPlainText(php->toPlainText().replace(QStringLiteral("256M"), QStringLiteral("512M")));
    auto *phpApply = window->findChild<QPushButton *>(QStringLiteral("phpApply"));
    if (waitFor([&] { return phpApply->isEnabled(); }, "the PHP page's apply button")) {
        phpApply->click();
        QWidget *diff = nullptr;
        waitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets())
                    if (widget->objectName() == QLatin1String("diffDialog") && widget->isVisible())
                        diff = widget;
                return diff != nullptr;
            },
            "the diff dialog");
        if (diff) {
            ok &= save(diff, out, QStringLiteral("diff-dialog"));
            diff->findChild<QPushButton *>(QStringLiteral("cancelChange"))->click();
        } else {
            ok = false;
        }
    }
    window->findChild<QPushButton *>(QStringLiteral("phpRevert"))->click();

    // The Terminal page after Connect: the demo's host offers no shell access, and says so.
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("terminalPage")));
    window->findChild<QPushButton *>(QStringLiteral("terminalConnectButton"))->click();
    auto *terminalStatus = window->findChild<QLabel *>(QStringLiteral("terminalStatus"));
    waitFor(
        [&] {
            return window->findChild<QPushButton *>(QStringLiteral("terminalConnectButton"))->isEnabled();
        },
        "the panel's answer on shell access");
    ok &= !terminalStatus->text().isEmpty() && save(window, out, QStringLiteral("terminal"));
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("overviewPage")));

    mws::ui::applyTheme(mws::ui::Theme::Dark);
    ok &= save(window, out, QStringLiteral("main-window-dark"));
    mws::ui::applyTheme(mws::ui::Theme::Light);

    panel.kill();
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
    waitFor([&] { return banner->isVisible(); }, "the offline banner");
    // The hosting pages too work from the cache, read-only, while the panel is away.
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("webSitesPage")));
    ok &= save(window, out, QStringLiteral("offline"));

    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    return ok ? 0 : 1;
}

#include "main.moc"
