// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace mws::host {

// [mariadb] of the panel's configuration: the host's MariaDB, reached as an administrative account
// for creating, dropping and granting only (mariadbadmin.h).
struct MariaDbConfig
{
    bool enabled = false;                                       // enabled
    QString socket = QStringLiteral("/run/mysqld/mysqld.sock"); // socket: where the server listens
    QString adminUser = QStringLiteral("root");                 // admin_user: root by unix_socket
    QString passwordFile;                                       // password_file: "" for socket authentication
    QString client = QStringLiteral("/usr/bin/mariadb");        // client
    QString dumpClient = QStringLiteral("/usr/bin/mariadb-dump"); // dump_client
    int timeoutSeconds = 60;                                      // timeout_seconds: one script's limit
    qint64 maxImportBytes = qint64(4096) << 20;                   // max_import_mib: one upload's limit
};

// Where and how the panel's site host works: the [host] section of the panel's configuration.
// Every path is configurable so that tests and the demo run private Apache and PHP-FPM
// instances under temporary folders, exactly as production runs the system's.
struct HostConfig
{
    QString name =
        QStringLiteral("local"); // the host sites live on (sites.host); panels serving it run their jobs
    bool enabled = false;
    QString root;      // the panel's own files: front/, sites/, tls/, keys/, run/, logs/, staging/
    QString sitesRoot; // one home per site: <sitesRoot>/<site id>/{public_html,logs,tmp}
    QString apacheBinary = QStringLiteral("/usr/sbin/apache2");
    QString apacheModulesDir = QStringLiteral("/usr/lib/apache2/modules");
    QString mimeTypesFile = QStringLiteral("/etc/mime.types");
    QString apacheUser = QStringLiteral("www-data");
    QString apacheGroup = QStringLiteral("www-data");
    QString phpFpmBinary = QStringLiteral("/usr/sbin/php-fpm8.4");
    QString phpExtensionDir;                             // empty: the folder PHP reports
    QString listenAddress = QStringLiteral("127.0.0.1"); // where the front listens
    int backendPortFirst = 20000; // each site's own web server listens on 127.0.0.1 at one of these
    int backendPortLast = 29999;
    QString cgroup; // where sites' cgroups are made (a cgroup path); empty: "sites" below the panel's own
    int httpPort = 80;
    int httpsPort = 443;
    bool unixUsers = true;             // a Unix user and group per site (the panel runs as root)
    int healthTimeoutSeconds = 15;     // how long a changed vhost may take to answer after a reload
    int docrootWritableSeconds = 3600; // how long "writable by the web server" lasts
    QStringList trustedCaFiles;        // extra roots accepted for uploaded certificate chains

    // Shell access ([host] ssh_*): each person their own Unix account, in the members group of
    // each site they have shell on; the host's sshd reads their keys from files the panel renders.
    bool shellAccess = false;      // ssh_enabled (needs unix_users)
    QString peopleRoot;            // people_root: people's home folders
    qint64 personUidFirst = 60000; // person_uids: the fleet's range, the same on every host
    qint64 personUidLast = 69999;
    QString personUserPrefix; // person_user_prefix: "" (tests keep their people apart)
    QString sshAddress;       // ssh_address: what people connect to (default: name)
    int sshPort = 22;         // ssh_port
    QStringList sshHostKeyFiles{QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub"),
                                QStringLiteral("/etc/ssh/ssh_host_ecdsa_key.pub"),
                                QStringLiteral("/etc/ssh/ssh_host_rsa_key.pub")}; // ssh_host_keys
    QString tunnelTarget = QStringLiteral("127.0.0.1:3306"); // ssh_tunnel_to: the one forward allowed
    int accessSyncSeconds = 60; // access_sync_seconds: how often shell access is checked anyway
    QString sshLogFile;         // ssh_log: sshd's own log (VERBOSE), for who logged in; "" for none
    // people_cgroup: the cgroup (v2 path) below which people's processes may bind no backend port
    QString peopleCgroup = QStringLiteral("/");
    // Cron (cron_*): each site's jobs installed as its user's crontab, each run through the wrapper.
    bool cron = false;   // cron_enabled (needs unix_users)
    QString cronWrapper; // cron_wrapper: the program each crontab line runs
    QString crontabBinary = QStringLiteral("/usr/bin/crontab");        // checks each tab (-n)
    QString cronSpoolDir = QStringLiteral("/var/spool/cron/crontabs"); // where cron reads the tabs
    int cronKeepRuns = 100; // cron_keep_runs: the runs kept per job
    int cronKeepDays = 90;  // cron_keep_days: and for how long
    QString cronMailRelay;  // cron_mail_relay: HOST:PORT of the SMTP relay; "" sends no mail
    QString cronMailFrom;   // cron_mail_from: the sender of mail about failed runs
    QString msmtpBinary = QStringLiteral("/usr/bin/msmtp");
    // Databases ([mariadb]): a site's databases and database users on the host's MariaDB.
    MariaDbConfig mariadb;

    // Root's own folders: no site can write them, and root reads nothing a site wrote.
    QString frontDir() const { return root + QStringLiteral("/front"); }
    QString frontMainConfig() const { return frontDir() + QStringLiteral("/httpd.conf"); }
    QString runDir() const { return root + QStringLiteral("/run"); }
    QString pidDir() const { return runDir() + QStringLiteral("/pids"); }
    QString logDir() const { return root + QStringLiteral("/logs"); }
    QString keyDir() const { return root + QStringLiteral("/keys"); }
    QString stagingDir() const { return root + QStringLiteral("/staging"); }
    QString backupDir() const { return root + QStringLiteral("/backup"); }
    QString journalFile() const { return root + QStringLiteral("/apply-journal.json"); }
    // The front's client certificate, which each site's web server requires of every connection.
    QString frontClientCertificate() const { return root + QStringLiteral("/tls/front-client.crt"); }
    QString frontClientKeyAndCertificate() const { return keyDir() + QStringLiteral("/front-client.pem"); }
    // A site's stack: its configuration (root-owned, readable by the site's group only), and
    // the folder its servers run in (the site's own: pid files, PHP-FPM's socket).
    QString siteConfigDir(const QString &siteId) const { return root + QStringLiteral("/sites/") + siteId; }
    QString siteRunDir(const QString &siteId) const { return runDir() + QStringLiteral("/sites/") + siteId; }
    // Shell access: root's folder of people's authorized keys (every person may traverse it; sshd
    // reads a person's file as that person), and the drop-in sshd includes.
    QString sshDir() const { return root + QStringLiteral("/ssh"); }
    QString sshKeysDir() const { return sshDir() + QStringLiteral("/keys"); }
    QString sshdDropIn() const { return sshDir() + QStringLiteral("/sshd.conf"); }
    // Where cron's wrapper reports each run (authenticated by the peer's uid), and the jobs it
    // reads for a site (root's, readable by the site's group).
    QString cronSocket() const { return runDir() + QStringLiteral("/cron.sock"); }
    QString siteHome(const QString &siteId) const { return sitesRoot + QLatin1Char('/') + siteId; }
};

} // namespace mws::host
