// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravenreason.h"
#include "ravensigner.h"
#include "ravenverifier.h"
#include "resultcheck.h"
#include "wlsresponse.h"

#include <QTest>
#include <QTimeZone>

using namespace mws::raven;
using Kind = mws::Error::Kind;

Q_DECLARE_METATYPE(mws::Error::Kind)

// Every check a WAA must make (protocol V4.1 and the negative cases of docs raven.md §4), each
// against a response forged for the purpose and signed with a real key.
class TestRavenVerifier : public QObject
{
    Q_OBJECT

private:
    const QString m_callback = QStringLiteral("https://panel.example.test/login/raven/callback");
    const QString m_nonce = QStringLiteral("q1w2e3r4t5");
    const QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(12, 0, 0), QTimeZone::UTC);
    std::optional<RavenSigner> m_signer;
    std::optional<RavenSigner> m_stranger; // a valid key the panel does not trust
    std::optional<RavenVerifier> m_verifier;

    RavenVerifierConfig config() const
    {
        RavenVerifierConfig c;
        c.publicKeys.insert(QStringLiteral("901"), m_signer->publicKeyPem());
        c.callbackUrl = m_callback;
        return c;
    }

    WlsFields good() const
    {
        WlsFields f;
        f.issue = m_now;
        f.id = QStringLiteral("1740830400-4242-7");
        f.url = m_callback;
        f.principal = QStringLiteral("test0001");
        f.ptags = {QStringLiteral("current")};
        f.auth = QStringLiteral("pwd");
        f.life = 7200;
        f.params = m_nonce;
        f.kid = QStringLiteral("901");
        return f;
    }

    QString sign(const WlsFields &f, const RavenSigner &signer) const
    {
        const mws::Result<QString> response = signer.signedResponse(f);
        return response.ok() ? *response : QString();
    }
    QString sign(const WlsFields &f) const { return sign(f, *m_signer); }

private Q_SLOTS:
    void initTestCase()
    {
        mws::Result<RavenSigner> signer = RavenSigner::generate();
        mws::Result<RavenSigner> stranger = RavenSigner::generate();
        QVERIFY(signer.ok() && stranger.ok());
        m_signer = std::move(signer).value();
        m_stranger = std::move(stranger).value();
        mws::Result<RavenVerifier> verifier = RavenVerifier::create(config());
        QVERIFY2(verifier.ok(), qPrintable(mws::test::textOf(verifier)));
        m_verifier = std::move(verifier).value();
    }

    void raven_validResponsePasses()
    {
        const auto identity = m_verifier->verify(sign(good()), m_nonce, true, m_now);
        QVERIFY2(identity.ok(), qPrintable(mws::test::textOf(identity)));
        QCOMPARE(identity->principal, QStringLiteral("test0001"));
        QCOMPARE(identity->ptags, QStringList{QStringLiteral("current")});
        QCOMPARE(identity->auth, QStringLiteral("pwd"));
        QVERIFY(identity->sso.isEmpty());
        QCOMPARE(identity->life, std::optional<qint64>(7200));
        QCOMPARE(identity->issue, m_now);
        QCOMPARE(identity->id, QStringLiteral("1740830400-4242-7"));
    }

    void raven_escapedFieldsVerify()
    {
        // '!' and '%' in msg and params travel escaped, and the signature covers the escaped text.
        WlsFields f = good();
        f.msg = QStringLiteral("welcome! 100% %21 %25");
        f.params = QStringLiteral("n!o%n%21c%25e!");
        const QString response = sign(f);
        QVERIFY(response.contains(QStringLiteral("n%21o%25n%2521c%2525e%21")));
        const auto identity = m_verifier->verify(response, f.params, false, m_now);
        QVERIFY2(identity.ok(), qPrintable(mws::test::textOf(identity)));
        // The unescaped value is what must match: the escaped form is a different nonce.
        QCOMPARE(mws::test::reasonOf(
                     m_verifier->verify(response, QStringLiteral("n%21o%25n%2521c%2525e%21"), false, m_now)),
                 QString(reason::WrongParams));
    }

    void raven_clockLimitsAreInclusive()
    {
        WlsFields f = good();
        f.issue = m_now.addSecs(30);
        QVERIFY(m_verifier->verify(sign(f), m_nonce, false, m_now).ok());
        f.issue = m_now.addSecs(-30 - RavenVerifier::transitSeconds);
        QVERIFY(m_verifier->verify(sign(f), m_nonce, false, m_now).ok());
    }

    void raven_ssoOnlyPassesWithoutIact()
    {
        WlsFields f = good();
        f.auth.clear();
        f.sso = {QStringLiteral("x-other"), QStringLiteral("pwd")};
        const auto identity = m_verifier->verify(sign(f), m_nonce, false, m_now);
        QVERIFY2(identity.ok(), qPrintable(mws::test::textOf(identity)));
        QVERIFY(identity->auth.isEmpty());
        QCOMPARE(identity->sso, f.sso);
    }

    void raven_nonCurrentPassesWhenNotRequired()
    {
        RavenVerifierConfig c = config();
        c.requireCurrent = false;
        const mws::Result<RavenVerifier> lenient = RavenVerifier::create(c);
        QVERIFY(lenient.ok());
        WlsFields f = good();
        f.principal = QStringLiteral("test0500");
        f.ptags.clear();
        QVERIFY(lenient->verify(sign(f), m_nonce, false, m_now).ok());
        QCOMPARE(mws::test::reasonOf(m_verifier->verify(sign(f), m_nonce, false, m_now)),
                 QString(reason::NotCurrent));
    }

    void raven_severalKeysAndPkcs1()
    {
        RavenVerifierConfig c = config();
        c.publicKeys.insert(QStringLiteral("2"), m_stranger->publicKeyPkcs1Pem());
        const mws::Result<RavenVerifier> rotated = RavenVerifier::create(c);
        QVERIFY2(rotated.ok(), qPrintable(mws::test::textOf(rotated)));
        WlsFields f = good();
        f.kid = QStringLiteral("2");
        QVERIFY(rotated->verify(sign(f, *m_stranger), m_nonce, false, m_now).ok());
        // Each key only for its own kid.
        QCOMPARE(mws::test::reasonOf(rotated->verify(sign(f, *m_signer), m_nonce, false, m_now)),
                 QString(reason::BadSignature));
    }

    void raven_badConfigurationIsRefused()
    {
        RavenVerifierConfig c = config();
        c.publicKeys.insert(QStringLiteral("012"), m_signer->publicKeyPem());
        QCOMPARE(mws::test::reasonOf(RavenVerifier::create(c)), QString(reason::BadConfig));
        c = config();
        c.publicKeys.insert(QStringLiteral("3"),
                            QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        QCOMPARE(mws::test::fieldOf(RavenVerifier::create(c)), QStringLiteral("publicKeys"));
        c = config();
        c.callbackUrl = QStringLiteral("/login/raven/callback");
        QCOMPARE(mws::test::fieldOf(RavenVerifier::create(c)), QStringLiteral("callbackUrl"));
        c = config();
        c.publicKeys.clear();
        const mws::Result<RavenVerifier> keyless = RavenVerifier::create(c);
        QVERIFY(!keyless.ok());
        QCOMPARE(keyless.error().kind, Kind::Invalid);
        c = config();
        c.acceptedAuthTypes.clear();
        QCOMPARE(mws::test::fieldOf(RavenVerifier::create(c)), QStringLiteral("acceptedAuthTypes"));
    }

    void raven_refused_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<bool>("interactive");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<Kind>("kind");
        const auto row = [](const char *name, const QString &response, QLatin1StringView why, Kind kind,
                            bool interactive = false) {
            QTest::newRow(name) << response << interactive << QString(why) << kind;
        };
        WlsFields f;

        // The signature
        QString flipped = sign(good());
        const qsizetype sigStart = flipped.lastIndexOf(QLatin1Char('!')) + 1;
        flipped[sigStart] = flipped.at(sigStart) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        row("bad signature", flipped, reason::BadSignature, Kind::Unauthenticated);
        row("signed by another key", sign(good(), *m_stranger), reason::BadSignature, Kind::Unauthenticated);
        QString tampered = sign(good());
        tampered.replace(QStringLiteral("!test0001!"), QStringLiteral("!test0002!"));
        row("principal changed after signing", tampered, reason::BadSignature, Kind::Unauthenticated);
        f = good();
        f.sig = QStringLiteral("AAAA+/==");
        row("signature outside the alphabet", WlsResponse::compose(f), reason::BadSignature,
            Kind::Unauthenticated);
        f = good();
        f.kid = QStringLiteral("902");
        row("unknown kid", sign(f), reason::UnknownKid, Kind::Unauthenticated);
        for (const char *kid : {"../1", "012", "0", "123456789", "9 ", "-1"}) {
            f = good();
            f.kid = QString::fromLatin1(kid);
            row(qPrintable(QStringLiteral("malformed kid %1").arg(f.kid)), sign(f), reason::MalformedKid,
                Kind::Unauthenticated);
        }
        // A trailing newline (%0A in the URL) must not slip past the format check to the lookup.
        for (const char *kid : {"901\n", "901\r\n", "\n901", "90\n1"}) {
            f = good();
            f.kid = QString::fromLatin1(kid);
            row(qPrintable(
                    QStringLiteral("malformed kid %1").arg(QString(f.kid).toUtf8().toPercentEncoding())),
                sign(f), reason::MalformedKid, Kind::Unauthenticated);
        }
        f = good();
        f.kid.clear();
        row("unsigned 200", WlsResponse::compose(f), reason::Unsigned, Kind::Unauthenticated);
        row("signature without kid", sign(f), reason::MalformedKid, Kind::Unauthenticated);

        // Time, place and attempt
        f = good();
        f.issue = m_now.addSecs(31);
        row("issued in the future", sign(f), reason::Future, Kind::Unauthenticated);
        f.issue = m_now.addSecs(-91);
        row("stale", sign(f), reason::Stale, Kind::Unauthenticated);
        f.issue = m_now.addDays(-400);
        row("very stale", sign(f), reason::Stale, Kind::Unauthenticated);
        f = good();
        f.url = QStringLiteral("https://other.example.test/login/raven/callback");
        row("another site's url", sign(f), reason::WrongUrl, Kind::Unauthenticated);
        f.url = m_callback + QLatin1Char('/');
        row("url with a trailing slash", sign(f), reason::WrongUrl, Kind::Unauthenticated);
        f = good();
        f.params = QStringLiteral("another-attempt");
        row("wrong params", sign(f), reason::WrongParams, Kind::Unauthenticated);
        f.params.clear();
        row("no params", sign(f), reason::WrongParams, Kind::Unauthenticated);

        // Failure statuses, signed or not
        const QList<std::pair<int, Kind>> statuses{{410, Kind::Cancelled},       {510, Kind::Protocol},
                                                   {520, Kind::Protocol},        {530, Kind::Protocol},
                                                   {540, Kind::Unauthenticated}, {560, Kind::Forbidden},
                                                   {570, Kind::Forbidden},       {599, Kind::Protocol}};
        for (const auto &[status, kind] : statuses) {
            f = good();
            f.status = status;
            f.principal.clear();
            f.ptags.clear();
            f.auth.clear();
            f.msg = QStringLiteral("failed!");
            const QString code = QString(reason::StatusPrefix) + QString::number(status);
            QTest::newRow(qPrintable(QStringLiteral("status %1").arg(status)))
                << sign(f) << false << code << kind;
            f.kid.clear();
            QTest::newRow(qPrintable(QStringLiteral("unsigned status %1").arg(status)))
                << WlsResponse::compose(f) << false << code << kind;
        }
        f = good();
        f.ver = 1;
        f.status = 520;
        row("520 in version 1", sign(f), QLatin1StringView("status-520"), Kind::Protocol);

        // Syntax
        for (int ver : {1, 2}) {
            f = good();
            f.ver = ver;
            row(qPrintable(QStringLiteral("13-field version %1").arg(ver)), sign(f), reason::WrongVersion,
                Kind::Protocol);
        }
        QStringList parts = sign(good()).split(QLatin1Char('!'));
        parts.removeAt(7);
        row("13 fields claiming version 3", parts.join(QLatin1Char('!')), reason::FieldCount, Kind::Protocol);
        row("15 fields", sign(good()) + QStringLiteral("!x"), reason::FieldCount, Kind::Protocol);
        f = good();
        f.msg = QStringLiteral("MSG");
        row("stray %41", sign(f).replace(QStringLiteral("!MSG!"), QStringLiteral("!%41!")), reason::BadEscape,
            Kind::Protocol);
        f.msg.clear();
        f.params = QStringLiteral("PARAMS");
        row("stray %2 in params", sign(f).replace(QStringLiteral("!PARAMS!"), QStringLiteral("!a%2!")),
            reason::BadEscape, Kind::Protocol);
        row("empty", QString(), reason::WrongVersion, Kind::Protocol);
        row("version 4", QStringLiteral("4!200"), reason::WrongVersion, Kind::Protocol);
        row("bad issue",
            sign(good()).replace(QStringLiteral("20250301T120000Z"), QStringLiteral("20250301T120000")),
            reason::MalformedIssue, Kind::Protocol);
        row("issue with a trailing newline",
            sign(good()).replace(QStringLiteral("20250301T120000Z"), QStringLiteral("20250301T120000Z\n")),
            reason::MalformedIssue, Kind::Protocol);
        row("status with a trailing newline",
            sign(good()).replace(QStringLiteral("3!200!"), QStringLiteral("3!200\n!")),
            reason::MalformedStatus, Kind::Protocol);
        row("life with a trailing newline",
            sign(good()).replace(QStringLiteral("!7200!"), QStringLiteral("!7200\n!")), reason::MalformedLife,
            Kind::Protocol);
        f = good();
        f.id.clear();
        row("empty id", sign(f), reason::MissingId, Kind::Protocol);

        // Who, and how
        f = good();
        f.principal.clear();
        row("no principal", sign(f), reason::NoPrincipal, Kind::Unauthenticated);
        f = good();
        f.ptags.clear();
        row("ptags without current", sign(f), reason::NotCurrent, Kind::Forbidden);
        f.ptags = {QStringLiteral("currentish")};
        row("ptags with a lookalike", sign(f), reason::NotCurrent, Kind::Forbidden);
        f = good();
        f.auth.clear();
        f.sso = {QStringLiteral("pwd")};
        row("sso-only reply to iact=yes", sign(f), reason::NotInteractive, Kind::Unauthenticated, true);
        f.sso = {QStringLiteral("x-magic")};
        row("sso of an unaccepted type", sign(f), reason::UnacceptableAuth, Kind::Unauthenticated);
        f.sso.clear();
        row("neither auth nor sso", sign(f), reason::UnacceptableAuth, Kind::Unauthenticated);
        f = good();
        f.auth = QStringLiteral("x-magic");
        row("auth of an unaccepted type", sign(f), reason::UnacceptableAuth, Kind::Unauthenticated);
        row("auth of an unaccepted type, iact=yes", sign(f), reason::UnacceptableAuth, Kind::Unauthenticated,
            true);
    }

    void raven_refused()
    {
        QFETCH(QString, response);
        QFETCH(bool, interactive);
        QFETCH(QString, reason);
        QFETCH(Kind, kind);
        const mws::Result<RavenIdentity> identity = m_verifier->verify(response, m_nonce, interactive, m_now);
        QVERIFY2(!identity.ok(), "a response that must be refused was accepted");
        QCOMPARE(mws::test::reasonOf(identity), reason);
        QCOMPARE(identity.error().kind, kind);
        QVERIFY(!identity.error().message.isEmpty());
    }

    void raven_refusalsEchoNothingUnvalidated()
    {
        // Refusals end up in an HTML page and the log: what the answer claims is not repeated.
        WlsFields f = good();
        f.kid = QStringLiteral("4242\n");
        const auto badKid = m_verifier->verify(sign(f), m_nonce, false, m_now);
        QVERIFY(!badKid.ok());
        QVERIFY2(!badKid.error().message.contains(QLatin1String("4242")), qPrintable(badKid.error().message));
        QString badVersion = sign(good());
        badVersion.replace(0, 1, QStringLiteral("<i>echo</i>"));
        const auto version = m_verifier->verify(badVersion, m_nonce, false, m_now);
        QCOMPARE(mws::test::reasonOf(version), QString(reason::WrongVersion));
        QVERIFY2(!version.error().message.contains(QLatin1String("echo")),
                 qPrintable(version.error().message));
    }

    void raven_messagesAreDistinct()
    {
        // One sentence per reason, so that the user and the log can tell them apart.
        QHash<QString, QString> messageByReason;
        WlsFields f = good();
        const auto collect = [&](const QString &response, bool interactive = false) {
            const auto result = m_verifier->verify(response, m_nonce, interactive, m_now);
            if (!result.ok())
                messageByReason.insert(result.error().detail, result.error().message);
        };
        f.kid = QStringLiteral("902");
        collect(sign(f));
        f = good();
        f.kid = QStringLiteral("012");
        collect(sign(f));
        collect(sign(good(), *m_stranger));
        f = good();
        f.issue = m_now.addSecs(600);
        collect(sign(f));
        f.issue = m_now.addSecs(-600);
        collect(sign(f));
        f = good();
        f.url = QStringLiteral("https://x.example.test/");
        collect(sign(f));
        f = good();
        f.params = QStringLiteral("x");
        collect(sign(f));
        for (int status : {410, 510, 520, 530, 540, 560, 570}) {
            f = good();
            f.status = status;
            collect(sign(f));
        }
        f = good();
        f.kid.clear();
        collect(WlsResponse::compose(f));
        QCOMPARE(messageByReason.size(), 15);
        const QList<QString> messages = messageByReason.values();
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), messages.size());
    }
};

QTEST_GUILESS_MAIN(TestRavenVerifier)
#include "tst_ravenverifier.moc"
