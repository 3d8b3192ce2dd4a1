// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "language.h"

#include "dialogs/messagebox.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mws::ui {

namespace {

const QString languageKey = QStringLiteral("appearance/language");

// A language's name in that language ("français", "Deutsch", "British English").
QString nativeName(const QString &code)
{
    const QLocale locale =
        code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

// The same, capitalised as a menu item is ("Français").
QString menuName(const QString &code)
{
    const QString name = nativeName(code);
    return QLocale(code).toUpper(name.left(1)) + name.mid(1);
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString savedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return shippedLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

void installTranslations(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("mws-admin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(app);
}

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = savedLanguage();
    QStringList codes = shippedLanguages();
    codes.prepend(QString());
    for (const QString &code : codes) {
        QAction *action = addAction(code.isEmpty() ? tr("&System language") : menuName(code));
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    MessageBox::information(parentWidget(), tr("Language"),
                            code.isEmpty()
                                ? tr("MWS Admin will follow the system's language the next time it starts.")
                                : tr("MWS Admin will start in %1 the next time.").arg(nativeName(code)));
}

} // namespace mws::ui
