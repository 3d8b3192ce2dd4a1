// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

#include <unistd.h>

namespace mws::panel {

namespace {

// The keys each section takes; anything else is a typo the operator should hear about.
const QHash<QString, QSet<QString>> &knownKeys()
{
    static const QHash<QString, QSet<QString>> keys{
        {QStringLiteral("server"),
         {QStringLiteral("listen"), QStringLiteral("tls_certificate"), QStringLiteral("tls_key"),
          QStringLiteral("public_url"), QStringLiteral("sites_domain")}},
        {QStringLiteral("database"),
         {QStringLiteral("driver"), QStringLiteral("path"), QStringLiteral("host"), QStringLiteral("port"),
          QStringLiteral("name"), QStringLiteral("user"), QStringLiteral("password_file")}},
        {QStringLiteral("raven"),
         {QStringLiteral("wls_url"), QStringLiteral("keys"), QStringLiteral("require_current"),
          QStringLiteral("clock_skew_seconds"), QStringLiteral("login_flow_seconds"),
          QStringLiteral("allow_test_keys")}},
        {QStringLiteral("tokens"), {QStringLiteral("lifetime_days"), QStringLiteral("elevation_minutes")}},
        {QStringLiteral("staff"), {QStringLiteral("users")}},
        {QStringLiteral("host"),
         {QStringLiteral("enabled"),
          QStringLiteral("root"),
          QStringLiteral("sites_root"),
          QStringLiteral("apache_binary"),
          QStringLiteral("apache_modules_dir"),
          QStringLiteral("mime_types"),
          QStringLiteral("apache_user"),
          QStringLiteral("apache_group"),
          QStringLiteral("php_fpm_binary"),
          QStringLiteral("php_extension_dir"),
          QStringLiteral("listen_address"),
          QStringLiteral("http_port"),
          QStringLiteral("https_port"),
          QStringLiteral("unix_users"),
          QStringLiteral("health_timeout_seconds"),
          QStringLiteral("trusted_ca_files"),
          QStringLiteral("docroot_writable_seconds"),
          QStringLiteral("backend_ports"),
          QStringLiteral("ssh_enabled"),
          QStringLiteral("people_root"),
          QStringLiteral("person_uids"),
          QStringLiteral("person_user_prefix"),
          QStringLiteral("ssh_address"),
          QStringLiteral("ssh_port"),
          QStringLiteral("ssh_host_keys"),
          QStringLiteral("ssh_tunnel_to"),
          QStringLiteral("access_sync_seconds"),
          QStringLiteral("ssh_log"),
          QStringLiteral("people_cgroup"),
          QStringLiteral("cron_enabled"),
          QStringLiteral("cron_wrapper"),
          QStringLiteral("cron_keep_runs"),
          QStringLiteral("cron_keep_days"),
          QStringLiteral("cron_mail_relay"),
          QStringLiteral("cron_mail_from"),
          QStringLiteral("name"),
          QStringLiteral("cgroup")}},
        {QStringLiteral("mariadb"),
         {QStringLiteral("enabled"), QStringLiteral("socket"), QStringLiteral("admin_user"),
          QStringLiteral("password_file"), QStringLiteral("client"), QStringLiteral("dump_client"),
          QStringLiteral("timeout_seconds"), QStringLiteral("max_import_mib")}},
        {QStringLiteral("jobs"),
         {QStringLiteral("instance"), QStringLiteral("lease_seconds"), QStringLiteral("at_once")}},
    };
    return keys;
}

class Reader
{
public:
    Reader(QSettings &settings, QDir base) : m_settings(settings), m_base(std::move(base)) {}

    QString string(const QString &key, const QString &fallback = {})
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return fallback;
        // QSettings splits unquoted values at commas into lists.
        return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                        : value.toString().trimmed();
    }

    QString path(const QString &key)
    {
        const QString value = string(key);
        return value.isEmpty() ? value : QDir::cleanPath(m_base.absoluteFilePath(value));
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < min || value > max) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QString text = string(key).toLower();
        if (text.isEmpty())
            return fallback;
        if (text == QLatin1String("true") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("no"))
            return false;
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }

    QString readFile(const QString &key, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(key, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return {};
        }
        return QString::fromUtf8(file.readAll());
    }

    void fail(const QString &key, const QString &message) { m_errors.append({key, message}); }
    const QList<FieldError> &errors() const { return m_errors; }
    QDir base() const { return m_base; }

private:
    QSettings &m_settings;
    QDir m_base;
    QList<FieldError> m_errors;
};

// [host]: off unless enabled; then root and sites_root are required and must be absolute.
void readJobs(Reader &read, PanelConfig &config)
{
    config.jobsInstance = read.string(QStringLiteral("jobs/instance"));
    if (config.jobsInstance.isEmpty())
        config.jobsInstance = QSysInfo::machineHostName();
    config.jobLeaseSeconds = read.integer(QStringLiteral("jobs/lease_seconds"), 30, 2, 3600);
    config.jobsAtOnce = read.integer(QStringLiteral("jobs/at_once"), 4, 1, 64);
}

// [host] ssh_*: shell access, off unless enabled; it needs a Unix user per site.
void readShellAccess(Reader &read, host::HostConfig &host)
{
    host.shellAccess = read.boolean(QStringLiteral("host/ssh_enabled"), false);
    if (!host.shellAccess)
        return;
    if (!host.unixUsers)
        read.fail(QStringLiteral("host/ssh_enabled"), QStringLiteral("needs unix_users = true"));
    host.peopleRoot = read.path(QStringLiteral("host/people_root"));
    if (host.peopleRoot.isEmpty())
        read.fail(QStringLiteral("host/people_root"), QStringLiteral("is required with ssh_enabled"));
    const QString uids = read.string(QStringLiteral("host/person_uids"), QStringLiteral("60000-69999"));
    const auto range = QRegularExpression(QStringLiteral("^(\\d{4,10})-(\\d{4,10})$")).match(uids);
    host.personUidFirst = range.captured(1).toLongLong();
    host.personUidLast = range.captured(2).toLongLong();
    if (!range.hasMatch() || host.personUidFirst < 1000 || host.personUidLast > 4'000'000'000LL ||
        host.personUidLast < host.personUidFirst)
        read.fail(QStringLiteral("host/person_uids"), QStringLiteral("must be FIRST-LAST, from 1000 up"));
    host.personUserPrefix = read.string(QStringLiteral("host/person_user_prefix"));
    if (!QRegularExpression(QStringLiteral("^([a-z][a-z0-9]{0,5}-)?$"))
             .match(host.personUserPrefix)
             .hasMatch())
        read.fail(QStringLiteral("host/person_user_prefix"), QStringLiteral("must be empty or like \"t1-\""));
    host.sshAddress = read.string(QStringLiteral("host/ssh_address"), host.name);
    host.sshPort = read.integer(QStringLiteral("host/ssh_port"), 22, 1, 65535);
    const QString keys = read.string(QStringLiteral("host/ssh_host_keys"));
    if (!keys.isEmpty()) {
        host.sshHostKeyFiles.clear();
        for (const QString &file :
             keys.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            host.sshHostKeyFiles << QDir::cleanPath(read.base().absoluteFilePath(file));
    }
    host.tunnelTarget = read.string(QStringLiteral("host/ssh_tunnel_to"), host.tunnelTarget);
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+:\\d{1,5}$"))
             .match(host.tunnelTarget)
             .hasMatch())
        read.fail(QStringLiteral("host/ssh_tunnel_to"), QStringLiteral("must be HOST:PORT"));
    host.accessSyncSeconds = read.integer(QStringLiteral("host/access_sync_seconds"), 60, 1, 3600);
    host.sshLogFile = read.path(QStringLiteral("host/ssh_log"));
    host.peopleCgroup = read.string(QStringLiteral("host/people_cgroup"), host.peopleCgroup);
    if (!host.peopleCgroup.startsWith(QLatin1Char('/')) ||
        host.peopleCgroup.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        read.fail(QStringLiteral("host/people_cgroup"),
                  QStringLiteral("must be a cgroup path such as / or /user.slice"));
}

// [host] cron_*: sites' cron jobs, off unless enabled; each site's tab is its Unix user's.
void readCron(Reader &read, host::HostConfig &host)
{
    host.cron = read.boolean(QStringLiteral("host/cron_enabled"), false);
    host.cronWrapper = read.path(QStringLiteral("host/cron_wrapper"));
    if (host.cronWrapper.isEmpty())
        host.cronWrapper = QStringLiteral(MWS_CRON_WRAPPER);
    host.cronKeepRuns = read.integer(QStringLiteral("host/cron_keep_runs"), 100, 1, 10000);
    host.cronKeepDays = read.integer(QStringLiteral("host/cron_keep_days"), 90, 1, 3650);
    host.cronMailRelay = read.string(QStringLiteral("host/cron_mail_relay"));
    if (!host.cronMailRelay.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Za-z0-9.-]+:\\d{1,5}$")).match(host.cronMailRelay).hasMatch())
        read.fail(QStringLiteral("host/cron_mail_relay"), QStringLiteral("must be HOST:PORT"));
    host.cronMailFrom = read.string(QStringLiteral("host/cron_mail_from"),
                                    QStringLiteral("mws-cron@") + QSysInfo::machineHostName());
    if (!QRegularExpression(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+$"))
             .match(host.cronMailFrom)
             .hasMatch())
        read.fail(QStringLiteral("host/cron_mail_from"),
                  QStringLiteral("must be an address like cron@example.org"));
    if (host.cron && !host.unixUsers)
        read.fail(QStringLiteral("host/cron_enabled"), QStringLiteral("needs unix_users = true"));
}

// The kernel gives ports of ip_local_port_range to any socket that connects or listens without
// binding; a backend port in that range could be taken that way, past the sites' bind filters.
void keepApartFromEphemeralPorts(Reader &read, const host::HostConfig &host)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> range = file.readAll().simplified().split(' ');
    const int first = range.value(0).toInt();
    const int last = range.value(1).toInt();
    if (first > 0 && last >= first && host.backendPortFirst <= last && host.backendPortLast >= first)
        read.fail(QStringLiteral("host/backend_ports"),
                  QStringLiteral("must not overlap the kernel's ephemeral ports %1-%2 "
                                 "(net.ipv4.ip_local_port_range): any process could be given a site's port")
                      .arg(first)
                      .arg(last));
}

// [mariadb]: sites' databases on the host's MariaDB, off unless enabled; it needs the host.
void readMariaDb(Reader &read, host::HostConfig &host)
{
    host::MariaDbConfig &mariadb = host.mariadb;
    mariadb.enabled = read.boolean(QStringLiteral("mariadb/enabled"), false);
    if (const QString socket = read.path(QStringLiteral("mariadb/socket")); !socket.isEmpty())
        mariadb.socket = socket;
    mariadb.adminUser = read.string(QStringLiteral("mariadb/admin_user"), mariadb.adminUser);
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]{1,80}$")).match(mariadb.adminUser).hasMatch())
        read.fail(QStringLiteral("mariadb/admin_user"), QStringLiteral("must be a MariaDB user name"));
    mariadb.passwordFile = read.path(QStringLiteral("mariadb/password_file"));
    if (!mariadb.passwordFile.isEmpty() && mariadb.enabled && !QFileInfo(mariadb.passwordFile).isReadable())
        read.fail(QStringLiteral("mariadb/password_file"), QStringLiteral("cannot be read"));
    if (const QString client = read.path(QStringLiteral("mariadb/client")); !client.isEmpty())
        mariadb.client = client;
    if (const QString dump = read.path(QStringLiteral("mariadb/dump_client")); !dump.isEmpty())
        mariadb.dumpClient = dump;
    mariadb.timeoutSeconds = read.integer(QStringLiteral("mariadb/timeout_seconds"), 60, 1, 3600);
    mariadb.maxImportBytes = qint64(read.integer(QStringLiteral("mariadb/max_import_mib"), 4096, 1, 1 << 20))
                             << 20;
    if (mariadb.enabled && !host.enabled)
        read.fail(QStringLiteral("mariadb/enabled"), QStringLiteral("needs [host] enabled = true"));
}

void readHost(Reader &read, host::HostConfig &host)
{
    host.name = read.string(QStringLiteral("host/name"), host.name);
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,62}$"));
    if (!namePattern.match(host.name).hasMatch())
        read.fail(QStringLiteral("host/name"),
                  QStringLiteral("must be a short lower-case name (letters, digits, dots, hyphens)"));
    host.enabled = read.boolean(QStringLiteral("host/enabled"), false);
    if (!host.enabled)
        return;
    host.root = read.path(QStringLiteral("host/root"));
    host.sitesRoot = read.path(QStringLiteral("host/sites_root"));
    if (host.root.isEmpty() || host.sitesRoot.isEmpty())
        read.fail(QStringLiteral("host/root"),
                  QStringLiteral("root and sites_root are required when the host is enabled"));
    auto pathOr = [&](const char *key, const QString &fallback) {
        const QString value = read.path(QLatin1String(key));
        return value.isEmpty() ? fallback : value;
    };
    host.apacheBinary = pathOr("host/apache_binary", host.apacheBinary);
    host.apacheModulesDir = pathOr("host/apache_modules_dir", host.apacheModulesDir);
    host.mimeTypesFile = pathOr("host/mime_types", host.mimeTypesFile);
    host.phpFpmBinary = pathOr("host/php_fpm_binary", host.phpFpmBinary);
    host.phpExtensionDir = read.path(QStringLiteral("host/php_extension_dir"));
    host.apacheUser = read.string(QStringLiteral("host/apache_user"), host.apacheUser);
    host.apacheGroup = read.string(QStringLiteral("host/apache_group"), host.apacheGroup);
    static const QRegularExpression unixName(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (!unixName.match(host.apacheUser).hasMatch() || !unixName.match(host.apacheGroup).hasMatch())
        read.fail(QStringLiteral("host/apache_user"), QStringLiteral("must be Unix user and group names"));
    host.listenAddress = read.string(QStringLiteral("host/listen_address"), host.listenAddress);
    if (QHostAddress(host.listenAddress).isNull())
        read.fail(QStringLiteral("host/listen_address"), QStringLiteral("must be an IP address"));
    host.httpPort = read.integer(QStringLiteral("host/http_port"), host.httpPort, 1, 65535);
    host.httpsPort = read.integer(QStringLiteral("host/https_port"), host.httpsPort, 1, 65535);
    if (host.httpPort == host.httpsPort)
        read.fail(QStringLiteral("host/https_port"), QStringLiteral("must differ from http_port"));
    host.unixUsers = read.boolean(QStringLiteral("host/unix_users"), true);
    // Each site's servers run as the site's own user: only root can start them so, and a root
    // panel without Unix users would run every site's code as root.
    const bool root = ::geteuid() == 0;
    if (root && !host.unixUsers)
        read.fail(
            QStringLiteral("host/unix_users"),
            QStringLiteral("must be true when the panel runs as root: each site's web server and PHP run "
                           "as the site's own user, never as root"));
    if (!root && host.unixUsers)
        read.fail(QStringLiteral("host/unix_users"),
                  QStringLiteral("needs the panel to run as root (it makes a Unix user per site); set it to "
                                 "false to run every site as the panel's own user, with no isolation"));
    const QString ports = read.string(QStringLiteral("host/backend_ports"), QStringLiteral("20000-29999"));
    const QRegularExpressionMatch range =
        QRegularExpression(QStringLiteral("^\\s*(\\d{4,5})\\s*-\\s*(\\d{4,5})\\s*$")).match(ports);
    host.backendPortFirst = range.captured(1).toInt();
    host.backendPortLast = range.captured(2).toInt();
    if (!range.hasMatch() || host.backendPortFirst < 1024 || host.backendPortLast > 65535 ||
        host.backendPortLast < host.backendPortFirst)
        read.fail(QStringLiteral("host/backend_ports"),
                  QStringLiteral("must be a range FIRST-LAST of unprivileged ports (1024-65535)"));
    else if ((host.httpPort >= host.backendPortFirst && host.httpPort <= host.backendPortLast) ||
             (host.httpsPort >= host.backendPortFirst && host.httpsPort <= host.backendPortLast))
        read.fail(QStringLiteral("host/backend_ports"),
                  QStringLiteral("must not contain http_port or https_port"));
    else if (host.unixUsers)
        keepApartFromEphemeralPorts(read, host);
    host.cgroup = read.string(QStringLiteral("host/cgroup"));
    if (!host.cgroup.isEmpty() && (!host.cgroup.startsWith(QLatin1Char('/')) ||
                                   host.cgroup.split(QLatin1Char('/')).contains(QStringLiteral(".."))))
        read.fail(QStringLiteral("host/cgroup"),
                  QStringLiteral("must be a cgroup path such as /system.slice/mws-paneld.service/sites"));
    host.healthTimeoutSeconds = read.integer(QStringLiteral("host/health_timeout_seconds"), 15, 1, 300);
    host.docrootWritableSeconds =
        read.integer(QStringLiteral("host/docroot_writable_seconds"), 3600, 1, 86400);
    for (const QString &file : read.string(QStringLiteral("host/trusted_ca_files"))
                                   .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        host.trustedCaFiles << QDir::cleanPath(read.base().absoluteFilePath(file));
    readShellAccess(read, host);
    readCron(read, host);
}

} // namespace

QUrl PanelConfig::callbackUrl() const
{
    QUrl url = publicUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/login/callback"));
    return url;
}

namespace {

// [server]: where the panel listens, with what TLS, under which public URL, and its sites' domain.
void readServer(Reader &read, PanelConfig &config)
{
    const QString listen = read.string(QStringLiteral("server/listen"), QStringLiteral("127.0.0.1:8443"));
    const auto listenMatch =
        QRegularExpression(QStringLiteral("^\\[?([^\\]]+?)\\]?:(\\d{1,5})$")).match(listen);
    if (!listenMatch.hasMatch() || !config.listenAddress.setAddress(listenMatch.captured(1)) ||
        listenMatch.captured(2).toUInt() > 65535) {
        read.fail(QStringLiteral("server/listen"),
                  QStringLiteral("must be ADDRESS:PORT, like 127.0.0.1:8443"));
    } else {
        config.listenPort = quint16(listenMatch.captured(2).toUInt());
    }
    config.tlsCertificate = read.path(QStringLiteral("server/tls_certificate"));
    config.tlsKey = read.path(QStringLiteral("server/tls_key"));
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        read.fail(QStringLiteral("server/tls_key"),
                  QStringLiteral("tls_certificate and tls_key go together"));
    if (!config.usesTls() && !config.listenAddress.isLoopback())
        read.fail(QStringLiteral("server/listen"),
                  QStringLiteral("plain HTTP is only allowed on a loopback address; configure TLS"));
    config.publicUrl = QUrl(read.string(QStringLiteral("server/public_url")), QUrl::StrictMode);
    if (!config.publicUrl.isValid() || config.publicUrl.host().isEmpty() ||
        (config.publicUrl.scheme() != QLatin1String("https") &&
         config.publicUrl.scheme() != QLatin1String("http")))
        read.fail(QStringLiteral("server/public_url"), QStringLiteral("must be the panel's http(s) URL"));

    config.sitesDomain = read.string(QStringLiteral("server/sites_domain"), config.sitesDomain).toLower();
    static const QRegularExpression domainPattern(
        QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!domainPattern.match(config.sitesDomain).hasMatch())
        read.fail(QStringLiteral("server/sites_domain"),
                  QStringLiteral("must be a DNS domain, like mws.example.ac.uk"));
}

// [database]: SQLite's file, or PostgreSQL's address and credentials.
void readDatabase(Reader &read, PanelConfig &config)
{
    config.databaseDriver = read.string(QStringLiteral("database/driver"), QStringLiteral("sqlite"));
    if (config.databaseDriver == QLatin1String("sqlite")) {
        config.databasePath = read.path(QStringLiteral("database/path"));
        if (config.databasePath.isEmpty())
            read.fail(QStringLiteral("database/path"), QStringLiteral("required for the sqlite driver"));
    } else if (config.databaseDriver == QLatin1String("postgres")) {
        config.databaseHost = read.string(QStringLiteral("database/host"), QStringLiteral("127.0.0.1"));
        config.databasePort = read.integer(QStringLiteral("database/port"), 5432, 1, 65535);
        config.databaseName = read.string(QStringLiteral("database/name"));
        config.databaseUser = read.string(QStringLiteral("database/user"));
        const QString passwordFile = read.path(QStringLiteral("database/password_file"));
        if (!passwordFile.isEmpty())
            config.databasePassword =
                read.readFile(QStringLiteral("database/password_file"), passwordFile).trimmed();
        if (config.databaseName.isEmpty() || config.databaseUser.isEmpty())
            read.fail(QStringLiteral("database/name"),
                      QStringLiteral("name and user are required for postgres"));
    } else {
        read.fail(QStringLiteral("database/driver"), QStringLiteral("must be sqlite or postgres"));
    }
}

// [raven]: the WLS and the keys its answers are checked with.
void readRaven(Reader &read, PanelConfig &config)
{
    config.wlsUrl =
        QUrl(read.string(QStringLiteral("raven/wls_url"), config.wlsUrl.toString()), QUrl::StrictMode);
    if (!config.wlsUrl.isValid() || config.wlsUrl.host().isEmpty())
        read.fail(QStringLiteral("raven/wls_url"), QStringLiteral("must be the WLS's authenticate URL"));
    const bool allowTestKeys = read.boolean(QStringLiteral("raven/allow_test_keys"), false);
    // keys = kid:file, kid:file …
    const QStringList keyEntries =
        read.string(QStringLiteral("raven/keys"))
            .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    static const QRegularExpression kidPattern(QStringLiteral("^[1-9][0-9]{0,7}$"));
    for (const QString &entry : keyEntries) {
        const QString kid = entry.section(QLatin1Char(':'), 0, 0);
        const QString file = entry.section(QLatin1Char(':'), 1);
        if (!kidPattern.match(kid).hasMatch() || file.isEmpty()) {
            read.fail(QStringLiteral("raven/keys"), QStringLiteral("\"%1\" is not KID:FILE").arg(entry));
            continue;
        }
        // Raven's demo and test kids sign with keys whose private halves are public or local.
        if ((kid == QLatin1String("900") || kid == QLatin1String("901")) && !allowTestKeys) {
            read.fail(
                QStringLiteral("raven/keys"),
                QStringLiteral("kid %1 is a test key; set allow_test_keys = true to trust it").arg(kid));
            continue;
        }
        config.wlsKeys.insert(
            kid, read.readFile(QStringLiteral("raven/keys"), read.base().absoluteFilePath(file)));
    }
    if (keyEntries.isEmpty())
        read.fail(QStringLiteral("raven/keys"), QStringLiteral("at least one WLS key is required"));
}

} // namespace

Result<PanelConfig> PanelConfig::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::make(Error::Kind::NotFound, QStringLiteral("No configuration file at %1.").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return Error::make(Error::Kind::Invalid, QStringLiteral("%1 is not a valid INI file.").arg(path));

    Reader read(settings, QFileInfo(path).absoluteDir());
    for (const QString &key : settings.allKeys()) {
        const QString section = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        if (!knownKeys().value(section).contains(name))
            read.fail(key, QStringLiteral("unknown setting"));
    }

    PanelConfig config;
    readServer(read, config);
    readDatabase(read, config);
    readRaven(read, config);
    config.requireCurrent = read.boolean(QStringLiteral("raven/require_current"), true);
    config.clockSkewSeconds = read.integer(QStringLiteral("raven/clock_skew_seconds"), 30, 0, 600);
    config.loginFlowSeconds = read.integer(QStringLiteral("raven/login_flow_seconds"), 900, 2, 3600);
    config.tokenLifetimeDays = read.integer(QStringLiteral("tokens/lifetime_days"), 90, 1, 400);
    config.elevationMinutes = read.integer(QStringLiteral("tokens/elevation_minutes"), 15, 1, 120);
    for (const QString &user : read.string(QStringLiteral("staff/users"))
                                   .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        config.staffUsers.insert(user);

    readHost(read, config.host);
    readMariaDb(read, config.host);
    readJobs(read, config);

    if (!read.errors().isEmpty()) {
        Error error = Error::make(Error::Kind::Invalid, QStringLiteral("%1 has errors.").arg(path));
        error.fields = read.errors();
        return error;
    }
    return config;
}

} // namespace mws::panel
