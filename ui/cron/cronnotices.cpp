// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronnotices.h"

#include "cron/cronformat.h"
#include "session/cronwatch.h"

namespace mws::ui {

CronNotices::CronNotices(session::AccountSession &session, QObject *parent)
    : AccountWatch(parent), m_watch(new session::CronWatch(session, this))
{
    connect(m_watch, &session::CronWatch::runFailed, this,
            [this](const model::Site &site, const model::CronJob &job) {
                const model::CronRunRecord &run = *job.lastRun;
                const QString how = cronformat::exitText(run);
                Q_EMIT notice(site.id, tr("%1: the cron job “%2” ended: %3%4, at %5.")
                                           .arg(site.name, cronformat::jobTitle(job),
                                                cronformat::outcomeText(run.outcome),
                                                how.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(how),
                                                cronformat::localTime(run.endedAt)));
            });
    m_watch->start();
}

void CronNotices::checkNow()
{
    m_watch->checkNow();
}

AccountWatch *CronNotices::make(session::AccountSession &session, QObject *parent)
{
    return new CronNotices(session, parent);
}

} // namespace mws::ui
