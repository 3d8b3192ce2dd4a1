// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shell access on a host, kept in step with the store: each person with shell on one of the
// host's sites (any current member of an active site) has their own Unix account (the uid the
// store gave them, the same on every host), is in the members group of exactly the sites they
// have shell on, and has a key file the panel rendered from their profile. Whoever loses a group
// or a key loses every process they have on the host at once. See docs/security-model.md.

#include "hostconfig.h"
#include "hostlock.h"
#include "shellaccessstore.h"
#include "sshlogins.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace mws::store {
class Database;
}

namespace mws::host {

class SiteHost;

// One pass: reads who should have what, then makes the host so. Run it under the host's apply
// lock (the caller holds it), one at a time; it deletes itself when done.
class ShellAccessSync : public QObject
{
public:
    using Done = std::function<void(Status result, const QStringList &log)>;
    ShellAccessSync(const HostConfig &config, store::Database &database, const QDateTime &now,
                    QObject *parent);
    void run(Done done);

private:
    struct Person
    {
        QString crsid;
        QString user;
        qint64 uid = -1;
        bool usable = false; // the account exists with the uid the store gave
        QByteArray keys;     // the rendered key file
    };
    struct Site
    {
        QString siteId;
        QStringList crsids;
    };
    struct Command
    {
        QString program;
        QStringList arguments;
        std::optional<QString> asSite; // run as this site's user
        std::function<void()> onSuccess;
    };

    Status plan();
    QList<Command> accountCommands();
    QList<Command> groupAndFolderCommands();
    QList<Command> homeSharingCommands(const QString &siteId);
    QString marker(const QString &siteId, const char *name) const; // what was done once, in root's folder
    void writeKeyFiles();
    void endSessions();
    void runCommands(QList<Command> commands, std::function<void()> then);
    void finish();
    void note(const QString &line) { m_log << line; }
    void problem(const QString &line) { m_problems << line; }

    const HostConfig &m_config;
    store::Database &m_database;
    QDateTime m_now;
    Done m_done;
    QHash<QString, Person> m_people; // by CRSid
    QList<Site> m_sites;
    QSet<QString> m_toEnd; // Unix users whose processes end at the end
    QStringList m_log;
    QStringList m_problems;
};

// The host's shell access service: prepares sshd's side once (folders, the drop-in, the people's
// group, the host keys published to the store), then syncs every access_sync_seconds (supporters'
// grants expire on their own) and whenever asked, and records who logged in (sshlogins.h).
class ShellAccess : public QObject
{
public:
    explicit ShellAccess(SiteHost &host);
    Status prepare();
    void start();
    // A sync under the apply lock; done gets what it did.
    void syncNow(ShellAccessSync::Done done);

private:
    Status publishHostKeys();

    SiteHost &m_host;
    QTimer m_timer;
    bool m_syncing = false;
    // What this panel last found in the store or wrote there: while the key files say the same,
    // a sync does not ask the store again.
    std::optional<store::SshHost> m_published;
    SshLoginLog m_logins;
};

// A sync under the host's apply lock (taken for it, let go when it is done).
void syncShellAccess(SiteHost &host, QObject *context, ShellAccessSync::Done done);

} // namespace mws::host
