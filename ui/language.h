// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

namespace mws::ui {

// The languages the app ships, as ISO 639 codes: the source language (en) first.
QStringList shippedLanguages();
// The language the user chose in View ▸ Language, or an empty string: the system's.
QString savedLanguage();
void saveLanguage(const QString &code);
// Installs Qt's and the app's translations for code (empty: the system's languages, in the
// order the system prefers them), and makes it the default locale when one was chosen. Call
// once, before any window is made; the translators belong to the application.
void installTranslations(const QString &code);

// View ▸ Language: the system's language or one of the shipped ones; a choice is saved and
// takes effect when the app is next started, which the menu says.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &code);
};

} // namespace mws::ui
