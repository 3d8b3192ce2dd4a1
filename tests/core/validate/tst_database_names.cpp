// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The names of a site's databases and database users: the site's prefix, [a-z0-9_] only,
// MariaDB's length limits, reserved words, and everything a hostile owner would try in a name
// (quotes, backticks, ';', comments, Unicode look-alikes, another site's prefix).

#include "validate/databasenames.h"

#include <QTest>

using namespace mws::validate;

namespace {

const QString site = QStringLiteral("site-1a2b3c4d");

} // namespace

class TestDatabaseNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixComesFromTheSiteId()
    {
        QCOMPARE(siteDatabasePrefix(site), QStringLiteral("s1a2b3c4d"));
        QCOMPARE(siteDatabasePrefix(QStringLiteral("site-1A2B3C4D")), QString());
        QCOMPARE(siteDatabasePrefix(QStringLiteral("site-1a2b3c4")), QString());
        QCOMPARE(siteDatabasePrefix(QStringLiteral("site-1a2b3c4d;")), QString());
        QCOMPARE(siteDatabasePrefix(QString()), QString());
        QVERIFY(!databaseNameProblem(QStringLiteral("../x"), QStringLiteral("s1a2b3c4d_shop")).isEmpty());
    }

    void acceptsGoodNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("word") << QStringLiteral("s1a2b3c4d_shop");
        QTest::newRow("digits and _") << QStringLiteral("s1a2b3c4d_wp_2026");
        QTest::newRow("one letter") << QStringLiteral("s1a2b3c4d_a");
        QTest::newRow("user limit") << QStringLiteral("s1a2b3c4d_") + QString(22, u'u');
    }
    void acceptsGoodNames()
    {
        QFETCH(QString, name);
        QCOMPARE(databaseNameProblem(site, name), QString());
        QCOMPARE(databaseUserNameProblem(site, name), QString());
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        const QString p = QStringLiteral("s1a2b3c4d_");
        QTest::newRow("empty") << QString() << QStringLiteral("is empty");
        QTest::newRow("no prefix") << QStringLiteral("shop") << QStringLiteral("prefix s1a2b3c4d_");
        QTest::newRow("another site's") << QStringLiteral("s99999999_shop") << QStringLiteral("prefix");
        QTest::newRow("prefix only") << p << QStringLiteral("something after");
        QTest::newRow("upper case") << p + QStringLiteral("Shop") << QStringLiteral("lower-case");
        QTest::newRow("hyphen") << p + QStringLiteral("my-shop") << QStringLiteral("lower-case");
        QTest::newRow("space") << p + QStringLiteral("a b") << QStringLiteral("lower-case");
        QTest::newRow("dot") << p + QStringLiteral("a.b") << QStringLiteral("lower-case");
        QTest::newRow("percent") << p + QStringLiteral("%") << QStringLiteral("lower-case");
        QTest::newRow("backtick") << p + QStringLiteral("a`; DROP DATABASE mysql; --")
                                  << QStringLiteral("quotes or backticks (`)");
        QTest::newRow("quote") << p + QStringLiteral("a'@'%") << QStringLiteral("quotes or backticks (')");
        QTest::newRow("double quote") << p + QStringLiteral("a\"") << QStringLiteral("quotes or backticks");
        QTest::newRow("semicolon") << p + QStringLiteral("a;b") << QStringLiteral("';'");
        QTest::newRow("comment") << p + QStringLiteral("a/**/") << QStringLiteral("lower-case");
        QTest::newRow("NUL") << p + QChar(0) << QStringLiteral("lower-case");
        QTest::newRow("line break") << p + QStringLiteral("a\nb") << QStringLiteral("lower-case");
        QTest::newRow("final line break") << p + QStringLiteral("shop\n") << QStringLiteral("lower-case");
        QTest::newRow("reserved") << p + QStringLiteral("select") << QStringLiteral("reserves");
        QTest::newRow("reserved too") << p + QStringLiteral("table") << QStringLiteral("reserves");
        QTest::newRow("server's own") << p + QStringLiteral("mysql") << QStringLiteral("reserves");
        // Look-alikes: Cyrillic а (U+0430), a fullwidth backtick, a right single quotation mark, a
        // Greek question mark (which looks like ';').
        QTest::newRow("cyrillic a") << p + QStringLiteral("shop") + QChar(0x0430) << QStringLiteral("U+0430");
        QTest::newRow("fullwidth backtick") << p + QChar(0xff40) << QStringLiteral("U+FF40");
        QTest::newRow("curly quote") << p + QChar(0x2019) << QStringLiteral("U+2019");
        QTest::newRow("greek question mark") << p + QChar(0x037e) << QStringLiteral("U+037E");
        QTest::newRow("65 characters") << p + QString(55, u'd') << QStringLiteral("65 characters long");
    }
    void refusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const QString problem = databaseNameProblem(site, name);
        QVERIFY2(problem.contains(says), qPrintable(problem));
        QVERIFY2(!databaseUserNameProblem(site, name).isEmpty(), qPrintable(name));
    }

    void limitsDifferForDatabasesAndUsers()
    {
        const QString p = QStringLiteral("s1a2b3c4d_");
        const QString sixtyFour = p + QString(64 - p.size(), u'd');
        QCOMPARE(databaseNameProblem(site, sixtyFour), QString());
        QVERIFY(databaseUserNameProblem(site, sixtyFour).contains(QStringLiteral("at most 32")));
        const QString thirtyThree = p + QString(33 - p.size(), u'u');
        QVERIFY(databaseUserNameProblem(site, thirtyThree).contains(QStringLiteral("33 characters long")));
        QCOMPARE(databaseUserNameProblem(site, thirtyThree.chopped(1)), QString());
    }

    void collationsAreAFixedList()
    {
        QCOMPARE(databaseCollations().first(), QStringLiteral("utf8mb4_uca1400_ai_ci"));
        for (const QString &collation : databaseCollations()) {
            QVERIFY(collation.startsWith(QLatin1String("utf8mb4_")));
            QCOMPARE(databaseCollationProblem(collation), QString());
        }
        QVERIFY(!databaseCollationProblem(QStringLiteral("latin1_swedish_ci")).isEmpty());
        QVERIFY(!databaseCollationProblem(QStringLiteral("utf8mb4_bin; DROP DATABASE x")).isEmpty());
        QVERIFY(!databaseCollationProblem(QString()).isEmpty());
    }

    void reservedWordsIgnoreCase()
    {
        QVERIFY(isMariaDbReservedWord(QStringLiteral("SELECT")));
        QVERIFY(isMariaDbReservedWord(QStringLiteral("Grant")));
        QVERIFY(!isMariaDbReservedWord(QStringLiteral("shop")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseNames)
#include "tst_database_names.moc"
