// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "site.check" runner: asks each of a site's vhosts through the front, as a visitor would,
// and records what each answered. It changes nothing.

#include "healthprobe.h"
#include "hostfiles.h"
#include "hostjobs.h"
#include "renderer.h"
#include "sitehost.h"
#include "siteslices.h"
#include "store.h"

#include <QJsonArray>

namespace mws::host {

namespace {

// One check under way; it deletes itself once it has ended the run.
class SiteCheck : public QObject
{
public:
    SiteCheck(SiteHost &host, jobs::JobRun &run) : m_host(host), m_run(run) {}

    void start()
    {
        const QString siteId = m_run.job().siteId;
        Result<store::SiteState> state = store::SliceStore(m_run.store().database()).state(siteId);
        if (!state)
            return end(state.error().message);
        const HostConfig &config = m_host.config();
        const SiteFiles live = filesOnDisk(config, {siteFrontFile(siteId)});
        m_probes = siteServer(QStringLiteral("front"))->probes(config, *state, SiteSlot(), live);
        if (m_probes.isEmpty()) {
            m_run.log(QStringLiteral("The site serves no vhost yet: nothing to ask."));
            return end({});
        }
        m_run.progress(10, QStringLiteral("Asking %1 vhost(s) through the front").arg(m_probes.size()));
        m_total = int(m_probes.size());
        askNext();
    }

private:
    void askNext()
    {
        if (m_probes.isEmpty())
            return end(m_problems.join(QLatin1Char('\n')));
        const HealthProbe probe = m_probes.takeFirst();
        askProbe(m_host.config(), m_run.job().siteId, probe, this,
                 [this, probe](int status, const QByteArray &tag, const QString &error) {
                     const bool current = !tag.isEmpty() && tag == probe.tag;
                     const bool healthy = probe.offline ? status == 503 : status > 0 && status < 500;
                     m_answers.append(QJsonObject{{QStringLiteral("name"), probe.what},
                                                  {QStringLiteral("status"), status},
                                                  {QStringLiteral("current"), current}});
                     const QString answer = status > 0 ? QStringLiteral("HTTP %1").arg(status) : error;
                     m_run.log(QStringLiteral("%1 answered %2").arg(probe.what, answer));
                     if (!healthy)
                         m_problems << QStringLiteral("%1 answers %2.").arg(probe.what, answer);
                     else if (!current)
                         m_problems << QStringLiteral("%1 is not served from the current configuration.")
                                           .arg(probe.what);
                     m_run.progress(10 + 85 * int(m_answers.size()) / m_total);
                     askNext();
                 });
    }

    void end(const QString &problem)
    {
        if (problem.isEmpty())
            m_run.succeed(QJsonObject{{QStringLiteral("answers"), m_answers}});
        else
            m_run.fail(problem);
        deleteLater();
    }

    SiteHost &m_host;
    jobs::JobRun &m_run;
    QList<HealthProbe> m_probes;
    int m_total = 0;
    QJsonArray m_answers;
    QStringList m_problems;
};

class SiteCheckRunner final : public jobs::JobRunner
{
public:
    explicit SiteCheckRunner(SiteHost &host) : m_host(host) {}

    QString name() const override { return QStringLiteral("site.check"); }
    void start(jobs::JobRun &run) override
    {
        auto *check = new SiteCheck(m_host, run);
        check->setParent(&m_host);
        check->start();
    }
    // Asking again is harmless.
    void recover(jobs::JobRun &run) override
    {
        run.log(QStringLiteral("The panel checking this site stopped; asking again"));
        start(run);
    }

private:
    SiteHost &m_host;
};

} // namespace

std::unique_ptr<jobs::JobRunner> makeSiteCheckRunner(SiteHost &host)
{
    return std::make_unique<SiteCheckRunner>(host);
}

} // namespace mws::host
