// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "supervisor.h"

#include "hostfiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <csignal>

namespace mws::host {

struct Supervisor::Running
{
    ServiceSpec spec;
    std::unique_ptr<QProcess> process;
    QDateTime startedAt;
    int failures = 0; // in a row: the restart delay doubles with each, up to 30 s
    QByteArray output;
    bool stopping = false;
};

Supervisor::Supervisor(const HostConfig &config, QObject *parent) : QObject(parent), m_config(config) {}

Supervisor::~Supervisor()
{
    stopAll();
}

QString Supervisor::pidFile(const QString &name) const
{
    return m_config.pidDir() + QLatin1Char('/') + name + QStringLiteral(".pid");
}

void Supervisor::ensureKnown(const ServiceSpec &spec)
{
    if (!m_services.contains(spec.name))
        ensureRunning(spec);
}

void Supervisor::ensureRunning(const ServiceSpec &spec)
{
    if (!m_leading)
        return;
    auto &service = m_services[spec.name];
    if (!service)
        service = std::make_shared<Running>();
    service->spec = spec;
    if (!service->process)
        start(*service);
}

void Supervisor::start(Running &service)
{
    service.process = std::make_unique<QProcess>();
    QProcess &process = *service.process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    prepareProcess(process, service.spec.runAs, service.spec.home);
    const QString name = service.spec.name;
    // By name and process: a process stopped (stop()) may still end or speak after its service
    // has a new one under the same name, which must not be taken for it.
    const QProcess *which = &process;
    connect(&process, &QProcess::readyRead, this, [this, name, which] {
        const auto it = m_services.find(name);
        if (it == m_services.end() || (*it)->process.get() != which)
            return;
        (*it)->output += (*it)->process->readAll();
        (*it)->output = (*it)->output.right(4096);
    });
    connect(&process, &QProcess::finished, this,
            [this, name, which](int exitCode, QProcess::ExitStatus) { exited(name, which, exitCode); });
    connect(&process, &QProcess::errorOccurred, this, [this, name, which](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            exited(name, which, -1);
    });
    service.startedAt = QDateTime::currentDateTimeUtc();
    process.start(service.spec.program, service.spec.arguments);
    if (process.processId() > 0)
        (void)writeFile(pidFile(name), QByteArray::number(process.processId()) + '\n', publicFile);
}

void Supervisor::exited(const QString &name, const QProcess *which, int exitCode)
{
    const auto it = m_services.find(name);
    if (it == m_services.end() || (*it)->process.get() != which)
        return;
    std::shared_ptr<Running> service = *it;
    if (service->stopping)
        return;
    QFile::remove(pidFile(name));
    // Another panel on the host removed what it runs from (a site's last vhost went).
    if (!service->spec.configFile.isEmpty() && !QFileInfo::exists(service->spec.configFile)) {
        m_services.remove(name);
        service->process.release()->deleteLater();
        return;
    }
    qWarning("%s stopped (exit code %d); restarting it: %s", qPrintable(name), exitCode,
             service->output.right(400).constData());
    // A server that ran for a while before it stopped is restarted at once; one that keeps
    // failing waits longer each time.
    if (service->startedAt.secsTo(QDateTime::currentDateTimeUtc()) > 60)
        service->failures = 0;
    const int delay = std::min(30'000, 250 << std::min(service->failures, 7));
    ++service->failures;
    QProcess *finished = service->process.release();
    finished->deleteLater();
    QTimer::singleShot(delay, this, [this, name, service] {
        if (m_services.value(name) == service && !service->process && !service->stopping)
            start(*service);
    });
}

Status Supervisor::reload(const ServiceSpec &spec)
{
    if (!m_leading) // the leader starts one that is not running yet
        return pidIsAlive(spec.name) ? signalDaemon(spec.name, pidFile(spec.name), spec.reloadSignal)
                                     : Status();
    auto &service = m_services[spec.name];
    if (!service || !service->process) {
        ensureRunning(spec);
        return {};
    }
    service->spec = spec;
    return signalDaemon(spec.name, pidFile(spec.name), spec.reloadSignal);
}

void Supervisor::stop(const ServiceSpec &spec)
{
    const QString &name = spec.name;
    if (!m_leading) {
        // The leader's server: it is not restarted once its files are gone (exited()).
        if (pidIsAlive(name))
            (void)signalDaemon(name, pidFile(name), spec.stopSignal);
        return;
    }
    const std::shared_ptr<Running> service = m_services.take(name);
    if (!service)
        return;
    service->stopping = true;
    QFile::remove(pidFile(name));
    if (!service->process || service->process->state() == QProcess::NotRunning)
        return;
    QProcess *process = service->process.release();
    disconnect(process, nullptr, this, nullptr); // its end is not the service's any more
    ::kill(pid_t(process->processId()), service->spec.stopSignal);
    // Gone when it has finished; killed if it takes too long.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(10'000, process, [process] { process->kill(); });
}

void Supervisor::stopAll()
{
    const QList<std::shared_ptr<Running>> services = m_services.values();
    m_services.clear();
    for (const std::shared_ptr<Running> &service : services) {
        service->stopping = true;
        QFile::remove(pidFile(service->spec.name));
        if (service->process && service->process->state() != QProcess::NotRunning)
            ::kill(pid_t(service->process->processId()), service->spec.stopSignal);
    }
    for (const std::shared_ptr<Running> &service : services)
        if (service->process && !service->process->waitForFinished(10'000))
            service->process->kill();
}

bool Supervisor::pidIsAlive(const QString &name) const
{
    const std::optional<qint64> pid = pidFrom(pidFile(name));
    return pid && *pid > 0 && ::kill(pid_t(*pid), 0) == 0;
}

bool Supervisor::isRunning(const QString &name) const
{
    if (!m_leading)
        return pidIsAlive(name);
    const std::shared_ptr<Running> service = m_services.value(name);
    return service && service->process && service->process->state() == QProcess::Running;
}

} // namespace mws::host
