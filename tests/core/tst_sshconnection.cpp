// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/keygen.h"
#include "ssh/sshconnection.h"
#include "ssh/sshfixture.h"
#include "testsupport.h"
#include "validate/sshpublickey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using mws::HostKeyVerdict;
using mws::HostTrust;
using mws::SshConnection;
using mws::SshCredentials;
using mws::test::resultOf;
using mws::test::SshServer;
using mws::test::SshSite;
using mws::test::TestUnixUser;

namespace {

using Verdict = mws::Result<HostKeyVerdict>;

const QString userName = QStringLiteral("mwssshtest");

Verdict connectWith(const SshConnection::Options &options)
{
    SshConnection connection;
    return resultOf(connection.connectToHost(options));
}

QString errorText(const Verdict &verdict)
{
    return verdict ? QString() : verdict.error().fullText();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestSshConnection : public QObject
{
    Q_OBJECT

private:
    TestUnixUser m_user{userName};
    SshSite m_site;
    SshSite m_impostor; // another server, with other host keys
    QString m_clientKey;

    HostTrust trustByRecords(const QString &knownHosts) const { return {m_site.sshfpRecords(), knownHosts}; }
    QString freshKnownHosts(const QString &name) const { return m_site.path(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServer::isAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_user.create(&why), qPrintable(why));
        QVERIFY2(m_site.start(userName, &why), qPrintable(why));
        QVERIFY2(m_impostor.start(userName, &why), qPrintable(why));
        m_clientKey = m_site.makeClientKey(QStringLiteral("client"));
        QVERIFY(!m_clientKey.isEmpty());
        QVERIFY(m_impostor.authorize(readFile(m_clientKey + QStringLiteral(".pub"))));
        QCOMPARE(m_site.sshfpRecords().size(), 3);
    }

    void aKeyMatchingSshfpIsAcceptedAndRecordedForTheSystemsSsh()
    {
        const QString knownHosts = freshKnownHosts(QStringLiteral("kh-sshfp"));
        const Verdict verdict =
            connectWith(m_site.options(SshCredentials::fromKeyFile(m_clientKey), trustByRecords(knownHosts)));
        QVERIFY2(verdict, qPrintable(errorText(verdict)));
        QVERIFY(verdict->matchedSshfp);
        QVERIFY(verdict->addedToKnownHosts);
        QCOMPARE(verdict->keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(verdict->fingerprint, m_site.ed25519Fingerprint());
        QVERIFY(readFile(knownHosts)
                    .contains(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519").arg(m_site.server().port())));

        // OpenSSH's own client, strict, trusts the line written.
        QString error;
        mws::test::runProgram(QStringLiteral("ssh"),
                              {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                               QString::number(m_site.server().port()), QStringLiteral("-i"), m_clientKey,
                               QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                               QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                               QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                               QStringLiteral("StrictHostKeyChecking=yes"),
                               userName + QStringLiteral("@127.0.0.1"), QStringLiteral("true")},
                              &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Known now: trusted without records, and not written twice.
        const Verdict again =
            connectWith(m_site.options(SshCredentials::fromKeyFile(m_clientKey), HostTrust{{}, knownHosts}));
        QVERIFY2(again, qPrintable(errorText(again)));
        QVERIFY(!again->addedToKnownHosts);
        QCOMPARE(readFile(knownHosts).count(QLatin1Char('\n')), 1);
    }

    void aKeyMatchingNoSshfpRecordIsRefusedBeforeSigningIn()
    {
        const QString knownHosts = freshKnownHosts(QStringLiteral("kh-impostor"));
        // The panel vouches for m_site's keys; m_impostor answers instead.
        const Verdict verdict = connectWith(
            m_impostor.options(SshCredentials::fromKeyFile(m_clientKey), trustByRecords(knownHosts)));
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().kind, mws::Error::Kind::Forbidden);
        const QString text = verdict.error().fullText();
        QVERIFY2(text.contains(m_impostor.ed25519Fingerprint()), qPrintable(text)); // what was offered
        QVERIFY2(text.contains(m_site.ed25519Fingerprint()), qPrintable(text));     // what was expected
        QVERIFY(!QFile::exists(knownHosts));
        // No key was offered to the impostor.
        QVERIFY2(!m_impostor.server().log().contains(QLatin1String("publickey")),
                 qPrintable(m_impostor.server().log()));
    }

    void aKeyContradictingKnownHostsIsRefusedEvenWithMatchingRecords()
    {
        // known_hosts holds m_site's keys under the impostor's address.
        const QString knownHosts = freshKnownHosts(QStringLiteral("kh-changed"));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString portOfSite = QStringLiteral("]:%1 ").arg(m_site.server().port());
        const QString portOfImpostor = QStringLiteral("]:%1 ").arg(m_impostor.server().port());
        file.write(m_site.server().knownHosts().replace(portOfSite, portOfImpostor).toUtf8());
        file.close();

        for (const auto &records : {QList<mws::SshfpRecord>{}, m_impostor.sshfpRecords()}) {
            const Verdict verdict = connectWith(
                m_impostor.options(SshCredentials::fromKeyFile(m_clientKey), HostTrust{records, knownHosts}));
            QVERIFY(!verdict);
            QCOMPARE(verdict.error().kind, mws::Error::Kind::Forbidden);
            const QString text = verdict.error().fullText();
            QVERIFY2(text.contains(QLatin1String("changed")), qPrintable(text));
            QVERIFY2(text.contains(m_impostor.ed25519Fingerprint()), qPrintable(text));
            QVERIFY2(text.contains(m_site.ed25519Fingerprint()), qPrintable(text));
            QVERIFY2(text.contains(knownHosts), qPrintable(text));
        }
    }

    void anUnknownHostWithoutRecordsIsRefused()
    {
        const Verdict verdict =
            connectWith(m_site.options(SshCredentials::fromKeyFile(m_clientKey),
                                       HostTrust{{}, freshKnownHosts(QStringLiteral("kh-none"))}));
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().kind, mws::Error::Kind::Forbidden);
        QVERIFY(verdict.error().fullText().contains(m_site.ed25519Fingerprint()));
    }

    void aKeyGivenAsTextSignsIn()
    {
        const Verdict verdict =
            connectWith(m_site.options(SshCredentials::fromKeyText(readFile(m_clientKey).toUtf8()),
                                       trustByRecords(freshKnownHosts(QStringLiteral("kh-text")))));
        QVERIFY2(verdict, qPrintable(errorText(verdict)));
    }

    void aKeyWithAPassphraseNeedsIt()
    {
        const QString key = m_site.makeClientKey(QStringLiteral("locked"), "correct horse");
        QVERIFY(!key.isEmpty());
        const HostTrust trust = trustByRecords(freshKnownHosts(QStringLiteral("kh-passphrase")));
        const Verdict right =
            connectWith(m_site.options(SshCredentials::fromKeyFile(key, "correct horse"), trust));
        QVERIFY2(right, qPrintable(errorText(right)));
        const Verdict fromText = connectWith(
            m_site.options(SshCredentials::fromKeyText(readFile(key).toUtf8(), "correct horse"), trust));
        QVERIFY2(fromText, qPrintable(errorText(fromText)));
        const Verdict wrong = connectWith(m_site.options(SshCredentials::fromKeyFile(key, "wrong"), trust));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, mws::Error::Kind::Invalid);
        QVERIFY(wrong.error().message.contains(QLatin1String("passphrase")));
    }

    void aKeyTheServerDoesNotKnowIsRefused()
    {
        const QString stranger = m_site.makeClientKey(QStringLiteral("stranger"), {}, false);
        const Verdict verdict =
            connectWith(m_site.options(SshCredentials::fromKeyFile(stranger),
                                       trustByRecords(freshKnownHosts(QStringLiteral("kh-stranger")))));
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().kind, mws::Error::Kind::Unauthenticated);
    }

    void theAgentSignsIn()
    {
        const QString socket = m_site.path(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        if (!agent.waitForStarted(5000))
            QSKIP("ssh-agent could not start here");
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
        QString error;
        mws::test::runProgram(QStringLiteral("ssh-add"), {m_clientKey}, &error,
                              {QStringLiteral("SSH_AUTH_SOCK=") + socket});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        const Verdict verdict = connectWith(m_site.options(
            SshCredentials::fromAgent(), trustByRecords(freshKnownHosts(QStringLiteral("kh-agent")))));
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        agent.waitForFinished(5000);
        QVERIFY2(verdict, qPrintable(errorText(verdict)));

        const Verdict noAgent = connectWith(m_site.options(
            SshCredentials::fromAgent(), trustByRecords(freshKnownHosts(QStringLiteral("kh-agent2")))));
        QVERIFY(!noAgent);
        QCOMPARE(noAgent.error().kind, mws::Error::Kind::Unavailable);
    }

    void aGeneratedKeySignsIn()
    {
        const auto pair = mws::keygen::ed25519("secret words", QStringLiteral("someone@laptop"));
        QVERIFY2(pair, qPrintable(pair ? QString() : pair.error().fullText()));
        QVERIFY(pair->privateKey.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        QVERIFY(pair->publicLine.startsWith(QLatin1String("ssh-ed25519 AAAA")));
        QVERIFY(pair->publicLine.endsWith(QLatin1String(" someone@laptop")));
        const auto parsed = mws::SshPublicKey::parse(pair->publicLine);
        QVERIFY(parsed);
        QCOMPARE(parsed->fingerprint(), pair->fingerprint);

        // ssh-keygen reads the private key with its passphrase and derives the same public key.
        const QString keyFile = m_site.path(QStringLiteral("generated"));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pair->privateKey) == pair->privateKey.size());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        const QString derived =
            mws::test::runProgram(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("secret words"),
                                   QStringLiteral("-f"), keyFile},
                                  &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(derived.section(QLatin1Char(' '), 0, 1).trimmed(),
                 pair->publicLine.section(QLatin1Char(' '), 0, 1));

        QVERIFY(m_site.authorize(pair->publicLine));
        const Verdict verdict =
            connectWith(m_site.options(SshCredentials::fromKeyText(pair->privateKey, "secret words"),
                                       trustByRecords(freshKnownHosts(QStringLiteral("kh-gen")))));
        QVERIFY2(verdict, qPrintable(errorText(verdict)));
        QVERIFY(m_site.server().log().contains(pair->fingerprint));
    }

    void aCommentThePanelWouldRefuseIsRefused()
    {
        const auto pair = mws::keygen::ed25519({}, QStringLiteral("line\nbreak"));
        QVERIFY(!pair);
        QCOMPARE(pair.error().kind, mws::Error::Kind::Invalid);
    }

    void aSilentServerTimesOutAndConnectingCanBeCancelled()
    {
        QTcpServer silent; // the kernel accepts; nobody ever says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SshConnection::Options options = m_site.options(SshCredentials::fromKeyFile(m_clientKey), {});
        options.port = silent.serverPort();
        options.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const Verdict timedOut = connectWith(options);
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().kind, mws::Error::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));

        options.timeoutSeconds = 60;
        SshConnection connection;
        QFuture<Verdict> connecting = connection.connectToHost(options);
        QTest::qWait(300);
        QVERIFY(!connecting.isFinished());
        clock.restart();
        connecting.cancel();
        QVERIFY(QTest::qWaitFor([&] { return connecting.isFinished(); }, 5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(connecting.isCanceled());
        QCOMPARE(resultOf(connection.isConnected()), false);
    }

    void nobodyListeningIsANetworkError()
    {
        SshConnection::Options options = m_site.options(SshCredentials::fromKeyFile(m_clientKey), {});
        options.port = mws::test::freeLoopbackPort();
        const Verdict verdict = connectWith(options);
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().kind, mws::Error::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_sshconnection.moc"
