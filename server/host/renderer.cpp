#include "renderer.h"

#include "validate/apachedirectives.h"
#include "validate/phpsettings.h"

#include <QCryptographicHash>
#include <QDir>

namespace mws::host {

namespace {

constexpr char tagPlaceholder[] = "@MWS-CONFIG-TAG@";

// Apache modules the main configuration loads: what the rendered vhosts use and what owners
// may switch on. Loaded globally because LoadModule is server-wide; per vhost they are off
// until switched on (the directive checker refuses their directives until then).
const QStringList &loadedModules()
{
    static const QStringList modules{
        QStringLiteral("mpm_event"),  QStringLiteral("authz_core"),    QStringLiteral("authz_host"),
        QStringLiteral("mime"),       QStringLiteral("dir"),           QStringLiteral("alias"),
        QStringLiteral("env"),        QStringLiteral("setenvif"),      QStringLiteral("filter"),
        QStringLiteral("headers"),    QStringLiteral("rewrite"),       QStringLiteral("expires"),
        QStringLiteral("deflate"),    QStringLiteral("autoindex"),     QStringLiteral("negotiation"),
        QStringLiteral("ssl"),        QStringLiteral("socache_shmcb"), QStringLiteral("proxy"),
        QStringLiteral("proxy_fcgi"),
    };
    return modules;
}

// A value Apache reads as one argument.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString urlFor(const QString &scheme, const QString &host, int port, int defaultPort)
{
    return port == defaultPort ? QStringLiteral("%1://%2/").arg(scheme, host)
                               : QStringLiteral("%1://%2:%3/").arg(scheme, host).arg(port);
}

QString documentRootOf(const HostConfig &config, const QString &siteId, const model::Vhost &vhost)
{
    return QDir::cleanPath(config.siteHome(siteId) + QLatin1Char('/') + vhost.documentRoot);
}

QString tlsFile(const QString &siteId, const QString &vhost)
{
    return siteTlsDir(siteId) + QLatin1Char('/') + vhost + QStringLiteral(".pem");
}

// One <VirtualHost> block: the same site content over HTTP or HTTPS.
void renderVhostBlock(QString &out, const HostConfig &config, const QString &tlsRoot,
                      const model::SiteHosting &hosting, const model::Vhost &vhost, bool https)
{
    const QString &siteId = hosting.siteId;
    const QString home = config.siteHome(siteId);
    const QString main = vhost.mainDomain();
    const int port = https ? config.httpsPort : config.httpPort;
    const QString docroot = documentRootOf(config, siteId, vhost);

    out += QStringLiteral("<VirtualHost %1:%2>\n").arg(config.listenAddress).arg(port);
    out += QStringLiteral("    ServerName %1\n").arg(main);
    if (vhost.domains.size() > 1)
        out += QStringLiteral("    ServerAlias %1\n").arg(vhost.domains.mid(1).join(QLatin1Char(' ')));
    out += QStringLiteral("    DocumentRoot %1\n").arg(quoted(docroot));
    out += QStringLiteral("    ErrorLog %1\n")
               .arg(quoted(home + QStringLiteral("/logs/%1-error.log").arg(vhost.name)));
    out += QStringLiteral("    CustomLog %1 combined\n")
               .arg(quoted(home + QStringLiteral("/logs/%1-access.log").arg(vhost.name)));
    // The tag is filled in once the whole file is rendered: it is a digest of the file itself.
    out += QStringLiteral("    Header always set X-MWS-Config \"%1\"\n").arg(QLatin1String(tagPlaceholder));
    if (https) {
        out += QStringLiteral("    SSLEngine on\n");
        out += QStringLiteral("    SSLCertificateFile %1\n")
                   .arg(quoted(tlsRoot + QLatin1Char('/') + tlsFile(siteId, vhost.name)));
        out +=
            QStringLiteral("    SSLCertificateKeyFile %1\n")
                .arg(quoted(config.keyDir() + QLatin1Char('/') + vhost.tls.keyId + QStringLiteral(".pem")));
        if (vhost.hsts)
            out += QStringLiteral("    Header always set Strict-Transport-Security \"max-age=31536000\"\n");
    }
    const bool tls = vhost.tls.mode != model::TlsMode::None;
    if (!https && tls && vhost.httpsRedirect) {
        // Every name goes straight to HTTPS on the main name: one hop, not two.
        out += QStringLiteral("    Redirect permanent / %1\n")
                   .arg(urlFor(QStringLiteral("https"), main, config.httpsPort, 443));
    } else if (vhost.redirectAliases && vhost.domains.size() > 1) {
        const QString scheme = https ? QStringLiteral("https") : QStringLiteral("http");
        out +=
            QStringLiteral("    <If \"tolower(%{HTTP_HOST}) != '%1' && tolower(%{HTTP_HOST}) != '%1:%2'\">\n")
                .arg(main)
                .arg(port);
        out += QStringLiteral("        Redirect permanent / %1\n")
                   .arg(urlFor(scheme, main, port, https ? 443 : 80));
        out += QStringLiteral("    </If>\n");
    }
    out += QStringLiteral("    <Directory %1>\n").arg(quoted(docroot));
    out += QStringLiteral("        Options SymLinksIfOwnerMatch\n");
    out += QStringLiteral("        AllowOverride AuthConfig FileInfo Indexes Limit "
                          "Options=Indexes,MultiViews,SymLinksIfOwnerMatch\n");
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
        out += QStringLiteral("    # The site's own directives\n");
        const QStringList lines = vhost.directives.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            out += (line.trimmed().isEmpty() ? QString() : QStringLiteral("    ") + line.trimmed()) +
                   QLatin1Char('\n');
    }
    out += QStringLiteral("</VirtualHost>\n");
}

// A suspended or turned-off site keeps its names (no other site gets its visitors) but serves
// nothing: every request gets 503 with a short explanation.
void renderOfflineBlock(QString &out, const HostConfig &config, const model::Vhost &vhost)
{
    out += QStringLiteral("<VirtualHost %1:%2>\n").arg(config.listenAddress).arg(config.httpPort);
    out += QStringLiteral("    ServerName %1\n").arg(vhost.mainDomain());
    if (vhost.domains.size() > 1)
        out += QStringLiteral("    ServerAlias %1\n").arg(vhost.domains.mid(1).join(QLatin1Char(' ')));
    out += QStringLiteral("    Header always set X-MWS-Config \"%1\"\n").arg(QLatin1String(tagPlaceholder));
    out += QStringLiteral("    ErrorDocument 503 \"This site is not available at the moment.\"\n");
    out += QStringLiteral("    RewriteEngine On\n    RewriteRule ^ - [R=503,L]\n");
    out += QStringLiteral("</VirtualHost>\n");
}

QByteArray renderApacheSite(const HostConfig &config, const QString &tlsRoot,
                            const model::SiteHosting &hosting)
{
    QString out = QStringLiteral("# Site %1: written by mws-paneld.\n"
                                 "# Edits here are lost at the next change; use MWS Admin.\n")
                      .arg(hosting.siteId);
    for (const model::Vhost &vhost : hosting.vhosts) {
        out += QStringLiteral("\n# vhost %1\n").arg(vhost.name);
        if (!hosting.serving) {
            renderOfflineBlock(out, config, vhost);
            continue;
        }
        renderVhostBlock(out, config, tlsRoot, hosting, vhost, false);
        if (vhost.tls.mode != model::TlsMode::None)
            renderVhostBlock(out, config, tlsRoot, hosting, vhost, true);
    }
    // Same file, same tag: a change that leaves the vhosts alone (PHP settings) leaves this
    // file byte for byte as it was, and its diff shows only what really changes.
    QByteArray bytes = out.toUtf8();
    const QByteArray tag = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
    bytes.replace(tagPlaceholder, tag);
    return bytes;
}

QByteArray renderPool(const HostConfig &config, const model::SiteHosting &hosting)
{
    const QString &siteId = hosting.siteId;
    const QString home = config.siteHome(siteId);
    const QString user = siteUnixUser(siteId);
    QString out = QStringLiteral("; Site %1: written by mws-paneld.\n"
                                 "; Edits here are lost at the next change; use MWS Admin.\n")
                      .arg(siteId);
    out += QStringLiteral("[%1]\n").arg(user);
    if (config.unixUsers)
        out += QStringLiteral("user = %1\ngroup = %1\n").arg(user);
    out += QStringLiteral("listen = %1\n").arg(sitePhpSocket(config, siteId));
    if (config.unixUsers)
        out += QStringLiteral("listen.owner = %1\nlisten.group = %2\n")
                   .arg(config.apacheUser, config.apacheGroup);
    out += QStringLiteral("listen.mode = 0660\n"
                          "pm = ondemand\n"
                          "pm.max_children = 5\n"
                          "pm.process_idle_timeout = 60s\n");
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

} // namespace

QString siteApacheFile(const QString &siteId)
{
    return QStringLiteral("apache/sites/%1.conf").arg(siteId);
}

QString sitePoolFile(const QString &siteId)
{
    return QStringLiteral("php/pools/%1.conf").arg(siteId);
}

QString siteTlsDir(const QString &siteId)
{
    return QStringLiteral("tls/%1").arg(siteId);
}

QString siteUnixUser(const QString &siteId)
{
    return siteId;
}

QString sitePhpSocket(const HostConfig &config, const QString &siteId)
{
    return config.runDir() + QStringLiteral("/php-%1.sock").arg(siteId);
}

QByteArray configTag(const HostConfig &config, const model::SiteHosting &hosting)
{
    const QByteArray file = renderApacheSite(config, config.root, hosting);
    const qsizetype at = file.indexOf("X-MWS-Config \"");
    return at < 0 ? QByteArray() : file.mid(at + 14, 16);
}

SiteFiles renderSite(const HostConfig &config, const model::SiteHosting &hosting, const QString &tlsRoot)
{
    SiteFiles files;
    files.insert(siteApacheFile(hosting.siteId),
                 renderApacheSite(config, tlsRoot.isEmpty() ? config.root : tlsRoot, hosting));
    if (!hosting.serving)
        return files; // no PHP runs for a site that serves nothing
    files.insert(sitePoolFile(hosting.siteId), renderPool(config, hosting));
    for (const model::Vhost &vhost : hosting.vhosts) {
        if (vhost.tls.mode == model::TlsMode::None)
            continue;
        QByteArray pem = vhost.tls.certificatePem.trimmed().toUtf8() + '\n';
        if (!vhost.tls.chainPem.trimmed().isEmpty())
            pem += vhost.tls.chainPem.trimmed().toUtf8() + '\n';
        files.insert(tlsFile(hosting.siteId, vhost.name), pem);
    }
    return files;
}

QByteArray renderApacheMain(const HostConfig &config, const QStringList &includes)
{
    QString out = QStringLiteral("# Written by mws-paneld; edits are lost when it starts.\n");
    out += QStringLiteral("ServerRoot %1\n").arg(quoted(config.apacheDir()));
    out += QStringLiteral("DefaultRuntimeDir %1\n").arg(quoted(config.runDir()));
    out += QStringLiteral("PidFile %1\n").arg(quoted(config.apachePidFile()));
    out += QStringLiteral("ErrorLog %1\n").arg(quoted(config.logDir() + QStringLiteral("/apache-error.log")));
    out += QStringLiteral("LogLevel warn\n");
    out += QStringLiteral("User %1\nGroup %2\n").arg(config.apacheUser, config.apacheGroup);
    out += QStringLiteral("ServerName localhost\nServerTokens Prod\nServerSignature Off\n");
    for (const QString &module : loadedModules())
        out += QStringLiteral("LoadModule %1_module %2\n")
                   .arg(module, quoted(config.apacheModulesDir + QStringLiteral("/mod_%1.so").arg(module)));
    out += QStringLiteral("TypesConfig %1\n").arg(quoted(config.mimeTypesFile));
    out += QStringLiteral("Listen %1:%2\nListen %1:%3\n")
               .arg(config.listenAddress)
               .arg(config.httpPort)
               .arg(config.httpsPort);
    out += QStringLiteral("SSLSessionCache shmcb:%1/ssl_scache(512000)\n").arg(config.runDir());
    out += QStringLiteral("SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1\n");
    out += QStringLiteral("LogFormat \"%h %l %u %t \\\"%r\\\" %>s %O \\\"%{Referer}i\\\" "
                          "\\\"%{User-Agent}i\\\"\" combined\n");
    out += QStringLiteral("DirectoryIndex index.html index.php\n");
    out += QStringLiteral("<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n");
    // The first vhost on each port answers names no site has: refused, never another site.
    for (bool https : {false, true}) {
        out += QStringLiteral("<VirtualHost %1:%2>\n    ServerName default.invalid\n")
                   .arg(config.listenAddress)
                   .arg(https ? config.httpsPort : config.httpPort);
        if (https)
            out +=
                QStringLiteral("    SSLEngine on\n    SSLCertificateFile %1\n    SSLCertificateKeyFile %2\n")
                    .arg(quoted(config.root + QStringLiteral("/tls/default.pem")),
                         quoted(config.keyDir() + QStringLiteral("/default.pem")));
        out +=
            QStringLiteral("    <Location />\n        Require all denied\n    </Location>\n</VirtualHost>\n");
    }
    if (includes.isEmpty()) {
        out += QStringLiteral("IncludeOptional %1\n")
                   .arg(quoted(config.apacheDir() + QStringLiteral("/sites/*.conf")));
    } else {
        for (const QString &file : includes)
            out += QStringLiteral("Include %1\n").arg(quoted(file));
    }
    return out.toUtf8();
}

QByteArray renderPhpFpmMain(const HostConfig &config, const QStringList &includes)
{
    QString out = QStringLiteral("; Written by mws-paneld; edits are lost when it starts.\n[global]\n");
    out += QStringLiteral("pid = %1\n").arg(config.phpPidFile());
    out += QStringLiteral("error_log = %1/php-fpm.log\n").arg(config.logDir());
    out += QStringLiteral("daemonize = no\n");
    // PHP-FPM refuses to start without a pool; this one serves nothing and idles at zero.
    out += QStringLiteral("\n[mws-idle]\n");
    if (config.unixUsers)
        out += QStringLiteral("user = %1\ngroup = %2\n").arg(config.apacheUser, config.apacheGroup);
    out += QStringLiteral("listen = %1/php-idle.sock\npm = ondemand\npm.max_children = 1\n")
               .arg(config.runDir());
    // Includes go last: an include inside a pool section would continue that pool.
    if (includes.isEmpty()) {
        out += QStringLiteral("\n[global]\ninclude = %1/pools/*.conf\n").arg(config.phpDir());
    } else {
        out += QStringLiteral("\n[global]\n");
        for (const QString &file : includes)
            out += QStringLiteral("include = %1\n").arg(file);
    }
    return out.toUtf8();
}

} // namespace mws::host
