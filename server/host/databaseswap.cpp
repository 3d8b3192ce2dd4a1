// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databaseswap.h"

#include "databasetransfer.h"
#include "hostfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace mws::host {

namespace {

// The databases a swap names are the site's (checked names) or its scratch ones: letters,
// digits, '_' and '#', safe inside quotes and backticks as they are.
bool isPlainName(const QString &database)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_#]{1,64}$"));
    return plain.match(database).hasMatch();
}

Error swapError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Backend, message, detail);
}

// A delimiter for the client that no definition contains, so that a routine's body (which has
// ';' in it) reaches the server whole.
QString delimiterFor(const QJsonArray &definitions)
{
    for (;;) {
        // The client keeps at most 15 characters of a delimiter.
        const QString delimiter = QStringLiteral("$$%1").arg(QRandomGenerator::system()->generate64() >> 16,
                                                             12, 16, QLatin1Char('0'));
        bool used = false;
        for (const QJsonValue &definition : definitions)
            used = used || definition[QStringLiteral("sql")].toString().contains(delimiter);
        if (!used)
            return delimiter;
    }
}

// Views that use other views come after them: a view is created once every view it names is.
QJsonArray inDependencyOrder(QJsonArray views)
{
    QJsonArray ordered;
    while (!views.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < views.size(); ++i) {
            const QString sql = views.at(i)[QStringLiteral("sql")].toString();
            bool waits = false;
            for (const QJsonValue &other : views)
                if (other != views.at(i) &&
                    sql.contains(quotedName(other[QStringLiteral("name")].toString())))
                    waits = true;
            if (!waits) {
                next = i;
                break;
            }
        }
        ordered.append(views.at(next));
        views.removeAt(next);
    }
    return ordered;
}

QString dropStatement(const QString &kind, const QString &name)
{
    return QStringLiteral("DROP %1 IF EXISTS %2").arg(kind.toUpper(), quotedName(name));
}

} // namespace

struct DatabaseSwap::Objects
{
    QStringList tables; // everything RENAME TABLE moves: base tables, sequences
    QStringList views;
    QStringList triggers;                    // in the order they fire
    QList<QPair<QString, QString>> routines; // name, "procedure" or "function"
    QStringList events;
};

DatabaseSwap::DatabaseSwap(HostConfig config, QString siteId, RunAs runAs, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_siteId(std::move(siteId)), m_runAs(std::move(runAs))
{}

QString DatabaseSwap::journalPath(const HostConfig &config, const QString &siteId)
{
    return config.siteConfigDir(siteId) + QStringLiteral("/database-swap.json");
}

QJsonObject DatabaseSwap::readJournal(const HostConfig &config, const QString &siteId)
{
    QFile file(journalPath(config, siteId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void DatabaseSwap::collect(const QString &database, std::function<void(Result<Objects>)> done)
{
    if (!isPlainName(database))
        return done(swapError(QStringLiteral("%1 is not a database of the site's.").arg(database)));
    const QString sql =
        QStringLiteral(
            "SELECT 'table', TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
            "'%1';\n"
            "SELECT 'trigger', TRIGGER_NAME, '' FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '%1'"
            " ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER;\n"
            "SELECT 'routine', ROUTINE_NAME, LOWER(ROUTINE_TYPE) FROM information_schema.ROUTINES"
            " WHERE ROUTINE_SCHEMA = '%1';\n"
            "SELECT 'event', EVENT_NAME, '' FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '%1';\n")
            .arg(database);
    runAsSiteAccount(this, m_config.mariadb, m_siteId, m_runAs, sql,
                     [done = std::move(done)](Result<MariaDbAdmin::Rows> rows) {
                         if (!rows.ok())
                             return done(rows.error());
                         Objects objects;
                         for (const QStringList &row : *rows) {
                             const QString kind = row.value(0), name = row.value(1), type = row.value(2);
                             if (kind == QLatin1String("table"))
                                 (type == QLatin1String("VIEW") ? objects.views : objects.tables) << name;
                             else if (kind == QLatin1String("trigger"))
                                 objects.triggers << name;
                             else if (kind == QLatin1String("routine"))
                                 objects.routines << qMakePair(name, type);
                             else if (kind == QLatin1String("event"))
                                 objects.events << name;
                         }
                         done(objects);
                     });
}

void DatabaseSwap::swap(const QString &target, std::function<void(Status)> done)
{
    if (!isPlainName(target))
        return done(swapError(QStringLiteral("%1 is not a database of the site's.").arg(target)));
    collect(scratchDatabase(m_siteId),
            [this, target, done = std::move(done)](Result<Objects> scratch) mutable {
                if (!scratch.ok())
                    return done(scratch.error());
                journal(target, *scratch, [this, done = std::move(done)](Status journalled) mutable {
                    if (!journalled.ok())
                        return done(journalled);
                    finish(std::move(done));
                });
            });
}

void DatabaseSwap::journal(const QString &target, const Objects &scratch, std::function<void(Status)> done)
{
    // One SHOW CREATE per object, answered in the order asked.
    QString sql = QStringLiteral("USE `%1`;\n").arg(scratchDatabase(m_siteId));
    QList<QPair<QString, QString>> asked; // kind, name
    for (const QString &view : scratch.views)
        asked << qMakePair(QStringLiteral("view"), view);
    for (const QString &trigger : scratch.triggers)
        asked << qMakePair(QStringLiteral("trigger"), trigger);
    for (const auto &routine : scratch.routines)
        asked << qMakePair(routine.second == QLatin1String("function") ? QStringLiteral("function")
                                                                       : QStringLiteral("procedure"),
                           routine.first);
    for (const QString &event : scratch.events)
        asked << qMakePair(QStringLiteral("event"), event);
    for (const auto &[kind, name] : asked)
        sql += QStringLiteral("SHOW CREATE %1 %2;\n").arg(kind.toUpper(), quotedName(name));
    runAsSiteAccount(
        this, m_config.mariadb, m_siteId, m_runAs, sql,
        [this, target, asked, done = std::move(done)](Result<MariaDbAdmin::Rows> rows) {
            if (!rows.ok())
                return done(rows.error());
            if (rows->size() != asked.size())
                return done(
                    swapError(QStringLiteral("MariaDB did not show every definition of the import.")));
            static const QRegularExpression setting(QStringLiteral("^[A-Za-z0-9_,+:/-]*$"));
            const QString scratchPrefix = QStringLiteral("`%1`.").arg(scratchDatabase(m_siteId));
            QJsonArray views, others;
            for (qsizetype i = 0; i < asked.size(); ++i) {
                const QStringList &row = rows->at(i);
                const QString kind = asked.at(i).first;
                QJsonObject definition{{QStringLiteral("kind"), kind},
                                       {QStringLiteral("name"), asked.at(i).second}};
                const bool view = kind == QLatin1String("view");
                const QString sqlMode = view ? QString() : row.value(1);
                const QString timeZone = kind == QLatin1String("event") ? row.value(2) : QString();
                QString text = view ? row.value(1) : row.value(kind == QLatin1String("event") ? 3 : 2);
                if (!setting.match(sqlMode).hasMatch() || !setting.match(timeZone).hasMatch() ||
                    text.isEmpty() || text == QLatin1String("NULL"))
                    return done(swapError(QStringLiteral("MariaDB showed the %1 %2 unexpectedly.")
                                              .arg(kind, asked.at(i).second)));
                if (view) // a view names its tables with their database; in the target, with none
                    text.replace(scratchPrefix, QString());
                definition.insert(QStringLiteral("sqlMode"), sqlMode);
                definition.insert(QStringLiteral("timeZone"), timeZone);
                definition.insert(QStringLiteral("sql"), text);
                (view ? views : others).append(definition);
            }
            QJsonArray definitions = inDependencyOrder(views);
            for (const QJsonValue &other : others)
                definitions.append(other);
            QDir().mkpath(m_config.siteConfigDir(m_siteId));
            QSaveFile file(journalPath(m_config, m_siteId));
            const QJsonObject journal{{QStringLiteral("target"), target},
                                      {QStringLiteral("definitions"), definitions}};
            if (!file.open(QIODevice::WriteOnly) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                file.write(QJsonDocument(journal).toJson()) < 0 || !file.commit())
                return done(swapError(
                    QStringLiteral("The swap's journal cannot be written: %1").arg(file.errorString())));
            done({});
        });
}

void DatabaseSwap::finish(std::function<void(Status)> done)
{
    const QJsonObject journal = readJournal(m_config, m_siteId);
    const QString target = journal[QStringLiteral("target")].toString();
    if (!isPlainName(target))
        return done(swapError(QStringLiteral("The swap's journal is missing or damaged."),
                              journalPath(m_config, m_siteId)));
    apply(journal, [this, done = std::move(done)](Status applied) {
        if (applied.ok() && !QFile::remove(journalPath(m_config, m_siteId)))
            return done(swapError(QStringLiteral("The swap's journal cannot be removed.")));
        done(applied);
    });
}

QString DatabaseSwap::moveScript(const QString &target, const Objects &old, const Objects &scratch,
                                 const QString &end) const
{
    const QString scratchName = scratchDatabase(m_siteId), asideName = setAsideDatabase(m_siteId);
    const auto drops = [&end](const QString &kind, const QStringList &names) {
        QString out;
        for (const QString &name : names)
            out += dropStatement(kind, name) + end + QLatin1Char('\n');
        return out;
    };
    QString sql = QStringLiteral("DELIMITER %1\nUSE `%2`%1\n").arg(end, target);
    sql += drops(QStringLiteral("trigger"), old.triggers) + drops(QStringLiteral("view"), old.views);
    for (const auto &routine : old.routines)
        sql += dropStatement(routine.second, routine.first) + end + QLatin1Char('\n');
    sql += drops(QStringLiteral("event"), old.events);
    sql += QStringLiteral("USE `%1`%2\n").arg(scratchName, end);
    sql += drops(QStringLiteral("trigger"), scratch.triggers) + drops(QStringLiteral("view"), scratch.views);
    // Only while the scratch database has tables: after the RENAME it has none.
    if (!scratch.tables.isEmpty()) {
        QStringList moves;
        for (const QString &table : old.tables)
            moves << QStringLiteral("`%1`.%3 TO `%2`.%3").arg(target, asideName, quotedName(table));
        for (const QString &table : scratch.tables)
            moves << QStringLiteral("`%1`.%3 TO `%2`.%3").arg(scratchName, target, quotedName(table));
        sql += QStringLiteral("RENAME TABLE ") + moves.join(QStringLiteral(", ")) + end + QLatin1Char('\n');
    }
    return sql;
}

QString DatabaseSwap::definitionsScript(const QString &target, const QJsonArray &definitions,
                                        const QString &end) const
{
    QString sql = QStringLiteral("DELIMITER %1\nUSE `%2`%1\n").arg(end, target);
    for (const QJsonValue &definition : definitions) {
        sql += QStringLiteral("SET SESSION sql_mode = '%1'%2\n")
                   .arg(definition[QStringLiteral("sqlMode")].toString(), end);
        if (const QString zone = definition[QStringLiteral("timeZone")].toString(); !zone.isEmpty())
            sql += QStringLiteral("SET SESSION time_zone = '%1'%2\n").arg(zone, end);
        sql += dropStatement(definition[QStringLiteral("kind")].toString(),
                             definition[QStringLiteral("name")].toString()) +
               end + QLatin1Char('\n');
        sql += definition[QStringLiteral("sql")].toString() + end + QLatin1Char('\n');
    }
    sql += QStringLiteral("DROP DATABASE IF EXISTS `%1`%3\nDROP DATABASE IF EXISTS `%2`%3\n")
               .arg(scratchDatabase(m_siteId), setAsideDatabase(m_siteId), end);
    return sql;
}

void DatabaseSwap::apply(const QJsonObject &journal, std::function<void(Status)> done)
{
    const QString target = journal[QStringLiteral("target")].toString();
    collect(target, [this, journal, target, done = std::move(done)](Result<Objects> old) mutable {
        if (!old.ok())
            return done(old.error());
        collect(scratchDatabase(m_siteId),
                [this, journal, target, old = *old, done = std::move(done)](Result<Objects> scratch) mutable {
                    if (!scratch.ok())
                        return done(scratch.error());
                    const QJsonArray definitions = journal[QStringLiteral("definitions")].toArray();
                    const QString end = delimiterFor(definitions);
                    // The definitions go in a second run: a panel that stops between the two (the test's
                    // failpoint does) leaves the half-made swap that recovery finishes.
                    const QString definitionsSql = definitionsScript(target, definitions, end);
                    run(moveScript(target, old, *scratch, end),
                        [this, definitionsSql, done = std::move(done)](Status moved) mutable {
                            if (!moved.ok())
                                return done(moved);
                            failpoint("database-swap-moved");
                            run(definitionsSql, std::move(done));
                        });
                });
    });
}

void DatabaseSwap::run(const QString &sql, std::function<void(Status)> done)
{
    runAsSiteAccount(this, m_config.mariadb, m_siteId, m_runAs, sql,
                     [done = std::move(done)](Result<MariaDbAdmin::Rows> rows) {
                         if (!rows.ok())
                             return done(rows.error());
                         done({});
                     });
}

} // namespace mws::host
