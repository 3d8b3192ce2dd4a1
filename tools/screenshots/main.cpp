// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders each window of the app as a user sees it — signed in to the demo stack — and saves it
// as a PNG, so the screenshots in the README are always of the current code. As root the demo
// stack offers real shell access (DemoShell): the SSH page, the Files tab and the Terminal tab
// are shown connected; elsewhere they show why they cannot connect. Where libvirtd can run, the
// staff console is shown on a demo fleet of two private libvirtds (DemoFleet).
#include "api/panelclient.h"
#include "api/staffrequest.h"
#include "appcontroller.h"
#include "democron.h"
#include "demodata.h"
#include "demodatabases.h"
#include "demofleet.h"
#include "demoshell.h"
#include "files/filespage.h"
#include "language.h"
#include "mainwindow.h"
#include "panelharness.h"
#include "session/accountsession.h"
#include "signin/signinwindow.h"
#include "staff/fleetmodel.h"
#include "terminal/terminalpage.h"
#include "theme.h"
#include "toplevel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

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

// The visible dialog named name, once it has opened (nullptr if it does not).
template <typename T> T *waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    waitFor([&] { return (dialog = mws::test::topLevel<T>(name)) != nullptr; }, "a dialog");
    return dialog;
}

QTabWidget *sitePages(mws::ui::MainWindow *window)
{
    return window->findChild<QTabWidget *>(QStringLiteral("sitePages"));
}

// The Terminal tab after Connect where the demo's host offers no shell access: it says so.
bool shootRefusal(mws::ui::MainWindow *window, const QDir &out)
{
    sitePages(window)->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("terminalPage")));
    auto *connect = window->findChild<QPushButton *>(QStringLiteral("terminalConnectButton"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("terminalStatus"));
    connect->click();
    waitFor([&] { return connect->isEnabled() && !status->text().isEmpty(); },
            "the panel's answer on shell access");
    return !status->text().isEmpty() && save(window, out, QStringLiteral("terminal"));
}

// The Files tab logged in with ~/.ssh/id_ed25519, in the site's home, after a folder was made
// and a small file uploaded through it.
bool shootFiles(mws::ui::MainWindow *window, const QDir &out, const QString &home)
{
    auto *files = window->findChild<mws::ui::FilesPage *>(QStringLiteral("filesPage"));
    const auto click = [files](const char *button) {
        files->findChild<QPushButton *>(QLatin1String(button))->click();
    };
    sitePages(window)->setCurrentWidget(files);
    auto *key = files->findChild<QComboBox *>(QStringLiteral("filesKey"));
    key->setCurrentIndex(key->findText(QStringLiteral("~/.ssh/id_ed25519")));
    click("filesConnect");
    if (!waitFor([&] { return !files->currentFolder().isEmpty(); }, "the site's home over SFTP"))
        return false;
    click("filesNewFolder");
    if (auto *name = waitForDialog<QInputDialog>(QStringLiteral("filesFolderName"))) {
        name->setTextValue(QStringLiteral("drafts"));
        name->accept();
    }
    waitFor([&] { return files->shownNames().contains(QStringLiteral("drafts/")); }, "the new folder");
    const QString local = home + QStringLiteral("/events.csv");
    QFile file(local);
    if (file.open(QIODevice::WriteOnly))
        file.write("date,event\n2026-01-20,Open day\n2026-02-11,Lecture: green chemistry\n");
    file.close();
    click("filesUpload");
    QFileDialog *from = nullptr;
    waitFor(
        [&] {
            from = files->findChild<QFileDialog *>(QStringLiteral("filesUploadFrom"));
            return from && from->isVisible();
        },
        "the upload dialog");
    if (from) {
        from->selectFile(local);
        static_cast<QDialog *>(from)->accept(); // QFileDialog::accept() is protected
    }
    if (!waitFor([&] { return files->shownNames().contains(QStringLiteral("events.csv")); }, "the upload"))
        return false;
    // Connected again, so that the status says whom it logged in as and which host key it checked.
    click("filesConnect");
    click("filesConnect");
    if (!waitFor([&] { return files->shownNames().contains(QStringLiteral("events.csv")); },
                 "the home again"))
        return false;
    files->findChild<QTableView *>(QStringLiteral("filesView"))
        ->selectRow(int(files->shownNames().indexOf(QStringLiteral("events.csv"))));
    const bool saved = save(window, out, QStringLiteral("files"));
    click("filesConnect"); // Disconnect
    return saved;
}

// The Terminal tab with a live session on the site's host, after ls -la in the site's home.
bool shootTerminal(mws::ui::MainWindow *window, const QDir &out, const QString &siteHome)
{
    auto *terminal = window->findChild<mws::ui::TerminalPage *>(QStringLiteral("terminalPage"));
    sitePages(window)->setCurrentWidget(terminal);
    terminal->findChild<QPushButton *>(QStringLiteral("terminalConnectButton"))->click();
    if (!waitFor(
            [&] {
                return terminal->sessionCount() == 1 && terminal->screenText(0).contains(QLatin1Char('$'));
            },
            "the shell's prompt"))
        return false;
    QWidget *session = terminal->findChild<QWidget *>(QStringLiteral("terminalSession"));
    QWidget *keys = session->focusProxy() ? session->focusProxy() : session;
    QTest::keyClicks(keys, QStringLiteral("cd %1 && ls -la").arg(siteHome));
    QTest::keyClick(keys, Qt::Key_Return);
    const bool shown =
        waitFor([&] { return terminal->screenText(0).contains(QStringLiteral("public_html")); },
                "ls in the terminal");
    const bool saved = shown && save(window, out, QStringLiteral("terminal"));
    terminal->closeSessions();
    return saved;
}

// The Cron page with the demo's jobs, the failed link check selected: its run in the history,
// with what it printed.
bool shootCron(mws::ui::MainWindow *window, const QDir &out)
{
    sitePages(window)->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("cronPage")));
    auto *jobs = window->findChild<QTableView *>(QStringLiteral("cronJobsView"));
    if (!waitFor([&] { return jobs->model()->rowCount() == 3; }, "the cron jobs"))
        return false;
    const QModelIndexList failed = jobs->model()->match(jobs->model()->index(0, 1), Qt::DisplayRole,
                                                        QStringLiteral("Weekly link check"));
    if (failed.isEmpty())
        return false;
    jobs->selectRow(failed.constFirst().row());
    auto *runs = window->findChild<QTableView *>(QStringLiteral("cronRunsView"));
    auto *output = window->findChild<QPlainTextEdit *>(QStringLiteral("cronRunOutput"));
    if (!waitFor([&] { return runs->model()->rowCount() == 1 && !output->toPlainText().isEmpty(); },
                 "the link check's run"))
        return false;
    return save(window, out, QStringLiteral("cron"));
}

// The Databases page with the demo's shop selected: its databases, users and grants matrix.
bool shootDatabases(mws::ui::MainWindow *window, const QDir &out)
{
    sitePages(window)->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("databasesPage")));
    auto *databases = window->findChild<QTableView *>(QStringLiteral("databasesView"));
    auto *users = window->findChild<QTableView *>(QStringLiteral("databaseUsersView"));
    if (!waitFor([&] { return databases->model()->rowCount() == 2 && users->model()->rowCount() == 2; },
                 "the demo's databases"))
        return false;
    databases->selectRow(1);
    return save(window, out, QStringLiteral("databases"));
}

} // namespace

template <typename T> T awaited(QFuture<T> future)
{
    waitFor([&] { return future.isFinished(); }, "the panel");
    return future.isFinished() ? future.result() : T(mws::Error::make(mws::Error::Kind::Timeout, {}));
}

// The staff console on the demo's fleet: every VM of its two hypervisors, then web1 selected,
// with its history of snapshots and its definition.
bool shootFleet(mws::ui::MainWindow *window, const QDir &out, const mws::demo::DemoFleet &fleet)
{
    mws::api::StaffClient staff(*window->session()->client());
    const auto read = awaited(staff.inventory());
    if (!read.ok() || !awaited(staff.replaceInventory(fleet.inventory(), read->etag)).ok()) {
        QTextStream(stderr) << "screenshots: the panel did not store the fleet's inventory" << Qt::endl;
        return false;
    }
    window->findChild<QPushButton *>(QStringLiteral("openFleet"))->click();
    auto *console = mws::test::topLevel<QWidget>(QStringLiteral("fleetWindow"));
    if (!console)
        return false;
    auto *view = console->findChild<QTableView *>(QStringLiteral("fleetView"));
    auto *hosts = console->findChild<QLabel *>(QStringLiteral("fleetHosts"));
    if (!waitFor([&] { return view->model() && view->model()->rowCount() == 8; }, "the fleet's VMs") ||
        !waitFor(
            [&] {
                return hosts->text().count(QLatin1Char('(')) == 2 &&
                       !hosts->text().contains(QLatin1String("not"));
            },
            "both hypervisors"))
        return false;
    const QModelIndexList web1 = view->model()->match(view->model()->index(0, mws::FleetModel::NameColumn),
                                                      Qt::DisplayRole, QStringLiteral("web1"));
    if (web1.isEmpty())
        return false;
    view->selectRow(web1.constFirst().row());
    auto *snapshots = console->findChild<QTreeWidget *>(QStringLiteral("vmSnapshots"));
    auto *xml = console->findChild<QPlainTextEdit *>(QStringLiteral("vmXml"));
    if (!waitFor([&] { return snapshots->topLevelItemCount() == 1 && !xml->toPlainText().isEmpty(); },
                 "web1's details"))
        return false;
    bool ok = save(console, out, QStringLiteral("fleet"));
    // The details given most of a larger window; the latest snapshot selected.
    console->resize(1180, 900);
    if (auto *split = console->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly))
        split->setSizes({220, 680});
    for (QTreeWidgetItemIterator it(snapshots); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("before-php-8.4"))
            snapshots->setCurrentItem(*it);
    ok &= save(console, out, QStringLiteral("vm-details"));
    console->close();
    return ok;
}

// Staff mode: test0001 (staff) signs in again in the browser; the banner shows the time left.
bool shootStaffMode(mws::ui::MainWindow *window, const QDir &out, Browser &browser,
                    const mws::demo::DemoFleet *fleet)
{
    const QString user = browser.user;
    browser.user = QStringLiteral("test0001");
    const QString ordinary = window->session()->client()->token();
    window->findChild<QAction *>(QStringLiteral("enterStaffModeAction"))->trigger();
    const bool entered =
        waitFor([&] { return window->session()->client()->token() != ordinary; }, "staff mode");
    bool saved = entered && save(window, out, QStringLiteral("staff-mode"));
    if (entered && fleet)
        saved &= shootFleet(window, out, *fleet);
    window->findChild<QPushButton *>(QStringLiteral("leaveStaffMode"))->click();
    browser.user = user;
    return saved;
}

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
    mws::demo::DemoShell shell;
    mws::test::TestWlsProcess wls;
    mws::test::PanelProcess panel;
    mws::test::PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    options.webServers = true; // the demo's vhosts, TLS and PHP settings are applied for real
    QString noShell;
    const bool withShell = mws::demo::DemoShell::isPossible(&noShell);
    if (!withShell)
        QTextStream(stderr) << "screenshots: no shell access on the demo stack: " << noShell << Qt::endl;
    if (withShell)
        mws::demo::offerCron(options); // root here: the sites' cron jobs can run as their users
    mws::demo::DemoDatabases databases;
    QString noDatabases;
    const bool withDatabases =
        mws::demo::DemoDatabases::isPossible(&noDatabases) && databases.offer(options, &noDatabases);
    if (!withDatabases)
        QTextStream(stderr) << "screenshots: no databases in this demo: " << noDatabases << Qt::endl;
    mws::test::HttpClient http;
    if ((withShell && !shell.prepare(dir.filePath(QStringLiteral("shell")), options, &error)) ||
        !wls.start(dir.path(), &error) || !panel.start(wls, options, &error) ||
        !mws::demo::seedDemoData(http, panel, panel.databasePath(), &error,
                                 withDatabases ? &databases : nullptr) ||
        (withShell && !shell.start(panel, http, QStringLiteral("test0001"), &error))) {
        QTextStream(stderr) << "screenshots: " << error << Qt::endl;
        return 1;
    }
    if (withShell)
        shell.applyToThisProcess(); // the Files tab reads ~/.ssh when it is made
    // The staff console's fleet: private libvirtds, as the tests start them.
    mws::demo::DemoFleet fleet;
    QString noFleet;
    const bool withFleet = mws::demo::DemoFleet::isPossible(&noFleet) && fleet.start(&noFleet);
    if (!withFleet)
        QTextStream(stderr) << "screenshots: no staff console shots: " << noFleet << Qt::endl;
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

    // The SSH page: the demo user's keys, and the site's shell access (or why it is not shown):
    // who has a shell, the command, the host's fingerprints and SSHFP records.
    auto *keys = window->findChild<QTableView *>(QStringLiteral("sshKeysView"));
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("sshPage")));
    waitFor([&] { return keys->model()->rowCount() >= (withShell ? 3 : 2); }, "the SSH keys");
    if (withShell) {
        auto *people = window->findChild<QTableView *>(QStringLiteral("sshPeopleView"));
        auto *sshfp = window->findChild<QTableView *>(QStringLiteral("sshfpView"));
        waitFor([&] { return people->model()->rowCount() >= 3 && sshfp->model()->rowCount() >= 3; },
                "who has shell access");
    }
    ok &= save(window, out, QStringLiteral("ssh"));
    if (withShell) { // further down: the host's key fingerprints and its SSHFP records
        QScrollBar *down = window->findChild<QWidget *>(QStringLiteral("sshPage"))
                               ->findChild<QScrollArea *>()
                               ->verticalScrollBar();
        down->setValue(down->maximum());
        ok &= save(window, out, QStringLiteral("ssh-host-keys"));
        down->setValue(0);
    }
    // Adding a key: pasted, read as it is typed, its fingerprint shown before it is sent.
    window->findChild<QPushButton *>(QStringLiteral("addSshKey"))->click();
    if (auto *addKey = waitForDialog<QDialog>(QStringLiteral("addSshKeyDialog"))) {
        addKey->findChild<QPlainTextEdit *>(QStringLiteral("sshKeyText"))
            ->setPlainText(QStringLiteral(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRm9mB+Zz7WqY/2ItDQGaJ7lBQyn7ITR+if5vo6U6Ej "
                "me@new-laptop"));
        ok &= save(addKey, out, QStringLiteral("ssh-add-key"));
        addKey->reject();
    }

    if (withShell)
        ok &= shootCron(window, out);
    if (withDatabases)
        ok &= shootDatabases(window, out);

    // A small change under review: PHP's memory limit raised.
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("phpPage")));
    auto *php = window->findChild<QPlainTextEdit *>(QStringLiteral("phpEditor"));
    php->setPlainText(php->toPlainText().replace(QStringLiteral("256M"), QStringLiteral("512M")));
    auto *phpApply = window->findChild<QPushButton *>(QStringLiteral("phpApply"));
    if (waitFor([&] { return phpApply->isEnabled(); }, "the PHP page's apply button")) {
        phpApply->click();
        if (auto *diff = waitForDialog<QWidget>(QStringLiteral("diffDialog"))) {
            ok &= save(diff, out, QStringLiteral("diff-dialog"));
            diff->findChild<QPushButton *>(QStringLiteral("cancelChange"))->click();
        } else {
            ok = false;
        }
    }
    window->findChild<QPushButton *>(QStringLiteral("phpRevert"))->click();

    // The Files and Terminal tabs connected to the site's home, as test0001's own account.
    const QString siteHome = panel.sitesRoot() + QLatin1Char('/') + window->currentSiteId();
    if (withShell)
        ok &= shootFiles(window, out, shell.home());
    else // no key to log in with here: Connect would only ask for one
        QTextStream(stderr) << "screenshots: no Files shot: the demo stack offers no shell access here"
                            << Qt::endl;
    if (!withShell)
        ok &= shootRefusal(window, out);
    else if (mws::ui::TerminalPage::hasEmbeddedTerminal())
        ok &= shootTerminal(window, out, siteHome);
    else // Connect would open the system's terminal, which is no part of the app's window
        QTextStream(stderr) << "screenshots: no terminal shot: this build has no embedded terminal"
                            << Qt::endl;
    pages->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("overviewPage")));
    ok &= shootStaffMode(window, out, browser, withFleet ? &fleet : nullptr);

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
