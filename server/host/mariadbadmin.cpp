// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mariadbadmin.h"

#include "validate/databasenames.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace mws::host {

namespace {

// The two hosts of every database user's accounts.
const QStringList &accountHosts()
{
    static const QStringList hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    return hosts;
}

Error refused(const QString &message)
{
    return Error::make(Error::Kind::Invalid, message);
}

// Checks a name of the site's again (the route did), so that no builder quotes what it did not see.
Status checkName(const QString &siteId, const QString &name, bool user)
{
    const QString problem =
        user ? validate::databaseUserNameProblem(siteId, name) : validate::databaseNameProblem(siteId, name);
    if (!problem.isEmpty())
        return refused(problem);
    return {};
}

bool isPasswordHash(const QString &hash)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("\\*[0-9A-F]{40}")));
    return pattern.match(hash).hasMatch();
}

// A checked name as an identifier and as a string (no quote, backtick or backslash can be in it).
QString identifier(const QString &name)
{
    return QLatin1Char('`') + name + QLatin1Char('`');
}
QString account(const QString &user, const QString &host)
{
    return QStringLiteral("'%1'@'%2'").arg(user, host);
}
QString privilegesOf(GrantLevel level)
{
    switch (level) {
    case GrantLevel::ReadOnly:
        return QStringLiteral("SELECT, SHOW VIEW");
    case GrantLevel::ReadWrite:
        return QStringLiteral("SELECT, SHOW VIEW, INSERT, UPDATE, DELETE, LOCK TABLES, CREATE TEMPORARY "
                              "TABLES, EXECUTE");
    case GrantLevel::All:
        return QStringLiteral("ALL PRIVILEGES");
    case GrantLevel::None:
        break;
    }
    return {};
}

// What the client's --batch output escapes in a value.
QString unescapeBatch(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            out += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        out += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next == u'0' ? QChar(0) : next;
    }
    return out;
}

} // namespace

QString grantLevelCode(GrantLevel level)
{
    switch (level) {
    case GrantLevel::ReadOnly:
        return QStringLiteral("read-only");
    case GrantLevel::ReadWrite:
        return QStringLiteral("read-write");
    case GrantLevel::All:
        return QStringLiteral("all");
    case GrantLevel::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<GrantLevel> grantLevelFromCode(const QString &code)
{
    for (GrantLevel level : {GrantLevel::None, GrantLevel::ReadOnly, GrantLevel::ReadWrite, GrantLevel::All})
        if (grantLevelCode(level) == code)
            return level;
    return std::nullopt;
}

QJsonObject DatabaseInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("collation"), collation},
            {QStringLiteral("sizeBytes"), sizeBytes},
            {QStringLiteral("tables"), tables}};
}

QJsonObject DatabaseUserInfo::toJson() const
{
    QJsonArray list;
    for (auto it = grants.cbegin(); it != grants.cend(); ++it)
        list.append(QJsonObject{{QStringLiteral("database"), it.key()},
                                {QStringLiteral("level"), grantLevelCode(it.value())}});
    return {
        {QStringLiteral("name"), name}, {QStringLiteral("grants"), list}, {QStringLiteral("inStep"), inStep}};
}

QJsonObject SiteDatabases::toJson() const
{
    QJsonArray databaseList, userList;
    for (const DatabaseInfo &database : databases)
        databaseList.append(database.toJson());
    for (const DatabaseUserInfo &user : users)
        userList.append(user.toJson());
    return {{QStringLiteral("databases"), databaseList}, {QStringLiteral("users"), userList}};
}

namespace mariadbsql {

// In GRANT and mysql.db, '_' in a database name is a wildcard: escaped, the grant is for this
// database only.
QString grantTarget(const QString &database)
{
    return QLatin1Char('`') + QString(database).replace(QLatin1Char('_'), QStringLiteral("\\_")) +
           QStringLiteral("`.*");
}

Result<QString> createDatabase(const QString &siteId, const QString &name, const QString &collation)
{
    if (Status good = checkName(siteId, name, false); !good.ok())
        return good.error();
    if (const QString problem = validate::databaseCollationProblem(collation); !problem.isEmpty())
        return refused(problem);
    return QStringLiteral("CREATE DATABASE IF NOT EXISTS %1 CHARACTER SET utf8mb4 COLLATE %2;\n")
        .arg(identifier(name), collation);
}

Result<QString> dropDatabase(const QString &siteId, const QString &name)
{
    if (Status good = checkName(siteId, name, false); !good.ok())
        return good.error();
    // Grants outlive a dropped database in mysql.db; they go with it.
    QString sql = QStringLiteral("DROP DATABASE IF EXISTS %1;\n").arg(identifier(name));
    sql += QStringLiteral("DELETE FROM mysql.db WHERE Db = '%1';\nFLUSH PRIVILEGES;\n")
               .arg(QString(name).replace(QLatin1Char('_'), QStringLiteral("\\\\_")));
    return sql;
}

Result<QString> createUser(const QString &siteId, const QString &name, const QString &passwordHash)
{
    // Checks the name and the hash; each account is made, then given the password.
    Result<QString> password = setPassword(siteId, name, passwordHash);
    if (!password.ok())
        return password.error();
    QString sql;
    for (const QString &host : accountHosts())
        sql += QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED BY PASSWORD '%2';\n")
                   .arg(account(name, host), passwordHash);
    return sql + *password;
}

Result<QString> setPassword(const QString &siteId, const QString &name, const QString &passwordHash)
{
    if (Status good = checkName(siteId, name, true); !good.ok())
        return good.error();
    if (!isPasswordHash(passwordHash))
        return refused(QStringLiteral("Not a password hash."));
    QString sql;
    for (const QString &host : accountHosts())
        sql += QStringLiteral("ALTER USER %1 IDENTIFIED BY PASSWORD '%2';\n")
                   .arg(account(name, host), passwordHash);
    return sql;
}

Result<QString> dropUser(const QString &siteId, const QString &name)
{
    if (Status good = checkName(siteId, name, true); !good.ok())
        return good.error();
    return QStringLiteral("DROP USER IF EXISTS %1, %2;\n")
        .arg(account(name, accountHosts().at(0)), account(name, accountHosts().at(1)));
}

Result<QString> setGrant(const QString &siteId, const QString &user, const QString &database,
                         GrantLevel level)
{
    if (Status good = checkName(siteId, user, true); !good.ok())
        return good.error();
    if (Status good = checkName(siteId, database, false); !good.ok())
        return good.error();
    QString sql;
    for (const QString &host : accountHosts()) {
        // REVOKE fails where there is no grant yet: one is made first, so that the script
        // replaces whatever level there was by the one asked for.
        sql += QStringLiteral("GRANT SELECT ON %1 TO %2;\nREVOKE ALL PRIVILEGES ON %1 FROM %2;\n")
                   .arg(grantTarget(database), account(user, host));
        if (level != GrantLevel::None)
            sql += QStringLiteral("GRANT %1 ON %2 TO %3;\n")
                       .arg(privilegesOf(level), grantTarget(database), account(user, host));
    }
    return sql;
}

Result<QString> listSite(const QString &siteId)
{
    const QString prefix = validate::siteDatabasePrefix(siteId);
    if (prefix.isEmpty())
        return refused(QStringLiteral("%1 is not a site id.").arg(siteId));
    // LIKE 's1a2b3c4d\_%': the prefix is hex digits, and the '_' after it is literal.
    const QString like = QStringLiteral("'%1\\\\_%'").arg(prefix);
    return QStringLiteral("SELECT 'database', s.SCHEMA_NAME, s.DEFAULT_COLLATION_NAME,"
                          " COALESCE(SUM(t.DATA_LENGTH + t.INDEX_LENGTH), 0), COUNT(t.TABLE_NAME)"
                          " FROM information_schema.SCHEMATA s LEFT JOIN information_schema.TABLES t"
                          " ON t.TABLE_SCHEMA = s.SCHEMA_NAME WHERE s.SCHEMA_NAME LIKE %1"
                          " GROUP BY s.SCHEMA_NAME, s.DEFAULT_COLLATION_NAME ORDER BY s.SCHEMA_NAME;\n"
                          "SELECT 'account', User, Host FROM mysql.user WHERE User LIKE %1"
                          " AND Host IN ('localhost', '127.0.0.1') ORDER BY User, Host;\n"
                          "SELECT 'grant', User, Host, Db, Select_priv, Insert_priv, Create_priv, Drop_priv"
                          " FROM mysql.db WHERE User LIKE %1 AND Host IN ('localhost', '127.0.0.1')"
                          " ORDER BY User, Host, Db;\n")
        .arg(like);
}

} // namespace mariadbsql

QString nativePasswordHash(const QString &password)
{
    const QByteArray once = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1);
    return QLatin1Char('*') +
           QString::fromLatin1(QCryptographicHash::hash(once, QCryptographicHash::Sha1).toHex().toUpper());
}

QString newDatabasePassword()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

MariaDbAdmin::MariaDbAdmin(MariaDbConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{}

Status MariaDbAdmin::prepare(QProcess &process) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    if (!m_config.passwordFile.isEmpty()) {
        QFile file(m_config.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Backend,
                               QStringLiteral("The MariaDB password file %1 cannot be read: %2")
                                   .arg(m_config.passwordFile, file.errorString()));
        // The client reads it from its environment: not in its arguments, which anyone sees.
        environment.insert(QStringLiteral("MYSQL_PWD"), QString::fromUtf8(file.readAll()).trimmed());
    }
    process.setProcessEnvironment(environment);
    process.setProgram(m_config.client);
    process.setArguments({QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_config.socket,
                          QStringLiteral("--user=") + m_config.adminUser, QStringLiteral("--batch"),
                          QStringLiteral("--skip-column-names"),
                          QStringLiteral("--default-character-set=utf8mb4")});
    return {};
}

Result<MariaDbAdmin::Rows> MariaDbAdmin::answer(QProcess &process)
{
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Kind::Backend, QStringLiteral("MariaDB refused the change."),
                           errors.isEmpty() ? QStringLiteral("exit status %1").arg(process.exitCode())
                                            : errors);
    Rows rows;
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList row;
        for (const QString &value : line.split(QLatin1Char('\t')))
            row << unescapeBatch(value);
        rows << row;
    }
    return rows;
}

void MariaDbAdmin::run(const QString &sql, std::function<void(Result<Rows>)> done)
{
    auto *process = new QProcess(this);
    if (Status prepared = prepare(*process); !prepared.ok()) {
        QTimer::singleShot(0, process, [process, done = std::move(done), error = prepared.error()] {
            process->deleteLater();
            done(error);
        });
        return;
    }
    runScript(process, sql, m_config.timeoutSeconds, std::move(done));
}

void MariaDbAdmin::runScript(QProcess *process, const QString &sql, int timeoutSeconds,
                             std::function<void(Result<Rows>)> done)
{
    auto finish = std::make_shared<std::function<void(Result<Rows>)>>(std::move(done));
    auto once = [process, finish](Result<Rows> result) {
        if (!*finish)
            return;
        auto callback = std::move(*finish);
        *finish = nullptr;
        process->deleteLater();
        callback(std::move(result));
    };
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process, once, timeoutSeconds] {
        process->kill();
        once(Error::make(Error::Kind::Timeout,
                         QStringLiteral("MariaDB did not answer in %1 seconds.").arg(timeoutSeconds)));
    });
    connect(process, &QProcess::errorOccurred, process, [process, once](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            once(Error::make(
                Error::Kind::Backend,
                QStringLiteral("The MariaDB client did not start: %1").arg(process->errorString())));
    });
    connect(process, &QProcess::finished, process, [process, once] { once(answer(*process)); });
    timer->start(timeoutSeconds * 1000);
    process->start();
    process->write(sql.toUtf8());
    process->closeWriteChannel();
}

Result<SiteDatabases> MariaDbAdmin::listSiteWaiting(const QString &siteId, int timeoutMs) const
{
    Result<QString> sql = mariadbsql::listSite(siteId);
    if (!sql.ok())
        return sql.error();
    QProcess process;
    if (Status prepared = prepare(process); !prepared.ok())
        return prepared.error();
    process.start();
    process.write(sql->toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error::make(
            Error::Kind::Timeout,
            QStringLiteral("MariaDB did not list the site's databases in %1 ms.").arg(timeoutMs));
    }
    Result<Rows> rows = answer(process);
    if (!rows.ok())
        return rows.error();
    return parseListing(*rows);
}

void MariaDbAdmin::listSite(const QString &siteId, std::function<void(Result<SiteDatabases>)> done)
{
    Result<QString> sql = mariadbsql::listSite(siteId);
    if (!sql.ok()) {
        QTimer::singleShot(0, this, [callback = std::move(done), error = sql.error()] { callback(error); });
        return;
    }
    run(*sql, [callback = std::move(done)](Result<Rows> rows) {
        if (!rows.ok())
            return callback(rows.error());
        callback(parseListing(*rows));
    });
}

Result<SiteDatabases> MariaDbAdmin::parseListing(const Rows &rows)
{
    SiteDatabases out;
    QMap<QString, QMap<QString, QMap<QString, GrantLevel>>> grants; // user → host → database → level
    QMap<QString, QStringList> hosts;                               // user → its accounts' hosts
    for (const QStringList &row : rows) {
        const QString kind = row.value(0);
        if (kind == QLatin1String("database") && row.size() == 5) {
            out.databases << DatabaseInfo{row.at(1), row.at(2), row.at(3).toLongLong(), row.at(4).toInt()};
        } else if (kind == QLatin1String("account") && row.size() == 3) {
            hosts[row.at(1)] << row.at(2);
        } else if (kind == QLatin1String("grant") && row.size() == 8) {
            const auto yes = [&](int i) { return row.at(i) == QLatin1String("Y"); };
            const GrantLevel level = yes(6) && yes(7) ? GrantLevel::All
                                     : yes(5)         ? GrantLevel::ReadWrite
                                     : yes(4)         ? GrantLevel::ReadOnly
                                                      : GrantLevel::None;
            const QString database = QString(row.at(3)).replace(QStringLiteral("\\_"), QStringLiteral("_"));
            if (level != GrantLevel::None)
                grants[row.at(1)][row.at(2)].insert(database, level);
        } else {
            return Error::make(Error::Kind::Protocol,
                               QStringLiteral("MariaDB answered the listing unexpectedly."),
                               row.join(QLatin1Char('\t')));
        }
    }
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
        DatabaseUserInfo user;
        user.name = it.key();
        user.grants = grants.value(user.name).value(QStringLiteral("localhost"));
        user.inStep = it.value().size() == 2 &&
                      user.grants == grants.value(user.name).value(QStringLiteral("127.0.0.1"));
        out.users << user;
    }
    return out;
}

} // namespace mws::host
