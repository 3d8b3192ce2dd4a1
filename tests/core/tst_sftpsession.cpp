// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sftpsession.h"
#include "ssh/sshconnection.h"
#include "ssh/sshfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using mws::SftpEntry;
using mws::SftpSession;
using mws::SshConnection;
using mws::SshCredentials;
using mws::TransferSummary;
using mws::test::resultOf;
using mws::test::SshServer;
using mws::test::SshSite;
using mws::test::TestUnixUser;

namespace {

using Transfer = mws::Result<TransferSummary>;

const QString userName = QStringLiteral("mwssftptest");
constexpr qint64 bigSize = 50 * 1024 * 1024 + 12345; // not a whole number of chunks

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (file.write(block.constData(), std::min<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}

QString errorText(const mws::Status &status)
{
    return status ? QString() : status.error().fullText();
}

template <typename T> QString errorText(const mws::Result<T> &result)
{
    return result ? QString() : result.error().fullText();
}

// Runs a transfer to its end with a 5 ms timer on this thread, cancelling it once `cancelAtKiB`
// have gone (0: never). Returns the result and, in longestGapMs, how long the thread's event loop
// was kept from running.
Transfer watch(const QFuture<Transfer> &transfer, int cancelAtKiB, qint64 *longestGapMs)
{
    QFutureWatcher<Transfer> watcher;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher, [&](int kib) {
        if (cancelAtKiB > 0 && kib >= cancelAtKiB)
            watcher.cancel();
    });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(50000, &loop, &QEventLoop::quit);
    ticker.start();
    watcher.setFuture(transfer);
    loop.exec(); // a plain event loop, as the app's
    if (longestGapMs)
        *longestGapMs = longest;
    return transfer.resultCount() > 0
               ? transfer.result()
               : Transfer(mws::Error::make(mws::Error::Kind::Cancelled, QStringLiteral("none")));
}

} // namespace

class TestSftpSession : public QObject
{
    Q_OBJECT

private:
    TestUnixUser m_user{userName};
    SshSite m_site;
    std::unique_ptr<SshConnection> m_connection;
    std::unique_ptr<SftpSession> m_sftp;
    QString m_bigFile;
    QByteArray m_bigHash;

    QString remote(const QString &name) const { return m_user.home() + QLatin1Char('/') + name; }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServer::isAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_user.create(&why), qPrintable(why));
        QVERIFY2(m_site.start(userName, &why), qPrintable(why));
        const QString key = m_site.makeClientKey(QStringLiteral("client"));
        QVERIFY(!key.isEmpty());
        m_connection = std::make_unique<SshConnection>();
        const auto connected = resultOf(m_connection->connectToHost(
            m_site.options(SshCredentials::fromKeyFile(key),
                           {m_site.sshfpRecords(), m_site.path(QStringLiteral("known_hosts"))})));
        QVERIFY2(connected, qPrintable(errorText(connected)));
        m_sftp = std::make_unique<SftpSession>(*m_connection);
        m_bigFile = m_site.path(QStringLiteral("big.bin"));
        QVERIFY(writeRandomFile(m_bigFile, bigSize));
        m_bigHash = sha256Of(m_bigFile);
    }

    void cleanupTestCase()
    {
        m_sftp.reset();
        m_connection.reset(); // before the user goes
    }

    void uploadAndDownloadAreByteForByteWhileTheCallersThreadRuns()
    {
        qint64 gap = 0;
        QElapsedTimer clock;
        clock.start();
        const Transfer up = watch(m_sftp->upload(m_bigFile, remote(QStringLiteral("big.bin"))), 0, &gap);
        QVERIFY2(up, qPrintable(errorText(up)));
        qInfo("upload of %lld bytes: %lld ms; longest gap between 5 ms ticks: %lld ms", bigSize,
              clock.elapsed(), gap);
        QCOMPARE(up->size, bigSize);
        QCOMPARE(up->resumedFrom, 0);
        QVERIFY2(gap < 100, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(gap)));
        QCOMPARE(sha256Of(remote(QStringLiteral("big.bin"))), m_bigHash);
        QVERIFY(!QFile::exists(SftpSession::partialPath(remote(QStringLiteral("big.bin")))));
        const auto uploaded = resultOf(m_sftp->stat(remote(QStringLiteral("big.bin"))));
        QVERIFY2(uploaded, qPrintable(errorText(uploaded)));
        QCOMPARE(uploaded->size, bigSize);

        const QString copy = m_site.path(QStringLiteral("copy.bin"));
        clock.restart();
        const Transfer down = watch(m_sftp->download(remote(QStringLiteral("big.bin")), copy), 0, &gap);
        QVERIFY2(down, qPrintable(errorText(down)));
        qInfo("download: %lld ms; longest gap between 5 ms ticks: %lld ms", clock.elapsed(), gap);
        QVERIFY2(gap < 100, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(gap)));
        QCOMPARE(sha256Of(copy), m_bigHash);
        QVERIFY(!QFile::exists(SftpSession::partialPath(copy)));
    }

    void aCancelledUploadLeavesNoFileAndResumes()
    {
        const QString target = remote(QStringLiteral("resumed.bin"));
        const Transfer cancelled = watch(m_sftp->upload(m_bigFile, target), 4096, nullptr);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, mws::Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(target));
        const qint64 partial = QFileInfo(SftpSession::partialPath(target)).size();
        QVERIFY2(partial > 0 && partial < bigSize, qPrintable(QString::number(partial)));

        const Transfer resumed = watch(m_sftp->upload(m_bigFile, target), 0, nullptr);
        QVERIFY2(resumed, qPrintable(errorText(resumed)));
        QCOMPARE(resumed->resumedFrom, partial);
        QCOMPARE(sha256Of(target), m_bigHash);
        QVERIFY(!QFile::exists(SftpSession::partialPath(target)));
    }

    void aCancelledDownloadLeavesNoFileAndResumes()
    {
        const QString source = remote(QStringLiteral("big.bin"));
        const QString target = m_site.path(QStringLiteral("resumed-copy.bin"));
        const Transfer cancelled = watch(m_sftp->download(source, target), 4096, nullptr);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, mws::Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(target));
        const qint64 partial = QFileInfo(SftpSession::partialPath(target)).size();
        QVERIFY2(partial > 0 && partial < bigSize, qPrintable(QString::number(partial)));

        const Transfer resumed = watch(m_sftp->download(source, target), 0, nullptr);
        QVERIFY2(resumed, qPrintable(errorText(resumed)));
        QCOMPARE(resumed->resumedFrom, partial);
        QCOMPARE(sha256Of(target), m_bigHash);
    }

    void permissionsAreSetAndReadBack()
    {
        const QString path = remote(QStringLiteral("big.bin"));
        for (int mode : {0640, 0600, 0755}) {
            const mws::Status set = resultOf(m_sftp->setPermissions(path, mode));
            QVERIFY2(set, qPrintable(errorText(set)));
            const auto entry = resultOf(m_sftp->stat(path));
            QVERIFY(entry);
            QCOMPARE(entry->permissions, mode);
            QCOMPARE(int(QFileInfo(path).permissions() & QFileDevice::ExeOther),
                     mode & 1 ? int(QFileDevice::ExeOther) : 0);
        }
    }

    void foldersAreListedMadeRenamedAndRemoved()
    {
        const QString folder = remote(QStringLiteral("site"));
        QVERIFY(resultOf(m_sftp->makeDirectory(folder)));
        QVERIFY(resultOf(m_sftp->makeDirectory(folder + QStringLiteral("/inner"), 0700)));
        QFile small(m_site.path(QStringLiteral("small.txt")));
        QVERIFY(small.open(QIODevice::WriteOnly) && small.write("hello\n") == 6);
        small.close();
        QVERIFY(resultOf(m_sftp->upload(small.fileName(), folder + QStringLiteral("/a.txt"))));
        QVERIFY(resultOf(m_sftp->upload(small.fileName(), folder + QStringLiteral("/inner/b.txt"))));
        const mws::Status renamed =
            resultOf(m_sftp->rename(folder + QStringLiteral("/a.txt"), folder + QStringLiteral("/c.txt")));
        QVERIFY2(renamed, qPrintable(errorText(renamed)));
        QVERIFY(resultOf(m_sftp->upload(small.fileName(), folder + QStringLiteral("/d.txt"))));
        // Renaming onto a file replaces it.
        QVERIFY(
            resultOf(m_sftp->rename(folder + QStringLiteral("/d.txt"), folder + QStringLiteral("/c.txt"))));

        const auto listed = resultOf(m_sftp->list(folder));
        QVERIFY2(listed, qPrintable(errorText(listed)));
        QMap<QString, SftpEntry> byName;
        for (const SftpEntry &entry : *listed)
            byName.insert(entry.name, entry);
        QCOMPARE(byName.keys(), (QStringList{QStringLiteral("c.txt"), QStringLiteral("inner")}));
        QCOMPARE(byName[QStringLiteral("c.txt")].size, 6);
        QVERIFY(!byName[QStringLiteral("c.txt")].isDirectory);
        QCOMPARE(byName[QStringLiteral("c.txt")].owner, userName);
        QVERIFY(byName[QStringLiteral("c.txt")].modified.secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QVERIFY(byName[QStringLiteral("inner")].isDirectory);
        QCOMPARE(byName[QStringLiteral("inner")].permissions, 0700);

        const mws::Status refused = resultOf(m_sftp->remove(folder));
        QVERIFY(!refused); // not empty
        QVERIFY(QFileInfo::exists(folder));
        const mws::Status removed = resultOf(m_sftp->remove(folder, SftpSession::Removal::Recursive));
        QVERIFY2(removed, qPrintable(errorText(removed)));
        QVERIFY(!QFileInfo::exists(folder));
        const auto missing = resultOf(m_sftp->stat(folder));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, mws::Error::Kind::NotFound);
    }

    void callsBeforeConnectingFail()
    {
        SshConnection idle;
        SftpSession sftp(idle);
        const auto listed = resultOf(sftp.list(QStringLiteral("/")));
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind, mws::Error::Kind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSftpSession)
#include "tst_sftpsession.moc"
