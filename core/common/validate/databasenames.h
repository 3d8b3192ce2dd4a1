// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The names of a site's MariaDB databases and database users, as its owner sends them: checked
// before anything reaches the database server, each problem in words. Shared by the panel, which
// refuses what this refuses, and the desktop, which says it as the owner types.
//
// A name is the site's prefix, an underscore and a suffix the owner chooses: "s1a2b3c4d_shop" for
// site-1a2b3c4d. The prefix keeps each site's names apart from every other site's (and from the
// server's own: mysql, sys, information_schema), so that a name alone says whose it is. Only
// [a-z0-9_] is taken: such a name is the same on every file system MariaDB stores it on, needs no
// escaping, and cannot carry a quote, a backtick, a ';' or a look-alike of any of them.

#include <QString>
#include <QStringList>

namespace mws::validate {

struct DatabaseNameLimits
{
    // MariaDB refuses database names over 64 characters (NAME_CHAR_LEN).
    static constexpr int maxDatabaseName = 64;
    // MariaDB takes user names up to 80 characters (since 10.0: mysql.user.User is char(80)), but
    // MySQL, replication and many tools stop at 32; 32 keeps a user portable.
    static constexpr int maxUserName = 32;
};

// The prefix of a site's names ("s" and the hex digits of "site-1a2b3c4d"), or an empty string
// for an id that is not a site id the panel makes.
QString siteDatabasePrefix(const QString &siteId);

// The problem with a database or user name of the site, empty when there is none.
QString databaseNameProblem(const QString &siteId, const QString &name);
QString databaseUserNameProblem(const QString &siteId, const QString &name);

// The collations a database may be made with (all utf8mb4), the first being the default.
const QStringList &databaseCollations();
QString databaseCollationProblem(const QString &collation);

// Whether a word is one of MariaDB's reserved words (case-insensitive).
bool isMariaDbReservedWord(const QString &word);

} // namespace mws::validate
