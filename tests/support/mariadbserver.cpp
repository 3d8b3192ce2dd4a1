// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mariadbserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace mws::test {

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    *output = QString::fromUtf8(process.readAll()).trimmed();
    if (!finished)
        process.kill();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

MariaDbServer::~MariaDbServer()
{
    stop();
}

bool MariaDbServer::isAvailable(QString *reason)
{
    for (const char *program : {"mariadbd", "mariadb-install-db", "mariadb", "mariadb-admin"})
        if (QStandardPaths::findExecutable(QLatin1String(program),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                .isEmpty()) {
            *reason = QStringLiteral("MariaDB is not installed here (no %1)").arg(QLatin1String(program));
            return false;
        }
    if (::geteuid() != 0) {
        *reason = QStringLiteral("the data folder is given to the mysql user, which takes root");
        return false;
    }
    return true;
}

bool MariaDbServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QString output;
    // mysql must write its folder (socket, pid, log); mktemp's 0700 is root's.
    if (!run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("mysql:mysql"), m_dir.path()},
             &output) ||
        !run(QStringLiteral("mariadb-install-db"),
             {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + path(QStringLiteral("data")),
              QStringLiteral("--user=mysql"), QStringLiteral("--skip-test-db"),
              QStringLiteral("--auth-root-authentication-method=socket")},
             &output)) {
        *error = QStringLiteral("mariadb-install-db failed: ") + output;
        return false;
    }
    m_port = freeLoopbackPort();
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // As mysql from the start, with the parent-death signal set after the switch: one set before
    // it (stopWithParent) is dropped when the credentials change, and a crashed test's server
    // would run on.
    m_server.start(QStringLiteral("setpriv"),
                   {QStringLiteral("--reuid=mysql"), QStringLiteral("--regid=mysql"),
                    QStringLiteral("--init-groups"), QStringLiteral("--pdeathsig=TERM"), QStringLiteral("--"),
                    QStringLiteral("/usr/sbin/mariadbd"), QStringLiteral("--no-defaults"),
                    QStringLiteral("--datadir=") + path(QStringLiteral("data")),
                    QStringLiteral("--socket=") + path(QStringLiteral("my.sock")),
                    QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--bind-address=127.0.0.1"),
                    QStringLiteral("--pid-file=") + path(QStringLiteral("my.pid")),
                    QStringLiteral("--log-error=") + path(QStringLiteral("err.log")),
                    QStringLiteral("--innodb-buffer-pool-size=32M"), QStringLiteral("--skip-name-resolve"),
                    QStringLiteral("--skip-log-bin")});
    if (!waitUntilReady(error))
        return false;
    // Its folder is passable (not listable) by everyone, as /run/mysqld is: a site's own user
    // reaches the socket (unix_socket authentication) as on a real host.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                            QFileDevice::ExeOther);
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
    return !sql(QStringLiteral("CREATE DATABASE app; CREATE USER 'app'@'127.0.0.1' IDENTIFIED BY '%1'; "
                               "GRANT ALL ON app.* TO 'app'@'127.0.0.1'; SELECT 'ready';")
                    .arg(m_password),
                error)
                .isEmpty();
}

bool MariaDbServer::waitUntilReady(QString *error)
{
    QDeadlineTimer deadline(30000);
    QString output;
    while (!deadline.hasExpired()) {
        if (m_server.state() == QProcess::NotRunning) {
            *error = QStringLiteral("mariadbd ended: ") + logTail();
            return false;
        }
        if (run(QStringLiteral("mariadb-admin"),
                {QStringLiteral("--no-defaults"), QStringLiteral("-S"), path(QStringLiteral("my.sock")),
                 QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("ping")},
                &output))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("mariadbd did not answer in 30 s: ") + logTail();
    return false;
}

QString MariaDbServer::sql(const QString &statements, QString *error) const
{
    QString output;
    if (!run(QStringLiteral("mariadb"),
             {QStringLiteral("--no-defaults"), QStringLiteral("-S"), path(QStringLiteral("my.sock")),
              QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("--batch"),
              QStringLiteral("--skip-column-names")},
             &output, statements.toUtf8())) {
        *error = QStringLiteral("mariadb: ") + output;
        return {};
    }
    return output.isEmpty() ? QStringLiteral("\n") : output;
}

void MariaDbServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(20000))
        m_server.kill();
    m_server.waitForFinished(5000);
}

QString MariaDbServer::logTail() const
{
    QFile log(path(QStringLiteral("err.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
}

QString MariaDbServer::accountsAndGrants() const
{
    QString error;
    const QString state =
        sql(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1;"
                           "SELECT User, Host, authentication_string FROM mysql.user ORDER BY 1, 2;"
                           "SELECT * FROM mysql.db ORDER BY Host, Db, User;"),
            &error);
    return error.isEmpty() ? state : QStringLiteral("error: ") + error;
}

QString MariaDbServer::runAsUser(const QString &user, const QString &password, const QString &database,
                                 bool socket, const QStringList &statements) const
{
    static int connections = 0;
    const QString name = QStringLiteral("mariadb-user-%1").arg(++connections);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        // Bounded, so that a server that does not answer fails the step instead of the whole run.
        const QString limits = QStringLiteral(
            "MYSQL_OPT_CONNECT_TIMEOUT=10;MYSQL_OPT_READ_TIMEOUT=30;MYSQL_OPT_WRITE_TIMEOUT=30");
        if (socket) {
            db.setHostName(QStringLiteral("localhost"));
            db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + socketPath() + QLatin1Char(';') + limits);
        } else {
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setConnectOptions(limits);
        }
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.open()) {
            problem = QStringLiteral("connect: ") + db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    problem = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace mws::test
