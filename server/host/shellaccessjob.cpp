// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "ssh.access" runner: brings the host's accounts, members groups and key files in line with
// the store after a change to a site's members, a person's keys or a site's status. The sync
// covers the whole host and is idempotent, so recovery runs it again.

#include "hostjobs.h"
#include "shellaccess.h"
#include "sitehost.h"

namespace mws::host {

namespace {

class ShellAccessRunner final : public jobs::JobRunner
{
public:
    explicit ShellAccessRunner(SiteHost &host) : m_host(host) {}

    QString name() const override { return QStringLiteral("ssh.access"); }

    void start(jobs::JobRun &run) override
    {
        run.progress(10, QStringLiteral("Checking who has shell access on this host"));
        syncShellAccess(m_host, &m_host, [&run](Status result, const QStringList &log) {
            for (const QString &line : log)
                run.log(line);
            if (!result)
                return run.fail(result.error().message);
            if (log.isEmpty())
                run.log(QStringLiteral("Shell access was as it should be already"));
            run.succeed();
        });
    }

    void recover(jobs::JobRun &run) override
    {
        run.log(QStringLiteral("The panel updating shell access stopped; checking again"));
        start(run);
    }

private:
    SiteHost &m_host;
};

} // namespace

std::unique_ptr<jobs::JobRunner> makeShellAccessRunner(SiteHost &host)
{
    if (!host.config().shellAccess)
        return nullptr;
    return std::make_unique<ShellAccessRunner>(host);
}

} // namespace mws::host
