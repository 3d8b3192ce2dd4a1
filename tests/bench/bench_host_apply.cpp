// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: one PHP change applied end to end by the real panel on the site's own PHP-FPM
// (request → checks → folders as the site's user → render → php-fpm -t → swap → reload of that
// site's PHP-FPM only → health check → commit), beside the floor for the same configuration:
// php-fpm -t plus a graceful reload until the vhost answers again through the front. Prints
// medians; asserts nothing about speed.
//
//   bench_host_apply [--rounds N]
#include "panelharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <unistd.h>
#include <vector>

using namespace mws::test;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs a program to its end and says how long it took, in milliseconds (-1: it failed).
double timed(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// Asks the vhost for / until it answers 2xx–4xx; returns when it did.
bool waitForAnswer(QNetworkAccessManager &network, quint16 port, const QByteArray &host)
{
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        request.setRawHeader("Host", host);
        QNetworkReply *reply = network.get(request);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status >= 200 && status < 500)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Changes to time."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString error;
    TestWlsProcess wls;
    PanelProcess panel;
    PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    options.webServers = true;
    if (!wls.start(dir.path(), &error) || !panel.start(wls, options, &error)) {
        out << "bench: " << error << Qt::endl;
        return 1;
    }
    HttpClient client;
    const QString staff = signIn(client, panel, QStringLiteral("test0001"), &error);
    const QString elevated = signIn(client, panel, QStringLiteral("test0001"), &error, staff);
    const QString owner = signIn(client, panel, QStringLiteral("test0002"), &error);
    if (elevated.isEmpty() || owner.isEmpty()) {
        out << "bench: sign-in failed: " << error << Qt::endl;
        return 1;
    }
    const HttpReply site =
        client.sendJson("POST", panel.url(QStringLiteral("/api/v1/sites")),
                        {{QStringLiteral("name"), QStringLiteral("bench site")},
                         {QStringLiteral("contactEmail"), QStringLiteral("b@example.test")},
                         {QStringLiteral("owner"), QStringLiteral("test0002")}},
                        elevated);
    const QString siteId = site.json().value(QStringLiteral("id")).toString();

    // One change, timed from the request to the job's end as a client polling every 5 ms sees it.
    const auto applyChange = [&](const QByteArray &method, const QString &path,
                                 const QJsonObject &body) -> double {
        QElapsedTimer timer;
        timer.start();
        const HttpReply queued = client.sendJson(method, panel.url(path), body, owner, {{"If-Match", "*"}});
        if (queued.status != 202) {
            error = QString::fromUtf8(queued.body);
            return -1;
        }
        const QString job = queued.json().value(QStringLiteral("id")).toString();
        for (;;) {
            const QJsonObject state =
                client.getJson(panel.url(QStringLiteral("/api/v1/jobs/") + job), owner).json();
            const QString name = state.value(QStringLiteral("state")).toString();
            if (name == QLatin1String("succeeded"))
                return double(timer.nsecsElapsed()) / 1e6;
            if (name == QLatin1String("failed") || timer.elapsed() > 60000) {
                error = state.value(QStringLiteral("error")).toString();
                return -1;
            }
            QThread::msleep(5);
        }
    };
    if (applyChange("POST", QStringLiteral("/api/v1/sites/%1/vhosts").arg(siteId),
                    {{QStringLiteral("name"), QStringLiteral("main")},
                     {QStringLiteral("domains"), QJsonArray{QStringLiteral("bench.test")}}}) < 0) {
        out << "bench: the first vhost failed: " << error << Qt::endl;
        return 1;
    }

    std::vector<double> endToEnd;
    for (int round = 0; round < rounds; ++round) {
        const double ms = applyChange(
            "PUT", QStringLiteral("/api/v1/sites/%1/php").arg(siteId),
            {{QStringLiteral("settings"),
              QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("%1M").arg(100 + round % 2)}}}});
        if (ms < 0) {
            out << "bench: a change failed: " << error << Qt::endl;
            return 1;
        }
        endToEnd.push_back(ms);
    }

    // The floor, on the configuration the panel left: the config test and a graceful reload.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QString httpd = panel.hostRoot() + QStringLiteral("/sites/%1/httpd.conf").arg(siteId);
    const QString fpm = panel.hostRoot() + QStringLiteral("/sites/%1/fpm.conf").arg(siteId);
    QFile pidFile(panel.hostRoot() + QStringLiteral("/run/pids/%1.php.pid").arg(siteId));
    if (!pidFile.open(QIODevice::ReadOnly)) {
        out << "bench: no PHP-FPM pid file" << Qt::endl;
        return 1;
    }
    const pid_t phpPid = pid_t(pidFile.readAll().trimmed().toLongLong());
    std::vector<double> apacheTest;
    std::vector<double> phpTest;
    std::vector<double> reload;
    for (int round = 0; round < rounds; ++round) {
        apacheTest.push_back(
            timed(QStringLiteral("/usr/sbin/apache2"), {QStringLiteral("-t"), QStringLiteral("-f"), httpd}));
        // As the panel runs it: as the site's own user (a root PHP-FPM refuses a pool without one).
        const QStringList phpArguments{QStringLiteral("-t"), QStringLiteral("-y"), fpm};
        phpTest.push_back(::geteuid() == 0 ? timed(QStringLiteral("setpriv"),
                                                   QStringList{QStringLiteral("--reuid=") + siteId,
                                                               QStringLiteral("--regid=") + siteId,
                                                               QStringLiteral("--clear-groups"),
                                                               QStringLiteral("/usr/sbin/php-fpm8.4")} +
                                                       phpArguments)
                                           : timed(QStringLiteral("/usr/sbin/php-fpm8.4"), phpArguments));
        QElapsedTimer timer;
        timer.start();
        ::kill(phpPid, SIGUSR2);
        if (!waitForAnswer(network, panel.httpPort(), "bench.test")) {
            out << "bench: the vhost did not answer after a reload" << Qt::endl;
            return 1;
        }
        reload.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const double floor = median(phpTest) + median(reload);
    out << "bench_host_apply: " << rounds << " PHP setting changes on one site with one vhost\n";
    out << QStringLiteral(
               "  apply end to end (request → job succeeded): median %1 ms, min %2 ms, max %3 ms\n")
               .arg(median(endToEnd), 0, 'f', 1)
               .arg(*std::min_element(endToEnd.begin(), endToEnd.end()), 0, 'f', 1)
               .arg(*std::max_element(endToEnd.begin(), endToEnd.end()), 0, 'f', 1);
    out << QStringLiteral("  floor: php-fpm -t %1 ms + graceful reload of the site's PHP-FPM until the vhost "
                          "answers %2 ms = %3 ms\n")
               .arg(median(phpTest), 0, 'f', 1)
               .arg(median(reload), 0, 'f', 1)
               .arg(floor, 0, 'f', 1);
    out << QStringLiteral(
               "  (the site's apache2 -t, not needed for a PHP change: %1 ms); the panel's own work "
               "above the floor: %2 ms\n")
               .arg(median(apacheTest), 0, 'f', 1)
               .arg(median(endToEnd) - floor, 0, 'f', 1);
    return 0;
}
