// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderer.h"

#include <QCryptographicHash>

namespace mws::host {

QString apacheQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Same file, same tag: a change that leaves a file alone leaves it byte for byte as it was,
// and its diff shows only what really changes.
QByteArray withTag(const QString &rendered)
{
    QByteArray bytes = rendered.toUtf8();
    const QByteArray tag = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
    bytes.replace(configTagPlaceholder, tag);
    return bytes;
}

QByteArray configTag(const QByteArray &renderedFile)
{
    static const QByteArray marker = "Header always set X-MWS-";
    const qsizetype at = renderedFile.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype quote = renderedFile.indexOf('"', at);
    return quote < 0 ? QByteArray() : renderedFile.mid(quote + 1, 16);
}

QString siteWebServerFile(const QString &siteId)
{
    return QStringLiteral("sites/%1/httpd.conf").arg(siteId);
}

QString sitePhpFile(const QString &siteId)
{
    return QStringLiteral("sites/%1/fpm.conf").arg(siteId);
}

QString siteTlsDir(const QString &siteId)
{
    return QStringLiteral("tls/%1").arg(siteId);
}

QString siteFrontFile(const QString &siteId)
{
    return QStringLiteral("front/sites/%1.conf").arg(siteId);
}

QString siteTlsFile(const QString &siteId, const QString &vhost)
{
    return siteTlsDir(siteId) + QLatin1Char('/') + vhost + QStringLiteral(".pem");
}

QString siteServerCertificate(const HostConfig &config, const QString &siteId)
{
    return config.siteConfigDir(siteId) + QStringLiteral("/server.crt");
}

QString siteServerKey(const HostConfig &config, const QString &siteId)
{
    return config.siteConfigDir(siteId) + QStringLiteral("/server.key");
}

QString siteUnixUser(const QString &siteId)
{
    return siteId; // "site-" and hex (Store::createSite), never a CRSid
}

QString siteUnixUserPattern()
{
    return QStringLiteral("site-*");
}

QString sitePhpSocket(const HostConfig &config, const QString &siteId)
{
    return config.siteRunDir(siteId) + QStringLiteral("/php.sock");
}

SiteFiles renderSiteCertificates(const model::SiteHosting &hosting)
{
    SiteFiles files;
    if (!hosting.serving)
        return files;
    for (const model::Vhost &vhost : hosting.vhosts) {
        if (vhost.tls.mode == model::TlsMode::None)
            continue;
        QByteArray pem = vhost.tls.certificatePem.trimmed().toUtf8() + '\n';
        if (!vhost.tls.chainPem.trimmed().isEmpty())
            pem += vhost.tls.chainPem.trimmed().toUtf8() + '\n';
        files.insert(siteTlsFile(hosting.siteId, vhost.name), pem);
    }
    return files;
}

} // namespace mws::host
