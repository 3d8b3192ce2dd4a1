// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cron.h"
#include "model/types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace mws::session {

class AccountSession;

// Keeps an eye on the cron jobs of an account's active sites while the app is open, so that a
// run that failed at night is said even when nobody opens the Cron page: every few minutes (and
// at once on checkNow()) it asks each site's GET …/cron with its ETag, which changes whenever a
// run starts or ends, so an unchanged site costs a 304. A failed or timed-out last run that ended
// after the newest one already said is reported once through runFailed(); what was said is kept
// in the account's offline cache, so a restart does not say it again. Without such a record (the
// account's first look at the site) only runs that ended in the last day are said.
class CronWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes defaultInterval{5};

    explicit CronWatch(AccountSession &session, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    // Checks now, then every interval.
    void start();
    // Checks every active site now (a site whose answer is still awaited is not asked twice).
    void checkNow();

Q_SIGNALS:
    // job.lastRun is the run that failed.
    void runFailed(const mws::model::Site &site, const mws::model::CronJob &job);
    // The site's answer was read (after any runFailed() it brought), or it could not be had.
    void checked(const QString &siteId);

private:
    void check(const model::Site &site);
    void fetch(const model::Site &site);
    void noticeRuns(const model::Site &site, const model::SiteCron &cron);

    AccountSession &m_session;
    QTimer m_timer;
    QSet<QString> m_asking;                // sites whose answer is awaited
    QHash<QString, QByteArray> m_etags;    // per site, the last answer's
    QHash<QString, QDateTime> m_saidUntil; // per site, when the newest run already said ended
};

} // namespace mws::session
