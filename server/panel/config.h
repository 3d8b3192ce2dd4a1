// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hostconfig.h"
#include "util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>
#include <QUrl>

namespace mws::panel {

// mws-paneld's configuration file (INI; documented in docs/panel-config.md). Every key is
// checked when it is read: an unknown key or a bad value stops the panel with a clear message.
struct PanelConfig
{
    // [server]
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    QString tlsCertificate; // PEM; with tlsKey, the panel speaks HTTPS
    QString tlsKey;
    QUrl publicUrl; // how browsers reach the panel; the Raven callback is built from it
    QString sitesDomain = QStringLiteral("sites.localhost"); // a site's own name is <site id>.<sitesDomain>

    // [database]
    QString databaseDriver = QStringLiteral("sqlite"); // or "postgres"
    QString databasePath;                              // sqlite
    QString databaseHost;
    int databasePort = 5432;
    QString databaseName;
    QString databaseUser;
    QString databasePassword; // read from password_file

    // [raven]
    QUrl wlsUrl = QUrl(QStringLiteral("https://raven.cam.ac.uk/auth/authenticate.html"));
    QHash<QString, QString> wlsKeys; // kid → public key PEM
    bool requireCurrent = true;
    int clockSkewSeconds = 30;
    int loginFlowSeconds = 900; // how long a sign-in may take, browser included

    // [tokens]
    int tokenLifetimeDays = 90;
    int elevationMinutes = 15;

    // [staff]
    QSet<QString> staffUsers;

    // [host]: the web servers this panel manages
    host::HostConfig host;

    // [jobs]: this panel's part of the job queue every panel on the database shares
    QString jobsInstance; // how its claims are named (with a suffix per start); the machine's name unless set
    int jobLeaseSeconds = 30;
    int jobsAtOnce = 4;

    bool usesTls() const { return !tlsCertificate.isEmpty(); }
    QUrl callbackUrl() const;

    // Reads and checks a configuration file; relative paths are relative to the file.
    static Result<PanelConfig> load(const QString &path);
};

} // namespace mws::panel
