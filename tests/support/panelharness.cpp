// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panelharness.h"

#include "postgresserver.h"
#include "testsupport.h"
#include "webservers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <unistd.h>

namespace mws::test {

namespace {

constexpr int replyTimeoutMs = 20000;

// Reads "... listening on http://127.0.0.1:PORT ..." from a starting server.
quint16 readListeningPort(QProcess &process, int timeoutMs)
{
    static const QRegularExpression pattern(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    const bool found = QTest::qWaitFor(
        [&] {
            seen += process.readAllStandardOutput();
            return pattern.match(QString::fromUtf8(seen)).hasMatch() ||
                   process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    const auto match = pattern.match(QString::fromUtf8(seen));
    return found && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

QString htmlUnescape(QString text)
{
    return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

// The value of a hidden form field in a page.
QString formValue(const QByteArray &page, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return htmlUnescape(pattern.match(QString::fromUtf8(page)).captured(1));
}

} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient()
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

HttpReply HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(replyTimeoutMs);
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    HttpReply result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, replyTimeoutMs + 1000)) {
        reply->abort();
        result.error = QStringLiteral("no reply in time");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::getJson(const QUrl &url, const QString &token,
                              const QHash<QByteArray, QByteArray> &headers)
{
    QHash<QByteArray, QByteArray> all = headers;
    if (!token.isEmpty())
        all.insert("Authorization", "Bearer " + token.toLatin1());
    return send("GET", url, {}, all);
}

HttpReply HttpClient::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                               const QString &token, const QHash<QByteArray, QByteArray> &headers)
{
    QHash<QByteArray, QByteArray> all = headers;
    all.insert("Content-Type", "application/json");
    if (!token.isEmpty())
        all.insert("Authorization", "Bearer " + token.toLatin1());
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpReply HttpClient::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return send("POST", url, query.query(QUrl::FullyEncoded).toLatin1(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

void HttpClient::trustLike(const HttpClient &other)
{
    m_ssl = other.m_ssl;
}

void HttpClient::trustOnly(const QString &certificatePath)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(certificatePath));
    m_ssl = ssl;
}

TestWlsProcess::TestWlsProcess()
{
    keepSanitizerReports(m_process, QStringLiteral("mws-test-wls"));
}

TestWlsProcess::~TestWlsProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

bool TestWlsProcess::start(const QString &directory, QString *error)
{
    m_keyPath = directory + QStringLiteral("/wls-901.pem");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    stopWithParent(m_process);
    m_process.start(QStringLiteral(MWS_TEST_WLS_BINARY),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--kid"), kid(),
                     QStringLiteral("--public-key-out"), m_keyPath});
    m_port = readListeningPort(m_process, 15000);
    if (!m_port) {
        *error = QStringLiteral("mws-test-wls did not start: ") +
                 QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

QUrl TestWlsProcess::authenticateUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/auth/authenticate.html").arg(m_port));
}

PanelProcess::PanelProcess()
{
    keepSanitizerReports(m_process, QStringLiteral("mws-paneld"));
    // A panel that dies under a test says so, with its last words: otherwise all a test sees is
    // refused connections.
    QObject::connect(&m_process, &QProcess::finished, &m_process,
                     [this](int exitCode, QProcess::ExitStatus status) {
                         if (m_stopping)
                             return;
                         // describe() peeks: the test may still read what the panel said.
                         qWarning("mws-paneld ended (%s %d), not by stop() or kill(): %s",
                                  status == QProcess::CrashExit ? "signal" : "exit code", exitCode,
                                  qPrintable(describe(4000)));
                     });
}

PanelProcess::~PanelProcess()
{
    stop();
    if (m_httpPort != 0)
        removeSiteUsers(sitesRoot());
    if (!m_personPrefix.isEmpty())
        removeSiteUsers(peopleRoot());
    if (m_ownsHost && ::geteuid() == 0)
        removeCgroupTree(m_cgroup);
}

bool PanelProcess::start(const TestWlsProcess &wls, const Options &options, QString *error)
{
    m_port = freeLoopbackPort();
    m_tls = options.tls;
    QString tls;
    if (m_tls) {
        if (!makeSelfSignedCertificate(m_dir.filePath(QStringLiteral("tls.key")), certificatePath(), error))
            return false;
        tls = QStringLiteral("tls_certificate = tls.crt\ntls_key = tls.key\n");
    }
    QFile config(configPath());
    if (!config.open(QIODevice::WriteOnly)) {
        *error = config.errorString();
        return false;
    }
    QStringList keys{wls.kid() + QLatin1Char(':') + wls.publicKeyPath()};
    for (auto it = options.extraKeys.constBegin(); it != options.extraKeys.constEnd(); ++it)
        keys.append(it.key() + QLatin1Char(':') + it.value());
    QString database;
    if (options.postgres) {
        QFile password(m_dir.filePath(QStringLiteral("db-password")));
        if (!password.open(QIODevice::WriteOnly)) {
            *error = password.errorString();
            return false;
        }
        password.write(options.postgres->password().toUtf8());
        database = QStringLiteral("driver = postgres\nhost = 127.0.0.1\nport = %1\nname = %2\nuser = %3\n"
                                  "password_file = db-password\n")
                       .arg(options.postgres->port())
                       .arg(options.postgres->database(), options.postgres->user());
    } else {
        database = QStringLiteral("driver = sqlite\npath = panel.sqlite\n");
    }
    QString host;
    if (options.webServers) {
        // Apache (www-data) must reach the sites' homes through the run's folder.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther |
                                                QFileDevice::ReadOther | QFileDevice::ExeGroup |
                                                QFileDevice::ReadGroup);
        m_hostRoot = m_dir.filePath(QStringLiteral("host"));
        m_sitesRoot = m_dir.filePath(QStringLiteral("sites"));
        // Each run's sites' cgroups below one of its own, removed when the run ends.
        m_cgroup = QStringLiteral("/mws-tests/") + QFileInfo(m_dir.path()).fileName();
        if (const PanelProcess *other = options.shareHostWith) {
            m_hostRoot = other->hostRoot();
            m_sitesRoot = other->sitesRoot();
            m_httpPort = other->httpPort();
            m_httpsPort = other->httpsPort();
            m_cgroup = other->m_cgroup;
        } else {
            m_ownsHost = true;
            m_httpPort = freeLoopbackPort();
            do
                m_httpsPort = freeLoopbackPort();
            while (m_httpsPort == m_httpPort);
        }
        host =
            QStringLiteral(
                "\n[host]\nenabled = true\nroot = \"%6\"\nsites_root = \"%7\"\nhttp_port = %1\n"
                "https_port = %2\nhealth_timeout_seconds = 10\ntrusted_ca_files = \"%3\"\nunix_users = %4\n"
                "docroot_writable_seconds = %5\ncgroup = \"%8\"\n")
                .arg(m_httpPort)
                .arg(m_httpsPort)
                .arg(options.trustedCaFiles.join(QLatin1Char(' ')),
                     // Only root can make a Unix user per site; elsewhere PHP runs as the tests do.
                     ::geteuid() == 0 ? QStringLiteral("true") : QStringLiteral("false"))
                .arg(options.docrootWritableSeconds)
                .arg(m_hostRoot, m_sitesRoot, m_cgroup) +
            shellAccessConfig(options) + options.extraHostConfig;
    }
    config.write(QStringLiteral("[server]\nlisten = 127.0.0.1:%1\npublic_url = %7://127.0.0.1:%1\n%8\n"
                                "[database]\n%2\n"
                                "[raven]\nwls_url = %3\nkeys = \"%4\"\nallow_test_keys = true\n"
                                "login_flow_seconds = %5\n\n"
                                "[staff]\nusers = \"%6\"\n")
                     .arg(m_port)
                     .arg(database, wls.authenticateUrl().toString(), keys.join(QLatin1Char(' ')))
                     .arg(options.loginFlowSeconds)
                     .arg(options.staff.join(QLatin1Char(' ')),
                          m_tls ? QStringLiteral("https") : QStringLiteral("http"), tls)
                     .toUtf8());
    config.write(host.toUtf8());
    config.write(QByteArray("\n") + options.extraConfig.toUtf8());
    config.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = options.environment.constBegin(); it != options.environment.constEnd(); ++it)
        environment.insert(it.key(), it.value());
    m_process.setProcessEnvironment(environment);
    return launch(error);
}

bool PanelProcess::launch(QString *error)
{
    m_stopping = false;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    stopWithParent(m_process);
    m_process.start(QStringLiteral(MWS_PANELD_BINARY), {QStringLiteral("--config"), configPath()});
    const quint16 port = readListeningPort(m_process, 20000);
    if (port != m_port) {
        *error = QStringLiteral("mws-paneld did not start: ") +
                 QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    // The panel starts the front (and every site's own servers) itself.
    if (m_httpPort != 0 && !waitForPort(m_httpPort, 15000)) {
        *error = QStringLiteral("the front did not start: ") + webServerLogs(hostRoot(), sitesRoot());
        return false;
    }
    return true;
}

QString PanelProcess::describe(int bytes)
{
    const QProcess::ProcessChannel channel = m_process.readChannel();
    m_process.setReadChannel(QProcess::StandardError);
    const QByteArray said = m_process.peek(m_process.bytesAvailable());
    m_process.setReadChannel(channel);
    const QString state =
        m_process.state() == QProcess::Running
            ? QStringLiteral("mws-paneld runs")
            : QStringLiteral("mws-paneld has ended (exit code %1)").arg(m_process.exitCode());
    return state + QStringLiteral("; its standard error ends:\n") + QString::fromUtf8(said.right(bytes));
}

void PanelProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

void PanelProcess::kill()
{
    m_stopping = true;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool PanelProcess::restart(QString *error)
{
    stop();
    return launch(error);
}

QUrl PanelProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

QString PanelProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("paneld.conf"));
}

QString PanelProcess::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("tls.crt"));
}

QString PanelProcess::hostRoot() const
{
    return m_hostRoot.isEmpty() ? m_dir.filePath(QStringLiteral("host")) : m_hostRoot;
}

QString PanelProcess::peopleRoot() const
{
    return QFileInfo(sitesRoot()).path() + QStringLiteral("/people");
}

QString PanelProcess::shellAccessConfig(const Options &options)
{
    if (!options.shellAccess)
        return {};
    if (options.shareHostWith)
        m_personPrefix = options.shareHostWith->m_personPrefix;
    else
        m_personPrefix = QStringLiteral("p%1-").arg(QRandomGenerator::global()->bounded(100000u));
    // Each run its own ten account numbers, far above any the system gives.
    const quint64 first = 200000 + quint64(QRandomGenerator::global()->bounded(1000000u)) * 10;
    return QStringLiteral("ssh_enabled = true\npeople_root = \"%1\"\nperson_uids = %2-%3\n"
                          "person_user_prefix = %4\nssh_address = %8\nssh_port = %5\n"
                          "ssh_host_keys = \"%6\"\naccess_sync_seconds = 1\nssh_log = \"%7\"\n"
                          "people_cgroup = \"%9\"\n")
               .arg(peopleRoot())
               .arg(first)
               .arg(first + 9)
               .arg(m_personPrefix)
               .arg(options.sshPort)
               .arg(options.sshHostKeyFiles.join(QLatin1Char(' ')), options.sshLogFile, options.sshAddress,
                    peopleCgroup()) +
           (options.sshTunnelTo.isEmpty() ? QString()
                                          : QStringLiteral("ssh_tunnel_to = %1\n").arg(options.sshTunnelTo));
}

QString PanelProcess::sitesRoot() const
{
    return m_sitesRoot.isEmpty() ? m_dir.filePath(QStringLiteral("sites")) : m_sitesRoot;
}

QString PanelProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("panel.sqlite"));
}

bool completeInBrowser(HttpClient &browser, const QUrl &loginUrl, const QString &user, QString *error,
                       const QString &decision)
{
    const auto fail = [error](const QString &why, const HttpReply &reply) {
        *error = QStringLiteral("%1 (HTTP %2: %3)")
                     .arg(why)
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.left(300)));
        return false;
    };
    const HttpReply toWls = browser.send("GET", loginUrl);
    if (toWls.status != 303)
        return fail(QStringLiteral("the login link did not redirect"), toWls);
    const QUrl wlsUrl(QString::fromLatin1(toWls.header("Location")));
    const HttpReply form = browser.send("GET", wlsUrl);
    if (form.status != 200)
        return fail(QStringLiteral("the WLS form did not load"), form);
    const QUrlQuery request(wlsUrl);
    QList<std::pair<QString, QString>> fields;
    for (const auto &[name, value] : request.queryItems(QUrl::FullyDecoded))
        fields.append({name, value});
    fields.append({QStringLiteral("userid"), user});
    fields.append({QStringLiteral("pwd"), QStringLiteral("test")});
    QUrl submit = wlsUrl;
    submit.setPath(QStringLiteral("/auth/authenticate2.html"));
    submit.setQuery(QString());
    const HttpReply back = browser.postForm(submit, fields);
    if (back.status != 303)
        return fail(QStringLiteral("the WLS did not accept the login"), back);
    const HttpReply consent = browser.send("GET", QUrl(QString::fromLatin1(back.header("Location"))));
    if (consent.status != 200)
        return fail(QStringLiteral("the callback refused the response"), consent);
    const QString csrf = formValue(consent.body, QStringLiteral("csrf"));
    const QRegularExpression action(QStringLiteral("action=\"([^\"]+)\""));
    const QString consentPath = htmlUnescape(action.match(QString::fromUtf8(consent.body)).captured(1));
    const HttpReply granted =
        browser.postForm(loginUrl.resolved(QUrl(consentPath)),
                         {{QStringLiteral("csrf"), csrf}, {QStringLiteral("decision"), decision}});
    if (granted.status != 200)
        return fail(QStringLiteral("consent failed"), granted);
    return true;
}

QString signIn(HttpClient &app, const PanelProcess &panel, const QString &user, QString *error,
               const QString &token)
{
    const auto fail = [error](const QString &why, const HttpReply &reply) {
        *error = QStringLiteral("%1 (HTTP %2: %3)")
                     .arg(why)
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.left(300)));
        return QString();
    };
    const HttpReply started =
        token.isEmpty() ? app.sendJson("POST", panel.url(QStringLiteral("/api/v1/login/flows")),
                                       {{QStringLiteral("clientName"), QStringLiteral("tests")}})
                        : app.sendJson("POST", panel.url(QStringLiteral("/api/v1/me/elevation")),
                                       {{QStringLiteral("clientName"), QStringLiteral("tests")}}, token);
    if (started.status != 201)
        return fail(QStringLiteral("starting the flow failed"), started);
    const QJsonObject flow = started.json();

    HttpClient browser;
    browser.trustLike(app);
    if (!completeInBrowser(browser, QUrl(flow.value(QStringLiteral("loginUrl")).toString()), user, error))
        return QString();
    const HttpReply polled =
        app.sendJson("POST", QUrl(flow.value(QStringLiteral("pollUrl")).toString()),
                     {{QStringLiteral("pollToken"), flow.value(QStringLiteral("pollToken"))}});
    if (polled.status != 200)
        return fail(QStringLiteral("the poll gave no token"), polled);
    return polled.json().value(QStringLiteral("token")).toString();
}

QString createSiteAsStaff(const PanelProcess &panel, const QString &staff, const QString &name,
                          const QString &owner, QString *error)
{
    HttpClient http;
    const QString token = signIn(http, panel, staff, error);
    const QString elevated = token.isEmpty() ? QString() : signIn(http, panel, staff, error, token);
    if (elevated.isEmpty())
        return {};
    const HttpReply created =
        http.sendJson("POST", panel.url(QStringLiteral("/api/v1/sites")),
                      {{QStringLiteral("name"), name},
                       {QStringLiteral("contactEmail"), QStringLiteral("w@example.test")},
                       {QStringLiteral("owner"), owner}},
                      elevated);
    if (created.status != 201) {
        *error = QString::fromUtf8(created.body);
        return {};
    }
    return created.json().value(QStringLiteral("id")).toString();
}

} // namespace mws::test
