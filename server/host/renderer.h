#pragma once

#include "hostconfig.h"
#include "model/hosting.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mws::host {

// A site's files, by path relative to HostConfig::root ("apache/sites/<id>.conf", …).
using SiteFiles = QMap<QString, QByteArray>;

// Rendering is a pure function of the stored state, so the same state always gives the same
// bytes: a rollback or a recovery after a crash restores a site byte for byte. tlsRoot is
// where the vhost's certificate files are read from (a candidate reads the staged ones).
SiteFiles renderSite(const HostConfig &config, const model::SiteHosting &hosting,
                     const QString &tlsRoot = {});

// The folders (relative to root) that hold one site's files, for finding what a change removes.
QString siteApacheFile(const QString &siteId);
QString sitePoolFile(const QString &siteId);
QString siteTlsDir(const QString &siteId);

// The main files. With includes empty they include every site's file by glob (what runs);
// a candidate for testing lists its files one by one instead, staged ones among them.
QByteArray renderApacheMain(const HostConfig &config, const QStringList &includes = {});
QByteArray renderPhpFpmMain(const HostConfig &config, const QStringList &includes = {});

// The Unix user (and group) a site's PHP runs as.
QString siteUnixUser(const QString &siteId);
// The socket its PHP-FPM pool listens on.
QString sitePhpSocket(const HostConfig &config, const QString &siteId);
// What the site's vhosts answer in X-MWS-Config once this hosting is live (a digest of its
// Apache file): the health check's proof that the reload reached them.
QByteArray configTag(const HostConfig &config, const model::SiteHosting &hosting);

} // namespace mws::host
