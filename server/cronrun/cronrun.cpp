// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cronrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace mws::cronrun {

std::optional<Job> readJob(const QJsonObject &jobsFile, const QString &id)
{
    const QJsonObject json = jobsFile.value(QStringLiteral("jobs")).toObject().value(id).toObject();
    if (json.isEmpty())
        return std::nullopt;
    Job job;
    job.id = id;
    job.command = json.value(QStringLiteral("command")).toString();
    job.timeoutSeconds = qMax(1, json.value(QStringLiteral("timeoutSeconds")).toInt(3600));
    job.skipWhenRunning = json.value(QStringLiteral("overlap")).toString() != QLatin1String("wait");
    for (const QJsonValue &value : json.value(QStringLiteral("environment")).toArray())
        job.environment.append({value[QStringLiteral("name")].toString().toUtf8(),
                                value[QStringLiteral("value")].toString().toUtf8()});
    job.socketPath = jobsFile.value(QStringLiteral("socket")).toString();
    job.lockPath = jobsFile.value(QStringLiteral("lockDir")).toString() + QStringLiteral("/cron-") + id +
                   QStringLiteral(".lock");
    return job;
}

void OutputKeeper::add(const char *data, qsizetype size)
{
    m_total += size;
    const qsizetype toHead = qMin(size, m_limit - m_head.size());
    m_head.append(data, toHead);
    if (toHead == size)
        return;
    m_tail.append(data + toHead, size - toHead);
    if (m_tail.size() > 2 * m_limit)
        m_tail.remove(0, m_tail.size() - m_limit);
}

QByteArray OutputKeeper::tail() const
{
    return m_tail.size() > m_limit ? m_tail.right(m_limit) : m_tail;
}

PanelLink::PanelLink(const QString &socketPath)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address{};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
        return;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

PanelLink::~PanelLink()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PanelLink::send(const QJsonObject &message)
{
    if (m_fd < 0)
        return false;
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    qsizetype sent = 0;
    while (sent < line.size()) {
        const ssize_t n = ::send(m_fd, line.constData() + sent, size_t(line.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

std::optional<QJsonObject> PanelLink::receive(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_fd >= 0) {
        if (const qsizetype end = m_buffer.indexOf('\n'); end >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            return QJsonDocument::fromJson(line).object();
        }
        pollfd readable{m_fd, POLLIN, 0};
        const int left = int(timeoutMs - timer.elapsed());
        if (left <= 0 || ::poll(&readable, 1, left) <= 0)
            return std::nullopt;
        char chunk[4096];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n <= 0 || m_buffer.size() > 65536)
            return std::nullopt;
        m_buffer.append(chunk, n);
    }
    return std::nullopt;
}

namespace {

constexpr int panelTimeoutMs = 10'000;

// The command in a process group of its own, its output into outputFd; it waits for a byte on
// goFd (the panel has confined it by then) before it starts.
[[noreturn]] void execCommand(const Job &job, int goFd, int outputFd, qint64 runId)
{
    ::setpgid(0, 0);
    ::dup2(outputFd, STDOUT_FILENO);
    ::dup2(outputFd, STDERR_FILENO);
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull >= 0)
        ::dup2(devNull, STDIN_FILENO);
    char go = 0;
    while (::read(goFd, &go, 1) < 0 && errno == EINTR) {
    }
    for (const auto &[name, value] : job.environment)
        ::setenv(name.constData(), value.constData(), 1);
    ::setenv("MWS_CRON_JOB", job.id.toUtf8().constData(), 1);
    ::setenv("MWS_CRON_RUN", QByteArray::number(runId).constData(), 1);
    const QByteArray command = job.command.toUtf8();
    ::execl("/bin/sh", "sh", "-c", command.constData(), static_cast<char *>(nullptr));
    std::fprintf(stderr, "mws-cron-run: cannot run /bin/sh\n");
    ::_exit(127);
}

struct Ending
{
    int status = 0;
    bool timedOut = false; // the wrapper's own timeout (the panel's cgroup usually comes first)
};

// Reads the command's output until it ends (and what it left writing to the pipe for a moment
// after), ending its process group once the timeout has passed.
Ending collect(pid_t child, int outputFd, const Job &job, OutputKeeper &output, bool echo)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 deadline = qint64(job.timeoutSeconds) * 1000 + 5000;
    Ending ending;
    bool exited = false;
    qint64 exitedAt = 0;
    while (true) {
        if (!exited && ::waitpid(child, &ending.status, WNOHANG) == child) {
            exited = true;
            exitedAt = timer.elapsed();
        }
        if (exited && timer.elapsed() - exitedAt > 1000)
            break; // what it started in the background may hold the pipe for ever
        if (!exited && !ending.timedOut && timer.elapsed() > deadline) {
            ::kill(-child, SIGKILL);
            ending.timedOut = true;
        }
        pollfd readable{outputFd, POLLIN, 0};
        if (::poll(&readable, 1, 200) > 0) {
            char chunk[16384];
            const ssize_t n = ::read(outputFd, chunk, sizeof chunk);
            if (n > 0) {
                output.add(chunk, n);
                if (echo)
                    (void)!::write(STDOUT_FILENO, chunk, size_t(n));
            } else if (n == 0 && exited) {
                break;
            } else if (n == 0) {
                ::waitpid(child, &ending.status, 0);
                break;
            }
        }
    }
    return ending;
}

QJsonObject endMessage(const Ending &ending, const OutputKeeper &output, qint64 durationMs)
{
    QJsonObject end{{QStringLiteral("type"), QStringLiteral("end")},
                    {QStringLiteral("durationMs"), durationMs},
                    {QStringLiteral("outputBytes"), output.total()},
                    {QStringLiteral("head"), QString::fromLatin1(output.head().toBase64())},
                    {QStringLiteral("tail"), QString::fromLatin1(output.tail().toBase64())},
                    {QStringLiteral("timedOut"), ending.timedOut}};
    if (WIFEXITED(ending.status))
        end.insert(QStringLiteral("exitCode"), WEXITSTATUS(ending.status));
    else if (WIFSIGNALED(ending.status))
        end.insert(QStringLiteral("signal"), WTERMSIG(ending.status));
    return end;
}

} // namespace

int runJob(const Job &job, const QString &trigger, const QString &token, bool echo)
{
    const QByteArray lockPath = job.lockPath.toLocal8Bit();
    const int lock = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (lock >= 0 && ::flock(lock, LOCK_EX | (job.skipWhenRunning ? LOCK_NB : 0)) != 0) {
        PanelLink panel(job.socketPath);
        panel.send({{QStringLiteral("type"), QStringLiteral("skipped")},
                    {QStringLiteral("job"), job.id},
                    {QStringLiteral("trigger"), trigger},
                    {QStringLiteral("token"), token}});
        (void)panel.receive(panelTimeoutMs);
        std::fprintf(stderr, "mws-cron-run: the job's previous run is still going; this one is skipped\n");
        return 0;
    }
    PanelLink panel(job.socketPath);
    panel.send({{QStringLiteral("type"), QStringLiteral("start")},
                {QStringLiteral("job"), job.id},
                {QStringLiteral("trigger"), trigger},
                {QStringLiteral("token"), token}});
    const std::optional<QJsonObject> started = panel.receive(panelTimeoutMs);
    if (started && started->contains(QStringLiteral("refused"))) {
        std::fprintf(stderr, "mws-cron-run: the panel refused the run: %s\n",
                     qPrintable(started->value(QStringLiteral("refused")).toString()));
        return 1;
    }
    if (!started)
        std::fprintf(stderr, "mws-cron-run: the panel did not answer; the run goes unrecorded\n");
    const qint64 runId = started ? started->value(QStringLiteral("run")).toInteger() : 0;

    int go[2];
    int output[2];
    if (::pipe2(go, O_CLOEXEC) != 0 || ::pipe2(output, O_CLOEXEC) != 0)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        ::close(go[1]);
        ::close(output[0]);
        execCommand(job, go[0], output[1], runId);
    }
    ::close(go[0]);
    ::close(output[1]);
    ::setpgid(child, child);
    if (started && panel.send({{QStringLiteral("type"), QStringLiteral("child")},
                               {QStringLiteral("pid"), qint64(child)}}))
        (void)panel.receive(panelTimeoutMs); // confined (or not: it runs anyway)
    (void)!::write(go[1], "g", 1);
    ::close(go[1]);

    OutputKeeper kept;
    const Ending ending = collect(child, output[0], job, kept, echo);
    ::close(output[0]);
    if (started) {
        panel.send(endMessage(ending, kept, timer.elapsed()));
        (void)panel.receive(panelTimeoutMs);
    }
    if (WIFEXITED(ending.status))
        return WEXITSTATUS(ending.status);
    return 128 + (WIFSIGNALED(ending.status) ? WTERMSIG(ending.status) : 0);
}

} // namespace mws::cronrun
