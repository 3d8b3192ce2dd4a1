// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/syntaxhighlighting.h"

#include <QTest>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

using namespace mws::ui;

class TestSyntaxDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorsFindTheirDefinitions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sampleFile");
        QTest::newRow("apache") << SyntaxNames::apache << QStringLiteral(".htaccess");
        QTest::newRow("crontab") << SyntaxNames::crontab << QStringLiteral("site.crontab");
        QTest::newRow("diff") << SyntaxNames::diff << QStringLiteral("change.diff");
        QTest::newRow("ini") << SyntaxNames::ini << QStringLiteral("php.ini");
        QTest::newRow("mysql") << SyntaxNames::mysql << QString();
        QTest::newRow("php") << SyntaxNames::php
                             << QString(); // index.php is "PHP (HTML)"; the ini editor embeds PHP/PHP
        QTest::newRow("xml") << SyntaxNames::xml << QStringLiteral("domain.xml");
    }

    void editorsFindTheirDefinitions()
    {
        QFETCH(QString, name);
        QFETCH(QString, sampleFile);
        const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(name);
        QVERIFY2(definition.isValid(), qPrintable(name));
        QCOMPARE(definition.name(), name);
        if (!sampleFile.isEmpty())
            QCOMPARE(syntaxRepository().definitionForFileName(sampleFile).name(), name);
    }

    // The app's own crontab definition: from its resources, and reading a tab as cron does (the
    // five fields, then the command; a comment; a variable).
    void theCrontabDefinitionIsTheAppsOwn()
    {
        const KSyntaxHighlighting::Definition definition =
            syntaxRepository().definitionForName(SyntaxNames::crontab);
        QVERIFY(definition.isValid());
        QVERIFY2(definition.filePath().startsWith(QLatin1String(":/mws/syntax/")),
                 qPrintable(definition.filePath()));
        QCOMPARE(definition.singleLineCommentMarker(), QStringLiteral("#"));
        QVERIFY(definition.formats().size() >= 8);
    }
};

QTEST_MAIN(TestSyntaxDefinitions)
#include "tst_syntaxdefinitions.moc"
