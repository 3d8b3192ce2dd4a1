// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A site on its host is a list of parts, each owning some files that one server reads, rendered
// from the site's state (its slices, store/siteslices.h). The apply pipeline (ApplyRun) knows
// none of them by name: it renders every part, and for each server whose files changed it runs
// that server's config test, reload and health check. Adding a part (a crontab, an
// authorized_keys file) is a new SitePart, and, if no server yet reads its files, a new
// SiteServer; a new slice may bring SliceRules. All three are registered in siteparts.cpp.

#include "database.h"
#include "hostconfig.h"
#include "processrunner.h"
#include "renderer.h"
#include "siteslices.h"
#include "supervisor.h"

#include <QDateTime>
#include <QFileDevice>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

namespace mws::host {

// What parts render from besides the stored state.
struct PartContext
{
    const HostConfig &config;
    SiteSlot slot;
    QString tlsRoot; // where certificates are read from: the live root, or the staging folder
};

class SitePart
{
public:
    virtual ~SitePart() = default;
    virtual QString name() const = 0;
    // The id of the server that reads this part's files (a SiteServer's id).
    virtual QString server() const = 0;
    // The part's files for this state, by path relative to the root; none when it has none.
    virtual SiteFiles render(const PartContext &context, const store::SiteState &state) const = 0;
    // The files of this part that are on disk now (a change removes those it no longer renders).
    virtual QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const = 0;
    // Whether the site's own servers read the files (then only its group may), or root's.
    virtual bool readBySite() const = 0;
    // Folders the part's files need in the site's home (relative path, octal mode), made by the
    // site's own user before the change is staged.
    virtual QList<QPair<QString, QString>> homeFolders(const store::SiteState &, const QDateTime &) const
    {
        return {};
    }
};

// A health check: a request, and the tag its answer must carry once the new files are live.
struct HealthProbe
{
    QString what; // for the job's log: the name asked for
    QUrl url;
    QByteArray host;
    QByteArray tagHeader; // X-MWS-Config or X-MWS-Front
    QByteArray tag;
    bool viaSiteServer = false; // straight to the site's own server, with the front's certificate
    bool offline = false;       // the site serves nothing: 503 is the right answer
};

// A change under test: the live files with the staged ones in their place.
struct Candidate
{
    const HostConfig &config;
    QString siteId;
    RunAs runAs;
    SiteFiles files; // every part's new files, staged under HostConfig::stagingDir()
};

class SiteServer
{
public:
    virtual ~SiteServer() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    // The process to supervise for the site (not wanted when its files say it should not run).
    virtual ServiceSpec service(const HostConfig &config, const QString &siteId,
                                const RunAs &runAs) const = 0;
    // Tests a candidate; calls done with the server's refusal, or an empty string.
    virtual void test(QObject *context, const Candidate &candidate,
                      std::function<void(const QString &refusal)> done) const = 0;
    // What proves the new files are live and the site healthy.
    virtual QList<HealthProbe> probes(const HostConfig &config, const store::SiteState &state,
                                      const SiteSlot &slot, const SiteFiles &files) const = 0;
    // Whether a change may not turn what its probes answered before into a refusal: true for a
    // server that serves the site's own pages.
    virtual bool keepsAnswers() const { return false; }
    // One per site (started for each), or one for the whole host (the front).
    virtual bool perSite() const { return true; }
    // Makes the site's live files current: by default a graceful reload of the supervised
    // process, or its stop when its files are gone. A server the panel does not run itself (the
    // host's cron) takes them by a command of its own instead.
    virtual Status reload(Supervisor &supervisor, const HostConfig &config, const QString &siteId,
                          const RunAs &runAs) const;
    // Twice a second while this panel supervises the host: the process started unless the
    // supervisor knows it already; a server the panel does not run checks (now and then) that it
    // holds the live files, and puts them back if not. Keep it cheap.
    virtual void serve(Supervisor &supervisor, const HostConfig &config, const QString &siteId,
                       const RunAs &runAs) const;
};

// What applying a change to one kind of slice needs besides rendering it.
class SliceRules
{
public:
    virtual ~SliceRules() = default;
    virtual QString slice() const = 0;
    // A change made against an older version that applies to whatever is current (taking a site
    // offline only flips that): the document it gives current, or nothing when it goes stale.
    virtual std::optional<QJsonObject> rebase(const store::SiteChange &, const store::SiteSlice &) const
    {
        return std::nullopt;
    }
    // Why the change cannot be applied now (what the route checked has changed since, like a
    // domain name another site took), checked right before it is; empty when it can.
    virtual QString refusal(store::Database &, const store::SiteChange &) const { return {}; }
    // What else is stored with the slice's new version, in the same transaction.
    virtual Status saved(store::Database &, const store::SiteSlice &) const { return {}; }
};

const QList<const SitePart *> &siteParts();
const QList<const SiteServer *> &siteServers();
const SiteServer *siteServer(const QString &id);
// The rules of a kind of slice; nullptr when it has none of its own.
const SliceRules *sliceRules(const QString &slice);

} // namespace mws::host
