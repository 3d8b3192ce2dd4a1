// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Mail about a cron run that failed, to the site's contact, through the relay the panel is
// configured with ([host] cron_mail_relay), sent by an existing client (msmtp): the panel writes no
// SMTP of its own. Nothing is sent without a relay.

#include "hostconfig.h"
#include "model/cron.h"

#include <QObject>

namespace mws::host {

// The message as msmtp reads it (headers, a blank line, the text); every header value is one
// line (the job's id, the site's id and the address were checked when they were stored).
QByteArray failedRunMessage(const HostConfig &config, const QString &to, const QString &siteId,
                            const model::CronJob &job, const model::CronRunRecord &run);

// Hands the message to msmtp; its end is logged, never waited for.
void mailFailedRun(QObject *context, const HostConfig &config, const QString &to, const QString &siteId,
                   const model::CronJob &job, const model::CronRunRecord &run);

} // namespace mws::host
