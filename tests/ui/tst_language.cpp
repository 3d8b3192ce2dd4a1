// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The app's language: the shipped translations load and translate, the choice in View ▸ Language
// is saved (and an unknown one ignored), and the menu shows every shipped language.
#include "dialogs/messagebox.h"
#include "language.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace mws;

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static void removeTranslations()
    {
        qDeleteAll(qApp->findChildren<QTranslator *>()); // each removes itself from the app
        QLocale::setDefault(QLocale::c());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { removeTranslations(); }

    void translationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("signedOut");
        QTest::newRow("en") << "en" << "&View" << "You have signed out.";
        QTest::newRow("de") << "de" << "&Ansicht" << "Sie haben sich abgemeldet.";
        QTest::newRow("fr") << "fr" << "Affic&hage" << "Vous êtes déconnecté.";
    }
    void translationsLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, view);
        QFETCH(QString, signedOut);
        ui::installTranslations(language);
        QCOMPARE(QLocale().name().left(2), language);
        QCOMPARE(QCoreApplication::translate("mws::ui::MainWindow", "&View"), view);
        QCOMPARE(QCoreApplication::translate("mws::ui::AppController", "You have signed out."), signedOut);
    }

    void choiceIsSaved()
    {
        QCOMPARE(ui::savedLanguage(), QString());
        ui::saveLanguage(QStringLiteral("fr"));
        QCOMPARE(ui::savedLanguage(), QStringLiteral("fr"));
        QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("xx"));
        QCOMPARE(ui::savedLanguage(), QString()); // not shipped: the system's
        ui::saveLanguage(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    }

    void menuListsShippedLanguages()
    {
        ui::saveLanguage(QStringLiteral("de"));
        ui::installTranslations(QStringLiteral("fr"));
        ui::MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&Langue"));
        QStringList names;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                names << action->objectName() + QLatin1Char('=') + action->text() +
                             (action->isChecked() ? QStringLiteral("*") : QString());
        QCOMPARE(names, QStringList({QStringLiteral("language_system=Langue du &système"),
                                     QStringLiteral("language_en=British English"),
                                     QStringLiteral("language_de=Deutsch*"),
                                     QStringLiteral("language_fr=Français")}));
        ui::saveLanguage(QString());
    }

    // Choosing a language says when it applies, in a box the test answers through the seam (a
    // modal box waited for would stop the test here); shown, the box does not block either.
    void choosingALanguageSaysWhenItApplies()
    {
        ui::MainWindow window;
        window.show();
        auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
        auto *french = window.findChild<QAction *>(QStringLiteral("language_fr"));
        QVERIFY(german && french);
        ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
        german->trigger();
        QCOMPARE(ui::savedLanguage(), QStringLiteral("de"));
        QVERIFY(!window.findChild<QMessageBox *>());

        french->trigger(); // returns at once, with the box open
        QCOMPARE(ui::savedLanguage(), QStringLiteral("fr"));
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("français")), qPrintable(box->text()));
        box->close();
        ui::saveLanguage(QString());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
