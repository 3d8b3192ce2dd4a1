// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobkinds.h"

#include "context.h"
#include "hostjobs.h"

namespace mws::panel {

namespace {

// A kind that runs on this panel's site host.
JobKind onHost(const char *runner, std::unique_ptr<jobs::JobRunner> (*make)(host::SiteHost &))
{
    return {QLatin1String(runner), [make](PanelContext &context) -> std::unique_ptr<jobs::JobRunner> {
                return context.host ? make(*context.host) : nullptr;
            }};
}

} // namespace

const QList<JobKind> &jobKinds()
{
    static const QList<JobKind> kinds{
        onHost("hosting", host::makeHostingRunner),
        onHost("site.check", host::makeSiteCheckRunner),
        onHost("ssh.access", host::makeShellAccessRunner),
        onHost("cron.run", host::makeCronRunRunner),
        onHost("databases", host::makeDatabasesRunner),
        onHost("database.transfer", host::makeDatabaseTransferRunner),
    };
    return kinds;
}

} // namespace mws::panel
