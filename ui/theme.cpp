// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace mws::ui {

namespace {

const QString themeKey = QStringLiteral("appearance/theme");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        accent(0x4c, 0x8b, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::PlaceholderText, text.darker(160));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(200));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(200));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(200));
    return p;
}

} // namespace

Theme savedTheme()
{
    const QString value = QSettings().value(themeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void applyTheme(Theme theme, bool remember)
{
    if (remember) {
        QSettings().setValue(themeKey, theme == Theme::Light  ? QStringLiteral("light")
                                       : theme == Theme::Dark ? QStringLiteral("dark")
                                                              : QStringLiteral("system"));
    }
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Unknown);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        break;
    }
}

} // namespace mws::ui
