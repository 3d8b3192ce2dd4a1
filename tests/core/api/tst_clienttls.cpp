// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// PanelClient over HTTPS to a panel with its own certificate: trusted when (and only when) that
// certificate is pinned, with the host name still checked; never accepted silently.
#include "apitestbase.h"
#include "clienttest.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace mws;
using namespace mws::test;
using namespace std::chrono_literals;

class TestClientTls : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    QByteArray m_pem;
    QString m_token; // test0101's, from a sign-in over the pinned connection

    QUrl baseUrl() { return m_fixture.panel().url(QString()); }

    static void expectCertificateRefused(const Error &error)
    {
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY2(error.message.contains(QLatin1String("certificate")) &&
                     error.message.contains(QLatin1String("not trusted")),
                 qPrintable(error.fullText()));
        QVERIFY(!error.detail.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.tls = true;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        QVERIFY(baseUrl().scheme() == QLatin1String("https"));
        QFile certificate(m_fixture.panel().certificatePath());
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        m_pem = certificate.readAll();
        QVERIFY(m_pem.startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void aPinnedCertificateIsTrusted()
    {
        api::PanelClient client({baseUrl(), m_pem});
        QString error;
        const auto signedIn =
            signInWithSession(client, QStringLiteral("test0101"), &error, auth::LoginSession::Purpose::SignIn,
                              m_fixture.panel().certificatePath());
        QVERIFY2(signedIn, qPrintable(error));
        m_token = signedIn->token;
        client.setToken(m_token);
        const auto me = await(client.me());
        QVERIFY2(me.ok(), qPrintable(describe(me)));
        QCOMPARE(me->user.crsid, QStringLiteral("test0101"));
        QVERIFY(await(client.sites({})).ok());
    }

    void anUnpinnedClientRefusesTheCertificate()
    {
        api::PanelClient client({baseUrl(), {}});
        client.setToken(m_token);
        // A certificate problem is not retried: it would not change a second later.
        client.setRetries(5, 2s);
        QElapsedTimer timer;
        timer.start();
        const auto me = await(client.me());
        QVERIFY(!me.ok());
        expectCertificateRefused(me.error());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!client.isReachable());
        const auto flow = await(client.startLogin(QStringLiteral("x")));
        QVERIFY(!flow.ok());
        expectCertificateRefused(flow.error());
    }

    void anotherPinnedCertificateIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(makeSelfSignedCertificate(dir.filePath(QStringLiteral("other.key")),
                                           dir.filePath(QStringLiteral("other.crt")), &error),
                 qPrintable(error));
        QFile other(dir.filePath(QStringLiteral("other.crt")));
        QVERIFY(other.open(QIODevice::ReadOnly));
        api::PanelClient client({baseUrl(), other.readAll()});
        client.setToken(m_token);
        const auto me = await(client.me());
        QVERIFY(!me.ok());
        expectCertificateRefused(me.error());
    }

    void theHostNameIsStillChecked()
    {
        // The pinned certificate names 127.0.0.1 only; "localhost" is the same machine but
        // not the name the certificate vouches for.
        QUrl url = baseUrl();
        url.setHost(QStringLiteral("localhost"));
        api::PanelClient client({url, m_pem});
        client.setToken(m_token);
        client.setRetries(1, 100ms);
        const auto me = await(client.me());
        QVERIFY(!me.ok());
        expectCertificateRefused(me.error());
    }

    void anUnreadablePinIsAClearError()
    {
        api::PanelClient client({baseUrl(), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nnonsense\n")});
        const auto me = await(client.me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error().kind, Error::Kind::Network);
        QVERIFY2(me.error().message.contains(QLatin1String("cannot be read")),
                 qPrintable(me.error().message));
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_clienttls.moc"
