// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mws::test {
class HttpClient;
class PanelProcess;
} // namespace mws::test

namespace mws::demo {

// Fills a fresh panel with sites a new user can explore: some of test0001's own, one waiting
// for approval, one turned off, with members and a little history. Staff test0001 does it
// through the API in staff mode, so everything is audited as real changes are.
// Sends a change that queues a job (202) as token's holder and waits for the job to succeed.
bool runJob(test::HttpClient &http, test::PanelProcess &panel, const QString &token, const QByteArray &method,
            const QString &path, const QJsonObject &body, QString *error);

class DemoDatabases;
// databases: the demo's MariaDB, if it has one; the first site gets a shop database and users.
bool seedDemoData(test::HttpClient &http, test::PanelProcess &panel, const QString &databasePath,
                  QString *error, DemoDatabases *databases = nullptr);

} // namespace mws::demo
