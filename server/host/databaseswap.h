// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Moves an import, loaded whole into the site's scratch database, in place of the database it
// replaces. MariaDB has no RENAME DATABASE, and its DDL commits as it goes, so the swap is made of
// steps that can each be run again, with a journal that says a swap is under way:
//
// 1. The scratch database's views, triggers, routines and events are read (SHOW CREATE, with
//    their sql_mode) into the journal, <host root>/sites/<site>/database-swap.json. Until the
//    journal is written nothing of the target has changed: a failure drops the scratch
//    databases and leaves the target exactly as it was.
// 2. With the journal written, the swap is decided: the target's views, triggers, routines and
//    events are dropped, and so are the scratch database's views and triggers (a view or a table
//    with triggers cannot move to another database). One RENAME TABLE statement, atomic in
//    MariaDB, moves every table of the target to "<prefix>#old" and every table of the scratch
//    database into the target. The journalled definitions are created in the target (views in
//    the order their dependencies need), and both scratch databases are dropped.
// 3. The journal is removed.
//
// Every statement of step 2 is one that can run again (DROP … IF EXISTS; the RENAME only while
// the scratch database still has tables; each definition after dropping its object), so a panel
// that stopped half way finishes the swap: recover() runs step 2 again from the journal. It is
// never undone half way, because the target's old tables are no longer in their place.
//
// All of it runs as the site's own account (databasetransfer.h), given ALL on the target and the
// two scratch databases only: the names in it are read from the server and quoted, and the
// definitions are the site's own.

#include "hostconfig.h"
#include "processrunner.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace mws::host {

class DatabaseSwap : public QObject
{
    Q_OBJECT

public:
    DatabaseSwap(HostConfig config, QString siteId, RunAs runAs, QObject *parent = nullptr);

    static QString journalPath(const HostConfig &config, const QString &siteId);
    // The journal of a swap under way, or an empty object.
    static QJsonObject readJournal(const HostConfig &config, const QString &siteId);

    // Steps 1 to 3 for target; done is called once, later. Before the journal is written a
    // failure leaves the target as it was (the caller drops the scratch databases).
    void swap(const QString &target, std::function<void(Status)> done);
    // Steps 2 and 3 from the journal of a swap under way.
    void finish(std::function<void(Status)> done);

private:
    struct Objects;
    void collect(const QString &database, std::function<void(Result<Objects>)> done);
    void journal(const QString &target, const Objects &scratch, std::function<void(Status)> done);
    void apply(const QJsonObject &journal, std::function<void(Status)> done);
    // Step 2's two scripts: the drops and the one RENAME TABLE; then the definitions and the
    // scratch databases' drop. end is the client's delimiter.
    QString moveScript(const QString &target, const Objects &old, const Objects &scratch,
                       const QString &end) const;
    QString definitionsScript(const QString &target, const QJsonArray &definitions, const QString &end) const;
    void run(const QString &sql, std::function<void(Status)> done);

    HostConfig m_config;
    QString m_siteId;
    RunAs m_runAs;
};

} // namespace mws::host
