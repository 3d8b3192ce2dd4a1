// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The configuration diff the desktop shows before a change: compared with GNU diff -u, hunk for
// hunk, on the kinds of edits configuration files get.
#include "util/linediff.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLineDiff : public QObject
{
    Q_OBJECT

private:
    // diff -u's hunks (its two header lines, which carry file names and times, left out).
    static QString gnuDiff(const QString &before, const QString &after)
    {
        QTemporaryDir dir;
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("a"), before}, std::pair{QStringLiteral("b"), after}}) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write");
            file.write(text.toUtf8());
        }
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), dir.filePath(QStringLiteral("a")),
                                            dir.filePath(QStringLiteral("b"))});
        diff.waitForFinished();
        QStringList lines = QString::fromUtf8(diff.readAllStandardOutput()).split(QLatin1Char('\n'));
        return lines.mid(2).join(QLatin1Char('\n'));
    }

    static QString ours(const QString &before, const QString &after)
    {
        QStringList lines =
            mws::util::unifiedDiff(QStringLiteral("f"), before, after).split(QLatin1Char('\n'));
        return lines.mid(2).join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void matchesDiffU_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QString config;
        for (int i = 1; i <= 40; ++i)
            config += QStringLiteral("line %1\n").arg(i);
        QString oneChanged = config;
        oneChanged.replace(QStringLiteral("line 20\n"), QStringLiteral("line twenty\n"));
        QString twoApart = oneChanged;
        twoApart.replace(QStringLiteral("line 3\n"), QStringLiteral("line three\n"));
        twoApart.replace(QStringLiteral("line 38\n"), QStringLiteral("line 38\nadded after 38\n"));
        QString near = config;
        near.replace(QStringLiteral("line 10\n"), QString());
        near.replace(QStringLiteral("line 14\n"), QStringLiteral("line fourteen\n"));
        QTest::newRow("one line changed") << config << oneChanged;
        QTest::newRow("hunks far apart") << config << twoApart;
        QTest::newRow("changes close together") << config << near;
        QTest::newRow("added at the end") << config << config + QStringLiteral("new last\n");
        QTest::newRow("removed at the start") << config << config.mid(config.indexOf(QLatin1Char('\n')) + 1);
        QTest::newRow("new file") << QString() << QStringLiteral("a\nb\n");
        QTest::newRow("file emptied") << QStringLiteral("a\nb\n") << QString();
    }

    void matchesDiffU()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QCOMPARE(ours(before, after), gnuDiff(before, after));
    }

    void equalTextsHaveNoDiff()
    {
        QVERIFY(mws::util::unifiedDiff(QStringLiteral("f"), QStringLiteral("x\n"), QStringLiteral("x\n"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
