// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hostconfig.h"
#include "model/hosting.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mws::host {

// Files by path relative to HostConfig::root ("sites/<id>/httpd.conf", …).
using SiteFiles = QMap<QString, QByteArray>;

// What the host assigned to a site once, besides its stored state: the loopback port its own
// web server listens on.
struct SiteSlot
{
    int port = 0;
};

// Rendering is a pure function of the stored state and the site's slot, so the same state
// always gives the same bytes: a rollback or a recovery after a crash restores a site byte for
// byte.

// The site's own Apache: its vhosts, run as the site's user on its loopback port, accepting
// only the front (which presents the front's client certificate). Empty when the site serves
// nothing.
QByteArray renderSiteWebServer(const HostConfig &config, const model::SiteHosting &hosting,
                               const SiteSlot &slot);
// The site's own PHP-FPM master and pool, run as the site's user. Empty when it serves nothing.
QByteArray renderSitePhp(const HostConfig &config, const model::SiteHosting &hosting);
// The certificates the front serves for the site's vhosts.
SiteFiles renderSiteCertificates(const model::SiteHosting &hosting);
// The front's routes for the site's names: TLS, redirects, HSTS, and the way to the site's own
// web server (or 503 while it serves nothing). tlsRoot is where the certificates are read from
// (a candidate reads the staged ones).
QByteArray renderFrontRoutes(const HostConfig &config, const model::SiteHosting &hosting,
                             const SiteSlot &slot, const QString &tlsRoot);
// The front's main file. With includes empty it includes every site's routes by glob (what
// runs); a candidate for testing lists them one by one instead, a staged one among them.
QByteArray renderFrontMain(const HostConfig &config, const QStringList &includes = {});

QString siteWebServerFile(const QString &siteId);
QString sitePhpFile(const QString &siteId);
QString siteTlsDir(const QString &siteId);
QString siteFrontFile(const QString &siteId);
QString siteTlsFile(const QString &siteId, const QString &vhost);
// The site's own web server's certificate and key (made once, kept beside its configuration).
QString siteServerCertificate(const HostConfig &config, const QString &siteId);
QString siteServerKey(const HostConfig &config, const QString &siteId);

// The Unix user (and group) a site's servers run as, and the pattern all of them match.
QString siteUnixUser(const QString &siteId);
QString siteUnixUserPattern();
// The socket its PHP-FPM pool listens on, in the site's own run folder.
QString sitePhpSocket(const HostConfig &config, const QString &siteId);
// The tag a rendered file makes its server answer with (X-MWS-Config or X-MWS-Front): a digest
// of the file itself, the health check's proof that a reload reached the server.
QByteArray configTag(const QByteArray &renderedFile);

// Shared by the renderers: a value Apache reads as one argument, and the tag's placeholder.
QString apacheQuoted(const QString &text);
QByteArray withTag(const QString &rendered);
inline constexpr char configTagPlaceholder[] = "@MWS-CONFIG-TAG@";

} // namespace mws::host
