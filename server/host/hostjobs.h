// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jobrunner.h"

#include <memory>

namespace mws::host {

class SiteHost;

// The job runners of a site host (registered in server/panel/jobkinds.cpp).
// "hosting": applies a stored change to one slice of a site's state (ApplyRun); recovery undoes a
// half-applied one.
std::unique_ptr<jobs::JobRunner> makeHostingRunner(SiteHost &host);
// "site.check": asks each of a site's vhosts through the front and records the answers;
// it changes nothing, so recovery runs it again.
std::unique_ptr<jobs::JobRunner> makeSiteCheckRunner(SiteHost &host);
// "ssh.access": brings the host's people's accounts, members groups and key files in line with
// the store (shellaccess.h); idempotent, so recovery runs it again. None without shell access.
std::unique_ptr<jobs::JobRunner> makeShellAccessRunner(SiteHost &host);
// "cron.run": one of a site's cron jobs run now through the wrapper, as the site's user; its
// output goes to the job's log and the run to the job's history. None without cron.
std::unique_ptr<jobs::JobRunner> makeCronRunRunner(SiteHost &host);
// "databases": creates or drops a site's MariaDB database or user, resets a user's password or
// sets its grants (databasejob.cpp); every step is idempotent, so recovery runs it again. None
// without [mariadb].
std::unique_ptr<jobs::JobRunner> makeDatabasesRunner(SiteHost &host);
// "database.transfer": exports a site's database to a compressed dump, or imports an upload into
// it through a scratch database and a journalled swap (databasetransferjob.cpp); recovery
// finishes a swap under way and otherwise leaves the database as it was. None without [mariadb].
std::unique_ptr<jobs::JobRunner> makeDatabaseTransferRunner(SiteHost &host);

} // namespace mws::host
