// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// mws-paneld: the reference control panel of the Managed Web Service.
#include "config.h"
#include "panel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// One JSON object per line on stderr, so logs can be collected and searched.
void structuredLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QLatin1String(levels[type])},
        {QStringLiteral("category"), QLatin1String(context.category ? context.category : "default")},
        {QStringLiteral("message"), message}};
    QTextStream(stderr) << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so requests in flight finish and the store closes cleanly.
void quitOnSignals(QCoreApplication &app)
{
    // Close-on-exec: every server the panel starts would otherwise hold both ends, and one byte
    // from any site's PHP would stop the panel and every site with it.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        qInfo("shutting down");
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void printConfigErrors(const mws::Error &error)
{
    QTextStream err(stderr);
    err << "mws-paneld: " << error.message << '\n';
    for (const mws::FieldError &field : error.fields)
        err << "  " << field.field << ": " << field.message << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // What the panel makes is its own unless it says otherwise: sites' users, running on the
    // same machine, must not read its database, keys or logs.
    ::umask(027);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mws-paneld"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference control panel of the Managed Web Service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("The configuration file (see /usr/share/doc/mws-paneld/panel-config.md)."),
        QStringLiteral("file"), QStringLiteral("/etc/mws/paneld.conf"));
    const QCommandLineOption checkOption(
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration and the database, then exit."));
    const QCommandLineOption routesOption(QStringLiteral("list-routes"),
                                          QStringLiteral("Print every route the panel serves, then exit."));
    const QCommandLineOption prepareOption(
        QStringLiteral("prepare-host"),
        QStringLiteral("Write the web servers' main files (and undo an interrupted change), then exit, "
                       "so that Apache and PHP-FPM can be started before the panel."));
    parser.addOptions({configOption, checkOption, routesOption, prepareOption});
    parser.process(app);

    qInstallMessageHandler(structuredLog);

    auto config = mws::panel::PanelConfig::load(parser.value(configOption));
    if (!config.ok()) {
        printConfigErrors(config.error());
        return 1;
    }
    auto panel = mws::panel::Panel::create(*config);
    if (!panel.ok()) {
        printConfigErrors(panel.error());
        return 1;
    }
    if (parser.isSet(checkOption)) {
        QTextStream(stdout) << "mws-paneld: configuration OK\n";
        return 0;
    }
    if (parser.isSet(routesOption)) {
        QTextStream out(stdout);
        for (const QString &route : panel.value()->routes())
            out << route << '\n';
        return 0;
    }
    if (parser.isSet(prepareOption)) {
        if (auto prepared = panel.value()->prepareHost(); !prepared.ok()) {
            printConfigErrors(prepared.error());
            return 1;
        }
        QTextStream(stdout) << "mws-paneld: host prepared\n";
        return 0;
    }
    if (auto listening = panel.value()->listen(); !listening.ok()) {
        printConfigErrors(listening.error());
        return 1;
    }
    quitOnSignals(app);
    // Tests and the demo read this line to learn the port.
    QTextStream(stdout) << "mws-paneld: listening on " << (config->usesTls() ? "https" : "http") << "://"
                        << config->listenAddress.toString() << ':' << panel.value()->port() << Qt::endl;
    return QCoreApplication::exec();
}
