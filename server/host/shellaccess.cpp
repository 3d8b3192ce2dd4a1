// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shellaccess.h"

#include "hostfiles.h"
#include "peopleaccounts.h"
#include "renderer.h"
#include "shellaccessstore.h"
#include "siteaccount.h"
#include "sitecgroup.h"
#include "sitehost.h"
#include "sshdconfig.h"
#include "sshkeystore.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <memory>

namespace mws::host {

namespace {

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The key lines of a rendered key file, without its comment line.
QSet<QByteArray> keyLines(const QByteArray &file)
{
    QSet<QByteArray> lines;
    for (const QByteArray &line : file.split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.insert(line);
    return lines;
}

} // namespace

ShellAccessSync::ShellAccessSync(const HostConfig &config, store::Database &database, const QDateTime &now,
                                 QObject *parent)
    : QObject(parent), m_config(config), m_database(database), m_now(now)
{}

void ShellAccessSync::run(Done done)
{
    m_done = std::move(done);
    if (Status planned = plan(); !planned) {
        problem(planned.error().message);
        return finish();
    }
    runCommands(accountCommands(), [this] {
        writeKeyFiles();
        runCommands(groupAndFolderCommands(), [this] {
            endSessions();
            finish();
        });
    });
}

// Who should have shell on which of the host's sites, their account numbers and their keys.
Status ShellAccessSync::plan()
{
    store::ShellAccessStore accessStore(m_database);
    Result<QList<store::ShellSite>> sites = accessStore.sitesOfHost(m_config.name, m_now);
    if (!sites)
        return sites.error();
    for (const store::ShellSite &shellSite : *sites) {
        Site site{shellSite.siteId, {}};
        for (const store::ShellMember &member : shellSite.people) {
            site.crsids << member.crsid;
            m_people[member.crsid].crsid = member.crsid;
        }
        m_sites << site;
    }
    store::SshKeyStore keyStore(m_database);
    for (Person &person : m_people) {
        person.user = personUserName(m_config, person.crsid);
        Result<qint64> uid =
            accessStore.personUid(person.crsid, m_config.personUidFirst, m_config.personUidLast);
        Result<QList<model::SshKey>> keys = keyStore.keysOf(person.crsid);
        if (!uid || !keys) {
            problem(QStringLiteral("%1: %2").arg(person.crsid, (!uid ? uid.error() : keys.error()).message));
            continue;
        }
        person.uid = *uid;
        person.keys = renderAuthorizedKeys(m_config, *keys);
    }
    return {};
}

// Each person's account, made once with the uid the store gave; an account of that name with
// another uid is not theirs, and is left alone (and given nothing).
QList<ShellAccessSync::Command> ShellAccessSync::accountCommands()
{
    QList<Command> commands;
    for (Person &person : m_people) {
        if (person.uid < 0)
            continue;
        const std::optional<Account> account = unixAccount(person.user);
        if (account && qint64(account->uid) != person.uid) {
            problem(
                QStringLiteral("The Unix account %1 exists with uid %2, not %3: it is not the panel's, so "
                               "it was given nothing.")
                    .arg(person.user)
                    .arg(account->uid)
                    .arg(person.uid));
            continue;
        }
        if (account) {
            person.usable = true;
            if (!groupMembers(QLatin1String(peopleGroup)).contains(person.user))
                commands << Command{QStringLiteral("usermod"),
                                    {QStringLiteral("--append"), QStringLiteral("--groups"),
                                     QLatin1String(peopleGroup), person.user},
                                    {},
                                    {}};
            continue;
        }
        Person *made = &person;
        commands << Command{
            QStringLiteral("useradd"),
            {QStringLiteral("--uid"), QString::number(person.uid), QStringLiteral("--user-group"),
             QStringLiteral("--groups"), QLatin1String(peopleGroup), QStringLiteral("--home-dir"),
             personHome(m_config, person.crsid), QStringLiteral("--create-home"), QStringLiteral("--shell"),
             QStringLiteral("/bin/bash"), QStringLiteral("--password"), QStringLiteral("*"),
             QStringLiteral("--comment"), person.crsid, person.user},
            {},
            [this, made] {
                made->usable = true;
                note(QStringLiteral("Made the Unix account %1 (uid %2)").arg(made->user).arg(made->uid));
            }};
    }
    for (const Site &site : std::as_const(m_sites))
        if (!unixGroup(siteMembersGroup(site.siteId)))
            commands << Command{QStringLiteral("groupadd"),
                                {QStringLiteral("--system"), siteMembersGroup(site.siteId)},
                                {},
                                [this, group = siteMembersGroup(site.siteId)] {
                                    note(QStringLiteral("Made the members group %1").arg(group));
                                }};
    return commands;
}

// Root writes each file into its own folder, whole (rename), never into a home; a person who
// has no shell on the host any more has no file. A key taken away ends its sessions.
void ShellAccessSync::writeKeyFiles()
{
    QSet<QString> wanted;
    for (const Person &person : std::as_const(m_people)) {
        if (!person.usable)
            continue;
        wanted.insert(person.user);
        const QString path = m_config.sshKeysDir() + QLatin1Char('/') + person.user;
        const QByteArray before = readWhole(path);
        if (before == person.keys)
            continue;
        if (Status written = writeFile(path, person.keys, publicFile); !written) {
            problem(written.error().message);
            continue;
        }
        note(QStringLiteral("Wrote the SSH keys of %1").arg(person.user));
        if (!keyLines(before).subtract(keyLines(person.keys)).isEmpty())
            m_toEnd.insert(person.user);
    }
    const QStringList files = QDir(m_config.sshKeysDir()).entryList(QDir::Files);
    for (const QString &user : files) {
        if (wanted.contains(user) || !user.startsWith(m_config.personUserPrefix))
            continue;
        QFile::remove(m_config.sshKeysDir() + QLatin1Char('/') + user);
        note(QStringLiteral("Removed the SSH keys of %1: no shell access on this host").arg(user));
        m_toEnd.insert(user);
    }
}

// Each site's members group lists exactly its people; the site's home gives that group (and the
// site's own user) access to what anyone makes in it, set once by the site's user, not root.
QList<ShellAccessSync::Command> ShellAccessSync::groupAndFolderCommands()
{
    QList<Command> commands;
    for (const Site &site : std::as_const(m_sites)) {
        const QString group = siteMembersGroup(site.siteId);
        QStringList wanted;
        for (const QString &crsid : site.crsids)
            if (m_people.value(crsid).usable)
                wanted << m_people.value(crsid).user;
        wanted.sort();
        const QStringList current = groupMembers(group);
        if (wanted != current) {
            for (const QString &user : current)
                if (!wanted.contains(user))
                    m_toEnd.insert(user);
            commands << Command{QStringLiteral("gpasswd"),
                                {QStringLiteral("-M"), wanted.join(QLatin1Char(',')), group},
                                {},
                                [this, group, wanted] {
                                    note(QStringLiteral("%1 now lists: %2")
                                             .arg(group, wanted.isEmpty()
                                                             ? QStringLiteral("nobody")
                                                             : wanted.join(QStringLiteral(", "))));
                                }};
        }
        commands << homeSharingCommands(site.siteId);
    }
    return commands;
}

// Run once per site, as the site's user (what it may do over SSH anyway; `setfacl -P` and `find`
// follow no link): an ACL gives the members group and the site's user what anyone makes in the
// home, and setgid folders make it the site's group's, so the site's servers keep their access
// through the group too when a tool drops ACLs. Folders made later inherit both.
QList<ShellAccessSync::Command> ShellAccessSync::homeSharingCommands(const QString &siteId)
{
    QList<Command> commands;
    const QString siteUser = siteUnixUser(siteId);
    const QString home = m_config.siteHome(siteId);
    if (!unixAccount(siteUser) || !QFileInfo(home).isDir())
        return commands;
    if (!QFileInfo::exists(marker(siteId, "members-acl"))) {
        const QString entries =
            QStringLiteral("g:%1:rwX,d:g:%1:rwX,u:%2:rwX,d:u:%2:rwX").arg(siteMembersGroup(siteId), siteUser);
        commands << Command{QStringLiteral("setfacl"),
                            {QStringLiteral("-R"), QStringLiteral("-P"), QStringLiteral("-m"), entries,
                             QStringLiteral("--"), home},
                            siteId,
                            [this, siteId] {
                                (void)writeFile(marker(siteId, "members-acl"), "done\n", publicFile);
                                note(QStringLiteral("Gave %1's members access to its home").arg(siteId));
                            }};
    }
    if (!QFileInfo::exists(marker(siteId, "members-setgid")))
        commands << Command{QStringLiteral("find"),
                            // what the site's user cannot enter (a member's 0700 folder) is passed by
                            {home, QStringLiteral("("), QStringLiteral("!"), QStringLiteral("-readable"),
                             QStringLiteral("-o"), QStringLiteral("!"), QStringLiteral("-executable"),
                             QStringLiteral(")"), QStringLiteral("-prune"), QStringLiteral("-o"),
                             QStringLiteral("-type"), QStringLiteral("d"), QStringLiteral("-user"), siteUser,
                             QStringLiteral("-exec"), QStringLiteral("chmod"), QStringLiteral("g+s"),
                             QStringLiteral("{}"), QStringLiteral("+")},
                            siteId,
                            [this, siteId] {
                                (void)writeFile(marker(siteId, "members-setgid"), "done\n", publicFile);
                                note(QStringLiteral("Made %1's folders keep the site's group").arg(siteId));
                            }};
    return commands;
}

QString ShellAccessSync::marker(const QString &siteId, const char *name) const
{
    return m_config.siteConfigDir(siteId) + QLatin1Char('/') + QLatin1String(name);
}

void ShellAccessSync::endSessions()
{
    for (const QString &user : std::as_const(m_toEnd))
        if (const std::optional<Account> account = unixAccount(user))
            if (const int ended = endProcessesOf(account->uid); ended > 0)
                note(QStringLiteral("Ended %1 process(es) of %2").arg(ended).arg(user));
}

void ShellAccessSync::runCommands(QList<Command> commands, std::function<void()> then)
{
    if (commands.isEmpty())
        return then();
    Command command = commands.takeFirst();
    RunAs runAs;
    if (command.asSite) {
        Result<RunAs> site = siteRunAs(m_config, *command.asSite);
        if (!site) {
            problem(site.error().message);
            return runCommands(std::move(commands), std::move(then));
        }
        runAs = *site;
    }
    runProcess(this, command.program, command.arguments, runAs,
               [this, command, commands = std::move(commands),
                then = std::move(then)](int exitCode, const QString &output) {
                   if (exitCode == 0 && command.onSuccess)
                       command.onSuccess();
                   else if (exitCode != 0)
                       problem(QStringLiteral("%1 %2: %3")
                                   .arg(command.program, command.arguments.join(QLatin1Char(' ')),
                                        output.trimmed()));
                   runCommands(commands, then);
               });
}

void ShellAccessSync::finish()
{
    const Status result =
        m_problems.isEmpty() ? Status() : Status(hostError(m_problems.join(QLatin1Char('\n'))));
    m_done(result, m_log + m_problems);
    deleteLater();
}

ShellAccess::ShellAccess(SiteHost &host) : QObject(&host), m_host(host), m_logins(host.config())
{
    m_timer.setInterval(m_host.config().accessSyncSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // One panel of a host records logins (the supervising one), or each would.
        if (m_host.isSupervising())
            m_logins.readNew(m_host.store(), m_host.now());
        syncNow({});
    });
}

// sshd's side: the keys folder every person may traverse (sshd reads a person's file as them),
// the people's home folders' parent, the drop-in, and the people's group.
Status ShellAccess::prepare()
{
    const HostConfig &config = m_host.config();
    for (const QString &dir : {config.sshDir(), config.sshKeysDir(), config.peopleRoot})
        if (Status made = makeDir(dir, 0755, std::nullopt, std::nullopt); !made)
            return made;
    if (Status written = writeFile(config.sshdDropIn(), renderSshdDropIn(config), publicFile); !written)
        return written;
    if (!unixGroup(QLatin1String(peopleGroup)) &&
        QProcess::execute(QStringLiteral("groupadd"),
                          {QStringLiteral("--system"), QLatin1String(peopleGroup)}) != 0 &&
        !unixGroup(QLatin1String(peopleGroup)))
        return hostError(QStringLiteral("Cannot make the group %1.").arg(QLatin1String(peopleGroup)));
    // Before anyone logs in through this panel's keys: no person may take a site's backend port.
    QString note;
    if (Status confined = confinePeople(config, &note); !confined)
        return confined;
    if (!note.isEmpty())
        qWarning("%s", qPrintable(note));
    return publishHostKeys();
}

void ShellAccess::start()
{
    m_timer.start();
    syncNow({});
}

// The host keys as sshd offers them, where any panel answering for this host reads them.
Status ShellAccess::publishHostKeys()
{
    const HostConfig &config = m_host.config();
    store::SshHost host;
    host.host = config.name;
    host.address = config.sshAddress;
    host.port = config.sshPort;
    host.userPrefix = config.personUserPrefix;
    host.sitesRoot = config.sitesRoot;
    host.tunnelTo = config.tunnelTarget;
    host.updatedAt = m_host.now();
    for (const QString &file : config.sshHostKeyFiles) {
        const QStringList fields =
            QString::fromUtf8(readWhole(file)).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 2)
            host.publicKeys << fields.value(0) + QLatin1Char(' ') + fields.value(1);
    }
    const auto same = [&host](const store::SshHost &published) {
        return published.publicKeys == host.publicKeys && published.address == host.address &&
               published.port == host.port && published.userPrefix == host.userPrefix &&
               published.sitesRoot == host.sitesRoot && published.tunnelTo == host.tunnelTo;
    };
    if (m_published && same(*m_published))
        return {};
    store::ShellAccessStore accessStore(m_host.store().database());
    if (Result<store::SshHost> published = accessStore.sshHost(config.name); published && same(*published)) {
        m_published = *published;
        return {};
    }
    if (Status written = accessStore.publishHost(host); !written)
        return written;
    m_published = host;
    return {};
}

void ShellAccess::syncNow(ShellAccessSync::Done done)
{
    if (m_syncing && !done)
        return; // the timer's turn: one is under way already
    m_syncing = true;
    if (Status published = publishHostKeys(); !published)
        qWarning("mws-paneld: %s", qPrintable(published.error().message));
    syncShellAccess(m_host, this, [this, done = std::move(done)](Status result, const QStringList &log) {
        m_syncing = false;
        if (!result)
            qWarning("mws-paneld: shell access: %s", qPrintable(result.error().message));
        if (done)
            done(result, log);
    });
}

void syncShellAccess(SiteHost &host, QObject *context, ShellAccessSync::Done done)
{
    host.withApplyLock(context, [&host, context, done = std::move(done)](HostLockHold hold) {
        auto *sync = new ShellAccessSync(host.config(), host.store().database(), host.now(), context);
        auto held = std::make_shared<HostLockHold>(std::move(hold));
        sync->run([done, held](Status result, const QStringList &log) {
            held->release();
            done(result, log);
        });
    });
}

} // namespace mws::host
