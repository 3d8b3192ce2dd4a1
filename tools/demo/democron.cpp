// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "democron.h"

#include "demodata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mws::demo {

namespace {

struct DemoJob
{
    const char *id;
    const char *schedule;
    const char *command;
    const char *description;
    bool fails; // what its run now ends with
};

const DemoJob demoJobs[] = {
    {"pages", "*/15 * * * *", "find public_html -name '*.html' | wc -l", "Count the published pages", false},
    {"copy", "30 2 * * *",
     "mkdir -p backups && tar czf backups/site-$(date +%F).tar.gz public_html && ls -l backups",
     "Nightly copy of the site", false},
    {"links", "0 7 * * 1", "curl -fsS -o /dev/null http://127.0.0.1:9/events/", "Weekly link check", true},
};

} // namespace

void offerCron(test::PanelProcess::Options &options)
{
    options.extraHostConfig += QStringLiteral("cron_enabled = true\ncron_wrapper = \"%1\"\n")
                                   .arg(QStringLiteral(MWS_CRON_RUN_BINARY));
}

bool seedDemoCron(test::HttpClient &http, test::PanelProcess &panel, const QString &token,
                  const QString &siteId, QString *error)
{
    const QString cron = QStringLiteral("/api/v1/sites/%1/cron").arg(siteId);
    if (http.getJson(panel.url(cron), token).status == 503)
        return true; // [host] cron_enabled is off: the Cron page says so
    QJsonArray jobs;
    for (const DemoJob &job : demoJobs)
        jobs.append(QJsonObject{{QStringLiteral("id"), QLatin1String(job.id)},
                                {QStringLiteral("schedule"), QLatin1String(job.schedule)},
                                {QStringLiteral("command"), QLatin1String(job.command)},
                                {QStringLiteral("description"), QLatin1String(job.description)},
                                {QStringLiteral("timeoutSeconds"), 300},
                                {QStringLiteral("mailOnFailure"), job.fails}});
    if (!runJob(http, panel, token, "PUT", cron, {{QStringLiteral("jobs"), jobs}}, error))
        return false;
    for (const DemoJob &job : demoJobs) {
        QString failure;
        const bool ran =
            runJob(http, panel, token, "POST",
                   cron + QStringLiteral("/jobs/%1/run").arg(QLatin1String(job.id)), {}, &failure);
        if (ran == job.fails) {
            *error = QStringLiteral("the demo's cron job %1 %2")
                         .arg(QLatin1String(job.id), ran ? QStringLiteral("did not fail") : failure);
            return false;
        }
    }
    return true;
}

} // namespace mws::demo
