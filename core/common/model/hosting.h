// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What a site serves: its vhosts (names, document roots, TLS, redirects, Apache settings) and
// its PHP settings. The panel stores one SiteHosting per site and renders the web server's
// files from it; the desktop shows and edits the same values.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::model {

enum class TlsMode
{
    None,       // HTTP only
    SelfSigned, // made by the panel, for test and demo names
    Uploaded,   // a certificate the owner obtained for the panel's key
};
QString toString(TlsMode mode);
std::optional<TlsMode> tlsModeFromString(const QString &text);

// A vhost's certificate. The private key stays on the panel's host: only its id travels.
struct VhostTls
{
    TlsMode mode = TlsMode::None;
    QString keyId;          // the key the certificate is for
    QString pendingKeyId;   // a newer key waiting for its certificate (a CSR was made for it)
    QString requestPem;     // that key's certificate signing request
    QString certificatePem; // the leaf
    QString chainPem;       // intermediates, leaf's issuer first
    QString subject;
    QString issuer;
    QStringList names;
    QDateTime notBefore;
    QDateTime notAfter;

    QJsonObject toJson() const;
    static VhostTls fromJson(const QJsonObject &json);
    bool operator==(const VhostTls &) const = default;
};

struct Vhost
{
    QString name;                                         // unique in the site: "main", "blog"
    QString documentRoot = QStringLiteral("public_html"); // relative to the site's home
    QStringList domains;                                  // the first is the main name
    bool redirectAliases = false;                         // other names answer 301 to the main name
    bool httpsRedirect = false;                           // HTTP answers 301 to HTTPS (needs TLS)
    bool hsts = false;                                    // Strict-Transport-Security on HTTPS
    QDateTime docrootWritableUntil; // the web server may write the document root until then
    QStringList modules;            // Apache features switched on for this vhost
    QString directives;             // the owner's own directives, allow-listed
    VhostTls tls;

    QString mainDomain() const { return domains.value(0); }
    QJsonObject toJson() const;
    static Vhost fromJson(const QJsonObject &json);
    bool operator==(const Vhost &) const = default;
};

struct PhpConfig
{
    QMap<QString, QString> settings; // ini name → normalised value; absent: the host's default
    QStringList extensions;          // optional extensions loaded for this site

    QJsonObject toJson() const;
    static PhpConfig fromJson(const QJsonObject &json);
    bool operator==(const PhpConfig &) const = default;
};

struct SiteHosting
{
    QString siteId;
    qint64 version = 0; // 0: nothing applied yet
    QList<Vhost> vhosts;
    PhpConfig php;
    QDateTime appliedAt;
    bool serving = true; // false while the site is suspended or turned off: its names answer 503
    QString home;        // the site's folder on its host, for paths in directives (not stored)

    const Vhost *vhost(const QString &name) const;
    Vhost *vhost(const QString &name);
    QStringList allDomains() const;
    QJsonObject toJson() const;
    static SiteHosting fromJson(const QJsonObject &json);
};

// One file a change would touch, with its unified diff (what the desktop shows before applying).
struct ConfigFileChange
{
    QString path;
    QString change; // "added" | "changed" | "removed"
    QString diff;

    QJsonObject toJson() const;
    static ConfigFileChange fromJson(const QJsonObject &json);
};

struct ConfigPreview
{
    QList<ConfigFileChange> files;
    QString summary;

    QJsonObject toJson() const;
    static ConfigPreview fromJson(const QJsonObject &json);
};

// What the panel's host offers: the PHP settings' catalogue comes from core's validators, but
// extensions and Apache features depend on what is installed where the panel runs.
struct HostingCatalogue
{
    QStringList builtinExtensions;  // always loaded
    QStringList optionalExtensions; // a site may switch these on
    QStringList apacheModules;      // features a vhost may switch on
    QString phpVersion;
    QString apacheVersion;

    QJsonObject toJson() const;
    static HostingCatalogue fromJson(const QJsonObject &json);
};

} // namespace mws::model
