// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: a database's export and import through the real panel beside the MariaDB tools alone
// on the same data and the same private server. Export: the job (mariadb-dump | gzip -1 as the
// site's account) and the download, beside mariadb-dump alone and mariadb-dump | gzip -1. Import:
// the upload in 1 MiB parts and the job (gzip -dc | sed | mariadb into a scratch database, then
// the swap), beside mariadb alone fed the plain dump. Goals: ≤ 1.2× each tool alone. The panel's
// peak memory (VmHWM) is read after a small database's transfers and again after the large one's:
// it must stay flat, whatever the size.
//
//   bench_database_transfer [--mib N] [--small-mib N]
#include "mariadbserver.h"
#include "panelharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace mws::test;

namespace {

struct Bench
{
    MariaDbServer mariadb;
    TestWlsProcess wls;
    PanelProcess panel;
    HttpClient http;
    QString owner;
    QString siteId;
    QString prefix;
    QTemporaryDir dir;
};

QUrl siteUrl(Bench &b, const QString &path)
{
    return b.panel.url(QStringLiteral("/api/v1/sites/%1%2").arg(b.siteId, path));
}

qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Runs a shell pipeline (the tools alone, as root); its seconds, or -1.
double timed(const QString &command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!shell.waitForFinished(30 * 60 * 1000) || shell.exitCode() != 0)
        return -1;
    return timer.elapsed() / 1000.0;
}

// A request sent with a real event loop, as the app sends it (HttpClient polls its event loop with
// sleeps between, which a body of many segments pays for): the status and the body.
std::pair<int, QByteArray> transfer(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                                    const QString &token, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isNull())
        request.setRawHeader("Content-Type", "application/octet-stream");
    QNetworkReply *reply = body.isNull() ? network.sendCustomRequest(request, method)
                                         : network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QJsonObject waitForJob(Bench &b, const QString &jobId)
{
    QJsonObject job;
    QDeadlineTimer deadline(30 * 60 * 1000);
    while (!deadline.hasExpired()) {
        job = b.http.getJson(b.panel.url(QStringLiteral("/api/v1/jobs/") + jobId), b.owner).json();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("succeeded") || state == QLatin1String("failed"))
            return job;
        QThread::msleep(20);
    }
    return job;
}

// Rows of about 300 bytes each, made by the server itself; the database's dump is about mib MiB.
bool fill(Bench &b, const QString &database, int mib, QString *error)
{
    error->clear();
    const int rows = mib * 3500;
    b.mariadb.sql(
        QStringLiteral("USE `%1`; CREATE TABLE big (id INT PRIMARY KEY, name VARCHAR(64), body TEXT, "
                       "amount DOUBLE, at DATETIME); INSERT INTO big SELECT seq, MD5(seq), "
                       "REPEAT(SHA2(seq, 256), 4), seq / 7, '2026-01-01' + INTERVAL seq SECOND "
                       "FROM seq_1_to_%2;")
            .arg(database)
            .arg(rows),
        error);
    return error->isEmpty();
}

struct Figures
{
    double exportSeconds = -1, importSeconds = -1, uploadSeconds = -1, dumpAlone = -1, dumpGzip = -1,
           clientAlone = -1;
    qint64 dumpBytes = 0, peakKiB = -1;
};

Figures transfer(Bench &b, const QString &database, QTextStream &out)
{
    Figures f;
    const QString connection =
        QStringLiteral("--no-defaults --socket=%1 --user=root").arg(b.mariadb.socketPath());
    const QString plain = b.dir.filePath(database + QStringLiteral(".sql"));
    f.dumpAlone = timed(QStringLiteral("mariadb-dump %1 --single-transaction --routines --events --triggers "
                                       "--hex-blob %2 > %3")
                            .arg(connection, database, plain));
    f.dumpGzip = timed(QStringLiteral("mariadb-dump %1 --single-transaction --routines --events --triggers "
                                      "--hex-blob %2 | gzip -1 > %3.gz")
                           .arg(connection, database, plain));
    QElapsedTimer timer;
    timer.start();
    const HttpReply queued = b.http.sendJson(
        "POST", siteUrl(b, QStringLiteral("/databases/%1/export").arg(database)), {}, b.owner);
    const QString jobId = queued.json().value(QStringLiteral("id")).toString();
    if (waitForJob(b, jobId).value(QStringLiteral("state")).toString() != QLatin1String("succeeded")) {
        out << "bench: the export failed" << Qt::endl;
        return f;
    }
    QNetworkAccessManager network;
    const auto [status, dump] =
        transfer(network, "GET", siteUrl(b, QStringLiteral("/database-exports/") + jobId), b.owner);
    f.exportSeconds = timer.elapsed() / 1000.0;
    f.dumpBytes = dump.size();
    if (status != 200)
        return f;

    // The tools alone: the plain dump into an empty database of the same collation.
    QString ignored;
    b.mariadb.sql(QStringLiteral("CREATE DATABASE alone_target;"), &ignored);
    f.clientAlone = timed(QStringLiteral("mariadb %1 alone_target < %2").arg(connection, plain));
    b.mariadb.sql(QStringLiteral("DROP DATABASE alone_target;"), &ignored);

    timer.restart();
    const HttpReply created = b.http.sendJson(
        "POST", siteUrl(b, QStringLiteral("/database-imports")),
        {{QStringLiteral("database"), database}, {QStringLiteral("size"), double(dump.size())}}, b.owner);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const qsizetype part = 1 << 20;
    for (qsizetype offset = 0; offset < dump.size(); offset += part)
        if (transfer(network, "PUT",
                     siteUrl(b, QStringLiteral("/database-imports/%1?offset=%2").arg(id).arg(offset)),
                     b.owner, dump.mid(offset, part))
                .first != 200) {
            out << "bench: a part was refused" << Qt::endl;
            return f;
        }
    f.uploadSeconds = timer.elapsed() / 1000.0;
    const HttpReply applied =
        b.http.sendJson("POST", siteUrl(b, QStringLiteral("/database-imports/%1/apply").arg(id)),
                        {{QStringLiteral("confirmName"), database}}, b.owner);
    const QJsonObject imported = waitForJob(b, applied.json().value(QStringLiteral("id")).toString());
    if (imported.value(QStringLiteral("state")).toString() != QLatin1String("succeeded")) {
        out << "bench: the import failed: " << imported.value(QStringLiteral("error")).toString() << Qt::endl;
        return f;
    }
    f.importSeconds = timer.elapsed() / 1000.0;
    f.peakKiB = peakKiB(b.panel.process().processId());
    return f;
}

void report(QTextStream &out, const QString &label, const Figures &f)
{
    out << label << ": dump " << f.dumpBytes / 1024 / 1024 << " MiB compressed" << Qt::endl;
    out << QStringLiteral("  export (job + download) %1 s | mariadb-dump alone %2 s (ratio %3, floor 1.20) | "
                          "mariadb-dump | gzip -1 %4 s (ratio %5)")
               .arg(f.exportSeconds, 0, 'f', 2)
               .arg(f.dumpAlone, 0, 'f', 2)
               .arg(f.exportSeconds / f.dumpAlone, 0, 'f', 2)
               .arg(f.dumpGzip, 0, 'f', 2)
               .arg(f.exportSeconds / f.dumpGzip, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  import (upload %4 s + job) %1 s | mariadb alone %2 s (ratio %3, floor 1.20)")
               .arg(f.importSeconds, 0, 'f', 2)
               .arg(f.clientAlone, 0, 'f', 2)
               .arg(f.importSeconds / f.clientAlone, 0, 'f', 2)
               .arg(f.uploadSeconds, 0, 'f', 2)
        << Qt::endl;
    out << "  the panel's peak memory so far (VmHWM): " << f.peakKiB / 1024 << " MiB" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mibOption(QStringLiteral("mib"),
                                       QStringLiteral("The large database's dump, in MiB."),
                                       QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption smallOption(QStringLiteral("small-mib"),
                                         QStringLiteral("The small database's, first."), QStringLiteral("n"),
                                         QStringLiteral("20"));
    parser.addOption(mibOption);
    parser.addOption(smallOption);
    parser.process(app);
    QTextStream out(stdout);
    QString error;
    if (!MariaDbServer::isAvailable(&error)) {
        out << "bench: no MariaDB here (" << error << "); nothing measured" << Qt::endl;
        return 0;
    }
    Bench b;
    if (!b.mariadb.start(&error) || !b.wls.start(b.dir.path(), &error))
        return out << "bench: " << error << Qt::endl, 1;
    PanelProcess::Options options;
    options.staff = {QStringLiteral("test0001")};
    options.webServers = true;
    options.extraConfig =
        QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\n").arg(b.mariadb.socketPath());
    if (!b.panel.start(b.wls, options, &error))
        return out << "bench: " << error << Qt::endl, 1;
    b.owner = signIn(b.http, b.panel, QStringLiteral("test0002"), &error);
    b.siteId = createSiteAsStaff(b.panel, QStringLiteral("test0001"), QStringLiteral("bench site"),
                                 QStringLiteral("test0002"), &error);
    if (b.owner.isEmpty() || b.siteId.isEmpty())
        return out << "bench: " << error << Qt::endl, 1;
    b.prefix = QLatin1Char('s') + b.siteId.mid(5) + QLatin1Char('_');
    const int sizes[] = {std::max(1, parser.value(smallOption).toInt()),
                         std::max(1, parser.value(mibOption).toInt())};
    for (const int mib : sizes) {
        const QString database = b.prefix + QStringLiteral("db%1").arg(mib);
        b.http.sendJson("POST", siteUrl(b, QStringLiteral("/databases")),
                        {{QStringLiteral("name"), database}}, b.owner);
        QThread::msleep(1000); // the create job
        if (!fill(b, database, mib, &error))
            return out << "bench: " << error << Qt::endl, 1;
        report(out, QStringLiteral("%1 MiB of rows").arg(mib), transfer(b, database, out));
    }
    b.mariadb.sql(QStringLiteral("DROP USER IF EXISTS '%1'@'localhost';").arg(b.siteId), &error);
    return 0;
}
