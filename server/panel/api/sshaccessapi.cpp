// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Shell access to a site: where to connect, as whom, the host's keys and their SSHFP records for
// each of the site's names, and who has shell there and why. The keys themselves are a person's
// (sshkeysapi.cpp); the host makes the accounts (server/host/shellaccess.h).
#include "api/apisupport.h"
#include "api/shellaccessroutes.h"
#include "jobqueue.h"
#include "shellaccessstore.h"
#include "sshdconfig.h"
#include "store.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

QJsonArray peopleJson(PanelContext &context, const SiteAccess &access, store::ShellAccessStore &accounts)
{
    QJsonArray people;
    const QDateTime now = context.now();
    Result<QList<model::SiteMember>> members = context.store.members(access.site.id);
    const bool active = access.site.status == model::SiteStatus::Active;
    QList<model::SiteMember> current;
    QStringList crsids;
    for (const model::SiteMember &member : members ? *members : QList<model::SiteMember>())
        if (member.isCurrent(now)) {
            current << member;
            crsids << member.crsid;
        }
    const Result<QHash<QString, qint64>> uids = accounts.existingUids(crsids);
    for (const model::SiteMember &member : std::as_const(current)) {
        const bool hasUid = uids && uids->contains(member.crsid);
        people.append(QJsonObject{
            {QStringLiteral("crsid"), member.crsid},
            {QStringLiteral("role"), model::toString(member.role)},
            {QStringLiteral("shell"), active},
            {QStringLiteral("uid"),
             hasUid ? QJsonValue(double(uids->value(member.crsid))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expiresAt"), member.expiresAt.isValid()
                                              ? QJsonValue(member.expiresAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue(QJsonValue::Null)},
        });
    }
    return people;
}

// The names people may reach the host by for this site: the host's SSH address, the site's own
// name and every name its vhosts serve.
QStringList siteNames(const SiteAccess &access, const store::SshHost &host)
{
    QStringList names;
    if (QHostAddress(host.address).isNull())
        names << host.address;
    if (!access.site.hostname.isEmpty())
        names << access.site.hostname;
    names << access.site.domains;
    names.removeDuplicates();
    return names;
}

QJsonObject hostKeysJson(const SiteAccess &access, const store::SshHost &host)
{
    QJsonArray keys;
    QJsonArray records;
    const QStringList names = siteNames(access, host);
    for (const QString &line : host.publicKeys) {
        const host::SshfpRecord record = host::sshfpOf(line);
        keys.append(QJsonObject{{QStringLiteral("type"), line.section(QLatin1Char(' '), 0, 0)},
                                {QStringLiteral("publicKey"), line},
                                {QStringLiteral("fingerprint"), record.sha256}});
        if (record.algorithm == 0)
            continue;
        for (const QString &name : names)
            records.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("algorithm"), record.algorithm},
                {QStringLiteral("type"), record.type},
                {QStringLiteral("fingerprint"), record.fingerprint},
                {QStringLiteral("record"), QStringLiteral("%1. IN SSHFP %2 %3 %4")
                                               .arg(name)
                                               .arg(record.algorithm)
                                               .arg(record.type)
                                               .arg(record.fingerprint)},
            });
    }
    return {{QStringLiteral("hostKeys"), keys}, {QStringLiteral("sshfp"), records}};
}

Handled readShellAccess(PanelContext &context, const Request &request, const Caller &caller,
                        const SiteAccess &access)
{
    store::ShellAccessStore accounts(context.store.database());
    Result<QString> hostName = accounts.hostOfSite(access.site.id);
    if (!hostName)
        return hostName.error();
    Result<store::SshHost> host = accounts.sshHost(*hostName);
    if (!host)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("This site's host does not offer shell access."));
    const bool callerHasShell = access.role && access.site.status == model::SiteStatus::Active;
    QJsonObject answer = hostKeysJson(access, *host);
    answer.insert(QStringLiteral("host"), host->address);
    answer.insert(QStringLiteral("port"), host->port);
    answer.insert(QStringLiteral("username"), host->userPrefix + caller.crsid);
    answer.insert(QStringLiteral("shell"), callerHasShell);
    if (!host->sitesRoot.isEmpty())
        answer.insert(QStringLiteral("siteHome"), host->sitesRoot + QLatin1Char('/') + access.site.id);
    // "host:port"; an IPv6 host is in brackets, as sshd's PermitOpen has it.
    if (const qsizetype colon = host->tunnelTo.lastIndexOf(QLatin1Char(':')); colon > 0) {
        QString tunnelHost = host->tunnelTo.left(colon);
        tunnelHost.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        answer.insert(QStringLiteral("tunnel"),
                      QJsonObject{{QStringLiteral("host"), tunnelHost},
                                  {QStringLiteral("port"), host->tunnelTo.mid(colon + 1).toInt()}});
    }
    answer.insert(QStringLiteral("people"), peopleJson(context, access, accounts));
    return jsonResponse(request, answer);
}

} // namespace

QStringList queueShellAccessSync(PanelContext &context, const Caller &caller, const QStringList &siteIds)
{
    QStringList queued;
    store::ShellAccessStore accounts(context.store.database());
    for (const QString &siteId : siteIds) {
        Result<QString> host = accounts.hostOfSite(siteId);
        if (!host || !accounts.sshHost(*host))
            continue;
        model::Job job;
        job.siteId = siteId;
        job.kind = QStringLiteral("ssh.access");
        job.runner = QStringLiteral("ssh.access");
        job.createdBy = caller.crsid;
        job.createdAt = context.now();
        Result<model::Job> created = context.jobs->enqueue(job, [&](const model::Job &made) -> Status {
            Result<int> logged =
                context.store.appendJobLog(made.id, QStringLiteral("Queued"), made.createdAt);
            return logged ? Status() : Status(logged.error());
        });
        if (created)
            queued << created->id;
        else
            qWarning("could not queue a shell access sync for %s: %s", qPrintable(siteId),
                     qPrintable(created.error().message));
    }
    return queued;
}

void registerShellAccessRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Get, QStringLiteral("/api/v1/sites/{siteId}/ssh"),
               siteRoute(context, Need::Read, readShellAccess));
}

} // namespace mws::panel
