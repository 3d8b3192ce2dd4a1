// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "webservers.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace mws::test {

class PostgresServer;

// One HTTP exchange, read to the end.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;                         // transport error, if any

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A small synchronous HTTP client for tests: it waits for each reply while the event loop runs.
// Redirects are not followed, so tests see every hop; cookies are kept, like a browser's.
class HttpClient
{
public:
    HttpClient();
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QHash<QByteArray, QByteArray> &headers = {});
    HttpReply getJson(const QUrl &url, const QString &token = {},
                      const QHash<QByteArray, QByteArray> &headers = {});
    HttpReply sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                       const QString &token = {}, const QHash<QByteArray, QByteArray> &headers = {});
    HttpReply postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    // Trusts this certificate (and only it) for HTTPS, as a client pinning a self-hosted panel.
    void trustOnly(const QString &certificatePath);
    void trustLike(const HttpClient &other);

private:
    QNetworkAccessManager m_network;
    std::optional<QSslConfiguration> m_ssl;
};

// The real mws-test-wls, started on a free loopback port with a key made for this run.
class TestWlsProcess
{
public:
    TestWlsProcess();
    ~TestWlsProcess();
    bool start(const QString &directory, QString *error);
    QUrl authenticateUrl() const;
    QString kid() const { return QStringLiteral("901"); }
    QString publicKeyPath() const { return m_keyPath; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_keyPath;
};

// The real mws-paneld with a configuration written for the test: SQLite in a temporary folder
// (or a PostgresServer), the test WLS's key trusted, extra keys and staff as asked.
class PanelProcess
{
public:
    struct Options
    {
        QStringList staff;
        int loginFlowSeconds = 900;
        QHash<QString, QString> extraKeys; // kid → PEM file, e.g. a key a test forges responses with
        PostgresServer *postgres = nullptr;
        bool tls = false; // HTTPS with a certificate made for the run (certificatePath())
        // Manage real web servers: [host] under the run's folder, the front on free loopback
        // ports and each site's own Apache and PHP-FPM, all started by the panel.
        bool webServers = false;
        QStringList trustedCaFiles; // [host] trusted_ca_files
        int docrootWritableSeconds = 3600;
        QHash<QString, QString> environment; // extra variables for mws-paneld (test-only knobs)
        // With webServers: serve the same host as this (already started) panel — its folders
        // and ports — as a second panel on one machine does.
        const PanelProcess *shareHostWith = nullptr;
        QString extraConfig;     // appended to the configuration, e.g. a [jobs] section
        QString extraHostConfig; // lines added to [host], with webServers
        // With webServers: shell access ([host] ssh_*), people's homes under the run's folder,
        // their account names after a prefix of the run's own and their uids in a range of its
        // own, so that runs at once keep apart; all removed when the run ends.
        bool shellAccess = false;
        QStringList sshHostKeyFiles; // the sshd's public host keys
        quint16 sshPort = 22;
        QString sshAddress = QStringLiteral("shell.host.test"); // what clients are told to reach
        QString sshTunnelTo; // "host:port" the one forward allowed goes to; empty: the default
        QString sshLogFile;  // sshd's log, for who logged in
    };

    PanelProcess();
    ~PanelProcess();
    bool start(const TestWlsProcess &wls, const Options &options, QString *error);
    // Stops it gently (SIGTERM) or not at all gently (SIGKILL); start() again reuses the database.
    void stop();
    void kill();
    bool restart(QString *error);

    QUrl url(const QString &path) const;
    QString configPath() const;
    QString databasePath() const;
    QString certificatePath() const;
    QProcess &process() { return m_process; }
    // Whether it runs, and the end of what it has said on standard error (left unread), for a
    // test's failure message.
    QString describe(int bytes = 3000);
    // With webServers: where the panel keeps the servers' files and the sites' homes.
    QString hostRoot() const;
    QString sitesRoot() const;
    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    QString cgroup() const { return m_cgroup; }
    // [host] people_cgroup: the run's own, where its sshd is started, below cgroup()
    QString peopleCgroup() const { return m_cgroup + QStringLiteral("/people"); }
    // With shellAccess: a person's Unix account name on the host, and where their homes are.
    QString personUser(const QString &crsid) const { return m_personPrefix + crsid; }
    QString peopleRoot() const;

private:
    bool launch(QString *error);
    QString shellAccessConfig(const Options &options);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    QString m_hostRoot;
    QString m_sitesRoot;
    QString m_cgroup; // [host] cgroup: where the panel makes its sites' cgroups
    bool m_ownsHost = false;
    QString m_personPrefix;
    bool m_stopping = false; // stop() or kill() ended it, not the panel itself
};

// The browser's part of a sign-in, from the login URL the panel gave to the consent page:
// follow the panel to the WLS, log in with the form, come back, and allow (or deny) access.
bool completeInBrowser(HttpClient &browser, const QUrl &loginUrl, const QString &user, QString *error,
                       const QString &decision = QStringLiteral("allow"));

// Signs in as a browser would: start a flow, follow the panel to the WLS, log in with the
// form, come back, consent, and poll. Returns the API token, or an empty string and why.
QString signIn(HttpClient &app, const PanelProcess &panel, const QString &user, QString *error,
               const QString &token = {} /* a staff token: enter staff mode instead */);

// Makes a site as staff (staff signs in and enters staff mode), owned by owner. Returns its id,
// or an empty string and why.
QString createSiteAsStaff(const PanelProcess &panel, const QString &staff, const QString &name,
                          const QString &owner, QString *error);

} // namespace mws::test
