// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The front: the only server on the public ports. Its whole configuration comes from validated
// names and certificates; no byte a site owner writes reaches it.
#include "renderer.h"

namespace mws::host {

namespace {

const QStringList &frontModules()
{
    static const QStringList modules{
        QStringLiteral("mpm_event"),  QStringLiteral("authz_core"),    QStringLiteral("authz_host"),
        QStringLiteral("alias"),      QStringLiteral("headers"),       QStringLiteral("rewrite"),
        QStringLiteral("ssl"),        QStringLiteral("socache_shmcb"), QStringLiteral("proxy"),
        QStringLiteral("proxy_http"),
    };
    return modules;
}

QString urlFor(const QString &scheme, const QString &host, int port, int defaultPort)
{
    return port == defaultPort ? QStringLiteral("%1://%2/").arg(scheme, host)
                               : QStringLiteral("%1://%2:%3/").arg(scheme, host).arg(port);
}

void renderNames(QString &out, const model::Vhost &vhost)
{
    out += QStringLiteral("    ServerName %1\n").arg(vhost.mainDomain());
    if (vhost.domains.size() > 1)
        out += QStringLiteral("    ServerAlias %1\n").arg(vhost.domains.mid(1).join(QLatin1Char(' ')));
    out +=
        QStringLiteral("    Header always set X-MWS-Front \"%1\"\n").arg(QLatin1String(configTagPlaceholder));
}

// The way to the site's own web server: over TLS, checking that it is that site's server (its
// certificate, pinned) and showing the front's client certificate, so neither side can be
// played by another site's user on the same machine.
void renderProxy(QString &out, const HostConfig &config, const QString &siteId, const SiteSlot &slot,
                 bool https)
{
    out += QStringLiteral("    SSLProxyEngine on\n    SSLProxyVerify require\n    SSLProxyVerifyDepth 0\n");
    out += QStringLiteral("    SSLProxyCACertificateFile %1\n")
               .arg(apacheQuoted(siteServerCertificate(config, siteId)));
    out += QStringLiteral("    SSLProxyCheckPeerName off\n    SSLProxyCheckPeerCN off\n");
    out += QStringLiteral("    SSLProxyMachineCertificateFile %1\n")
               .arg(apacheQuoted(config.frontClientKeyAndCertificate()));
    // Whatever a visitor claims about addresses and names goes before anything reads it: the
    // front adds the one X-Forwarded-For the site trusts, with the address it saw.
    for (const char *forged : {"X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host",
                               "X-Forwarded-Server", "X-Forwarded-Port", "X-Forwarded-Proto"})
        out += QStringLiteral("    RequestHeader unset %1 early\n").arg(QLatin1String(forged));
    out += QStringLiteral("    ProxyPreserveHost On\n");
    out += QStringLiteral("    RequestHeader set X-Forwarded-Proto %1\n")
               .arg(https ? QStringLiteral("https") : QStringLiteral("http"));
    out += QStringLiteral("    ProxyPass / https://127.0.0.1:%1/\n").arg(slot.port);
}

void renderRoute(QString &out, const HostConfig &config, const model::SiteHosting &hosting,
                 const SiteSlot &slot, const model::Vhost &vhost, const QString &tlsRoot, bool https)
{
    const QString main = vhost.mainDomain();
    const int port = https ? config.httpsPort : config.httpPort;
    out += QStringLiteral("<VirtualHost %1:%2>\n").arg(config.listenAddress).arg(port);
    renderNames(out, vhost);
    if (https) {
        out += QStringLiteral("    SSLEngine on\n");
        out += QStringLiteral("    SSLCertificateFile %1\n")
                   .arg(apacheQuoted(tlsRoot + QLatin1Char('/') + siteTlsFile(hosting.siteId, vhost.name)));
        out += QStringLiteral("    SSLCertificateKeyFile %1\n")
                   .arg(apacheQuoted(config.keyDir() + QLatin1Char('/') + vhost.tls.keyId +
                                     QStringLiteral(".pem")));
        if (vhost.hsts)
            out += QStringLiteral("    Header always set Strict-Transport-Security \"max-age=31536000\"\n");
    }
    const bool tls = vhost.tls.mode != model::TlsMode::None;
    if (!https && tls && vhost.httpsRedirect) {
        // Every name goes straight to HTTPS on the main name: one hop, not two.
        out += QStringLiteral("    Redirect permanent / %1\n")
                   .arg(urlFor(QStringLiteral("https"), main, config.httpsPort, 443));
        out += QStringLiteral("</VirtualHost>\n");
        return;
    }
    if (vhost.redirectAliases && vhost.domains.size() > 1) {
        const QString scheme = https ? QStringLiteral("https") : QStringLiteral("http");
        out +=
            QStringLiteral("    <If \"tolower(%{HTTP_HOST}) != '%1' && tolower(%{HTTP_HOST}) != '%1:%2'\">\n")
                .arg(main)
                .arg(port);
        out += QStringLiteral("        Redirect permanent / %1\n")
                   .arg(urlFor(scheme, main, port, https ? 443 : 80));
        out += QStringLiteral("    </If>\n");
    }
    renderProxy(out, config, hosting.siteId, slot, https);
    out += QStringLiteral("</VirtualHost>\n");
}

// A suspended or turned-off site keeps its names (no other site gets its visitors) but serves
// nothing: every request gets 503 with a short explanation.
void renderOffline(QString &out, const HostConfig &config, const model::Vhost &vhost)
{
    out += QStringLiteral("<VirtualHost %1:%2>\n").arg(config.listenAddress).arg(config.httpPort);
    renderNames(out, vhost);
    out += QStringLiteral("    ErrorDocument 503 \"This site is not available at the moment.\"\n");
    out += QStringLiteral("    RewriteEngine On\n    RewriteRule ^ - [R=503,L]\n");
    out += QStringLiteral("</VirtualHost>\n");
}

} // namespace

QByteArray renderFrontRoutes(const HostConfig &config, const model::SiteHosting &hosting,
                             const SiteSlot &slot, const QString &tlsRoot)
{
    if (hosting.vhosts.isEmpty())
        return {};
    QString out = QStringLiteral("# The front's routes for site %1: written by mws-paneld.\n"
                                 "# Edits here are lost at the next change; use MWS Admin.\n")
                      .arg(hosting.siteId);
    for (const model::Vhost &vhost : hosting.vhosts) {
        out += QStringLiteral("\n# vhost %1\n").arg(vhost.name);
        if (!hosting.serving) {
            renderOffline(out, config, vhost);
            continue;
        }
        renderRoute(out, config, hosting, slot, vhost, tlsRoot, false);
        if (vhost.tls.mode != model::TlsMode::None)
            renderRoute(out, config, hosting, slot, vhost, tlsRoot, true);
    }
    return withTag(out);
}

QByteArray renderFrontMain(const HostConfig &config, const QStringList &includes)
{
    QString out = QStringLiteral("# The front: written by mws-paneld; edits are lost when it starts.\n");
    out += QStringLiteral("ServerRoot %1\n").arg(apacheQuoted(config.frontDir()));
    out += QStringLiteral("DefaultRuntimeDir %1\n").arg(apacheQuoted(config.runDir()));
    out += QStringLiteral("PidFile %1\n").arg(apacheQuoted(config.runDir() + QStringLiteral("/front.pid")));
    out += QStringLiteral("ErrorLog %1\n")
               .arg(apacheQuoted(config.logDir() + QStringLiteral("/front-error.log")));
    out += QStringLiteral("LogLevel warn\n");
    out += QStringLiteral("User %1\nGroup %2\n").arg(config.apacheUser, config.apacheGroup);
    out += QStringLiteral("ServerName localhost\nServerTokens Prod\nServerSignature Off\n");
    for (const QString &module : frontModules())
        out += QStringLiteral("LoadModule %1_module %2\n")
                   .arg(module,
                        apacheQuoted(config.apacheModulesDir + QStringLiteral("/mod_%1.so").arg(module)));
    out += QStringLiteral("Listen %1:%2\nListen %1:%3\n")
               .arg(config.listenAddress)
               .arg(config.httpPort)
               .arg(config.httpsPort);
    out += QStringLiteral("SSLSessionCache shmcb:%1/ssl_scache(512000)\n").arg(config.runDir());
    out += QStringLiteral("SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1\n");
    out += QStringLiteral("LogFormat \"%v %h %l %u %t \\\"%r\\\" %>s %O\" front\n");
    out += QStringLiteral("CustomLog %1 front\n")
               .arg(apacheQuoted(config.logDir() + QStringLiteral("/front-access.log")));
    out += QStringLiteral("ProxyTimeout 300\n");
    out += QStringLiteral("<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n");
    // The first vhost on each port answers names no site has: refused, never another site.
    for (bool https : {false, true}) {
        out += QStringLiteral("<VirtualHost %1:%2>\n    ServerName default.invalid\n")
                   .arg(config.listenAddress)
                   .arg(https ? config.httpsPort : config.httpPort);
        if (https)
            out +=
                QStringLiteral("    SSLEngine on\n    SSLCertificateFile %1\n    SSLCertificateKeyFile %2\n")
                    .arg(apacheQuoted(config.root + QStringLiteral("/tls/default.pem")),
                         apacheQuoted(config.keyDir() + QStringLiteral("/default.pem")));
        out +=
            QStringLiteral("    <Location />\n        Require all denied\n    </Location>\n</VirtualHost>\n");
    }
    if (includes.isEmpty()) {
        out += QStringLiteral("IncludeOptional %1\n")
                   .arg(apacheQuoted(config.frontDir() + QStringLiteral("/sites/*.conf")));
    } else {
        for (const QString &file : includes)
            out += QStringLiteral("Include %1\n").arg(apacheQuoted(file));
    }
    return out.toUtf8();
}

} // namespace mws::host
