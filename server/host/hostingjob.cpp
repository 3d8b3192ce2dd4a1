// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "hosting" runner: a stored change to one slice of a site's state (siteslices.h), applied by
// an ApplyRun under the apply lock. Its name is older than slices: every slice's changes use it.

#include "applyrun.h"
#include "hostjobs.h"
#include "hostlock.h"
#include "sitehost.h"
#include "siteslices.h"
#include "store.h"

namespace mws::host {

class HostingRunner final : public jobs::JobRunner
{
public:
    explicit HostingRunner(SiteHost &host) : m_host(host) {}

    QString name() const override { return QStringLiteral("hosting"); }

    void start(jobs::JobRun &run) override
    {
        m_host.withApplyLock(&m_host, [this, &run](HostLockHold hold) {
            Result<store::SiteChange> change =
                store::SliceStore(m_host.store().database()).change(run.job().id);
            if (!change)
                return run.fail(change.error().message);
            // It deletes itself once it has ended the run (ApplyRun::end), letting go of the lock.
            auto *apply = new ApplyRun(m_host, run, std::move(change).value(), std::move(hold));
            apply->setParent(&m_host);
            apply->start();
        });
    }

    // Taking the apply lock has put back the files of a change its applier left half done, and
    // failed its job; a job still unfinished then never got as far as changing a file.
    void recover(jobs::JobRun &run) override
    {
        m_host.withApplyLock(&m_host, [this, &run](HostLockHold hold) {
            hold.release();
            store::Store &store = m_host.store();
            const QString id = run.job().id;
            if (Result<model::Job> job = store.job(id); job && model::isFinished(job->state))
                return run.ended();
            (void)store::SliceStore(store.database()).removeChange(id);
            run.fail(QStringLiteral("The panel applying this change stopped before it changed any file. "
                                    "Nothing was changed; make the change again."));
        });
    }

private:
    SiteHost &m_host;
};

std::unique_ptr<jobs::JobRunner> makeHostingRunner(SiteHost &host)
{
    return std::make_unique<HostingRunner>(host);
}

} // namespace mws::host
