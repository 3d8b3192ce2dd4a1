// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The panel's bounds on a request: a body is refused by its Content-Length before it is held, a
// chunked body is refused outright, a head is at most 64 KiB; and none of this gets in the way
// of ordinary requests, one after another on a kept-alive connection. Over HTTP and HTTPS.
#include "apitestbase.h"
#include "http/jsonbody.h"
#include "http/requestgate.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <optional>

using namespace mws::test;
using mws::panel::HeadVerdict;
using mws::panel::JsonBody;
using mws::panel::RequestGate;

namespace {

constexpr qint64 mib = 1 << 20;

// One answer read from a raw connection.
struct RawReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// The panel's peak resident memory so far (VmHWM), in KiB; -1 if it cannot be read.
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(QStringLiteral("^VmHWM:\\s*(\\d+) kB"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Starts the peak afresh at what the process holds now (Linux 4.0 and later); where that is
// not allowed the peak so far stays, which only makes the comparison stricter.
void resetPeak(qint64 pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Reads one answer; what follows it stays in pending. nullopt if none came in time.
std::optional<RawReply> readReply(QAbstractSocket &socket, QByteArray &pending, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        pending += socket.readAll();
        const qsizetype headEnd = pending.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            RawReply reply;
            const QList<QByteArray> lines = pending.first(headEnd).split('\n');
            reply.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].first(colon).trimmed().toLower(),
                                         lines[i].sliced(colon + 1).trimmed());
            }
            const qsizetype length = reply.headers.value("content-length").toLongLong();
            if (pending.size() >= headEnd + 4 + length) {
                reply.body = pending.mid(headEnd + 4, length);
                pending.remove(0, headEnd + 4 + length);
                return reply;
            }
        }
        if (clock.elapsed() > timeoutMs ||
            (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            return std::nullopt;
        socket.waitForReadyRead(100);
    }
}

QByteArray head(const QByteArray &requestLine, const QByteArray &fields = {})
{
    return requestLine + "\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
}

// A login flow's body padded with spaces to exactly size bytes: valid JSON the handler takes.
QByteArray flowBody(qsizetype size)
{
    QByteArray body = R"({"clientName":"request limits"})";
    body.append(QByteArray(size - body.size(), ' '));
    return body;
}

QByteArray postFlow(const QByteArray &body)
{
    return head("POST /api/v1/login/flows HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " +
                                                         QByteArray::number(body.size()) + "\r\n") +
           body;
}

} // namespace

class TestRequestLimits : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_plain;
    ApiFixture m_tls;

    ApiFixture &fixture(bool tls) { return tls ? m_tls : m_plain; }

    // A raw connection to the panel (HTTPS trusting only its certificate), or nullptr.
    std::unique_ptr<QAbstractSocket> connectTo(bool tls)
    {
        const quint16 port = quint16(fixture(tls).panel().url({}).port());
        if (!tls) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), port);
            return socket->waitForConnected(10000) ? std::move(socket) : nullptr;
        }
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_tls.panel().certificatePath()));
        socket->setSslConfiguration(ssl);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return socket->waitForEncrypted(10000) ? std::move(socket) : nullptr;
    }

    // The panel still serves an ordinary client.
    int healthStatus(bool tls)
    {
        HttpClient client;
        if (tls)
            client.trustOnly(m_tls.panel().certificatePath());
        return client.getJson(fixture(tls).panel().url(QStringLiteral("/api/v1/health"))).status;
    }

    static void overHttpAndHttps()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_plain.start({}, &error), qPrintable(error));
        PanelProcess::Options tls;
        tls.tls = true;
        QVERIFY2(m_tls.start(tls, &error), qPrintable(error));
    }

    // First, while the panels have done little: their peak memory is what is measured.
    void anAnnouncedGigabyteIsRefusedBeforeItIsHeld_data() { overHttpAndHttps(); }
    void anAnnouncedGigabyteIsRefusedBeforeItIsHeld()
    {
        QFETCH(bool, tls);
        const qint64 pid = fixture(tls).panel().process().processId();
        resetPeak(pid);
        const qint64 before = peakKiB(pid);
        QVERIFY2(before > 0, "cannot read the panel's VmHWM");

        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        socket->write(head("POST /api/v1/login/flows HTTP/1.1",
                           "Content-Type: application/json\r\nContent-Length: 1073741824\r\n"));
        // 200 MiB in 1 MiB pieces, or as much of it as the panel takes before it cuts the line.
        const QByteArray piece(mib, 'x');
        QByteArray received;
        qint64 sent = 0;
        QElapsedTimer clock;
        clock.start();
        while (sent < 200 * mib && socket->state() == QAbstractSocket::ConnectedState &&
               clock.elapsed() < 120'000) {
            socket->write(piece);
            while (socket->bytesToWrite() > 0 && socket->state() == QAbstractSocket::ConnectedState &&
                   clock.elapsed() < 120'000)
                socket->waitForBytesWritten(200);
            received += socket->readAll();
            sent += piece.size();
        }
        // Whatever the panel answers (nothing, without a bound), and time to take in what it got.
        QElapsedTimer answer;
        answer.start();
        while (socket->state() == QAbstractSocket::ConnectedState && answer.elapsed() < 3000 &&
               !received.contains("\r\n\r\n{")) {
            socket->waitForReadyRead(100);
            received += socket->readAll();
        }
        received += socket->readAll();
        QTest::qWait(300);

        const qint64 grownKiB = peakKiB(pid) - before;
        qInfo("sent %lld MiB in %lld ms; the panel's peak memory grew by %lld KiB", sent / mib,
              qint64(clock.elapsed()), grownKiB);
        if (underAddressSanitizer())
            qInfo("the bound on that growth is not checked under AddressSanitizer (its quarantine)");
        else
            QVERIFY2(
                grownKiB < 16 * 1024,
                qPrintable(QStringLiteral("the panel's peak memory grew by %1 MiB").arg(grownKiB / 1024)));
        QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.left(300).constData());
        QVERIFY(received.contains("application/problem+json"));
        QCOMPARE(fixture(tls).panel().process().state(), QProcess::Running);
        QCOMPARE(healthStatus(tls), 200);
    }

    void judgesTheHead_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<int>("expected"); // 0: let through, -1: wait for more, else the refusal

        const QByteArray get = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const QByteArray post = "POST /api/v1/login/flows HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const QByteArray limit = QByteArray::number(JsonBody::maxBytes);
        const QByteArray overLimit = QByteArray::number(JsonBody::maxBytes + 1);
        QTest::newRow("no body") << get + "\r\n" << 0;
        QTest::newRow("head not yet whole") << get << -1;
        QTest::newRow("request line not yet whole") << QByteArray("GET /api/v1/hea") << -1;
        QTest::newRow("blank lines first") << "\r\n\r\n" + get + "\r\n" << 0;
        QTest::newRow("bare line feeds") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0;
        QTest::newRow("body at the limit") << post + "Content-Length: " + limit + "\r\n\r\n" << 0;
        QTest::newRow("body over the limit") << post + "Content-Length: " + overLimit + "\r\n\r\n" << 413;
        QTest::newRow("a gigabyte") << post + "content-length: 1073741824\r\n\r\n" << 413;
        QTest::newRow("refused before the head is whole") << post + "Content-Length: 99999999\r\n" << 413;
        QTest::newRow("thirty digits") << post + "Content-Length: " + QByteArray(30, '9') + "\r\n\r\n" << 413;
        QTest::newRow("leading zeros") << post + "Content-Length: 000012\r\n\r\n" << 0;
        QTest::newRow("not a number") << post + "Content-Length: 12abc\r\n\r\n" << 400;
        QTest::newRow("negative") << post + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("signed") << post + "Content-Length: +5\r\n\r\n" << 400;
        QTest::newRow("empty") << post + "Content-Length:\r\n\r\n" << 400;
        QTest::newRow("a list") << post + "Content-Length: 5, 5\r\n\r\n" << 400;
        QTest::newRow("twice the same") << post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\n" << 0;
        QTest::newRow("twice differing") << post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n" << 400;
        QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n" << 411;
        QTest::newRow("any transfer coding") << post + "transfer-ENCODING: identity\r\n\r\n" << 411;
        QTest::newRow("folded") << post + "Content-Length: 1\r\n 073741824\r\n\r\n" << 400;
        QTest::newRow("space before the colon") << post + "Content-Length : 1073741824\r\n\r\n" << 400;
        QTest::newRow("no colon") << post + "Content-Length 5\r\n\r\n" << 400;

        const qsizetype room = RequestGate::maxHeadBytes - get.size() - 4;
        const QByteArray filler = "X: " + QByteArray(room - 3, 'a') + "\r\n";
        QTest::newRow("head at the limit") << get + filler + "\r\n" << 0;
        QTest::newRow("head a byte over") << get + "a" + filler + "\r\n" << 431;
        QTest::newRow("no end in sight") << get + "X: " + QByteArray(128 * 1024, 'a') << 431;
        QTest::newRow("endless request line") << "GET /" + QByteArray(128 * 1024, 'a') << 431;
    }

    void judgesTheHead()
    {
        QFETCH(QByteArray, start);
        QFETCH(int, expected);
        const HeadVerdict verdict = RequestGate::judge(start, JsonBody::maxBytes);
        switch (verdict.kind) {
        case HeadVerdict::Kind::Accept:
            QCOMPARE(0, expected);
            break;
        case HeadVerdict::Kind::Incomplete:
            QCOMPARE(-1, expected);
            break;
        case HeadVerdict::Kind::Refuse:
            QCOMPARE(verdict.status, expected);
            QVERIFY(!verdict.detail.isEmpty());
            break;
        }
    }

    void aChunkedBodyNeedsALength_data() { overHttpAndHttps(); }
    void aChunkedBodyNeedsALength()
    {
        QFETCH(bool, tls);
        fixture(tls).panel().process().readAllStandardError();
        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        socket->write(head("POST /api/v1/login/flows HTTP/1.1",
                           "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") +
                      "2\r\n{}\r\n0\r\n\r\n");
        QByteArray pending;
        const std::optional<RawReply> reply = readReply(*socket, pending);
        QVERIFY(reply);
        QCOMPARE(reply->status, 411);
        QCOMPARE(reply->headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply->headers.value("connection"), QByteArray("close"));
        QCOMPARE(reply->json().value(QStringLiteral("status")).toInt(), 411);
        // The panel closes the connection (after a while spent reading what else comes).
        QVERIFY(socket->state() != QAbstractSocket::ConnectedState ||
                socket->waitForDisconnected(RequestGate::drainMs + 5000));
        // And says so in its log.
        QTest::qWait(100);
        const QByteArray log = fixture(tls).panel().process().readAllStandardError();
        QVERIFY2(log.contains("mws.paneld.requests") && log.contains("\\\"status\\\":411"), log.constData());
        QCOMPARE(healthStatus(tls), 200);
    }

    void aHugeHeadIsRefused_data() { overHttpAndHttps(); }
    void aHugeHeadIsRefused()
    {
        QFETCH(bool, tls);
        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        socket->write(
            head("GET /api/v1/health HTTP/1.1", "X-Filler: " + QByteArray(128 * 1024, 'a') + "\r\n"));
        QByteArray pending;
        const std::optional<RawReply> reply = readReply(*socket, pending);
        QVERIFY(reply);
        QCOMPARE(reply->status, 431);
        QCOMPARE(reply->json().value(QStringLiteral("status")).toInt(), 431);
        QCOMPARE(healthStatus(tls), 200);
    }

    void aBodyJustOverTheLimitIsRefusedByItsLength_data() { overHttpAndHttps(); }
    void aBodyJustOverTheLimitIsRefusedByItsLength()
    {
        QFETCH(bool, tls);
        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        // The head alone: the answer comes without a byte of the body.
        socket->write(head("POST /api/v1/login/flows HTTP/1.1",
                           "Content-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(JsonBody::maxBytes + 1) + "\r\n"));
        QByteArray pending;
        const std::optional<RawReply> reply = readReply(*socket, pending);
        QVERIFY(reply);
        QCOMPARE(reply->status, 413);
        QCOMPARE(reply->json().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Request too large"));
    }

    // A body of the largest size still reaches the handler, and a kept-alive connection goes on
    // serving: one request after another, then two sent at once.
    void requestsWithinTheBoundsAreServed_data() { overHttpAndHttps(); }
    void requestsWithinTheBoundsAreServed()
    {
        QFETCH(bool, tls);
        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        const QByteArray health = head("GET /api/v1/health HTTP/1.1");
        QByteArray pending;
        socket->write(health);
        std::optional<RawReply> reply = readReply(*socket, pending);
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);

        socket->write(postFlow(flowBody(JsonBody::maxBytes)));
        reply = readReply(*socket, pending);
        QVERIFY(reply);
        QVERIFY2(reply->status == 201, reply->body.left(300).constData());
        QVERIFY(reply->json().contains(QStringLiteral("pollToken")));

        socket->write(health + health);
        for (int i = 0; i < 2; ++i) {
            reply = readReply(*socket, pending);
            QVERIFY(reply);
            QCOMPARE(reply->status, 200);
        }
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    // The head comes in pieces, so the server is part-way through it when the gate looks again:
    // what is let through still reaches the handler whole, and what is too large is still refused.
    void aHeadInPiecesIsJudgedWhole_data() { overHttpAndHttps(); }
    void aHeadInPiecesIsJudgedWhole()
    {
        QFETCH(bool, tls);
        const std::unique_ptr<QAbstractSocket> socket = connectTo(tls);
        QVERIFY(socket);
        const QByteArray request = postFlow(flowBody(200 * 1024));
        const qsizetype headEnd = request.indexOf("\r\n\r\n") + 4;
        const QList<qsizetype> cuts{10, 40, headEnd - 30, headEnd - 1, headEnd + 5, headEnd + 100 * 1024};
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            socket->write(request.mid(from, cut - from));
            socket->flush();
            QTest::qWait(150);
            from = cut;
        }
        socket->write(request.mid(from));
        QByteArray pending;
        std::optional<RawReply> reply = readReply(*socket, pending);
        QVERIFY(reply);
        QVERIFY2(reply->status == 201, reply->body.left(300).constData());

        const QByteArray huge = head("POST /api/v1/login/flows HTTP/1.1",
                                     "Content-Type: application/json\r\nContent-Length: 1073741824\r\n");
        socket->write(huge.first(60));
        socket->flush();
        QTest::qWait(150);
        socket->write(huge.sliced(60) + QByteArray(64 * 1024, 'x'));
        reply = readReply(*socket, pending);
        QVERIFY(reply);
        QCOMPARE(reply->status, 413);
    }
};

QTEST_GUILESS_MAIN(TestRequestLimits)
#include "tst_requestlimits.moc"
