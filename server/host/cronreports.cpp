// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cronreports.h"

#include "cronmail.h"
#include "cronstore.h"
#include "hostfiles.h"
#include "sitecgroup.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTimer>

#include <csignal>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mws::host {

namespace {

// The site a connecting process belongs to: its uid's user, when that is a site's user.
std::optional<QString> siteOfPeer(const HostConfig &config, uid_t uid)
{
    passwd entry{};
    passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) != 0 || !found)
        return std::nullopt;
    const QString name = QString::fromLocal8Bit(found->pw_name);
    if (!name.startsWith(QLatin1String("site-")) || !QFileInfo(config.siteConfigDir(name)).isDir())
        return std::nullopt;
    return name; // a site's user is named as the site (renderer.h: siteUnixUser)
}

// /proc/<pid>/status's "Uid:" (real) and "PPid:".
std::optional<std::pair<uid_t, pid_t>> ownerAndParent(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<uid_t> uid;
    std::optional<pid_t> parent;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            uid = uid_t(line.mid(4).simplified().split(' ').value(0).toUInt());
        else if (line.startsWith("PPid:"))
            parent = pid_t(line.mid(5).trimmed().toInt());
    }
    if (!uid || !parent)
        return std::nullopt;
    return std::pair{*uid, *parent};
}

// Ends every process of a cgroup: cgroup.kill where the kernel has it (5.14), else each pid.
void killCgroup(const QString &dir)
{
    QFile kill(dir + QStringLiteral("/cgroup.kill"));
    if (kill.open(QIODevice::WriteOnly) && kill.write("1") == 1)
        return;
    for (int round = 0; round < 5; ++round) {
        QFile procs(dir + QStringLiteral("/cgroup.procs"));
        if (!procs.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> pids = procs.readAll().split('\n');
        for (const QByteArray &pid : pids)
            if (pid.toInt() > 0)
                ::kill(pid.toInt(), SIGKILL);
    }
}

} // namespace

// One wrapper's connection: at most one run.
class CronRunConnection : public QObject
{
public:
    CronRunConnection(CronReports &reports, QLocalSocket *socket, QString siteId, uid_t uid, pid_t pid)
        : QObject(&reports), m_reports(reports), m_socket(socket), m_siteId(std::move(siteId)), m_uid(uid),
          m_pid(pid)
    {
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, &CronRunConnection::readLines);
        connect(socket, &QLocalSocket::disconnected, this, &CronRunConnection::closed);
        // A connection that never starts a run does not stay.
        QTimer::singleShot(10'000, this, [this] {
            if (m_runId == 0)
                m_socket->abort();
        });
    }
    ~CronRunConnection() override
    {
        m_reports.m_connections[m_siteId] -= 1;
        if (!m_cgroup.isEmpty())
            removeCgroupLater(m_cgroup, m_deadlineTimer ? m_deadlineTimer->remainingTime() : 0);
    }

private:
    const HostConfig &config() const { return m_reports.m_host.config(); }
    store::Store &store() const { return m_reports.m_host.store(); }

    void readLines()
    {
        while (m_socket->canReadLine()) {
            const QByteArray line = m_socket->readLine(CronReports::maxLineBytes + 1);
            if (!line.endsWith('\n'))
                return refuse(QStringLiteral("A report line is too long."));
            handle(QJsonDocument::fromJson(line).object());
        }
        if (m_socket->bytesAvailable() > CronReports::maxLineBytes)
            refuse(QStringLiteral("A report line is too long."));
    }

    void reply(const QJsonObject &message)
    {
        m_socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    }

    void refuse(const QString &why)
    {
        reply({{QStringLiteral("refused"), why}});
        m_socket->disconnectFromServer();
    }

    void handle(const QJsonObject &message)
    {
        const QString type = message.value(QStringLiteral("type")).toString();
        if (m_runId == 0 && (type == QLatin1String("start") || type == QLatin1String("skipped")))
            return begin(message, type == QLatin1String("skipped"));
        if (m_runId > 0 && type == QLatin1String("child") && m_cgroup.isEmpty())
            return confine(pid_t(message.value(QStringLiteral("pid")).toInteger()));
        if (m_runId > 0 && type == QLatin1String("end") && !m_ended)
            return end(message);
        refuse(QStringLiteral("That report does not fit this run."));
    }

    // The job must be one of the site's; a run the panel was asked for names its panel job.
    void begin(const QJsonObject &message, bool skipped)
    {
        if (!m_reports.admitStart(m_siteId))
            return refuse(QStringLiteral("Too many runs were reported for this site in the last minute."));
        const QString jobId = message.value(QStringLiteral("job")).toString();
        Result<store::SiteState> state = store::SliceStore(store().database()).state(m_siteId);
        const model::CronJob *job = nullptr;
        model::SiteCron cron;
        if (state) {
            cron = store::cronOf(*state);
            job = cron.job(jobId);
        }
        if (!job)
            return refuse(QStringLiteral("The site has no cron job %1.").arg(jobId.left(40)));
        model::CronRunRecord run;
        run.jobId = jobId;
        run.trigger = QStringLiteral("schedule");
        run.startedAt = m_reports.m_host.now();
        const QString token = message.value(QStringLiteral("token")).toString();
        if (!token.isEmpty()) {
            Result<model::Job> asked = store().job(token);
            if (!asked || asked->siteId != m_siteId || asked->kind != QLatin1String("cron.run") ||
                asked->payload.value(QStringLiteral("jobId")).toString() != jobId ||
                asked->state != model::JobState::Running)
                return refuse(QStringLiteral("No run of this job was asked for."));
            run.trigger = QStringLiteral("now");
            run.startedBy = asked->createdBy;
            m_panelJob = token;
        } else if (!job->enabled) {
            return refuse(QStringLiteral("The job is disabled."));
        }
        m_timeoutSeconds = job->timeoutSeconds;
        m_job = *job;
        if (skipped) {
            run.outcome = model::CronOutcome::Skipped;
            run.endedAt = run.startedAt;
        }
        Result<qint64> added = store::CronRunStore(store().database()).add(m_siteId, run, m_panelJob);
        if (!added)
            return refuse(QStringLiteral("The run could not be recorded."));
        m_runId = *added;
        m_run = run;
        m_run.id = m_runId;
        if (!m_panelJob.isEmpty())
            (void)store().appendJobLog(m_panelJob, QStringLiteral("Run %1 started").arg(m_runId),
                                       run.startedAt);
        if (skipped) {
            m_ended = true;
            prune();
        }
        reply({{QStringLiteral("run"), m_runId}, {QStringLiteral("timeoutSeconds"), m_timeoutSeconds}});
    }

    // The command is the wrapper's child and the site's; it waits until this answers.
    void confine(pid_t child)
    {
        const auto owner = child > 0 ? ownerAndParent(child) : std::nullopt;
        bool confined = false;
        if (owner && owner->first == m_uid && owner->second == m_pid) {
            Result<QString> site = siteCgroupDir(config(), m_siteId);
            const QString dir = site ? *site + QStringLiteral("/cron-%1").arg(m_runId) : QString();
            if (!dir.isEmpty() && (QDir().mkdir(dir) || QFileInfo(dir).isDir())) {
                QFile procs(dir + QStringLiteral("/cgroup.procs"));
                confined = procs.open(QIODevice::WriteOnly) && procs.write(QByteArray::number(child)) > 0;
                m_cgroup = dir;
            }
        }
        m_deadlineTimer = new QTimer(this);
        m_deadlineTimer->setSingleShot(true);
        connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
            m_killed = true;
            if (!m_cgroup.isEmpty())
                killCgroup(m_cgroup);
        });
        m_deadlineTimer->start(qint64(m_timeoutSeconds) * 1000);
        reply({{QStringLiteral("confined"), confined}});
    }

    void end(const QJsonObject &message)
    {
        m_ended = true;
        m_run.endedAt = m_reports.m_host.now();
        m_run.durationMs = qBound<qint64>(0, message.value(QStringLiteral("durationMs")).toInteger(),
                                          qint64(m_timeoutSeconds + 3600) * 1000);
        m_run.outputBytes = qMax<qint64>(0, message.value(QStringLiteral("outputBytes")).toInteger());
        const qsizetype limit = 64 * 1024;
        m_run.outputHead = QString::fromUtf8(
            QByteArray::fromBase64(message.value(QStringLiteral("head")).toString().toLatin1()).left(limit));
        m_run.outputTail = QString::fromUtf8(
            QByteArray::fromBase64(message.value(QStringLiteral("tail")).toString().toLatin1()).right(limit));
        if (message.value(QStringLiteral("exitCode")).isDouble())
            m_run.exitCode = message.value(QStringLiteral("exitCode")).toInt();
        if (message.value(QStringLiteral("signal")).isDouble())
            m_run.signal = message.value(QStringLiteral("signal")).toInt();
        if (m_killed || message.value(QStringLiteral("timedOut")).toBool())
            m_run.outcome = model::CronOutcome::TimedOut;
        else
            m_run.outcome = m_run.exitCode == 0 ? model::CronOutcome::Succeeded : model::CronOutcome::Failed;
        record();
        reply({{QStringLiteral("recorded"), true}});
        m_socket->disconnectFromServer();
    }

    void closed()
    {
        if (m_runId > 0 && !m_ended) {
            m_ended = true;
            m_run.endedAt = m_reports.m_host.now();
            m_run.durationMs = m_run.startedAt.msecsTo(m_run.endedAt);
            m_run.outcome = m_killed ? model::CronOutcome::TimedOut : model::CronOutcome::Failed;
            m_run.outputTail =
                QStringLiteral("(The run's wrapper ended without reporting how the command did.)");
            record();
        }
        deleteLater();
    }

    void record()
    {
        store::CronRunStore runs(store().database());
        if (Status finished = runs.finish(m_siteId, m_run); !finished)
            qWarning("recording cron run %lld: %s", m_runId, qPrintable(finished.error().message));
        if (!m_panelJob.isEmpty())
            (void)store().appendJobLog(
                m_panelJob, QStringLiteral("Run %1 %2").arg(m_runId).arg(outcomeWords()), m_run.endedAt);
        prune();
        if (m_run.failed() && m_job.mailOnFailure)
            if (Result<model::Site> site = store().site(m_siteId))
                mailFailedRun(&m_reports, config(), site->contactEmail, m_siteId, m_job, m_run);
    }

    QString outcomeWords() const
    {
        switch (m_run.outcome) {
        case model::CronOutcome::Succeeded:
            return QStringLiteral("succeeded");
        case model::CronOutcome::TimedOut:
            return QStringLiteral("was ended by its timeout of %1 seconds").arg(m_timeoutSeconds);
        default:
            return m_run.signal
                       ? QStringLiteral("ended by signal %1").arg(*m_run.signal)
                       : QStringLiteral("failed with exit status %1").arg(m_run.exitCode.value_or(-1));
        }
    }

    void prune()
    {
        const QDateTime oldest = m_reports.m_host.now().addDays(-config().cronKeepDays);
        (void)store::CronRunStore(store().database())
            .prune(m_siteId, m_run.jobId, config().cronKeepRuns, oldest);
    }

    // The run's cgroup goes once it is empty: at the latest when the run's timeout has ended
    // whatever the command left behind.
    void removeCgroupLater(const QString &dir, int killInMs)
    {
        auto *reports = &m_reports;
        QTimer::singleShot(qMax(0, killInMs), reports, [dir, reports] {
            killCgroup(dir);
            for (int delay : {200, 1000, 5000})
                QTimer::singleShot(delay, reports, [dir] { QDir().rmdir(dir); });
        });
        QDir().rmdir(dir); // at once when the run left nothing behind
    }

    CronReports &m_reports;
    QLocalSocket *m_socket;
    QString m_siteId;
    uid_t m_uid;
    pid_t m_pid;
    qint64 m_runId = 0;
    model::CronRunRecord m_run;
    QString m_panelJob;
    model::CronJob m_job;
    int m_timeoutSeconds = 3600;
    QString m_cgroup;
    QTimer *m_deadlineTimer = nullptr;
    bool m_killed = false;
    bool m_ended = false;
};

Status CronReports::prepare(const HostConfig &config, const QString &allowFile)
{
    if (!config.cron)
        return {};
    QFile file(allowFile);
    QList<QByteArray> lines;
    if (file.exists() && file.open(QIODevice::ReadOnly))
        lines = file.readAll().split('\n');
    file.close();
    QList<QByteArray> kept;
    for (const QByteArray &line : std::as_const(lines))
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith("site-"))
            kept << line.trimmed();
    if (!kept.contains("root"))
        kept.prepend("root");
    const QByteArray wanted = kept.join('\n') + '\n';
    if (file.open(QIODevice::ReadOnly) && file.readAll() == wanted)
        return {};
    file.close();
    return writeFile(allowFile, wanted, publicFile);
}

CronReports::CronReports(SiteHost &host) : QObject(&host), m_host(host) {}

CronReports::~CronReports() = default;

void CronReports::start()
{
    if (!m_host.config().cron)
        return;
    // Runs a panel that stopped was watching can no longer report.
    (void)store::CronRunStore(m_host.store().database())
        .abandon(m_host.now().addSecs(-2 * 86400), m_host.now());
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &CronReports::listenIfSupervising);
    timer->start(1000);
    listenIfSupervising();
}

void CronReports::listenIfSupervising()
{
    if (m_server || !m_host.isSupervising())
        return;
    const QString path = m_host.config().cronSocket();
    QLocalServer::removeServer(path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::WorldAccessOption); // who it is: SO_PEERCRED
    if (!m_server->listen(path)) {
        qWarning("cron reports: cannot listen on %s: %s", qPrintable(path),
                 qPrintable(m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &CronReports::accept);
}

void CronReports::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        ucred peer{};
        socklen_t size = sizeof peer;
        const std::optional<QString> site =
            getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0
                ? siteOfPeer(m_host.config(), peer.uid)
                : std::nullopt;
        if (!site || m_connections.value(*site) >= maxConnectionsPerSite) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections[*site] += 1;
        new CronRunConnection(*this, socket, *site, peer.uid, peer.pid);
    }
}

bool CronReports::admitStart(const QString &siteId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &starts = m_starts[siteId];
    starts.removeIf([now](qint64 at) { return now - at > 60'000; });
    if (starts.size() >= maxStartsPerSiteAndMinute)
        return false;
    starts << now;
    return true;
}

} // namespace mws::host
