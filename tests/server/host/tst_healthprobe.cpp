// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The panel's health check against hostile sites: a site's owner controls everything its server
// answers, so a probe must read a bounded amount, give up in time and hold little memory.

#include "healthprobe.h"
#include "renderer.h"
#include "testsupport.h"
#include "tlscertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mws::host;

namespace {

// One connection, served by a process of its own, so that whatever this process holds is the
// probe's. Arguments: mode, the answer's head, then for TLS: certificate, key, client CA.
// It prints its port, then the request it read. Modes: silent (answers nothing), drip (the
// head, then a byte every 50 ms), close (the head, then closes), flood (the head, then 1 KiB
// header lines for 4 s), answer (the head, then a 50 MiB body).
const char *const serverScript = R"PY(
import socket, ssl, sys, time
mode, head = sys.argv[1], sys.argv[2].encode("latin-1")
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(4)
print(listener.getsockname()[1], flush=True)
connection, _ = listener.accept()
try:
    if len(sys.argv) > 3:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(sys.argv[3], sys.argv[4])
        tls.verify_mode = ssl.CERT_REQUIRED
        tls.load_verify_locations(sys.argv[5])
        connection = tls.wrap_socket(connection, server_side=True)
    request = b""
    while b"\r\n\r\n" not in request and len(request) < 65536:
        chunk = connection.recv(4096)
        if not chunk:
            break
        request += chunk
    sys.stdout.write(request.decode("latin-1"))
    sys.stdout.flush()
    if mode == "silent":
        time.sleep(10)
    elif mode == "drip":
        connection.sendall(head)
        for _ in range(200):
            connection.sendall(b"X")
            time.sleep(0.05)
    elif mode == "close":
        connection.sendall(head)
    elif mode == "flood":
        connection.sendall(head)
        n, end = 0, time.time() + 4
        while time.time() < end:
            batch = b"".join(b"X-Flood-%d: %s\r\n" % (n + i, b"f" * 1024) for i in range(64))
            connection.sendall(batch)
            n += 64
    elif mode == "answer":
        connection.sendall(head)
        megabyte = b"b" * (1 << 20)
        for _ in range(50):
            connection.sendall(megabyte)
        time.sleep(3)
except (OSError, ssl.SSLError):
    pass
)PY";

// What one probe may add to the peak: its 32 KiB and change. (The former probe on
// QNetworkAccessManager grew it by about 2.8 MiB here, flooded for its whole 2 s.)
constexpr qint64 allowedGrowthKiB = 1024;

// Under AddressSanitizer the peak is the sanitizer's (testsupport.h), and is only reported.
bool withinBound(qint64 growthKiB)
{
    return mws::test::underAddressSanitizer() || growthKiB < allowedGrowthKiB;
}

// The most this process has held resident, in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Starts the peak over from what is resident now, so each case measures only itself.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

struct Answer
{
    int calls = 0;
    int status = -1;
    QByteArray tag;
    QString error;
    qint64 ms = 0;
};

class Server
{
public:
    Server(const QString &mode, const QByteArray &head, const QStringList &tls = {})
    {
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral("-c"), QString::fromLatin1(serverScript), mode,
                                    QString::fromLatin1(head)} +
                            tls);
        if (m_process.waitForStarted(5000) && m_process.waitForReadyRead(5000))
            m_port = quint16(m_process.readLine().trimmed().toUInt());
    }
    ~Server()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    // What the server read from the probe: its request.
    QByteArray request()
    {
        if (m_process.bytesAvailable() == 0)
            m_process.waitForReadyRead(1000);
        return m_process.readAll();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

HealthProbe probeOf(const QString &scheme, quint16 port, bool viaSiteServer = false)
{
    HealthProbe probe;
    probe.what = QStringLiteral("www.example.org");
    probe.url = QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme).arg(port));
    probe.host = "www.example.org";
    probe.tagHeader = "X-MWS-Config";
    probe.tag = "abc";
    probe.viaSiteServer = viaSiteServer;
    return probe;
}

const QByteArray normalHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nx-mws-config: abc\r\n"
                              "Content-Length: 52428800\r\n\r\n";

} // namespace

class HealthProbeTest : public QObject
{
    Q_OBJECT

private:
    // Asks once and waits for the answer, then a little longer to see that it came only once.
    Answer ask(const HealthProbe &probe, int timeoutMs = 6000)
    {
        QObject context;
        Answer answer;
        QElapsedTimer clock;
        clock.start();
        askProbe(m_config, m_siteId, probe, &context,
                 [&answer, &clock](int status, const QByteArray &tag, const QString &error) {
                     if (answer.calls++ == 0)
                         answer = Answer{1, status, tag, error, clock.elapsed()};
                 });
        (void)QTest::qWaitFor([&answer] { return answer.calls > 0; }, timeoutMs);
        QTest::qWait(200);
        return answer;
    }

    QStringList tlsArguments(const QString &certificate, const QString &key) const
    {
        return {certificate, key, m_config.frontClientCertificate()};
    }
    // The site's own server, with its real identity.
    QStringList siteServerArguments() const
    {
        return tlsArguments(siteServerCertificate(m_config, m_siteId), siteServerKey(m_config, m_siteId));
    }

    QTemporaryDir m_root;
    HostConfig m_config;
    const QString m_siteId = QStringLiteral("s1");
    QString m_otherCertificate;
    QString m_otherKey;

private slots:
    // The front's client identity and the site's server identity where the host keeps them, and
    // a certificate the probe does not pin.
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_config.root = m_root.path();
        QVERIFY(QDir().mkpath(m_config.keyDir()));
        QVERIFY(QDir().mkpath(m_config.root + QStringLiteral("/tls")));
        QVERIFY(QDir().mkpath(m_config.siteConfigDir(m_siteId)));
        m_otherCertificate = m_root.filePath(QStringLiteral("other.crt"));
        m_otherKey = m_root.filePath(QStringLiteral("other.key"));
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const auto identity = [&](const QString &name, CertificateUse use, const QString &keyFile,
                                  const QString &certificateFile) {
            auto key = makeKeyAndRequest({name});
            if (!key)
                return false;
            auto certificate = makeSelfSigned(key->privateKeyPem, {name}, 30, use);
            return certificate && write(keyFile, key->privateKeyPem) && write(certificateFile, *certificate);
        };
        QVERIFY(identity(QStringLiteral("front.invalid"), CertificateUse::Client,
                         m_root.filePath(QStringLiteral("front.key")), m_config.frontClientCertificate()));
        QFile frontKey(m_root.filePath(QStringLiteral("front.key")));
        QFile frontCertificate(m_config.frontClientCertificate());
        QVERIFY(frontKey.open(QIODevice::ReadOnly) && frontCertificate.open(QIODevice::ReadOnly));
        QVERIFY(
            write(m_config.frontClientKeyAndCertificate(), frontKey.readAll() + frontCertificate.readAll()));
        QVERIFY(identity(m_siteId + QStringLiteral(".site.invalid"), CertificateUse::Server,
                         siteServerKey(m_config, m_siteId), siteServerCertificate(m_config, m_siteId)));
        QVERIFY(identity(m_siteId + QStringLiteral(".site.invalid"), CertificateUse::Server, m_otherKey,
                         m_otherCertificate));
        // Loading TLS and the network stack costs some MiB once: not what the cases measure.
        Server plain(QStringLiteral("answer"), normalHead);
        QCOMPARE(ask(probeOf(QStringLiteral("http"), plain.port())).status, 200);
        Server tls(QStringLiteral("answer"), normalHead, siteServerArguments());
        QCOMPARE(ask(probeOf(QStringLiteral("https"), tls.port(), true)).status, 200);
    }

    void init() { QVERIFY(resetPeak()); }

    // The status and the tag, from the request a health check sends; the 50 MiB body is never read.
    void normalAnswer()
    {
        Server server(QStringLiteral("answer"), normalHead);
        QVERIFY(server.port() > 0);
        const qint64 before = peakKiB();
        const Answer answer = ask(probeOf(QStringLiteral("http"), server.port()));
        const qint64 growth = peakKiB() - before;
        qInfo("answered in %lld ms; peak memory grew by %lld KiB", answer.ms, growth);
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.tag, QByteArray("abc"));
        QVERIFY2(withinBound(growth), qPrintable(QString::number(growth)));
        const QByteArray request = server.request();
        QVERIFY2(request.startsWith("GET / HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nHost: www.example.org\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nConnection: close\r\n"), request.constData());
    }

    // Header lines as fast as the site can write them: the probe gives up at the cap, at once.
    void headerFlood_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("http") << false << QStringLiteral("flood") << QByteArray("HTTP/1.1 200 OK\r\n");
        QTest::newRow("https to the site's server")
            << true << QStringLiteral("flood") << QByteArray("HTTP/1.1 200 OK\r\n");
        // The 50 MiB that follow have no line end.
        QTest::newRow("one endless line")
            << false << QStringLiteral("answer") << QByteArray("HTTP/1.1 200 OK\r\nX: ");
    }
    void headerFlood()
    {
        QFETCH(bool, tls);
        QFETCH(QString, mode);
        QFETCH(QByteArray, head);
        Server server(mode, head, tls ? siteServerArguments() : QStringList());
        QVERIFY(server.port() > 0);
        const qint64 before = peakKiB();
        const Answer answer =
            ask(probeOf(tls ? QStringLiteral("https") : QStringLiteral("http"), server.port(), tls));
        const qint64 growth = peakKiB() - before;
        qInfo("answered in %lld ms (%s); peak memory grew by %lld KiB", answer.ms, qPrintable(answer.error),
              growth);
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.error.contains(QStringLiteral("larger than 32 KiB")), qPrintable(answer.error));
        QVERIFY2(answer.ms < 1500, qPrintable(QString::number(answer.ms)));
        QVERIFY2(withinBound(growth), qPrintable(QString::number(growth)));
    }

    // 32 KiB is the status line and headers with their blank line; a site's head may take all of it.
    void headAtTheCap_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("32 KiB") << 32 * 1024 << 200;
        QTest::newRow("a byte more") << 32 * 1024 + 1 << 0;
    }
    void headAtTheCap()
    {
        QFETCH(int, size);
        QFETCH(int, status);
        const QByteArray start = "HTTP/1.1 200 OK\r\nX-MWS-Config: abc\r\nX-Padding: ";
        const QByteArray head = start + QByteArray(size - start.size() - 4, 'p') + "\r\n\r\n";
        QCOMPARE(head.size(), size);
        Server server(QStringLiteral("close"), head);
        QVERIFY(server.port() > 0);
        const Answer answer = ask(probeOf(QStringLiteral("http"), server.port()));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.tag, status ? QByteArray("abc") : QByteArray());
    }

    // Names in any case; a repeated tag is both values, as Qt joined them, so never the current one.
    void tagHeader()
    {
        Server server(QStringLiteral("close"),
                      "HTTP/1.1 404 Not Found\r\nX-MWS-CONFIG: \tabc \r\nx-mws-config: def\r\n\r\n");
        QVERIFY(server.port() > 0);
        const Answer answer = ask(probeOf(QStringLiteral("http"), server.port()));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.tag, QByteArray("abc, def"));
    }

    // A site that accepts and says nothing, or drips a byte at a time, gets 2 s in all.
    void noAnswer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("silent") << QStringLiteral("silent");
        QTest::newRow("drip") << QStringLiteral("drip");
    }
    void noAnswer()
    {
        QFETCH(QString, mode);
        Server server(mode, "HTTP/1.1 200 OK\r\n");
        QVERIFY(server.port() > 0);
        const Answer answer = ask(probeOf(QStringLiteral("http"), server.port()));
        qInfo("answered in %lld ms (%s)", answer.ms, qPrintable(answer.error));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.error.isEmpty());
        QVERIFY2(answer.ms >= 1900 && answer.ms < 2500, qPrintable(QString::number(answer.ms)));
    }

    void refused()
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const quint16 port = free.serverPort();
        free.close();
        const Answer answer = ask(probeOf(QStringLiteral("http"), port));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.error.isEmpty());
        QVERIFY(answer.ms < 1000);
    }

    // Anything but a well-formed status line and header block is no answer at all.
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("error");
        const QString statusLine = QStringLiteral("status line is malformed");
        const QString headerLine = QStringLiteral("malformed header line");
        const QString closed = QStringLiteral("closed before the answer's headers ended");
        QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200 OK\r\n\r\n") << false << statusLine;
        QTest::newRow("HTTP/0.9") << QByteArray("<html>hello</html>\r\n\r\n") << false << statusLine;
        QTest::newRow("two digits") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << statusLine;
        QTest::newRow("four digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << false << statusLine;
        QTest::newRow("class 6") << QByteArray("HTTP/1.1 600 OK\r\n\r\n") << false << statusLine;
        QTest::newRow("no space") << QByteArray("HTTP/1.1 200OK\r\n\r\n") << false << statusLine;
        QTest::newRow("lower case") << QByteArray("http/1.1 200 OK\r\n\r\n") << false << statusLine;
        QTest::newRow("folded") << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config: a\r\n bc\r\n\r\n") << false
                                << QStringLiteral("folded header line");
        QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config abc\r\n\r\n") << false
                                  << headerLine;
        QTest::newRow("space before colon")
            << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config : abc\r\n\r\n") << false << headerLine;
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\nX-MWS-Config: abc\r\n\r\n")
                                 << false << headerLine;
        QTest::newRow("control character")
            << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config: a\001bc\r\n\r\n") << false << headerLine;
        QTest::newRow("closed early")
            << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config: abc\r\n") << false << closed;
        QTest::newRow("closed early, TLS")
            << QByteArray("HTTP/1.1 200 OK\r\nX-MWS-Config: abc\r\n") << true << closed;
    }
    void malformed()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, tls);
        QFETCH(QString, error);
        Server server(QStringLiteral("close"), head, tls ? siteServerArguments() : QStringList());
        QVERIFY(server.port() > 0);
        const Answer answer =
            ask(probeOf(tls ? QStringLiteral("https") : QStringLiteral("http"), server.port(), tls));
        qInfo("%s", qPrintable(answer.error));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.error.contains(error), qPrintable(answer.error));
        QVERIFY2(answer.ms < 1000, qPrintable(QString::number(answer.ms)));
    }

    // Straight to the site's server: the front's certificate is presented (the server requires
    // it) and the site's is the only one trusted, whatever name it carries.
    void siteServerTls()
    {
        Server server(QStringLiteral("answer"), normalHead, siteServerArguments());
        QVERIFY(server.port() > 0);
        const Answer answer = ask(probeOf(QStringLiteral("https"), server.port(), true));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.tag, QByteArray("abc"));
        QVERIFY(server.request().startsWith("GET / HTTP/1.1\r\n"));
    }

    void otherCertificate()
    {
        Server server(QStringLiteral("answer"), normalHead, tlsArguments(m_otherCertificate, m_otherKey));
        QVERIFY(server.port() > 0);
        const Answer answer = ask(probeOf(QStringLiteral("https"), server.port(), true));
        qInfo("%s", qPrintable(answer.error));
        QCOMPARE(answer.calls, 1);
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.error.contains(QStringLiteral("TLS handshake failed")), qPrintable(answer.error));
        QVERIFY(server.request().isEmpty());
    }

    // The context gone, nothing is reported.
    void contextGone()
    {
        Server server(QStringLiteral("silent"), {});
        QVERIFY(server.port() > 0);
        int calls = 0;
        auto context = std::make_unique<QObject>();
        askProbe(m_config, m_siteId, probeOf(QStringLiteral("http"), server.port()), context.get(),
                 [&calls](int, const QByteArray &, const QString &) { ++calls; });
        QTest::qWait(100);
        context.reset();
        QTest::qWait(2500);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(HealthProbeTest)
#include "tst_healthprobe.moc"
