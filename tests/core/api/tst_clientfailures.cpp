// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// PanelClient when things go wrong between it and the real panel: a panel that stops
// answering (SIGSTOP), one killed mid-request and started again, a create whose answer is
// lost, requests the user cancels or whose client goes away, and a proxy in front of the panel
// that cannot reach it (a QTcpServer answering 503 with a page of HTML).
#include "apitestbase.h"
#include "clienttest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace mws;
using namespace mws::test;
using namespace std::chrono_literals;

namespace {

// Client-side TCP connections to a port that are open (ESTABLISHED), from /proc/net/tcp.
int openConnectionsTo(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    const QString remote = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    table.readLine(); // the header
    while (!table.atEnd()) {
        const QStringList columns =
            QString::fromLatin1(table.readLine()).simplified().split(QLatin1Char(' '));
        if (columns.size() > 3 && columns.at(2).endsWith(remote) && columns.at(3) == QLatin1String("01"))
            ++count;
    }
    return count;
}

// A gateway whose panel is down: every request gets a 503 with an HTML page. Counts them.
class DownGateway : public QObject
{
public:
    int requests = 0;
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return; // the requests are GETs: their head is all there is
                    ++requests;
                    const QByteArray page = "<html><body>503 Service Unavailable</body></html>";
                    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(page.size()) + "\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

} // namespace

class TestClientFailures : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::unique_ptr<api::PanelClient> m_owner; // test0101
    std::unique_ptr<api::PanelClient> m_staff; // test0100, in staff mode
    QString m_siteId;                          // owned by test0101, active

    PanelProcess &panel() { return m_fixture.panel(); }

    std::unique_ptr<api::PanelClient> newClient(const QString &token = {})
    {
        auto client = std::make_unique<api::PanelClient>(api::PanelEndpoint{panel().url(QString()), {}});
        client->setToken(token);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.startWithStaff(&error), qPrintable(error));
        m_owner = newClient();
        const auto owner = signInWithSession(*m_owner, QStringLiteral("test0101"), &error);
        QVERIFY2(owner, qPrintable(error));
        m_owner->setToken(owner->token);
        m_staff = newClient();
        const auto staff = signInWithSession(*m_staff, QStringLiteral("test0100"), &error);
        QVERIFY2(staff, qPrintable(error));
        m_staff->setToken(staff->token);
        const auto elevated = signInWithSession(*m_staff, QStringLiteral("test0100"), &error,
                                                auth::LoginSession::Purpose::StaffMode);
        QVERIFY2(elevated, qPrintable(error));
        m_staff->setToken(elevated->token);
        const auto created = await(m_staff->createSite({QStringLiteral("Department of Examples"),
                                                        {},
                                                        QStringLiteral("web@dept.example"),
                                                        QStringLiteral("test0101")}));
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        m_siteId = created->id;
    }

    void aCreateRetriedAfterALostAnswerMakesOneSite()
    {
        auto client = newClient(m_staff->token());
        client->setTimeout(400ms);
        client->setRetries(6, 200ms);
        const QString name = QStringLiteral("Created once");
        PanelPause pause(panel());
        const auto created =
            client->createSite({name, {}, QStringLiteral("once@example.test"), QStringLiteral("test0104")});
        // The first attempts time out while the panel is stopped (their requests already sent);
        // it wakes up in the middle of the back-off and then sees every attempt.
        QTest::qWait(1300);
        QVERIFY(!created.isFinished());
        pause.resume();
        const auto result = await(created);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        api::SiteListQuery query;
        query.text = name;
        query.allSites = true;
        const auto sites = await(m_staff->sites(query));
        QVERIFY(sites.ok());
        QCOMPARE(sites->value.total, 1);
        QCOMPARE(sites->value.items.first().id, result->id);
    }

    void aSlowPanelTimesOut()
    {
        auto client = newClient(m_owner->token());
        client->setTimeout(300ms);
        client->setRetries(2, 100ms);
        QSignalSpy reachable(client.get(), &api::PanelClient::reachableChanged);
        PanelPause pause(panel());
        QElapsedTimer timer;
        timer.start();
        const auto me = await(client->me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error().kind, Error::Kind::Timeout);
        QVERIFY(!me.error().message.isEmpty());
        QVERIFY2(timer.elapsed() >= 650 && timer.elapsed() < 5000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!client->isReachable());
        QTRY_COMPARE(reachable.count(), 1);
        QCOMPARE(reachable.first().first().toBool(), false);
        pause.resume();
        QVERIFY(await(client->me()).ok());
        QTRY_COMPARE(reachable.count(), 2);
        QCOMPARE(reachable.last().first().toBool(), true);
    }

    void cancellingAFutureAbortsTheRequest()
    {
        auto client = newClient(m_owner->token());
        client->setTimeout(20s);
        const quint16 port = quint16(panel().url(QString()).port());
        const int before = openConnectionsTo(port);
        QVERIFY(before >= 0);
        PanelPause pause(panel());
        QFuture<Result<api::Me>> me = client->me();
        // The request is on the wire (the kernel accepts it for the stopped panel).
        QTRY_COMPARE(openConnectionsTo(port), before + 1);
        me.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(me.isFinished(), 2000);
        QVERIFY(me.isCanceled());
        QCOMPARE(me.resultCount(), 0);
        // Aborted, not just forgotten: the connection is closed.
        QTRY_COMPARE(openConnectionsTo(port), before);
        QVERIFY(client->isReachable());

        // A request waiting to be retried is cancelled too, without another attempt.
        pause.resume();
        client->setRetries(5, 10s);
        panel().kill();
        QFuture<Result<api::Me>> waiting = client->me();
        QTest::qWait(200);
        QVERIFY(!waiting.isFinished());
        waiting.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.isFinished(), 2000);
        QVERIFY(waiting.isCanceled());
        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
    }

    void aClientClosedMidRequestFinishesWithCancelled()
    {
        auto client = newClient(m_owner->token());
        PanelPause pause(panel());
        QFuture<Result<api::Me>> me = client->me();
        QTest::qWait(100);
        client.reset();
        QVERIFY(me.isFinished());
        QVERIFY(!me.isCanceled());
        QCOMPARE(me.result().error().kind, Error::Kind::Cancelled);
    }

    // A gateway's 503 (not problem+json) means the panel is out of reach: retried, then offline.
    void aGateways503IsRetriedAndMeansUnreachable()
    {
        DownGateway gateway;
        QVERIFY(gateway.listen());
        api::PanelClient client(api::PanelEndpoint{gateway.url(), {}});
        client.setToken(m_owner->token());
        client.setRetries(3, 50ms);
        QSignalSpy reachable(&client, &api::PanelClient::reachableChanged);
        const auto me = await(client.me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error().httpStatus, 503);
        QCOMPARE(me.error().message,
                 QStringLiteral("The panel is not available at the moment. Try again later."));
        QCOMPARE(gateway.requests, 3);
        QVERIFY(!client.isReachable());
        QTRY_COMPARE(reachable.count(), 1);
        QCOMPARE(reachable.first().first().toBool(), false);
    }

    void aPanelKilledMidRequestGivesANetworkError()
    {
        auto client = newClient(m_owner->token());
        client->setRetries(1, 100ms);
        QSignalSpy reachable(client.get(), &api::PanelClient::reachableChanged);
        QFuture<Result<api::Me>> me;
        {
            PanelPause pause(panel());
            me = client->me();
            QTest::qWait(300);
            QVERIFY(!me.isFinished());
            panel().kill(); // SIGKILL works on a stopped process
        }
        const auto killed = await(me, 5000);
        QVERIFY(!killed.ok());
        QCOMPARE(killed.error().kind, Error::Kind::Network);
        QCOMPARE(killed.error().httpStatus, 0);
        QVERIFY2(killed.error().message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(killed.error().message));
        QTRY_COMPARE(reachable.count(), 1);
        QCOMPARE(reachable.first().first().toBool(), false);

        // Nothing listens now; a PATCH (never retried) fails at once...
        client->setRetries(6, 2s);
        QElapsedTimer timer;
        timer.start();
        const auto patch =
            await(client->updateSite(m_siteId, {std::nullopt, QStringLiteral("x"), std::nullopt}, "*"));
        QVERIFY(!patch.ok());
        QCOMPARE(patch.error().kind, Error::Kind::Network);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

        // ...while a GET keeps trying, and succeeds once the panel is back within its back-off.
        client->setRetries(6, 400ms);
        QFuture<Result<api::Me>> retried = client->me();
        QTest::qWait(100);
        QVERIFY(!retried.isFinished());
        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        const auto back = await(retried);
        QVERIFY2(back.ok(), qPrintable(describe(back)));
        QCOMPARE(back->user.crsid, QStringLiteral("test0101"));
        QTRY_COMPARE(reachable.count(), 2);
        QCOMPARE(reachable.last().first().toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestClientFailures)
#include "tst_clientfailures.moc"
