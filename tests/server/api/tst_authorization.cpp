// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every API route × every kind of caller, against the exact set of callers each route allows.
#include "apitestbase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace mws::test;

namespace {

enum Role
{
    Anonymous,
    OtherSiteAdmin,
    SshUser,
    Admin,
    Owner,
    Supporter,
    Staff,
    ElevatedStaff,
    RoleCount
};

const char *const roleNames[] = {"anonymous", "other site's admin", "ssh user", "admin",
                                 "owner",     "supporter",          "staff",    "elevated staff"};

QSet<Role> all()
{
    return {Anonymous, OtherSiteAdmin, SshUser, Admin, Owner, Supporter, Staff, ElevatedStaff};
}
QSet<Role> signedIn()
{
    return all() - QSet<Role>{Anonymous};
}
QSet<Role> panelMembers()
{
    return {Admin, Owner, Supporter, ElevatedStaff};
}

// What a case needs set up before the call.
enum class Setup
{
    Shared,
    FreshSite,
    RequestedSite,
    SuspendedSite,
    DisabledSite,
    FreshJob
};

struct Case
{
    const char *name;
    QByteArray method;
    QString path; // {site} {job} {otherToken} are filled in; hosting changes use ?preview=true
    QJsonObject body;
    Setup setup;
    QSet<Role> allowed;
};

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QString m_tokens[RoleCount];
    QString m_sharedSite;
    QString m_sharedJob;
    QString m_strangersTokenId;     // a token of someone who plays no role here
    QString m_supporterInStaffMode; // test0002 elevated: only staff mode grants supporter access
    int m_siteCounter = 0;
    QTemporaryDir m_ca;    // a certificate authority the panel trusts, for an uploaded certificate
    QString m_certificate; // signed for the pending key of the shared site's vhost "cert"

    // A site's hosting routes: a refused call, and any preview, must leave its hosting as it was.
    static bool isHosting(const QString &path)
    {
        return path.startsWith(QLatin1String("/api/v1/sites/")) &&
               (path.contains(QLatin1String("/vhosts")) || path.contains(QLatin1String("/php")) ||
                path.contains(QLatin1String("/hosting")));
    }

    QJsonObject hosting(const QString &siteId)
    {
        return call("GET", QStringLiteral("/api/v1/sites/%1/hosting").arg(siteId)).json();
    }

    // Applies a hosting change to a site for real and waits for its job.
    bool applyHosting(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        const HttpReply accepted = call(method, path, body, ElevatedStaff, {{"If-Match", "*"}});
        if (accepted.status != 202) {
            qWarning("%s %s → %d %s", method.constData(), qPrintable(path), accepted.status,
                     accepted.body.constData());
            return false;
        }
        const QString job =
            QStringLiteral("/api/v1/jobs/") + accepted.json().value(QStringLiteral("id")).toString();
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const QJsonObject state = call("GET", job).json();
            if (state.value(QStringLiteral("state")) == QLatin1String("succeeded"))
                return true;
            if (state.value(QStringLiteral("state")) != QLatin1String("queued") &&
                state.value(QStringLiteral("state")) != QLatin1String("running")) {
                qWarning("%s %s: %s", method.constData(), qPrintable(path),
                         QJsonDocument(state).toJson(QJsonDocument::Compact).constData());
                return false;
            }
            QTest::qWait(50);
        }
        return false;
    }

    bool runOpenssl(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_ca.path());
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')),
                     openssl.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool writeCaFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_ca.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    PanelProcess &panel() { return m_fixture.panel(); }

    QString token(Role role) const { return m_tokens[role]; }

    HttpReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   Role as = ElevatedStaff, const QHash<QByteArray, QByteArray> &headers = {})
    {
        if (method == "GET" || method == "DELETE") {
            QHash<QByteArray, QByteArray> all = headers;
            if (!token(as).isEmpty())
                all.insert("Authorization", "Bearer " + token(as).toLatin1());
            return m_http.send(method, panel().url(path), {}, all);
        }
        return m_http.sendJson(method, panel().url(path), body, token(as), headers);
    }

    // A site owned by test0012 with admin test0011, ssh user test0013 and supporter test0002.
    QString makeSite(const QString &status = QStringLiteral("active"))
    {
        const QString name = QStringLiteral("matrix-%1").arg(++m_siteCounter);
        const HttpReply created = call("POST", QStringLiteral("/api/v1/sites"),
                                       {{QStringLiteral("name"), name},
                                        {QStringLiteral("contactEmail"), QStringLiteral("web@example.test")},
                                        {QStringLiteral("owner"), QStringLiteral("test0012")}});
        if (created.status != 201)
            qFatal("could not create a site: %s", created.body.constData());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QString members = QStringLiteral("/api/v1/sites/") + id + QStringLiteral("/members/");
        if (call("PUT", members + QStringLiteral("test0011"),
                 {{QStringLiteral("role"), QStringLiteral("admin")}})
                    .status != 201 ||
            call("PUT", members + QStringLiteral("test0013"),
                 {{QStringLiteral("role"), QStringLiteral("ssh")}})
                    .status != 201 ||
            m_http.sendJson("POST", panel().url(QStringLiteral("/api/v1/sites/%1/supporters").arg(id)), {},
                            m_supporterInStaffMode)
                    .status != 201)
            qFatal("could not set up the members of %s", qPrintable(id));
        if (status == QLatin1String("suspended"))
            call("POST", QStringLiteral("/api/v1/sites/%1/suspend").arg(id),
                 {{QStringLiteral("reason"), QStringLiteral("test")}});
        if (status == QLatin1String("disabled"))
            call("POST", QStringLiteral("/api/v1/sites/%1/disable").arg(id));
        return id;
    }

    QString makeRequestedSite()
    {
        const HttpReply created =
            call("POST", QStringLiteral("/api/v1/sites"),
                 {{QStringLiteral("name"), QStringLiteral("requested-%1").arg(++m_siteCounter)},
                  {QStringLiteral("contactEmail"), QStringLiteral("web@example.test")}},
                 Owner);
        return created.json().value(QStringLiteral("id")).toString();
    }

    QString makeJob(const QString &siteId)
    {
        return m_fixture.insertJob(siteId, QStringLiteral("test0012"), QStringLiteral("working"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A root that signs the certificate uploaded in "upload certificate".
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=MWS Matrix Root"), QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-keyout"),
                            QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.pem")}));

        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001"), QStringLiteral("test0002")};
        // Real web servers, so that hosting routes answer past the access check as in production.
        options.webServers = true;
        options.trustedCaFiles = {m_ca.filePath(QStringLiteral("root.pem"))};
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        const QString users[] = {{},
                                 QStringLiteral("test0014"),
                                 QStringLiteral("test0013"),
                                 QStringLiteral("test0011"),
                                 QStringLiteral("test0012"),
                                 QStringLiteral("test0002"),
                                 QStringLiteral("test0001"),
                                 {}};
        for (int role = OtherSiteAdmin; role < ElevatedStaff; ++role) {
            m_tokens[role] = signIn(m_http, panel(), users[role], &error);
            QVERIFY2(!m_tokens[role].isEmpty(), qPrintable(error));
        }
        m_tokens[ElevatedStaff] =
            signIn(m_http, panel(), QStringLiteral("test0001"), &error, m_tokens[Staff]);
        QVERIFY2(!m_tokens[ElevatedStaff].isEmpty(), qPrintable(error));
        m_supporterInStaffMode =
            signIn(m_http, panel(), QStringLiteral("test0002"), &error, m_tokens[Supporter]);
        QVERIFY2(!m_supporterInStaffMode.isEmpty(), qPrintable(error));

        const QString stranger = signIn(m_http, panel(), QStringLiteral("test0030"), &error);
        QVERIFY2(!stranger.isEmpty(), qPrintable(error));
        m_strangersTokenId = m_http.getJson(panel().url(QStringLiteral("/api/v1/me")), stranger)
                                 .json()
                                 .value(QStringLiteral("tokenId"))
                                 .toString();
        QVERIFY(!m_strangersTokenId.isEmpty());

        // The other site, where test0014 is an admin.
        const HttpReply other = call("POST", QStringLiteral("/api/v1/sites"),
                                     {{QStringLiteral("name"), QStringLiteral("other site")},
                                      {QStringLiteral("contactEmail"), QStringLiteral("other@example.test")},
                                      {QStringLiteral("owner"), QStringLiteral("test0014")}});
        QCOMPARE(other.status, 201);
        m_sharedSite = makeSite();
        m_sharedJob = makeJob(m_sharedSite);
        QVERIFY(!m_sharedJob.isEmpty());

        // The shared site's vhosts: "main" for changes, "cert" waiting for a certificate that the
        // matrix uploads, "tls" with a certificate that the matrix removes (all previewed).
        const QString vhosts = QStringLiteral("/api/v1/sites/%1/vhosts").arg(m_sharedSite);
        for (const QString &name : {QStringLiteral("main"), QStringLiteral("cert"), QStringLiteral("tls")})
            QVERIFY(applyHosting(
                "POST", vhosts,
                {{QStringLiteral("name"), name},
                 {QStringLiteral("domains"), QJsonArray{name + QStringLiteral(".matrix.test")}}}));
        QVERIFY(applyHosting("POST", vhosts + QStringLiteral("/tls/tls/self-signed")));
        const HttpReply requested = call("POST", vhosts + QStringLiteral("/cert/tls/request"), {},
                                         ElevatedStaff, {{"If-Match", "*"}});
        QCOMPARE(requested.status, 200);
        QVERIFY(writeCaFile(QStringLiteral("cert.csr"),
                            requested.json().value(QStringLiteral("request")).toString().toUtf8()));
        QVERIFY(writeCaFile(QStringLiteral("leaf.ext"), "basicConstraints=critical,CA:FALSE\n"
                                                        "extendedKeyUsage=serverAuth\n"
                                                        "subjectAltName=DNS:cert.matrix.test\n"));
        QVERIFY(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("cert.csr"), QStringLiteral("-CA"), QStringLiteral("root.pem"),
                            QStringLiteral("-CAkey"), QStringLiteral("root.key"), QStringLiteral("-days"),
                            QStringLiteral("3"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext"),
                            QStringLiteral("-out"), QStringLiteral("cert.pem")}));
        QFile certificate(m_ca.filePath(QStringLiteral("cert.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        m_certificate = QString::fromLatin1(certificate.readAll());
    }

    void matrix_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("role");
        for (int c = 0; c < int(cases().size()); ++c)
            for (int role = 0; role < RoleCount; ++role)
                QTest::addRow("%s as %s", cases()[c].name, roleNames[role]) << c << role;
    }

    void matrix()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, role);
        const Case &c = cases()[caseIndex];
        QString site = m_sharedSite;
        QString job = m_sharedJob;
        switch (c.setup) {
        case Setup::Shared:
            break;
        case Setup::FreshSite:
            site = makeSite();
            break;
        case Setup::RequestedSite:
            site = makeRequestedSite();
            break;
        case Setup::SuspendedSite:
            site = makeSite(QStringLiteral("suspended"));
            break;
        case Setup::DisabledSite:
            site = makeSite(QStringLiteral("disabled"));
            break;
        case Setup::FreshJob:
            job = makeJob(m_sharedSite);
            break;
        }
        QString path = c.path;
        path.replace(QStringLiteral("{site}"), site).replace(QStringLiteral("{job}"), job);
        path.replace(QStringLiteral("{otherToken}"), m_strangersTokenId);
        QJsonObject body = c.body;
        if (body.contains(QStringLiteral("name")) && !isHosting(path))
            body.insert(QStringLiteral("name"), QStringLiteral("made in matrix %1").arg(++m_siteCounter));
        if (body.contains(QStringLiteral("certificate")))
            body.insert(QStringLiteral("certificate"), m_certificate);
        QHash<QByteArray, QByteArray> headers;
        if (c.method == "PATCH" || isHosting(path))
            headers.insert("If-Match", "*");

        const QJsonObject hostingBefore = isHosting(path) ? hosting(site) : QJsonObject();
        const HttpReply reply = call(c.method, path, body, Role(role), headers);
        const bool allowed = c.allowed.contains(Role(role));
        if (allowed) {
            QVERIFY2(reply.status >= 200 && reply.status < 300,
                     qPrintable(QStringLiteral("%1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(c.method), path)
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body))));
        } else {
            const int expected = role == Anonymous ? 401 : 403;
            // A token id that is someone else's is simply not found for the caller.
            const int alsoOk = path.contains(QLatin1String("/me/tokens/")) ? 404 : expected;
            QVERIFY2(reply.status == expected || reply.status == alsoOk,
                     qPrintable(QStringLiteral("%1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(c.method), path)
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body))));
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        }
        // A refused change leaves the hosting as it was; so does an allowed one, as every hosting
        // change here is a preview except the CSR request.
        if (isHosting(path) && (!allowed || !path.endsWith(QLatin1String("/tls/request"))))
            QCOMPARE(hosting(site), hostingBefore);
    }

    void getsChangeNothing()
    {
        const auto snapshot = [this] {
            // Changes only: staff mode's own reads are recorded as staff.read, by design.
            int changes = 0;
            for (const char *prefix :
                 {"site.", "member.", "supporter.", "job.", "token.", "vhost.", "php.", "tls."})
                changes +=
                    call("GET", QStringLiteral("/api/v1/audit?limit=1&action=") + QLatin1String(prefix))
                        .json()
                        .value(QStringLiteral("total"))
                        .toInt();
            const HttpReply site = call("GET", QStringLiteral("/api/v1/sites/") + m_sharedSite);
            return std::tuple(changes, site.json().value(QStringLiteral("version")).toInt(),
                              hosting(m_sharedSite));
        };
        const auto before = snapshot();
        for (const Case &c : cases()) {
            if (c.method != "GET")
                continue;
            QString path = c.path;
            path.replace(QStringLiteral("{site}"), m_sharedSite)
                .replace(QStringLiteral("{job}"), m_sharedJob);
            for (int role = 0; role < RoleCount; ++role)
                call("GET", path, {}, Role(role));
        }
        QCOMPARE(snapshot(), before);
    }

private:
    static const std::vector<Case> &cases()
    {
        static const std::vector<Case> table = [] {
            const QJsonObject siteBody{{QStringLiteral("name"), QStringLiteral("made in matrix")},
                                       {QStringLiteral("contactEmail"), QStringLiteral("x@example.test")}};
            std::vector<Case> t{
                {"health", "GET", QStringLiteral("/api/v1/health"), {}, Setup::Shared, all()},
                {"me", "GET", QStringLiteral("/api/v1/me"), {}, Setup::Shared, signedIn()},
                {"my tokens", "GET", QStringLiteral("/api/v1/me/tokens"), {}, Setup::Shared, signedIn()},
                {"my ssh keys", "GET", QStringLiteral("/api/v1/me/ssh-keys"), {}, Setup::Shared, signedIn()},
                {"revoke another's token",
                 "DELETE",
                 QStringLiteral("/api/v1/me/tokens/{otherToken}"),
                 {},
                 Setup::Shared,
                 {}},
                {"start login",
                 "POST",
                 QStringLiteral("/api/v1/login/flows"),
                 {{QStringLiteral("clientName"), QStringLiteral("m")}},
                 Setup::Shared,
                 all()},
                {"start staff mode",
                 "POST",
                 QStringLiteral("/api/v1/me/elevation"),
                 {{QStringLiteral("clientName"), QStringLiteral("m")}},
                 Setup::Shared,
                 {Supporter, Staff, ElevatedStaff}},
                {"list my sites", "GET", QStringLiteral("/api/v1/sites"), {}, Setup::Shared, signedIn()},
                {"list all sites",
                 "GET",
                 QStringLiteral("/api/v1/sites?scope=all"),
                 {},
                 Setup::Shared,
                 {ElevatedStaff}},
                {"request a site", "POST", QStringLiteral("/api/v1/sites"), siteBody, Setup::Shared,
                 signedIn()},
                {"show site",
                 "GET",
                 QStringLiteral("/api/v1/sites/{site}"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"update site",
                 "PATCH",
                 QStringLiteral("/api/v1/sites/{site}"),
                 {{QStringLiteral("description"), QStringLiteral("changed")}},
                 Setup::FreshSite,
                 panelMembers()},
                {"approve site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/approve"),
                 {},
                 Setup::RequestedSite,
                 {ElevatedStaff}},
                {"decline site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/decline"),
                 {{QStringLiteral("reason"), QStringLiteral("r")}},
                 Setup::RequestedSite,
                 {ElevatedStaff}},
                {"hosts a site may go on",
                 "GET",
                 QStringLiteral("/api/v1/staff/site-hosts"),
                 {},
                 Setup::Shared,
                 {ElevatedStaff}},
                {"suspend site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/suspend"),
                 {{QStringLiteral("reason"), QStringLiteral("r")}},
                 Setup::FreshSite,
                 {ElevatedStaff}},
                {"unsuspend site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/unsuspend"),
                 {},
                 Setup::SuspendedSite,
                 {ElevatedStaff}},
                {"disable site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/disable"),
                 {},
                 Setup::FreshSite,
                 panelMembers()},
                {"enable site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/enable"),
                 {},
                 Setup::DisabledSite,
                 panelMembers()},
                {"delete site",
                 "DELETE",
                 QStringLiteral("/api/v1/sites/{site}"),
                 {},
                 Setup::FreshSite,
                 {ElevatedStaff}},
                {"list members",
                 "GET",
                 QStringLiteral("/api/v1/sites/{site}/members"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"add member",
                 "PUT",
                 QStringLiteral("/api/v1/sites/{site}/members/test0020"),
                 {{QStringLiteral("role"), QStringLiteral("admin")}},
                 Setup::FreshSite,
                 {Admin, Owner, ElevatedStaff}},
                {"remove member",
                 "DELETE",
                 QStringLiteral("/api/v1/sites/{site}/members/test0013"),
                 {},
                 Setup::FreshSite,
                 {Admin, Owner, ElevatedStaff}},
                {"become supporter",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/supporters"),
                 {},
                 Setup::FreshSite,
                 {ElevatedStaff}},
                {"site audit",
                 "GET",
                 QStringLiteral("/api/v1/sites/{site}/audit"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"global audit", "GET", QStringLiteral("/api/v1/audit"), {}, Setup::Shared, {ElevatedStaff}},
                {"site jobs",
                 "GET",
                 QStringLiteral("/api/v1/sites/{site}/jobs"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"show job", "GET", QStringLiteral("/api/v1/jobs/{job}"), {}, Setup::Shared, panelMembers()},
                {"job log",
                 "GET",
                 QStringLiteral("/api/v1/jobs/{job}/log"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"cancel job",
                 "POST",
                 QStringLiteral("/api/v1/jobs/{job}/cancel"),
                 {},
                 Setup::FreshJob,
                 panelMembers()},
                {"check site",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/checks"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"hosting catalogue",
                 "GET",
                 QStringLiteral("/api/v1/hosting/catalogue"),
                 {},
                 Setup::Shared,
                 signedIn()},
                {"show hosting",
                 "GET",
                 QStringLiteral("/api/v1/sites/{site}/hosting"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"add vhost",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/vhosts?preview=true"),
                 {{QStringLiteral("name"), QStringLiteral("extra")},
                  {QStringLiteral("domains"), QJsonArray{QStringLiteral("extra.matrix.test")}}},
                 Setup::Shared,
                 panelMembers()},
                {"change vhost",
                 "PATCH",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/main?preview=true"),
                 {{QStringLiteral("redirectAliases"), true}},
                 Setup::Shared,
                 panelMembers()},
                {"remove vhost",
                 "DELETE",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/main?preview=true"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"change php",
                 "PUT",
                 QStringLiteral("/api/v1/sites/{site}/php?preview=true"),
                 {{QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("64M")}}}},
                 Setup::Shared,
                 panelMembers()},
                {"request certificate",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/main/tls/request"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"upload certificate",
                 "PUT",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/cert/tls?preview=true"),
                 {{QStringLiteral("certificate"), QStringLiteral("filled in")}},
                 Setup::Shared,
                 panelMembers()},
                {"self-signed certificate",
                 "POST",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/main/tls/self-signed?preview=true"),
                 {},
                 Setup::Shared,
                 panelMembers()},
                {"remove certificate",
                 "DELETE",
                 QStringLiteral("/api/v1/sites/{site}/vhosts/tls/tls?preview=true"),
                 {},
                 Setup::Shared,
                 panelMembers()},
            };
            return t;
        }();
        return table;
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
