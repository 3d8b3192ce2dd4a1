// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// mws-demo: starts the embedded demo stack — the test WLS and a local mws-paneld on SQLite,
// filled with demo sites, and as root a private sshd with shell access for the demo person —
// runs MWS Admin against it, and stops it all when the app exits or on Ctrl+C (SIGINT, SIGTERM,
// SIGHUP), removing the Unix accounts the panel made.
//
//   mws-demo                          sign in yourself in the browser: test0001 / test
//   mws-demo --headless-sign-in USER  no browser here: mws-demo completes the Raven login as USER
//   mws-demo browse URL --user USER   (what the app runs as its browser in headless mode)
#include "democron.h"
#include "demodata.h"
#include "demodatabases.h"
#include "demoshell.h"
#include "panelharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

using namespace mws;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    if (::write(signalPipe[1], &byte, 1) < 0) {
        // Nothing to do: a signal that cannot be passed on is one too many already.
    }
}

// Ctrl+C and the like end the event loop instead of the program, so that the stack is stopped
// and the accounts the panel made are removed as when the app exits.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) >= 0)
            app.exit(130);
    });
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mws-demo"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs MWS Admin against a local demo panel."));
    parser.addHelpOption();
    const QCommandLineOption headless(
        QStringLiteral("headless-sign-in"),
        QStringLiteral("Complete the Raven sign-in as <user> without a browser."), QStringLiteral("user"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("For browse: who signs in."),
                                  QStringLiteral("user"), QStringLiteral("test0001"));
    parser.addOptions({headless, user});
    parser.addPositionalArgument(QStringLiteral("browse"), QStringLiteral("browse URL: act as the browser."));
    parser.process(app);
    QTextStream out(stdout);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.first() == QLatin1String("browse")) {
        test::HttpClient browser;
        QString error;
        if (!test::completeInBrowser(browser, QUrl(positional.at(1)), parser.value(user), &error)) {
            QTextStream(stderr) << "mws-demo browse: " << error << Qt::endl;
            return 1;
        }
        out << "mws-demo: signed in as " << parser.value(user) << " in place of a browser" << Qt::endl;
        return 0;
    }

    quitOnSignals(app);
    QTemporaryDir dir;
    QString error;
    demo::DemoShell shell;
    test::TestWlsProcess wls;
    test::PanelProcess panel;
    test::PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    options.webServers = true; // the demo's sites are served for real, on loopback ports
    QString noShell;
    const bool withShell = demo::DemoShell::isPossible(&noShell);
    if (withShell)
        demo::offerCron(options); // root here: the sites' cron jobs can run as their users
    demo::DemoDatabases databases;
    QString noDatabases;
    const bool withDatabases =
        demo::DemoDatabases::isPossible(&noDatabases) && databases.offer(options, &noDatabases);
    if (!withDatabases)
        QTextStream(stderr) << "mws-demo: no databases in this demo: " << noDatabases << Qt::endl;
    if (withShell && !shell.prepare(dir.filePath(QStringLiteral("shell")), options, &error)) {
        QTextStream(stderr) << "mws-demo: " << error << Qt::endl;
        return 1;
    }
    if (!wls.start(dir.path(), &error) || !panel.start(wls, options, &error)) {
        QTextStream(stderr) << "mws-demo: " << error << Qt::endl;
        return 1;
    }
    test::HttpClient http;
    if (!demo::seedDemoData(http, panel, panel.databasePath(), &error,
                            withDatabases ? &databases : nullptr)) {
        QTextStream(stderr) << "mws-demo: could not fill the demo panel: " << error << Qt::endl;
        return 1;
    }
    if (withShell && !shell.start(panel, http, QStringLiteral("test0001"), &error)) {
        QTextStream(stderr) << "mws-demo: could not give the demo shell access: " << error << Qt::endl;
        return 1;
    }
    const QString panelUrl = panel.url(QString()).toString();
    out << "mws-demo: demo panel at " << panelUrl << ", test WLS at " << wls.authenticateUrl().toString()
        << '\n'
        << "mws-demo: the sites' web server: http://127.0.0.1:" << panel.httpPort()
        << " and https://127.0.0.1:" << panel.httpsPort() << " (send the vhost's name as Host)\n"
        << "mws-demo: sign in with user test0001, password test (test0001 is staff; test0002 is another "
           "owner)"
        << Qt::endl;
    if (withShell)
        out << "mws-demo: shell access (SSH page, Files and Terminal tabs): sshd at 127.0.0.1:"
            << options.sshPort << "; test0001 logs in as " << panel.personUser(QStringLiteral("test0001"))
            << " with the key in " << shell.home() << "/.ssh/id_ed25519 (also in a private ssh-agent)"
            << Qt::endl;
    else
        out << "mws-demo: no shell access in this demo: " << noShell << Qt::endl;

    QProcess admin;
    admin.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withShell)
        shell.applyTo(env); // the demo's own home and agent, never the person's keys
    if (parser.isSet(headless)) {
        // The app runs $MWS_BROWSER instead of the system browser; this program is that browser.
        env.insert(QStringLiteral("MWS_BROWSER"), QCoreApplication::applicationFilePath() +
                                                      QStringLiteral(" browse --user ") +
                                                      parser.value(headless));
    }
    admin.setProcessEnvironment(env);
    QStringList adminArguments{QStringLiteral("--panel"), panelUrl};
    if (parser.isSet(headless))
        adminArguments << QStringLiteral("--sign-in");
    admin.start(QStringLiteral(MWS_ADMIN_BINARY), adminArguments);
    if (!admin.waitForStarted(10000)) {
        QTextStream(stderr) << "mws-demo: could not start mws-admin: " << admin.errorString() << Qt::endl;
        return 1;
    }
    QObject::connect(&admin, &QProcess::finished, &app, [&app](int code) { app.exit(code); });
    const int code = QCoreApplication::exec();
    if (admin.state() != QProcess::NotRunning) { // a signal ended the demo: the app goes first
        admin.terminate();
        if (!admin.waitForFinished(10000))
            admin.kill();
        admin.waitForFinished(5000);
    }
    out << "mws-demo: stopping the demo stack" << Qt::endl;
    return code;
}
