// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshfixture.h"
#include "ssh/sshtunnel.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using mws::SshCredentials;
using mws::SshTunnel;
using mws::test::resultOf;
using mws::test::SshServer;
using mws::test::SshSite;
using mws::test::TestUnixUser;

namespace {

using Opened = mws::Result<quint16>;

const QString userName = QStringLiteral("mwstunneltest");

// Sends everything back on each connection, as a database would answer: on the test's thread.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [socket] { socket->write(socket->readAll()); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestSshTunnel : public QObject
{
    Q_OBJECT

private:
    TestUnixUser m_user{userName};
    SshSite m_site;
    QString m_key;
    EchoServer m_echo;

    mws::SshConnection::Options options() const
    {
        return m_site.options(SshCredentials::fromKeyFile(m_key),
                              {m_site.sshfpRecords(), m_site.path(QStringLiteral("known_hosts"))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServer::isAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_user.create(&why), qPrintable(why));
        QVERIFY2(m_site.start(userName, &why), qPrintable(why));
        m_key = m_site.makeClientKey(QStringLiteral("client"));
        QVERIFY(!m_key.isEmpty());
        QVERIFY(m_echo.listen(QHostAddress::LocalHost));
    }

    void severalConnectionsAreForwardedBothWays()
    {
        SshTunnel tunnel(QStringLiteral("127.0.0.1"), m_echo.serverPort());
        const Opened port = resultOf(tunnel.open(options()));
        QVERIFY2(port, qPrintable(port ? QString() : port.error().fullText()));

        QTcpSocket first;
        QTcpSocket second;
        const QByteArray firstData = randomBytes(1024 * 1024);
        const QByteArray secondData = randomBytes(256 * 1024);
        QByteArray firstBack;
        QByteArray secondBack;
        connect(&first, &QTcpSocket::readyRead, this, [&] { firstBack += first.readAll(); });
        connect(&second, &QTcpSocket::readyRead, this, [&] { secondBack += second.readAll(); });
        first.connectToHost(QHostAddress::LocalHost, *port);
        second.connectToHost(QHostAddress::LocalHost, *port);
        first.write(firstData);
        second.write(secondData);
        QVERIFY(QTest::qWaitFor([&] { return firstBack.size() >= firstData.size(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return secondBack.size() >= secondData.size(); }, 20000));
        QVERIFY(firstBack == firstData);
        QVERIFY(secondBack == secondData);
    }

    void aTargetNobodyListensOnClosesTheLocalConnection()
    {
        SshTunnel tunnel(QStringLiteral("127.0.0.1"), mws::test::freeLoopbackPort());
        const Opened port = resultOf(tunnel.open(options()));
        QVERIFY(port);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, *port);
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000));
    }

    void closingStopsListeningAtOnce()
    {
        auto tunnel = std::make_unique<SshTunnel>(QStringLiteral("127.0.0.1"), m_echo.serverPort());
        const Opened port = resultOf(tunnel->open(options()));
        QVERIFY(port);
        QTcpSocket busy; // a connection still open when the tunnel goes
        busy.connectToHost(QHostAddress::LocalHost, *port);
        QVERIFY(busy.waitForConnected(5000));
        busy.write("ping");
        QVERIFY(QTest::qWaitFor([&] { return busy.bytesAvailable() >= 4; }, 10000));

        QElapsedTimer clock;
        clock.start();
        tunnel.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([&] { return busy.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, *port);
        QVERIFY(!late.waitForConnected(2000));
    }

    void anUntrustedHostOpensNoPort()
    {
        SshTunnel tunnel(QStringLiteral("127.0.0.1"), m_echo.serverPort());
        auto untrusted = options();
        untrusted.trust = {{}, m_site.path(QStringLiteral("empty_known_hosts"))};
        const Opened port = resultOf(tunnel.open(untrusted));
        QVERIFY(!port);
        QCOMPARE(port.error().kind, mws::Error::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
