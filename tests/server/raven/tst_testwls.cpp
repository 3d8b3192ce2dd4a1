// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "formencoding.h"
#include "ravenreason.h"
#include "ravenrequest.h"
#include "ravenverifier.h"
#include "resultcheck.h"
#include "testsupport.h"
#include "wlsresponse.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace mws::raven;

namespace {

struct HttpReply
{
    int status = 0; // 0: no answer
    QByteArray body;
    QByteArray location;
    QList<QNetworkCookie> cookies;
};

// The hidden fields of the login form, as a browser would send them back.
FormItems hiddenFields(const QByteArray &html)
{
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    const auto unescape = [](QString text) {
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&#39;"), QLatin1String("'"));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return text;
    };
    FormItems items;
    for (auto it = input.globalMatch(QString::fromUtf8(html)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        items.append({unescape(match.captured(1)), unescape(match.captured(2))});
    }
    return items;
}

// The server goes when the test goes, even when the test dies without cleaning up.
void startServer(QProcess &process, const QStringList &arguments)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    mws::test::keepSanitizerReports(process, QStringLiteral("mws-test-wls"));
    process.start(QStringLiteral(MWS_TEST_WLS_BINARY), arguments);
}

} // namespace

// The real mws-test-wls process, driven over HTTP like a browser that does not follow the final
// redirect, with every answer judged by RavenVerifier holding the key the process wrote out.
class TestTestWls : public QObject
{
    Q_OBJECT

private:
    // Has a query, so the WLS must join WLS-Response with '&'. Nothing listens there: redirects are
    // not followed.
    const QString m_callback = QStringLiteral("http://127.0.0.1:9/raven/callback?flow=abc");
    QTemporaryDir m_dir;
    QProcess m_wls;
    QString m_base;
    std::optional<RavenVerifier> m_verifier;    // requires "current"
    std::optional<RavenVerifier> m_anyVerifier; // does not

    QUrl requestUrl(const QString &params,
                    RavenRequest::Interaction iact = RavenRequest::Interaction::Default)
    {
        RavenRequest request;
        request.wlsUrl = QUrl(m_base + QStringLiteral("/auth/authenticate.html"));
        request.returnUrl = m_callback;
        request.description = QStringLiteral("MWS <test> & co");
        request.params = params;
        request.interaction = iact;
        const mws::Result<QUrl> url = request.toUrl();
        return url.ok() ? *url : QUrl();
    }

    // A URL with a hand-written query, for requests RavenRequest would refuse to build.
    QUrl rawUrl(const QByteArray &query) const
    {
        return QUrl::fromEncoded(m_base.toLatin1() + "/auth/authenticate.html?" + query, QUrl::StrictMode);
    }

    static HttpReply fetch(QNetworkAccessManager &network, const QUrl &url, const FormItems *post = nullptr)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (post) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = network.post(request, formEncode(*post));
        } else {
            reply = network.get(request);
        }
        HttpReply result;
        if (QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000)) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.location = reply->rawHeader("Location");
            for (const QByteArray &header : reply->headers().values(QHttpHeaders::WellKnownHeader::SetCookie))
                result.cookies += QNetworkCookie::parseCookies(header);
        }
        reply->deleteLater();
        return result;
    }

    // GET the form, then POST it back filled in, the way a browser does.
    HttpReply login(QNetworkAccessManager &network, const QString &params, const QString &userid,
                    const QString &password, bool cancel = false)
    {
        const HttpReply form = fetch(network, requestUrl(params));
        if (form.status != 200)
            return form;
        FormItems fields = hiddenFields(form.body);
        fields.append({QStringLiteral("userid"), userid});
        fields.append({QStringLiteral("pwd"), password});
        if (cancel)
            fields.append({QStringLiteral("cancel"), QStringLiteral("yes")});
        else
            fields.append({QStringLiteral("login"), QStringLiteral("yes")});
        return fetch(network, QUrl(m_base + QStringLiteral("/auth/authenticate2.html")), &fields);
    }

    // The WLS-Response of a redirect to the callback, taken from the raw Location bytes.
    QString responseOf(const HttpReply &reply) const
    {
        const qsizetype query = reply.location.indexOf('?');
        if (reply.status != 303 || query < 0)
            return {};
        const mws::Result<QString> value = WlsResponse::fromQuery(reply.location.sliced(query + 1));
        return value.ok() ? *value : QString();
    }

    mws::Result<RavenIdentity> verify(const HttpReply &reply, const QString &params, bool interactive = false,
                                      bool requireCurrent = true) const
    {
        const RavenVerifier &verifier = requireCurrent ? *m_verifier : *m_anyVerifier;
        return verifier.verify(responseOf(reply), params, interactive, QDateTime::currentDateTimeUtc());
    }

    static QString describe(const mws::Result<RavenIdentity> &identity)
    {
        return identity.ok() ? identity->principal : mws::test::textOf(identity);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString keyFile = m_dir.filePath(QStringLiteral("wls.pem"));
        m_wls.setProcessChannelMode(QProcess::SeparateChannels);
        startServer(m_wls, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--public-key-out"),
                            keyFile});
        QVERIFY(m_wls.waitForStarted());
        QVERIFY2(QTest::qWaitFor([this] { return m_wls.canReadLine(); }, 30000),
                 m_wls.readAllStandardError().constData());
        const QString line = QString::fromUtf8(m_wls.readLine());
        const QRegularExpressionMatch match =
            QRegularExpression(
                QStringLiteral("^mws-test-wls: listening on (http://127\\.0\\.0\\.1:(\\d+)) kid 901\\n$"))
                .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_base = match.captured(1);
        QVERIFY(mws::test::waitForPort(quint16(match.captured(2).toUInt()), 5000));

        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        RavenVerifierConfig config;
        config.publicKeys.insert(QStringLiteral("901"), key.readAll());
        config.callbackUrl = m_callback;
        mws::Result<RavenVerifier> verifier = RavenVerifier::create(config);
        QVERIFY2(verifier.ok(), qPrintable(mws::test::textOf(verifier)));
        m_verifier = std::move(verifier).value();
        config.requireCurrent = false;
        mws::Result<RavenVerifier> anyVerifier = RavenVerifier::create(config);
        QVERIFY(anyVerifier.ok());
        m_anyVerifier = std::move(anyVerifier).value();
    }

    void cleanupTestCase()
    {
        m_wls.terminate();
        QVERIFY(m_wls.waitForFinished(10000));
    }

    void raven_loginThroughTheForm()
    {
        QNetworkAccessManager network;
        const QString params = QStringLiteral("n!o%n&ce=+ \"><b>x</b>");
        const HttpReply form = fetch(network, requestUrl(params));
        QCOMPARE(form.status, 200);
        QVERIFY(form.location.isEmpty());
        QVERIFY(form.body.contains("name=\"userid\""));
        QVERIFY(form.body.contains("name=\"pwd\""));
        QVERIFY(form.body.contains("name=\"cancel\""));
        // Everything from the request is escaped: the description, and params in its hidden field.
        QVERIFY2(form.body.contains("MWS &lt;test&gt; &amp; co"), form.body.constData());
        QVERIFY(!form.body.contains("<b>x</b>"));
        QVERIFY(form.body.contains("value=\"n!o%n&amp;ce=+ &quot;&gt;&lt;b&gt;x&lt;/b&gt;\""));

        const HttpReply reply = login(network, params, QStringLiteral("test0001"), QStringLiteral("test"));
        QCOMPARE(reply.status, 303);
        QVERIFY2(reply.location.startsWith(m_callback.toLatin1() + "&WLS-Response="),
                 reply.location.constData());
        const mws::Result<RavenIdentity> identity = verify(reply, params, true);
        QVERIFY2(identity.ok(), qPrintable(describe(identity)));
        QCOMPARE(identity->principal, QStringLiteral("test0001"));
        QCOMPARE(identity->ptags, QStringList{QStringLiteral("current")});
        QCOMPARE(identity->auth, QStringLiteral("pwd"));
        QVERIFY(identity->sso.isEmpty());
        QVERIFY(identity->life && *identity->life > 0);
        QVERIFY(qAbs(identity->issue.secsTo(QDateTime::currentDateTimeUtc())) < 30);
        QVERIFY(!identity->id.isEmpty());

        // The session cookie is for the WLS's eyes only.
        QCOMPARE(reply.cookies.size(), 1);
        QVERIFY(reply.cookies.constFirst().isHttpOnly());
        // Not for another attempt, another site or another principal.
        QCOMPARE(mws::test::reasonOf(verify(reply, QStringLiteral("other"))), QString(reason::WrongParams));
        QString forged = responseOf(reply);
        forged.replace(QStringLiteral("!test0001!"), QStringLiteral("!test0002!"));
        QCOMPARE(
            mws::test::reasonOf(m_verifier->verify(forged, params, true, QDateTime::currentDateTimeUtc())),
            QString(reason::BadSignature));
    }

    void raven_nonCurrentUser()
    {
        QNetworkAccessManager network;
        const HttpReply reply =
            login(network, QStringLiteral("p500"), QStringLiteral("test0500"), QStringLiteral("test"));
        QCOMPARE(reply.status, 303);
        const mws::Result<RavenIdentity> refused = verify(reply, QStringLiteral("p500"));
        QVERIFY(!refused.ok());
        QCOMPARE(mws::test::reasonOf(refused), QString(reason::NotCurrent));
        const mws::Result<RavenIdentity> accepted = verify(reply, QStringLiteral("p500"), false, false);
        QVERIFY2(accepted.ok(), qPrintable(describe(accepted)));
        QCOMPARE(accepted->principal, QStringLiteral("test0500"));
        QVERIFY(accepted->ptags.isEmpty());
    }

    void raven_wrongPasswordShowsTheFormAgain_data()
    {
        QTest::addColumn<QString>("userid");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("test0001") << QStringLiteral("tset");
        QTest::newRow("empty password") << QStringLiteral("test0002") << QString();
        QTest::newRow("user 501") << QStringLiteral("test0501") << QStringLiteral("test");
        QTest::newRow("user 0") << QStringLiteral("test0000") << QStringLiteral("test");
        QTest::newRow("markup in userid") << QStringLiteral("<i>x</i>") << QStringLiteral("test");
    }

    void raven_wrongPasswordShowsTheFormAgain()
    {
        QFETCH(QString, userid);
        QFETCH(QString, password);
        QNetworkAccessManager network;
        const HttpReply reply = login(network, QStringLiteral("pw"), userid, password);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.location.isEmpty());
        QVERIFY(reply.cookies.isEmpty());
        QVERIFY2(reply.body.contains("Unrecognised user-id or password."), reply.body.constData());
        QVERIFY(reply.body.contains("name=\"pwd\""));
        QVERIFY(!reply.body.contains("<i>x</i>"));
        // The request is still there to try again.
        QVERIFY(hiddenFields(reply.body).contains(std::pair(QStringLiteral("params"), QStringLiteral("pw"))));
    }

    void raven_cancel()
    {
        QNetworkAccessManager network;
        const HttpReply reply = login(network, QStringLiteral("c"), QString(), QString(), true);
        QCOMPARE(reply.status, 303);
        const mws::Result<RavenIdentity> identity = verify(reply, QStringLiteral("c"));
        QVERIFY(!identity.ok());
        QCOMPARE(mws::test::reasonOf(identity), QStringLiteral("status-410"));
        QCOMPARE(identity.error().kind, mws::Error::Kind::Cancelled);
    }

    void raven_passiveWithoutSession()
    {
        QNetworkAccessManager network;
        const HttpReply reply =
            fetch(network, requestUrl(QStringLiteral("n"), RavenRequest::Interaction::No));
        QCOMPARE(reply.status, 303);
        QCOMPARE(mws::test::reasonOf(verify(reply, QStringLiteral("n"))), QStringLiteral("status-540"));
    }

    void raven_ssoSession()
    {
        QNetworkAccessManager network;
        const HttpReply first =
            login(network, QStringLiteral("s1"), QStringLiteral("test0042"), QStringLiteral("test"));
        QCOMPARE(first.status, 303);
        const mws::Result<RavenIdentity> active = verify(first, QStringLiteral("s1"));
        QVERIFY2(active.ok(), qPrintable(describe(active)));

        // The cookie jar now holds the session: no form, an answer at once.
        const HttpReply second = fetch(network, requestUrl(QStringLiteral("s2")));
        QCOMPARE(second.status, 303);
        const mws::Result<RavenIdentity> passive = verify(second, QStringLiteral("s2"));
        QVERIFY2(passive.ok(), qPrintable(describe(passive)));
        QCOMPARE(passive->principal, QStringLiteral("test0042"));
        QVERIFY(passive->auth.isEmpty());
        QCOMPARE(passive->sso, QStringList{QStringLiteral("pwd")});
        QVERIFY(passive->id != active->id);
        // The same answer to a panel that asked for the password again.
        QCOMPARE(mws::test::reasonOf(verify(second, QStringLiteral("s2"), true)),
                 QString(reason::NotInteractive));

        const HttpReply quiet =
            fetch(network, requestUrl(QStringLiteral("s3"), RavenRequest::Interaction::No));
        QCOMPARE(quiet.status, 303);
        QVERIFY2(verify(quiet, QStringLiteral("s3")).ok(),
                 qPrintable(describe(verify(quiet, QStringLiteral("s3")))));

        // iact=yes always asks.
        const HttpReply forced =
            fetch(network, requestUrl(QStringLiteral("s4"), RavenRequest::Interaction::Yes));
        QCOMPARE(forced.status, 200);
        QVERIFY(forced.body.contains("name=\"pwd\""));

        // Another browser has no session.
        QNetworkAccessManager other;
        const HttpReply stranger = fetch(other, requestUrl(QStringLiteral("s5")));
        QCOMPARE(stranger.status, 200);
        QVERIFY(stranger.body.contains("name=\"pwd\""));
    }

    void raven_badRequests_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("reason"); // of the response, when redirected
        const QByteArray url = "url=" + formEncodeValue(m_callback);
        QTest::newRow("aauth without pwd")
            << QByteArray("ver=3&" + url + "&params=b&aauth=x-foo") << 303 << QStringLiteral("status-510");
        QTest::newRow("ver 4") << QByteArray("ver=4&" + url + "&params=b") << 303
                               << QStringLiteral("status-520");
        QTest::newRow("no ver") << QByteArray(url + "&params=b") << 303 << QStringLiteral("status-530");
        QTest::newRow("ver not a number")
            << QByteArray("ver=three&" + url + "&params=b") << 303 << QStringLiteral("status-530");
        QTest::newRow("params twice")
            << QByteArray("ver=3&" + url + "&params=b&params=c") << 303 << QStringLiteral("status-530");
        QTest::newRow("unknown parameter")
            << QByteArray("ver=3&" + url + "&params=b&colour=red") << 303 << QStringLiteral("status-530");
        QTest::newRow("bad iact") << QByteArray("ver=3&" + url + "&params=b&iact=maybe") << 303
                                  << QStringLiteral("status-530");
        QTest::newRow("no url") << QByteArray("ver=3&params=b") << 400 << QString();
        QTest::newRow("relative url") << QByteArray("ver=3&url=%2Fcb&params=b") << 400 << QString();
        QTest::newRow("javascript url")
            << QByteArray("ver=3&url=javascript%3Aalert(1)&params=b") << 400 << QString();
        QTest::newRow("fail=yes") << QByteArray("ver=3&" + url + "&params=b&aauth=x-foo&fail=yes") << 200
                                  << QString();
    }

    void raven_badRequests()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, httpStatus);
        QFETCH(QString, reason);
        QNetworkAccessManager network;
        const HttpReply reply = fetch(network, rawUrl(query));
        QCOMPARE(reply.status, httpStatus);
        if (httpStatus != 303) {
            // Shown, not sent: there is nowhere to send it, or the WAA asked with fail=yes.
            QVERIFY(reply.location.isEmpty());
            QVERIFY2(reply.body.contains("Login failed"), reply.body.constData());
            QVERIFY(!reply.body.contains("name=\"pwd\""));
            return;
        }
        const mws::Result<RavenIdentity> identity = verify(reply, QStringLiteral("b"));
        QVERIFY(!identity.ok());
        QCOMPARE(mws::test::reasonOf(identity), reason);
        if (reason == QLatin1String("status-520")) {
            // Answered in version 1, which goes to scheme, host and path only.
            QVERIFY(reply.location.startsWith("http://127.0.0.1:9/raven/callback?WLS-Response=1%21520%21"));
        }
    }

    void raven_commandLine()
    {
        QProcess process;
        mws::test::keepSanitizerReports(process, QStringLiteral("mws-test-wls"));
        process.start(QStringLiteral(MWS_TEST_WLS_BINARY), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("mws-test-wls " MWS_VERSION));
        process.start(QStringLiteral(MWS_TEST_WLS_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--port") && help.contains("--kid") && help.contains("--public-key-out"));

        for (const QStringList &bad : {QStringList{QStringLiteral("--kid"), QStringLiteral("012")},
                                       QStringList{QStringLiteral("--kid"), QStringLiteral("../1")},
                                       QStringList{QStringLiteral("--port"), QStringLiteral("70000")}}) {
            process.start(QStringLiteral(MWS_TEST_WLS_BINARY), bad);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
        }

        // Another kid is announced and signed with.
        QProcess other;
        startServer(other, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--kid"),
                            QStringLiteral("77")});
        QVERIFY(other.waitForStarted());
        QVERIFY(QTest::qWaitFor([&other] { return other.canReadLine(); }, 30000));
        const QString line = QString::fromUtf8(other.readLine());
        const QRegularExpressionMatch match =
            QRegularExpression(
                QStringLiteral("^mws-test-wls: listening on (http://127\\.0\\.0\\.1:\\d+) kid 77\\n$"))
                .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QNetworkAccessManager network;
        RavenRequest request;
        request.wlsUrl = QUrl(match.captured(1) + QStringLiteral("/auth/authenticate.html"));
        request.returnUrl = m_callback;
        request.interaction = RavenRequest::Interaction::No;
        const HttpReply reply = fetch(network, mws::test::valueOr(request.toUrl()));
        const mws::Result<WlsResponse> response = WlsResponse::parse(responseOf(reply));
        QVERIFY(response.ok());
        QCOMPARE(response->fields().kid, QStringLiteral("77"));
        QCOMPARE(response->fields().status, 540);
        // Its key is not the one the first process wrote out.
        QCOMPARE(mws::test::reasonOf(m_verifier->verify(responseOf(reply), QString(), false,
                                                        QDateTime::currentDateTimeUtc())),
                 QStringLiteral("status-540"));
        other.terminate();
        QVERIFY(other.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestTestWls)
#include "tst_testwls.moc"
