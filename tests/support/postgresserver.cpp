// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "postgresserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace mws::test {

namespace {

constexpr int startAttempts = 3; // a port that was free a moment ago may not be any more
constexpr int readyTimeoutMs = 30000;
constexpr int stopTimeoutMs = 10000;

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool giveTo(const QString &path, const struct passwd *owner, QString *error)
{
    if (!owner)
        return true;
    if (::chown(QFile::encodeName(path).constData(), owner->pw_uid, owner->pw_gid) != 0) {
        *error =
            QStringLiteral("cannot chown %1 to %2: %3")
                .arg(path, QString::fromLocal8Bit(owner->pw_name), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QString configured = qEnvironmentVariable("MWS_POSTGRES_BINDIR");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/17/bin") : configured;
}

bool PostgresServer::isAvailable(QString *reason)
{
    for (const char *program : {"initdb", "postgres", "psql"}) {
        const QString path = binDir() + QLatin1Char('/') + QLatin1String(program);
        if (!QFileInfo(path).isExecutable()) {
            *reason = QStringLiteral("PostgreSQL 17 is not installed here (no %1)").arg(path);
            return false;
        }
    }
    // initdb and postgres refuse to run as root: root needs a postgres account and setpriv.
    if (::geteuid() == 0) {
        if (!::getpwnam("postgres")) {
            *reason = QStringLiteral("running as root, but there is no postgres system user");
            return false;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
            *reason = QStringLiteral("running as root, but setpriv (util-linux) is missing");
            return false;
        }
    }
    return true;
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PostgresServer::isRunning() const
{
    return m_postgres.state() != QProcess::NotRunning;
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &arguments) const
{
    QStringList command;
    if (::geteuid() == 0)
        command << QStringLiteral("setpriv") << QStringLiteral("--reuid=postgres")
                << QStringLiteral("--regid=postgres") << QStringLiteral("--init-groups")
                << QStringLiteral("--");
    command << binDir() + QLatin1Char('/') + program;
    command << arguments;
    return command;
}

bool PostgresServer::runAsServerUser(const QString &program, const QStringList &arguments, QString *error)
{
    QStringList command = asServerUser(program, arguments);
    QProcess process;
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error =
            QStringLiteral("%1 failed (%2): %3")
                .arg(program, process.errorString(),
                     QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput())
                         .trimmed());
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        return false;
    }
    return true;
}

bool PostgresServer::psql(const QStringList &commands, QString *error)
{
    // Over the socket as the superuser; pg_ident maps the server's system user to it.
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"),
                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                          QStringLiteral("-h"), socketDir(),
                          QStringLiteral("-p"), QString::number(m_port),
                          QStringLiteral("-U"), QStringLiteral("postgres"),
                          QStringLiteral("-d"), QStringLiteral("postgres")};
    for (const QString &command : commands)
        arguments << QStringLiteral("-c") << command;
    return runAsServerUser(QStringLiteral("psql"), arguments, error);
}

bool PostgresServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!isAvailable(error))
        return false;

    const struct passwd *owner = ::geteuid() == 0 ? ::getpwnam("postgres") : nullptr;
    const struct passwd *self = ::getpwuid(::geteuid());
    m_osUser = owner ? QStringLiteral("postgres") : QString::fromLocal8Bit(self ? self->pw_name : "");

    // Short, because the socket path must fit in 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mws-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    const QString dir = m_dir->path();
    const QString data = dir + QStringLiteral("/data");
    const QString superPasswordFile = dir + QStringLiteral("/superuser-password");
    if (!giveTo(dir, owner, error) || !writeFile(superPasswordFile, randomHex(16).toLatin1() + '\n', error) ||
        !giveTo(superPasswordFile, owner, error))
        return false;

    if (!runAsServerUser(QStringLiteral("initdb"),
                         {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                          QStringLiteral("--pwfile=") + superPasswordFile,
                          QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=scram-sha-256"),
                          QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                          QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                         error))
        return false;
    const QByteArray hba = "local all postgres peer map=admin\n"
                           "local all all scram-sha-256\n"
                           "host all all 127.0.0.1/32 scram-sha-256\n";
    const QByteArray ident = "admin " + m_osUser.toLocal8Bit() + " postgres\n";
    if (!writeFile(data + QStringLiteral("/pg_hba.conf"), hba, error) ||
        !writeFile(data + QStringLiteral("/pg_ident.conf"), ident, error) ||
        !giveTo(data + QStringLiteral("/pg_hba.conf"), owner, error) ||
        !giveTo(data + QStringLiteral("/pg_ident.conf"), owner, error))
        return false;

    for (int attempt = 1;; ++attempt) {
        bool portTaken = false;
        if (startOnce(error, &portTaken))
            break;
        if (!portTaken || attempt == startAttempts)
            return false;
    }

    m_password = randomHex(16);
    // Hex only, so it can be written into the statement as it is.
    if (!psql({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user(), m_password),
               QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database(), user())},
              error)) {
        stop();
        return false;
    }
    return true;
}

bool PostgresServer::startOnce(QString *error, bool *portTaken)
{
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        *error = QStringLiteral("no free loopback port");
        return false;
    }
    const QString dir = m_dir->path();
    const QString log = dir + QStringLiteral("/postgres.log");
    QFile::remove(log);
    QStringList command = asServerUser(
        QStringLiteral("postgres"),
        {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-k"), dir, QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
         QStringLiteral("-c"), QStringLiteral("fsync=off")});
    if (command.first() == QLatin1String("setpriv"))
        // Should this test process die without stopping it, the server shuts down too.
        command.insert(1, QStringLiteral("--pdeathsig=INT"));
    m_postgres.setStandardOutputFile(log);
    m_postgres.setStandardErrorFile(log, QIODevice::Append);
    m_postgres.start(command.takeFirst(), command);
    if (!m_postgres.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start postgres: %1").arg(m_postgres.errorString());
        return false;
    }

    // postmaster.pid's eighth line says "ready" once connections are accepted.
    const QString pidFile = dir + QStringLiteral("/data/postmaster.pid");
    QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_postgres.state() == QProcess::NotRunning) {
            const QString tail = logTail();
            *portTaken = tail.contains(QLatin1String("could not bind")) ||
                         tail.contains(QLatin1String("could not create lock file"));
            *error = QStringLiteral("postgres exited (%1) on port %2:\n%3")
                         .arg(m_postgres.exitCode())
                         .arg(m_port)
                         .arg(tail);
            return false;
        }
        QFile file(pidFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() >= 8 && lines.at(7).trimmed() == "ready")
                return true;
        }
        QThread::msleep(20);
    }
    *error = QStringLiteral("postgres was not ready after %1 ms:\n%2").arg(readyTimeoutMs).arg(logTail());
    stop();
    return false;
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(name).hasMatch()) {
        *error = QStringLiteral("\"%1\" is not a plain lower-case identifier").arg(name);
        return false;
    }
    return psql({QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, user())}, error);
}

qint64 PostgresServer::postmasterPid() const
{
    QFile file(socketDir() + QStringLiteral("/data/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

void PostgresServer::stop()
{
    if (isRunning()) {
        // The real postmaster, not a wrapper: SIGINT is a fast shutdown.
        qint64 pid = postmasterPid();
        if (pid <= 0)
            pid = m_postgres.processId();
        ::kill(pid_t(pid), SIGINT);
        if (!m_postgres.waitForFinished(stopTimeoutMs)) {
            qWarning("postgres did not stop in %d ms; killing it", stopTimeoutMs);
            ::kill(pid_t(pid), SIGQUIT);
            if (!m_postgres.waitForFinished(stopTimeoutMs)) {
                m_postgres.kill();
                m_postgres.waitForFinished(stopTimeoutMs);
            }
        }
    }
    m_dir.reset();
}

QString PostgresServer::logTail() const
{
    QFile file(socketDir() + QStringLiteral("/postgres.log"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    const QByteArray all = file.readAll();
    return QString::fromLocal8Bit(all.right(2000)).trimmed();
}

} // namespace mws::test
