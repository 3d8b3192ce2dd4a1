// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/databasenames.h"

#include <QRegularExpression>
#include <QSet>

namespace mws::validate {

namespace {

// MariaDB's reserved words (https://mariadb.com/kb/en/reserved-words/): a suffix that is one is
// refused, though the prefix would keep it from being read as one, so that a name never needs
// quoting in the owner's own SQL.
const QSet<QString> &reservedWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before",
            "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char",
            "character", "check", "collate", "column", "condition", "constraint", "continue", "convert",
            "create", "cross", "current_date", "current_role", "current_time", "current_timestamp",
            "current_user", "cursor", "database", "databases", "day_hour", "day_microsecond", "day_minute",
            "day_second", "dec", "decimal", "declare", "default", "delayed", "delete", "delete_domain_id",
            "desc", "describe", "deterministic", "distinct", "distinctrow", "div", "do_domain_ids", "double",
            "drop", "dual", "each", "else", "elseif", "enclosed", "escaped", "except", "exists", "exit",
            "explain", "false", "fetch", "float", "float4", "float8", "for", "force", "foreign", "from",
            "fulltext", "general", "grant", "group", "having", "high_priority", "hour_microsecond",
            "hour_minute", "hour_second", "if", "ignore", "ignore_domain_ids", "ignore_server_ids", "in",
            "index", "infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3",
            "int4", "int8", "integer", "intersect", "interval", "into", "is", "iterate", "join", "key",
            "keys", "kill", "leading", "leave", "left", "like", "limit", "linear", "lines", "load",
            "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority",
            "master_heartbeat_period", "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob",
            "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod", "modifies",
            "natural", "not", "no_write_to_binlog", "null", "numeric", "offset", "on", "optimize", "option",
            "optionally", "or", "order", "out", "outer", "outfile", "over", "page_checksum",
            "parse_vcol_expr", "partition", "position", "precision", "primary", "procedure", "purge", "range",
            "read", "reads", "read_write", "real", "recursive", "ref_system_id", "references", "regexp",
            "release", "rename", "repeat", "replace", "require", "resignal", "restrict", "return",
            "returning", "revoke", "right", "rlike", "rows", "row_number", "schema", "schemas",
            "second_microsecond", "select", "sensitive", "separator", "set", "show", "signal", "slow",
            "smallint", "spatial", "specific", "sql", "sqlexception", "sqlstate", "sqlwarning",
            "sql_big_result", "sql_calc_found_rows", "sql_small_result", "ssl", "starting",
            "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "straight_join", "table",
            "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true",
            "undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date",
            "utc_time", "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "when",
            "where", "while", "window", "with", "write", "xor", "year_month", "zerofill",
            // Not reserved, but names the server or its tools treat as their own.
            "mysql", "information_schema", "performance_schema", "sys", "root", "user"};
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QLatin1String(word));
        return set;
    }();
    return words;
}

// Why text is not a name of the site's with at most maxLength characters; `what` starts the
// sentence ("A database's name").
QString nameProblem(const QString &siteId, const QString &name, int maxLength, const QString &what)
{
    const QString prefix = siteDatabasePrefix(siteId);
    if (prefix.isEmpty())
        return QStringLiteral("%1 cannot be checked: %2 is not a site id.").arg(what, siteId);
    if (name.isEmpty())
        return QStringLiteral("%1 is empty.").arg(what);
    for (const QChar c : name) {
        if (c == u'`' || c == u'\'' || c == u'"')
            return QStringLiteral("%1 may not contain quotes or backticks (%2).").arg(what, QString(c));
        if (c == u';')
            return QStringLiteral("%1 may not contain ';'.").arg(what);
        if (c.unicode() > 0x7f)
            return QStringLiteral("%1 may contain only the letters a to z, digits and _: U+%2 looks like one "
                                  "of them but is not.")
                .arg(what, QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    if (name.size() > maxLength)
        return QStringLiteral("%1 is %2 characters long; at most %3 are allowed.")
            .arg(what)
            .arg(name.size())
            .arg(maxLength);
    if (!name.startsWith(prefix + QLatin1Char('_')))
        return QStringLiteral("%1 must start with the site's prefix %2_.").arg(what, prefix);
    const QString suffix = name.mid(prefix.size() + 1);
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_]+")));
    if (suffix.isEmpty())
        return QStringLiteral("%1 needs something after %2_.").arg(what, prefix);
    if (!pattern.match(suffix).hasMatch())
        return QStringLiteral("%1 may contain only the lower-case letters a to z, digits and _ after %2_.")
            .arg(what, prefix);
    if (isMariaDbReservedWord(suffix))
        return QStringLiteral("%1 may not end in %2, a word MariaDB reserves.").arg(what, suffix);
    return {};
}

} // namespace

QString siteDatabasePrefix(const QString &siteId)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("site-([0-9a-f]{8})")));
    const QRegularExpressionMatch match = pattern.match(siteId);
    return match.hasMatch() ? QLatin1Char('s') + match.captured(1) : QString();
}

QString databaseNameProblem(const QString &siteId, const QString &name)
{
    return nameProblem(siteId, name, DatabaseNameLimits::maxDatabaseName,
                       QStringLiteral("A database's name"));
}

QString databaseUserNameProblem(const QString &siteId, const QString &name)
{
    return nameProblem(siteId, name, DatabaseNameLimits::maxUserName,
                       QStringLiteral("A database user's name"));
}

const QStringList &databaseCollations()
{
    static const QStringList collations{
        QStringLiteral("utf8mb4_uca1400_ai_ci"),  QStringLiteral("utf8mb4_uca1400_as_cs"),
        QStringLiteral("utf8mb4_unicode_520_ci"), QStringLiteral("utf8mb4_unicode_ci"),
        QStringLiteral("utf8mb4_general_ci"),     QStringLiteral("utf8mb4_bin")};
    return collations;
}

QString databaseCollationProblem(const QString &collation)
{
    if (databaseCollations().contains(collation))
        return {};
    return QStringLiteral("The collation is one of %1.").arg(databaseCollations().join(QStringLiteral(", ")));
}

bool isMariaDbReservedWord(const QString &word)
{
    return reservedWords().contains(word.toLower());
}

} // namespace mws::validate
