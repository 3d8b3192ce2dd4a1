// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/cronwatch.h"

#include "api/cronrequest.h"
#include "cache/offlinecache.h"
#include "session/accountsession.h"
#include "util/clock.h"

namespace mws::session {

namespace {

// Where the end of the newest run already said is kept, in the account's cache.
QString saidKey(const QString &siteId)
{
    return QStringLiteral("site/%1/cron-said").arg(siteId);
}

} // namespace

CronWatch::CronWatch(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &CronWatch::checkNow);
    // A site that appears (or becomes active) is looked at without waiting for the timer.
    connect(&m_session, &AccountSession::sitesChanged, this, [this] {
        if (m_timer.isActive())
            checkNow();
    });
}

void CronWatch::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void CronWatch::start()
{
    m_timer.start();
    checkNow();
}

void CronWatch::checkNow()
{
    if (!m_session.isOnline())
        return; // the session retries by itself; the next check after it is back will do
    for (const model::Site &site : m_session.sites())
        if (site.status == model::SiteStatus::Active)
            check(site);
}

void CronWatch::check(const model::Site &site)
{
    if (m_asking.contains(site.id))
        return;
    m_asking.insert(site.id);
    if (m_saidUntil.contains(site.id))
        return fetch(site);
    m_session.cache()
        ->get(saidKey(site.id))
        .then(this, [this, site](const std::optional<cache::OfflineCache::Entry> &entry) {
            QDateTime said;
            if (entry)
                said = QDateTime::fromString(QString::fromUtf8(entry->body), Qt::ISODateWithMs);
            m_saidUntil.insert(site.id, said.isValid() ? said : Clock::nowUtc().addDays(-1));
            fetch(site);
        });
}

void CronWatch::fetch(const model::Site &site)
{
    api::CronClient(*m_session.client())
        .cron(site.id, m_etags.value(site.id))
        .then(this, [this, site](const Result<api::Fetched<model::SiteCron>> &fetched) {
            m_asking.remove(site.id);
            // A site without cron on its host, or one the caller may not read, has nothing to say;
            // the pages say why when they are opened.
            if (fetched.ok() && !fetched->notModified) {
                m_etags.insert(site.id, fetched->etag);
                noticeRuns(site, fetched->value);
            }
            Q_EMIT checked(site.id);
        });
}

void CronWatch::noticeRuns(const model::Site &site, const model::SiteCron &cron)
{
    const QDateTime saidUntil = m_saidUntil.value(site.id);
    QDateTime newest = saidUntil;
    for (const model::CronJob &job : cron.jobs) {
        if (!job.lastRun || !job.lastRun->endedAt.isValid() || job.lastRun->endedAt <= saidUntil)
            continue;
        newest = std::max(newest, job.lastRun->endedAt);
        if (job.lastRun->failed())
            Q_EMIT runFailed(site, job);
    }
    if (newest == saidUntil)
        return;
    m_saidUntil.insert(site.id, newest);
    (void)m_session.cache()->put(saidKey(site.id), newest.toString(Qt::ISODateWithMs).toUtf8(), {},
                                 Clock::nowUtc());
}

} // namespace mws::session
