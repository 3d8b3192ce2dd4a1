#pragma once

#include <QString>
#include <QStringList>

namespace mws::host {

// Where and how the panel's site host works: the [host] section of the panel's configuration.
// Every path is configurable so that tests and the demo run private Apache and PHP-FPM
// instances under temporary folders, exactly as production runs the system's.
struct HostConfig
{
    bool enabled = false;
    QString root;      // the panel's own files: apache/, php/, tls/, keys/, run/, logs/, staging/
    QString sitesRoot; // one home per site: <sitesRoot>/<site id>/{public_html,logs}
    QString apacheBinary = QStringLiteral("/usr/sbin/apache2");
    QString apacheModulesDir = QStringLiteral("/usr/lib/apache2/modules");
    QString mimeTypesFile = QStringLiteral("/etc/mime.types");
    QString apacheUser = QStringLiteral("www-data");
    QString apacheGroup = QStringLiteral("www-data");
    QString phpFpmBinary = QStringLiteral("/usr/sbin/php-fpm8.4");
    QString phpExtensionDir; // empty: the folder PHP reports
    QString listenAddress = QStringLiteral("127.0.0.1");
    int httpPort = 80;
    int httpsPort = 443;
    bool unixUsers = true;             // a Unix user and group per site (the panel runs as root)
    int healthTimeoutSeconds = 15;     // how long a changed vhost may take to answer after a reload
    int docrootWritableSeconds = 3600; // how long "writable by the web server" lasts
    QStringList trustedCaFiles;        // extra roots accepted for uploaded certificate chains

    QString apacheDir() const { return root + QStringLiteral("/apache"); }
    QString apacheMainConfig() const { return apacheDir() + QStringLiteral("/httpd.conf"); }
    QString phpDir() const { return root + QStringLiteral("/php"); }
    QString phpMainConfig() const { return phpDir() + QStringLiteral("/fpm.conf"); }
    QString runDir() const { return root + QStringLiteral("/run"); }
    QString logDir() const { return root + QStringLiteral("/logs"); }
    QString keyDir() const { return root + QStringLiteral("/keys"); }
    QString stagingDir() const { return root + QStringLiteral("/staging"); }
    QString backupDir() const { return root + QStringLiteral("/backup"); }
    QString journalFile() const { return root + QStringLiteral("/apply-journal.json"); }
    QString apachePidFile() const { return runDir() + QStringLiteral("/apache2.pid"); }
    QString phpPidFile() const { return runDir() + QStringLiteral("/php-fpm.pid"); }
    QString siteHome(const QString &siteId) const { return sitesRoot + QLatin1Char('/') + siteId; }
};

} // namespace mws::host
