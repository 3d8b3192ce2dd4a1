// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: SftpSession's throughput beside OpenSSH's sftp -b on the same loopback sshd, and
// the time to the first folder listing (connect, host key check, sign-in, SFTP, list) for both.
// OpenSSH's transfer time is its batch's time less that of an empty batch (its own connection
// and sign-in), so both sides count the transfer alone. Prints medians; the floor is SftpSession
// at 0.8× sftp's throughput or better, enforced with --enforce-floor.
//
//   bench_sftp [--size MiB] [--rounds N] [--enforce-floor]
#include "ssh/sftpsession.h"
#include "ssh/sshconnection.h"
#include "ssh/sshfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mws;
using namespace mws::test;

namespace {

const QString userName = QStringLiteral("mwsbenchsftp");

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Waits for a future with the event loop running, as the app's GUI thread would.
template <typename T> T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (qint64 left = size; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (file.write(block.constData(), std::min<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}

// OpenSSH's sftp running one batch; milliseconds, or -1 when it failed.
struct OpenSshSftp
{
    SshSite &site;
    QString key;
    QString knownHosts;

    double run(const QString &batch) const
    {
        const QString batchFile = site.path(QStringLiteral("batch"));
        QFile file(batchFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(batch.toUtf8()) < 0)
            return -1;
        file.close();
        QProcess sftp;
        QElapsedTimer clock;
        clock.start();
        sftp.start(QStringLiteral("sftp"),
                   {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                    QStringLiteral("-P"), QString::number(site.server().port()), QStringLiteral("-i"), key,
                    QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                    QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                    QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-b"), batchFile,
                    userName + QStringLiteral("@127.0.0.1")});
        const bool ok =
            sftp.waitForFinished(300000) && sftp.exitStatus() == QProcess::NormalExit && sftp.exitCode() == 0;
        return ok ? double(clock.nsecsElapsed()) / 1e6 : -1;
    }
};

struct Figures
{
    std::vector<double> ourUpload, ourDownload, ourFirstListing;
    std::vector<double> sshUpload, sshDownload, sshFirstListing;
    int failures = 0;
};

double timed(const std::function<bool()> &work, int *failures)
{
    QElapsedTimer clock;
    clock.start();
    if (!work())
        ++*failures;
    return double(clock.nsecsElapsed()) / 1e6;
}

// One round of ours: a new connection to the first listing, then an upload and a download.
void measureOurs(SshSite &site, const QString &key, const QString &local, const QString &home,
                 Figures &figures)
{
    SshConnection connection;
    SftpSession sftp(connection);
    // The records come from the panel beforehand: not part of the time to the listing.
    const SshConnection::Options options = site.options(
        SshCredentials::fromKeyFile(key), {site.sshfpRecords(), site.path(QStringLiteral("kh-ours"))});
    figures.ourFirstListing.push_back(timed(
        [&] {
            const auto connected = await(connection.connectToHost(options));
            return connected && await(sftp.list(home)).ok();
        },
        &figures.failures));
    figures.ourUpload.push_back(
        timed([&] { return await(sftp.upload(local, home + QStringLiteral("/ours.bin"))).ok(); },
              &figures.failures));
    figures.ourDownload.push_back(timed(
        [&] {
            return await(sftp.download(home + QStringLiteral("/ours.bin"), local + QStringLiteral(".ours")))
                .ok();
        },
        &figures.failures));
}

void measureOpenSsh(const OpenSshSftp &sftp, const QString &local, const QString &home, Figures &figures)
{
    const double empty = sftp.run(QString());
    const double listing = sftp.run(QStringLiteral("ls -l %1\n").arg(home));
    const double put = sftp.run(QStringLiteral("put %1 %2/theirs.bin\n").arg(local, home));
    const double get = sftp.run(QStringLiteral("get %1/theirs.bin %2.theirs\n").arg(home, local));
    if (empty < 0 || listing < 0 || put < 0 || get < 0)
        ++figures.failures;
    figures.sshFirstListing.push_back(listing);
    figures.sshUpload.push_back(put - empty);
    figures.sshDownload.push_back(get - empty);
}

bool report(QTextStream &out, qint64 size, const Figures &figures)
{
    const double mib = double(size) / (1024.0 * 1024.0);
    const auto rate = [mib](const std::vector<double> &ms) { return mib / (median(ms) / 1000.0); };
    const double upRatio = rate(figures.ourUpload) / rate(figures.sshUpload);
    const double downRatio = rate(figures.ourDownload) / rate(figures.sshDownload);
    out << QStringLiteral("%1 MiB over loopback, medians of %2 rounds\n")
               .arg(mib, 0, 'f', 1)
               .arg(figures.ourUpload.size());
    out << QStringLiteral("  upload    SftpSession %1 MiB/s   sftp -b %2 MiB/s   ratio %3 (floor 0.80)\n")
               .arg(rate(figures.ourUpload), 0, 'f', 1)
               .arg(rate(figures.sshUpload), 0, 'f', 1)
               .arg(upRatio, 0, 'f', 2);
    out << QStringLiteral("  download  SftpSession %1 MiB/s   sftp -b %2 MiB/s   ratio %3 (floor 0.80)\n")
               .arg(rate(figures.ourDownload), 0, 'f', 1)
               .arg(rate(figures.sshDownload), 0, 'f', 1)
               .arg(downRatio, 0, 'f', 2);
    out << QStringLiteral(
               "  first listing (connect, host key, sign-in, SFTP, ls)  SftpSession %1 ms   sftp -b %2 ms\n")
               .arg(median(figures.ourFirstListing), 0, 'f', 1)
               .arg(median(figures.sshFirstListing), 0, 'f', 1);
    out << QStringLiteral("  failures %1\n").arg(figures.failures);
    return upRatio >= 0.8 && downRatio >= 0.8;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("File size in MiB."),
                                        QStringLiteral("MiB"), QStringLiteral("64"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption floorOption(QStringLiteral("enforce-floor"),
                                         QStringLiteral("Fail below the floor."));
    parser.addOptions({sizeOption, roundsOption, floorOption});
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * 1024 * 1024;
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTextStream out(stdout);

    QString error;
    TestUnixUser user(userName);
    SshSite site;
    if (!SshServer::isAvailable(&error) || !user.create(&error) || !site.start(userName, &error)) {
        out << "bench: " << error << Qt::endl;
        return 1;
    }
    const QString key = site.makeClientKey(QStringLiteral("client"));
    const QString knownHosts = site.path(QStringLiteral("kh-openssh"));
    QFile khFile(knownHosts);
    const QString local = site.path(QStringLiteral("payload.bin"));
    if (key.isEmpty() || !khFile.open(QIODevice::WriteOnly) ||
        khFile.write(site.server().knownHosts().toUtf8()) < 0 || !writeRandomFile(local, size)) {
        out << "bench: could not prepare the keys and the file" << Qt::endl;
        return 1;
    }
    khFile.close();

    Figures figures;
    const OpenSshSftp openSsh{site, key, knownHosts};
    for (int round = 0; round < rounds; ++round) {
        measureOpenSsh(openSsh, local, user.home(), figures);
        measureOurs(site, key, local, user.home(), figures);
    }
    const bool aboveFloor = report(out, size, figures);
    out.flush();
    if (figures.failures > 0)
        return 1;
    return aboveFloor || !parser.isSet(floorOption) ? 0 : 2;
}
