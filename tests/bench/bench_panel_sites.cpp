// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: authenticated GET /api/v1/sites against the real panel on loopback, at a fixed
// concurrency. Prints requests per second and p50/p99 latency; asserts nothing about speed.
//
//   bench_panel_sites [--concurrency N] [--requests N] [--sites N] [--postgres]
#include "panelharness.h"
#include "postgresserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace mws::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."), QStringLiteral("n"),
                                               QStringLiteral("8"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Requests to time."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         QStringLiteral("Sites the user is a member of."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("Use PostgreSQL, not SQLite."));
    const QCommandLineOption pathOption(QStringLiteral("path"),
                                        QStringLiteral("Another GET route to time, for comparison."),
                                        QStringLiteral("path"), QStringLiteral("/api/v1/sites"));
    parser.addOptions({concurrencyOption, requestsOption, sitesOption, postgresOption, pathOption});
    parser.process(app);
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    const int total = std::max(concurrency, parser.value(requestsOption).toInt());
    const int siteCount = std::max(1, parser.value(sitesOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString error;
    std::unique_ptr<PostgresServer> postgres;
    PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    if (parser.isSet(postgresOption)) {
        postgres = std::make_unique<PostgresServer>();
        if (!postgres->start(&error)) {
            out << "bench: " << error << Qt::endl;
            return 1;
        }
        options.postgres = postgres.get();
    }
    TestWlsProcess wls;
    PanelProcess panel;
    if (!wls.start(dir.path(), &error) || !panel.start(wls, options, &error)) {
        out << "bench: " << error << Qt::endl;
        return 1;
    }
    HttpClient client;
    const QString staff = signIn(client, panel, QStringLiteral("test0001"), &error);
    const QString elevated = signIn(client, panel, QStringLiteral("test0001"), &error, staff);
    const QString user = signIn(client, panel, QStringLiteral("test0002"), &error);
    if (elevated.isEmpty() || user.isEmpty()) {
        out << "bench: sign-in failed: " << error << Qt::endl;
        return 1;
    }
    for (int i = 0; i < siteCount; ++i) {
        const HttpReply created =
            client.sendJson("POST", panel.url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("bench site %1").arg(i)},
                             {QStringLiteral("contactEmail"), QStringLiteral("b@example.test")},
                             {QStringLiteral("owner"), QStringLiteral("test0002")}},
                            elevated);
        if (created.status != 201) {
            out << "bench: could not create sites: " << created.body << Qt::endl;
            return 1;
        }
    }

    // One QNetworkAccessManager per lane: each keeps its own connection, so `concurrency`
    // requests are really in flight at once.
    std::vector<std::unique_ptr<QNetworkAccessManager>> lanes;
    std::vector<qint64> latenciesUs;
    latenciesUs.reserve(total);
    int started = 0;
    int finished = 0;
    int failures = 0;
    const QString path = parser.value(pathOption);
    QNetworkRequest request(panel.url(path));
    request.setRawHeader("Authorization", "Bearer " + user.toLatin1());
    QElapsedTimer wall;
    std::function<void(QNetworkAccessManager *)> next = [&](QNetworkAccessManager *lane) {
        if (started >= total)
            return;
        ++started;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = lane->get(request);
        QObject::connect(reply, &QNetworkReply::finished, lane, [&, reply, timer, lane] {
            latenciesUs.push_back(timer->nsecsElapsed() / 1000);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failures;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                app.quit();
            else
                next(lane);
        });
    };
    wall.start();
    for (int i = 0; i < concurrency; ++i) {
        lanes.push_back(std::make_unique<QNetworkAccessManager>());
        next(lanes.back().get());
    }
    app.exec();
    const double seconds = wall.nsecsElapsed() / 1e9;

    std::sort(latenciesUs.begin(), latenciesUs.end());
    const auto percentile = [&](double p) {
        return latenciesUs[std::min(latenciesUs.size() - 1, size_t(p * double(latenciesUs.size())))] / 1000.0;
    };
    out << "GET " << path << " (" << siteCount << " sites, " << (postgres ? "postgres" : "sqlite")
        << ", concurrency " << concurrency << ", " << total << " requests)\n";
    out << QStringLiteral("  %1 requests/s   p50 %2 ms   p99 %3 ms   failures %4\n")
               .arg(total / seconds, 0, 'f', 0)
               .arg(percentile(0.50), 0, 'f', 2)
               .arg(percentile(0.99), 0, 'f', 2)
               .arg(failures);
    out.flush();
    return failures == 0 ? 0 : 1;
}
