// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "formencoding.h"
#include "ravenreason.h"
#include "ravenrequest.h"
#include "ravensigner.h"
#include "ravenverifier.h"
#include "resultcheck.h"
#include "wlsresponse.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mws::raven;

// The syntax of the protocol: escaping, the issue time, field counts, URL encoding both ways, and
// the signature checked against the openssl command line rather than against ourselves.
class TestRavenProtocol : public QObject
{
    Q_OBJECT

private:
    std::optional<RavenSigner> m_signer;

    static QDateTime issue() { return QDateTime(QDate(2004, 1, 14), QTime(12, 31, 3), QTimeZone::UTC); }

    static WlsFields sampleFields()
    {
        WlsFields f;
        f.issue = issue();
        f.id = QStringLiteral("1074083463-28470-2");
        f.url = QStringLiteral("https://panel.example.test/login/raven?flow=1&x=2");
        f.principal = QStringLiteral("test0001");
        f.ptags = {QStringLiteral("current")};
        f.auth = QStringLiteral("pwd");
        f.life = 36000;
        f.params = QStringLiteral("nonce");
        f.kid = QStringLiteral("901");
        return f;
    }

    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    static bool run(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl(), args);
        if (!process.waitForFinished(60000))
            return false;
        const QByteArray out = process.readAll();
        if (output)
            *output = out;
        if (process.exitCode() != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), out.constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        mws::Result<RavenSigner> signer = RavenSigner::generate();
        QVERIFY2(signer.ok(), qPrintable(mws::test::textOf(signer)));
        m_signer = std::move(signer).value();
    }

    void raven_escapingRoundTrips()
    {
        WlsFields f = sampleFields();
        f.msg = QStringLiteral("50% off! %21 is not an escape here");
        f.params = QStringLiteral("a!b%c%21d%25!!");
        const QString composed = WlsResponse::compose(f);
        QVERIFY(composed.contains(QStringLiteral("!50%25 off%21 %2521 is not an escape here!")));
        QCOMPARE(composed.count(QLatin1Char('!')), 13);

        const mws::Result<WlsResponse> parsed = WlsResponse::parse(composed);
        QVERIFY2(parsed.ok(), qPrintable(mws::test::textOf(parsed)));
        QCOMPARE(parsed->fields().msg, f.msg);
        QCOMPARE(parsed->fields().params, f.params);
        QCOMPARE(parsed->fields().url, f.url);
        QCOMPARE(parsed->fields().issue, issue());
        QCOMPARE(parsed->fields().life, std::optional<qint64>(36000));
        QCOMPARE(parsed->fields().ptags, QStringList{QStringLiteral("current")});
        // The signature covers the escaped text as received, not the unescaped fields.
        QCOMPARE(parsed->signedData(), WlsResponse::signedPart(f));
        QVERIFY(parsed->signedData().contains("a%21b%25c%2521d%2525%21%21"));
    }

    void raven_strayEscapesAreRefused_data()
    {
        QTest::addColumn<QString>("msg");
        QTest::newRow("%41") << QStringLiteral("a%41b");
        QTest::newRow("lower-case %2f") << QStringLiteral("%2f");
        QTest::newRow("lone %") << QStringLiteral("100%");
        QTest::newRow("half escape") << QStringLiteral("%2");
        QTest::newRow("%20") << QStringLiteral("a%20b");
    }

    void raven_strayEscapesAreRefused()
    {
        QFETCH(QString, msg);
        WlsFields f = sampleFields();
        f.msg = QStringLiteral("MSG");
        const QString response = WlsResponse::compose(f).replace(QStringLiteral("!MSG!"),
                                                                 QLatin1Char('!') + msg + QLatin1Char('!'));
        const mws::Result<WlsResponse> parsed = WlsResponse::parse(response);
        QVERIFY(!parsed.ok());
        QCOMPARE(mws::test::reasonOf(parsed), QString(reason::BadEscape));
        QCOMPARE(parsed.error().kind, mws::Error::Kind::Protocol);
    }

    void raven_issueIsParsedStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("protocol example") << QStringLiteral("20040114T123103Z") << true;
        QTest::newRow("leap day") << QStringLiteral("20240229T000000Z") << true;
        QTest::newRow("lower-case z") << QStringLiteral("20040114T123103z") << false;
        QTest::newRow("lower-case t") << QStringLiteral("20040114t123103Z") << false;
        QTest::newRow("no zone") << QStringLiteral("20040114T123103") << false;
        QTest::newRow("punctuated") << QStringLiteral("2004-01-14T12:31:03Z") << false;
        QTest::newRow("month 13") << QStringLiteral("20041314T123103Z") << false;
        QTest::newRow("not a leap year") << QStringLiteral("20230229T000000Z") << false;
        QTest::newRow("minute 61") << QStringLiteral("20040114T126103Z") << false;
        QTest::newRow("fraction") << QStringLiteral("20040114T123103.5Z") << false;
        QTest::newRow("offset") << QStringLiteral("20040114T123103+0100") << false;
        QTest::newRow("spaces") << QStringLiteral(" 20040114T123103Z") << false;
    }

    void raven_issueIsParsedStrictly()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<QDateTime> parsed = WlsResponse::parseIssue(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
            QCOMPARE(WlsResponse::formatIssue(*parsed), text);
        } else {
            const mws::Result<WlsResponse> response = WlsResponse::parse(
                WlsResponse::compose(sampleFields()).replace(QStringLiteral("20040114T123103Z"), text));
            QVERIFY(!response.ok());
            QCOMPARE(mws::test::reasonOf(response), QString(reason::MalformedIssue));
        }
    }

    void raven_fieldCountFollowsVersion()
    {
        WlsFields v2 = sampleFields();
        v2.ver = 2;
        const QString composed = WlsResponse::compose(v2);
        QCOMPARE(composed.count(QLatin1Char('!')), 12); // no ptags before version 3
        const mws::Result<WlsResponse> parsed = WlsResponse::parse(composed);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->fields().ver, 2);
        QVERIFY(parsed->fields().ptags.isEmpty());
        QCOMPARE(parsed->fields().principal, QStringLiteral("test0001"));
        QCOMPARE(parsed->fields().auth, QStringLiteral("pwd"));
        QCOMPARE(parsed->fields().kid, QStringLiteral("901"));

        // The same 13 fields claiming version 3, and 14 claiming version 1.
        QString thirteen = composed;
        thirteen[0] = QLatin1Char('3');
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(thirteen)), QString(reason::FieldCount));
        QString fourteen = WlsResponse::compose(sampleFields());
        fourteen[0] = QLatin1Char('1');
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(fourteen)), QString(reason::FieldCount));
        QCOMPARE(
            mws::test::reasonOf(WlsResponse::parse(WlsResponse::compose(sampleFields()) + QLatin1Char('!'))),
            QString(reason::FieldCount));
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(QString())), QString(reason::WrongVersion));
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(QStringLiteral("4!200"))),
                 QString(reason::WrongVersion));
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(QStringLiteral("03!200"))),
                 QString(reason::WrongVersion));
    }

    void raven_malformedFieldsAreRefused()
    {
        WlsFields f = sampleFields();
        const QString good = WlsResponse::compose(f);
        QString badStatus = good;
        badStatus.replace(QStringLiteral("3!200!"), QStringLiteral("3!20x!"));
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(badStatus)), QString(reason::MalformedStatus));
        QString badLife = good;
        badLife.replace(QStringLiteral("!36000!"), QStringLiteral("!-1!"));
        QCOMPARE(mws::test::reasonOf(WlsResponse::parse(badLife)), QString(reason::MalformedLife));
        f.life.reset();
        const mws::Result<WlsResponse> noLife = WlsResponse::parse(WlsResponse::compose(f));
        QVERIFY(noLife.ok());
        QVERIFY(!noLife->fields().life);
    }

    void raven_responseIsTakenFromTheQuery()
    {
        const QString value = QStringLiteral("3!200!a b+c!x%21y");
        const QByteArray query = "flow=1&WLS-Response=" + formEncodeValue(value);
        QVERIFY(query.contains("%2B") && query.contains("%20") && query.contains("%2521"));
        QCOMPARE(mws::test::valueOr(WlsResponse::fromQuery(query)), value);
        // Form encoding writes a space as '+', which QUrlQuery would keep as a plus sign.
        QCOMPARE(mws::test::valueOr(WlsResponse::fromQuery("WLS-Response=3%21200%21a+b%2Bc")),
                 QStringLiteral("3!200!a b+c"));
        QCOMPARE(mws::test::valueOr(WlsResponse::fromQuery("a=1;WLS-Response=x")), QStringLiteral("x"));
        QCOMPARE(mws::test::reasonOf(WlsResponse::fromQuery("flow=1")), QString(reason::MissingResponse));
        QCOMPARE(mws::test::reasonOf(WlsResponse::fromQuery("WLS-Response=")),
                 QString(reason::MissingResponse));
        QCOMPARE(mws::test::reasonOf(WlsResponse::fromQuery("WLS-Response=a&WLS-Response=b")),
                 QString(reason::DuplicateResponse));
    }

    void raven_requestIsFormEncoded()
    {
        RavenRequest request;
        request.wlsUrl = QUrl(QStringLiteral("https://raven.example.test/auth/authenticate.html"));
        request.returnUrl = QStringLiteral("https://panel.example.test/cb?flow=a&b=c%20d");
        request.description = QStringLiteral("MWS <panel> & co");
        request.params = QStringLiteral("n+o=n&c!e%21 x");
        request.interaction = RavenRequest::Interaction::Yes;
        request.acceptedAuthTypes = {QStringLiteral("pwd"), QStringLiteral("x-test")};
        request.failOnWls = true;
        const mws::Result<QUrl> url = request.toUrl();
        QVERIFY2(url.ok(), qPrintable(mws::test::textOf(url)));
        QCOMPARE(url->scheme(), QStringLiteral("https"));
        QCOMPARE(url->path(), QStringLiteral("/auth/authenticate.html"));

        const QByteArray encodedQuery = url->query(QUrl::FullyEncoded).toLatin1();
        const FormItems items = parseFormEncoded(encodedQuery);
        const FormItems expected{{QStringLiteral("ver"), QStringLiteral("3")},
                                 {QStringLiteral("url"), request.returnUrl},
                                 {QStringLiteral("desc"), QStringLiteral("MWS &lt;panel&gt; &amp; co")},
                                 {QStringLiteral("params"), request.params},
                                 {QStringLiteral("iact"), QStringLiteral("yes")},
                                 {QStringLiteral("aauth"), QStringLiteral("pwd,x-test")},
                                 {QStringLiteral("fail"), QStringLiteral("yes")}};
        QCOMPARE(items, expected);
        // Through QUrl and back out again as bytes, for a WLS that decodes '+' as a space.
        QVERIFY(url->toEncoded().contains("params=n%2Bo%3Dn%26c%21e%2521%20x"));

        request.interaction = RavenRequest::Interaction::Default;
        request.acceptedAuthTypes.clear();
        request.failOnWls = false;
        request.description.clear();
        const QByteArray minimal = mws::test::valueOr(request.toUrl()).query(QUrl::FullyEncoded).toLatin1();
        QVERIFY(minimal.startsWith("ver=3&url="));
        QVERIFY(!minimal.contains("iact") && !minimal.contains("aauth") && !minimal.contains("fail") &&
                !minimal.contains("desc"));
    }

    void raven_requestRefusesWhatTheProtocolForbids()
    {
        RavenRequest request;
        request.wlsUrl = QUrl(QStringLiteral("http://raven.example.test/auth/authenticate.html"));
        request.returnUrl = QStringLiteral("https://panel.example.test/cb");
        QCOMPARE(mws::test::fieldOf(request.toUrl()), QStringLiteral("wlsUrl"));
        request.wlsUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/auth/authenticate.html"));
        QVERIFY(request.toUrl().ok()); // a test WLS on this computer

        request.returnUrl = QStringLiteral("/cb");
        QCOMPARE(mws::test::fieldOf(request.toUrl()), QStringLiteral("returnUrl"));
        request.returnUrl = QStringLiteral("https://panel.example.test/cb");
        request.description = QStringLiteral("caf\u00e9");
        QCOMPARE(mws::test::fieldOf(request.toUrl()), QStringLiteral("description"));
        request.description.clear();
        request.message = QStringLiteral("line\nbreak");
        QCOMPARE(mws::test::fieldOf(request.toUrl()), QStringLiteral("message"));
        request.message.clear();
        request.acceptedAuthTypes = {QStringLiteral("pwd,x")};
        QCOMPARE(mws::test::reasonOf(request.toUrl()), QString(reason::BadRequest));
    }

    void raven_signatureMatchesOpenSslCommandLine()
    {
        if (openssl().isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Ours signs, openssl verifies: RSASSA-PKCS1-v1_5 with SHA-1, in the protocol's base64.
        const QByteArray data = WlsResponse::signedPart(sampleFields());
        const mws::Result<QString> signature = m_signer->signature(data);
        QVERIFY(signature.ok());
        QVERIFY(!signature->contains(QLatin1Char('+')) && !signature->contains(QLatin1Char('/')) &&
                !signature->contains(QLatin1Char('=')));
        QString standard = *signature;
        standard.replace(QLatin1Char('-'), QLatin1Char('+'))
            .replace(QLatin1Char('.'), QLatin1Char('/'))
            .replace(QLatin1Char('_'), QLatin1Char('='));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data")), data));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sig")), QByteArray::fromBase64(standard.toLatin1())));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), m_signer->publicKeyPem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub1.pem")), m_signer->publicKeyPkcs1Pem()));
        QByteArray out;
        QVERIFY(run({QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-verify"),
                     dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-signature"),
                     dir.filePath(QStringLiteral("sig")), dir.filePath(QStringLiteral("data"))},
                    &out));
        QVERIFY2(out.contains("Verified OK"), out.constData());
        QVERIFY(
            run({QStringLiteral("rsa"), QStringLiteral("-RSAPublicKey_in"), QStringLiteral("-pubin"),
                 QStringLiteral("-in"), dir.filePath(QStringLiteral("pub1.pem")), QStringLiteral("-noout")}));

        // openssl signs a response with its own key, ours verifies it with the key as PKCS#1 PEM.
        QVERIFY(run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                     QStringLiteral("-out"), dir.filePath(QStringLiteral("key.pem"))}));
        QVERIFY(run({QStringLiteral("rsa"), QStringLiteral("-in"), dir.filePath(QStringLiteral("key.pem")),
                     QStringLiteral("-RSAPublicKey_out"), QStringLiteral("-out"),
                     dir.filePath(QStringLiteral("their.pem"))}));
        WlsFields f = sampleFields();
        f.issue = QDateTime::currentDateTimeUtc();
        f.kid = QStringLiteral("2");
        f.params = QStringLiteral("p!%");
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data2")), WlsResponse::signedPart(f)));
        QVERIFY(run({QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-sign"),
                     dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                     dir.filePath(QStringLiteral("sig2")), dir.filePath(QStringLiteral("data2"))}));
        QFile sigFile(dir.filePath(QStringLiteral("sig2")));
        QVERIFY(sigFile.open(QIODevice::ReadOnly));
        f.sig = QString::fromLatin1(sigFile.readAll().toBase64())
                    .replace(QLatin1Char('+'), QLatin1Char('-'))
                    .replace(QLatin1Char('/'), QLatin1Char('.'))
                    .replace(QLatin1Char('='), QLatin1Char('_'));
        QFile theirKey(dir.filePath(QStringLiteral("their.pem")));
        QVERIFY(theirKey.open(QIODevice::ReadOnly));
        const QByteArray theirPem = theirKey.readAll();
        QVERIFY(theirPem.startsWith("-----BEGIN RSA PUBLIC KEY-----"));

        RavenVerifierConfig config;
        config.publicKeys.insert(QStringLiteral("2"), theirPem);
        config.callbackUrl = f.url;
        const mws::Result<RavenVerifier> verifier = RavenVerifier::create(config);
        QVERIFY2(verifier.ok(), qPrintable(mws::test::textOf(verifier)));
        const auto identity =
            verifier->verify(WlsResponse::compose(f), f.params, false, QDateTime::currentDateTimeUtc());
        QVERIFY2(identity.ok(), qPrintable(mws::test::textOf(identity)));
        QCOMPARE(identity->principal, QStringLiteral("test0001"));
    }

    void raven_signerMakesAFreshKeyEachTime()
    {
        const mws::Result<RavenSigner> other = RavenSigner::generate();
        QVERIFY(other.ok());
        QVERIFY(other->publicKeyPem() != m_signer->publicKeyPem());
        QVERIFY(m_signer->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(m_signer->publicKeyPkcs1Pem().startsWith("-----BEGIN RSA PUBLIC KEY-----"));
    }
};

QTEST_GUILESS_MAIN(TestRavenProtocol)
#include "tst_ravenprotocol.moc"
