// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The site's own stack: an Apache and a PHP-FPM master that run as the site's user. Nothing in
// these files is a wall: the site's servers can only do what its user may, so the owner's
// directives, .htaccess and PHP settings reach no further than the owner's SSH session would.
#include "renderer.h"
#include "validate/apachedirectives.h"
#include "validate/phpsettings.h"

#include <QDir>

namespace mws::host {

namespace {

// The modules a site's Apache loads: what its vhosts use, what owners may switch on, and what
// .htaccess files commonly need (authentication, rewriting).
const QStringList &siteModules()
{
    static const QStringList modules{
        QStringLiteral("mpm_event"),   QStringLiteral("authz_core"), QStringLiteral("authz_host"),
        QStringLiteral("authz_user"),  QStringLiteral("authn_core"), QStringLiteral("authn_file"),
        QStringLiteral("auth_basic"),  QStringLiteral("mime"),       QStringLiteral("dir"),
        QStringLiteral("alias"),       QStringLiteral("env"),        QStringLiteral("setenvif"),
        QStringLiteral("filter"),      QStringLiteral("headers"),    QStringLiteral("rewrite"),
        QStringLiteral("expires"),     QStringLiteral("deflate"),    QStringLiteral("autoindex"),
        QStringLiteral("negotiation"), QStringLiteral("ssl"),        QStringLiteral("socache_shmcb"),
        QStringLiteral("proxy"),       QStringLiteral("proxy_fcgi"), QStringLiteral("remoteip"),
    };
    return modules;
}

QString documentRootOf(const HostConfig &config, const QString &siteId, const model::Vhost &vhost)
{
    return QDir::cleanPath(config.siteHome(siteId) + QLatin1Char('/') + vhost.documentRoot);
}

void renderSiteVhost(QString &out, const HostConfig &config, const model::SiteHosting &hosting,
                     const model::Vhost &vhost, const QString &listen)
{
    const QString &siteId = hosting.siteId;
    const QString home = config.siteHome(siteId);
    const QString docroot = documentRootOf(config, siteId, vhost);
    out += QStringLiteral("\n# vhost %1\n<VirtualHost %2>\n").arg(vhost.name, listen);
    out += QStringLiteral("    ServerName %1\n").arg(vhost.mainDomain());
    if (vhost.domains.size() > 1)
        out += QStringLiteral("    ServerAlias %1\n").arg(vhost.domains.mid(1).join(QLatin1Char(' ')));
    out += QStringLiteral("    SSLEngine on\n");
    out += QStringLiteral("    DocumentRoot %1\n").arg(apacheQuoted(docroot));
    out += QStringLiteral("    ErrorLog %1\n")
               .arg(apacheQuoted(home + QStringLiteral("/logs/%1-error.log").arg(vhost.name)));
    out += QStringLiteral("    CustomLog %1 combined\n")
               .arg(apacheQuoted(home + QStringLiteral("/logs/%1-access.log").arg(vhost.name)));
    // The tag is filled in once the whole file is rendered: it is a digest of the file itself.
    out += QStringLiteral("    Header always set X-MWS-Config \"%1\"\n")
               .arg(QLatin1String(configTagPlaceholder));
    out += QStringLiteral("    <Directory %1>\n").arg(apacheQuoted(docroot));
    out += QStringLiteral("        Options SymLinksIfOwnerMatch\n");
    // As on any host: the server runs as the owner, so .htaccess reaches nothing the owner can't.
    out += QStringLiteral("        AllowOverride All\n");
    out += QStringLiteral("        Require all granted\n");
    out += QStringLiteral("    </Directory>\n");
    out += QStringLiteral("    <FilesMatch \"\\.php$\">\n");
    out += QStringLiteral("        SetHandler \"proxy:unix:%1|fcgi://%2\"\n")
               .arg(sitePhpSocket(config, siteId), siteUnixUser(siteId));
    out += QStringLiteral("    </FilesMatch>\n");
    for (const QString &module : vhost.modules) {
        const QString lines = validate::apacheModuleDirectivesFor(module);
        if (!lines.isEmpty())
            out += QStringLiteral("    ") + lines + QLatin1Char('\n');
    }
    if (!vhost.directives.trimmed().isEmpty()) {
        // Byte for byte as validated: what the checker read is what Apache reads. The blank line
        // after it ends a continuation the text might end with before </VirtualHost>.
        out += QStringLiteral("    # The site's own directives\n");
        out += vhost.directives;
        out += QStringLiteral("\n\n");
    }
    out += QStringLiteral("</VirtualHost>\n");
}

} // namespace

QByteArray renderSiteWebServer(const HostConfig &config, const model::SiteHosting &hosting,
                               const SiteSlot &slot)
{
    if (!hosting.serving || hosting.vhosts.isEmpty())
        return {};
    const QString &siteId = hosting.siteId;
    const QString run = config.siteRunDir(siteId);
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(slot.port);
    QString out = QStringLiteral("# Site %1's own web server: written by mws-paneld, run as %2.\n"
                                 "# Edits here are lost at the next change; use MWS Admin.\n")
                      .arg(siteId, siteUnixUser(siteId));
    out += QStringLiteral("ServerRoot %1\n").arg(apacheQuoted(config.siteConfigDir(siteId)));
    out += QStringLiteral("DefaultRuntimeDir %1\n").arg(apacheQuoted(run));
    out += QStringLiteral("PidFile %1\n").arg(apacheQuoted(run + QStringLiteral("/apache2.pid")));
    out += QStringLiteral("ErrorLog %1\n")
               .arg(apacheQuoted(config.siteHome(siteId) + QStringLiteral("/logs/error.log")));
    out +=
        QStringLiteral("LogLevel warn\nServerName %1.site.invalid\nServerTokens Prod\nServerSignature Off\n")
            .arg(siteId);
    for (const QString &module : siteModules())
        out += QStringLiteral("LoadModule %1_module %2\n")
                   .arg(module,
                        apacheQuoted(config.apacheModulesDir + QStringLiteral("/mod_%1.so").arg(module)));
    // A small site's worth of workers: many sites share a machine.
    out += QStringLiteral("StartServers 1\nServerLimit 2\nThreadsPerChild 10\nMaxRequestWorkers 20\n"
                          "MinSpareThreads 5\nMaxSpareThreads 20\n");
    out += QStringLiteral("TypesConfig %1\n").arg(apacheQuoted(config.mimeTypesFile));
    out += QStringLiteral("Listen %1 https\n").arg(listen);
    // Only the front gets in: every connection must present the front's client certificate,
    // whose key only root can read. Another site's user reaching this port gets no answer.
    out += QStringLiteral("SSLEngine on\n");
    out += QStringLiteral("SSLCertificateFile %1\n").arg(apacheQuoted(siteServerCertificate(config, siteId)));
    out += QStringLiteral("SSLCertificateKeyFile %1\n").arg(apacheQuoted(siteServerKey(config, siteId)));
    out += QStringLiteral("SSLCACertificateFile %1\n").arg(apacheQuoted(config.frontClientCertificate()));
    out += QStringLiteral("SSLVerifyClient require\nSSLVerifyDepth 1\n");
    out += QStringLiteral("SSLProtocol TLSv1.3\n");
    out += QStringLiteral("SSLSessionCache shmcb:%1/ssl_scache(102400)\n").arg(run);
    // The visitor's address and scheme, as the front saw them.
    out += QStringLiteral("RemoteIPHeader X-Forwarded-For\nRemoteIPInternalProxy 127.0.0.1\n");
    // The link from the front is TLS, so mod_ssl says HTTPS=on for every request: PHP gets the
    // visitor's scheme and the front's port instead, as they were.
    const QString plain = QStringLiteral("\"%{HTTP:X-Forwarded-Proto} != 'https'\"");
    out += QStringLiteral("ProxyFCGISetEnvIf %1 !HTTPS\n").arg(plain);
    out += QStringLiteral("ProxyFCGISetEnvIf %1 REQUEST_SCHEME http\n").arg(plain);
    out += QStringLiteral("ProxyFCGISetEnvIf %1 SERVER_PORT %2\n").arg(plain).arg(config.httpPort);
    out += QStringLiteral("ProxyFCGISetEnvIf \"%{HTTP:X-Forwarded-Proto} == 'https'\" SERVER_PORT %1\n")
               .arg(config.httpsPort);
    out += QStringLiteral("LogFormat \"%a %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" "
                          "\\\"%{User-Agent}i\\\"\" combined\n");
    out += QStringLiteral("DirectoryIndex index.html index.php\n");
    out += QStringLiteral("<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n");
    out += QStringLiteral("\n<VirtualHost %1>\n    ServerName default.invalid\n    SSLEngine on\n"
                          "    <Location />\n        Require all denied\n    </Location>\n</VirtualHost>\n")
               .arg(listen);
    for (const model::Vhost &vhost : hosting.vhosts)
        renderSiteVhost(out, config, hosting, vhost, listen);
    return withTag(out);
}

QByteArray renderSitePhp(const HostConfig &config, const model::SiteHosting &hosting)
{
    if (!hosting.serving)
        return {};
    const QString &siteId = hosting.siteId;
    const QString home = config.siteHome(siteId);
    const QString run = config.siteRunDir(siteId);
    QString out = QStringLiteral("; Site %1's own PHP-FPM: written by mws-paneld, run as %2.\n"
                                 "; Edits here are lost at the next change; use MWS Admin.\n")
                      .arg(siteId, siteUnixUser(siteId));
    out += QStringLiteral("[global]\npid = %1/php-fpm.pid\nerror_log = %2/logs/php-fpm.log\ndaemonize = no\n")
               .arg(run, home);
    out += QStringLiteral("\n[%1]\n").arg(siteUnixUser(siteId));
    // Only the site's own Apache, running as the same user, can open the socket.
    out += QStringLiteral("listen = %1\nlisten.mode = 0600\n").arg(sitePhpSocket(config, siteId));
    out += QStringLiteral("pm = ondemand\npm.max_children = 5\npm.process_idle_timeout = 60s\n");
    out += QStringLiteral("chdir = %1\n").arg(home);
    // Each site keeps its own temporary files, sessions and errors inside its home.
    out += QStringLiteral("php_admin_value[open_basedir] = %1/:/usr/share/php/\n").arg(home);
    out += QStringLiteral("php_admin_value[upload_tmp_dir] = %1/tmp\n").arg(home);
    out += QStringLiteral("php_admin_value[sys_temp_dir] = %1/tmp\n").arg(home);
    out += QStringLiteral("php_admin_value[session.save_path] = %1/tmp\n").arg(home);
    out += QStringLiteral("php_admin_value[error_log] = %1/logs/php-error.log\n").arg(home);
    for (auto it = hosting.php.settings.cbegin(); it != hosting.php.settings.cend(); ++it) {
        const validate::PhpSetting *setting = validate::findPhpSetting(it.key());
        if (!setting)
            continue; // validation refuses these before anything is rendered
        out += QStringLiteral("%1[%2] = %3\n")
                   .arg(setting->adminValue ? QStringLiteral("php_admin_value") : QStringLiteral("php_value"),
                        it.key(), validate::phpPoolValue(it.key(), it.value()));
    }
    for (const QString &extension : hosting.php.extensions)
        out += QStringLiteral("php_admin_value[extension] = %1\n").arg(extension);
    return out.toUtf8();
}

} // namespace mws::host
