// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// mws-cron-run: what each line of a site's crontab runs (and the panel's "Run now"). It runs as the
// site's own user: it reads the job from the file the panel rendered, keeps runs of one job apart
// (skip or wait), runs the command with /bin/sh, keeps the first and last 64 KiB of what it
// prints, and reports the run to the panel over its socket, where the panel knows the site by the
// connection's uid and confines the command to a cgroup of its own.
//
//   mws-cron-run JOBS_FILE JOB_ID [--now TOKEN]

#include "cronrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace mws::cronrun;

#if defined(__SANITIZE_ADDRESS__)
// The sanitized build runs this as a site's user, under no_new_privs: LeakSanitizer could not
// stop the world there, and its report would become the run's exit status.
extern "C" const char *__asan_default_options()
{
    return "detect_leaks=0";
}
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 && !(arguments.size() == 5 && arguments.at(3) == QLatin1String("--now"))) {
        std::fprintf(stderr, "usage: mws-cron-run JOBS_FILE JOB_ID [--now TOKEN]\n");
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "mws-cron-run: cannot read %s\n", qPrintable(arguments.at(1)));
        return 2;
    }
    const QJsonObject jobs = QJsonDocument::fromJson(file.read(4 << 20)).object();
    std::optional<Job> job = readJob(jobs, arguments.at(2));
    if (!job) {
        std::fprintf(stderr, "mws-cron-run: the site has no job %s\n", qPrintable(arguments.at(2)));
        return 2;
    }
    const bool now = arguments.size() == 5;
    return runJob(*job, now ? QStringLiteral("now") : QStringLiteral("schedule"),
                  now ? arguments.at(4) : QString(), now);
}
