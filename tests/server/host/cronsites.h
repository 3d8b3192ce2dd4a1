// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "twositefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mws::test {

// One job as the API takes it: its schedule and command, and any further fields.
inline QJsonObject job(const QString &schedule, const QString &command, const QJsonObject &extra = {})
{
    QJsonObject out{{QStringLiteral("schedule"), schedule}, {QStringLiteral("command"), command}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

// What the cron tests start from: two sites on a real host (TwoSiteFixture) and the cron API's
// calls as their owners make them. The tests start the fixture with cron enabled themselves.
class CronSites
{
protected:
    TwoSiteFixture m_two;

    PanelProcess &panel() { return m_two.panel(); }
    QUrl siteUrl(const QString &site, const QString &path)
    {
        return panel().url(QStringLiteral("/api/v1/sites/%1%2").arg(site, path));
    }
    QJsonObject cron(const QString &site, const QString &token)
    {
        return m_two.http.getJson(siteUrl(site, QStringLiteral("/cron")), token).json();
    }
    // Sends the whole list; the finished job, or the refusal with its "status".
    QJsonObject setJobs(const QString &site, const QJsonArray &jobs, const QString &token)
    {
        const QByteArray etag =
            m_two.http.getJson(siteUrl(site, QStringLiteral("/cron")), token).header("ETag");
        const HttpReply reply =
            m_two.http.sendJson("PUT", siteUrl(site, QStringLiteral("/cron")),
                                {{QStringLiteral("jobs"), jobs}}, token, {{"If-Match", etag}});
        if (reply.status != 202) {
            QJsonObject refusal = reply.json();
            refusal.insert(QStringLiteral("status"), reply.status);
            return refusal;
        }
        const QJsonObject done =
            m_two.hosting->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
        if (done.value(QStringLiteral("state")).toString() != QLatin1String("succeeded"))
            qWarning("the change failed: %s", QJsonDocument(done).toJson(QJsonDocument::Compact).constData());
        return done;
    }
    QString jobId(const QString &site, int index, const QString &token)
    {
        return cron(site, token)[QStringLiteral("jobs")][index][QStringLiteral("id")].toString();
    }
    QJsonObject runNow(const QString &site, const QString &id, const QString &token)
    {
        const HttpReply reply = m_two.http.sendJson(
            "POST", siteUrl(site, QStringLiteral("/cron/jobs/%1/run").arg(id)), {}, token);
        if (reply.status != 202)
            return {{QStringLiteral("status"), reply.status}};
        return m_two.hosting->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
    }
    QJsonArray runs(const QString &site, const QString &id, const QString &token)
    {
        return m_two.http.getJson(siteUrl(site, QStringLiteral("/cron/runs?job=") + id), token)
            .json()
            .value(QStringLiteral("runs"))
            .toArray();
    }
    QString jobLog(const QJsonObject &job, const QString &token)
    {
        const HttpReply log = m_two.http.getJson(
            panel().url(
                QStringLiteral("/api/v1/jobs/%1/log").arg(job.value(QStringLiteral("id")).toString())),
            token);
        return QString::fromUtf8(log.body);
    }
    // The tab cron reads (crontab -l -u would refuse: a site's user may not use crontab).
    QByteArray installedTab(const QString &site)
    {
        QFile file(QStringLiteral("/var/spool/cron/crontabs/") + site);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Both sites' tabs, removed at the end (the spool is the machine's).
    void removeTabs()
    {
        for (const QString &site : {m_two.siteA, m_two.siteB})
            if (!site.isEmpty())
                QFile::remove(QStringLiteral("/var/spool/cron/crontabs/") + site);
    }
};

} // namespace mws::test
