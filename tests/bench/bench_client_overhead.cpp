// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: what PanelClient adds to a request. GET /api/v1/me against the real panel on
// loopback, sequentially, through PanelClient (request building, retry engine, problem
// mapping, JSON into mws types, QFuture) and through a bare QNetworkAccessManager GET with the
// same headers. Prints microseconds per request for both and the difference; the two kinds
// alternate in rounds so that drift in the panel affects both alike. Asserts nothing about speed.
//
//   bench_client_overhead [--requests N] [--rounds R]
#include "api/panelclient.h"
#include "panelharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

using namespace mws;
using namespace mws::test;

namespace {

struct Timings
{
    std::vector<qint64> ns;
    int failures = 0;

    double meanUs() const
    {
        return ns.empty()
                   ? 0
                   : double(std::accumulate(ns.begin(), ns.end(), qint64(0))) / double(ns.size()) / 1000.0;
    }
    double percentileUs(double p)
    {
        std::sort(ns.begin(), ns.end());
        return ns.empty() ? 0 : double(ns[std::min(ns.size() - 1, size_t(p * double(ns.size())))]) / 1000.0;
    }
};

// Runs count requests one after another; start(done) issues one and calls done(ok) when it ends.
void runSequentially(int count, Timings &timings, const std::function<void(std::function<void(bool)>)> &start)
{
    QEventLoop loop;
    int left = count;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        if (left-- == 0) {
            loop.quit();
            return;
        }
        timer.start();
        start([&](bool ok) {
            timings.ns.push_back(timer.nsecsElapsed());
            if (!ok)
                ++timings.failures;
            // Queued, so that each request starts from the event loop, not inside the last one.
            QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
        });
    };
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests of each kind to time."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds the requests are split into, alternating kinds."),
        QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({requestsOption, roundsOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int perRound = std::max(1, parser.value(requestsOption).toInt() / rounds);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString error;
    TestWlsProcess wls;
    PanelProcess panel;
    if (!wls.start(dir.path(), &error) || !panel.start(wls, {}, &error)) {
        out << "bench: " << error << Qt::endl;
        return 1;
    }
    HttpClient http;
    const QString token = signIn(http, panel, QStringLiteral("test0001"), &error);
    if (token.isEmpty()) {
        out << "bench: sign-in failed: " << error << Qt::endl;
        return 1;
    }

    api::PanelClient client(api::PanelEndpoint{panel.url(QString()), {}});
    client.setToken(token);
    const auto viaClient = [&client](std::function<void(bool)> done) {
        client.me().then(&client, [done = std::move(done)](const Result<api::Me> &me) {
            done(me.ok() && me->user.crsid == QLatin1String("test0001"));
        });
    };

    QNetworkAccessManager network;
    QNetworkRequest request(panel.url(QStringLiteral("/api/v1/me")));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    const auto bare = [&network, &request](std::function<void(bool)> done) {
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &network, [reply, done = std::move(done)] {
            const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 &&
                            !reply->readAll().isEmpty();
            reply->deleteLater();
            done(ok);
        });
    };

    // Warm up both: connections, the panel's caches, the first-use costs of each path.
    Timings warmup;
    runSequentially(50, warmup, bare);
    runSequentially(50, warmup, viaClient);

    Timings bareTimings;
    Timings clientTimings;
    for (int round = 0; round < rounds; ++round) {
        runSequentially(perRound, bareTimings, bare);
        runSequentially(perRound, clientTimings, viaClient);
    }

    const double bareMean = bareTimings.meanUs();
    const double clientMean = clientTimings.meanUs();
    const double bareP50 = bareTimings.percentileUs(0.5);
    const double clientP50 = clientTimings.percentileUs(0.5);
    out << "GET /api/v1/me, sequential, loopback, " << perRound * rounds << " requests of each kind in "
        << rounds << " alternating rounds\n";
    out << QStringLiteral("  bare QNetworkAccessManager  mean %1 us   p50 %2 us   p99 %3 us   failures %4\n")
               .arg(bareMean, 0, 'f', 1)
               .arg(bareP50, 0, 'f', 1)
               .arg(bareTimings.percentileUs(0.99), 0, 'f', 1)
               .arg(bareTimings.failures);
    out << QStringLiteral("  PanelClient::me()           mean %1 us   p50 %2 us   p99 %3 us   failures %4\n")
               .arg(clientMean, 0, 'f', 1)
               .arg(clientP50, 0, 'f', 1)
               .arg(clientTimings.percentileUs(0.99), 0, 'f', 1)
               .arg(clientTimings.failures);
    out << QStringLiteral("  PanelClient overhead        mean %1 us   p50 %2 us per request\n")
               .arg(clientMean - bareMean, 0, 'f', 1)
               .arg(clientP50 - bareP50, 0, 'f', 1);
    out.flush();
    return bareTimings.failures == 0 && clientTimings.failures == 0 ? 0 : 1;
}
