// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The hosting pages' own field labels: the panel names fields as its API does ("domains[1]",
// "settings.memory_limit"); people read them as the pages label them.
#include "hosting/apachepage.h"
#include "hosting/phppage.h"
#include "hosting/websitespage.h"

#include <QHash>
#include <QRegularExpression>

namespace mws::ui {

namespace {

// "domains[1]" → {"domains", 2}, as people count.
std::optional<std::pair<QString, int>> indexedField(const QString &field)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch match = indexed.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1), match.captured(2).toInt() + 1};
}

} // namespace

QString WebSitesPage::fieldLabel(const QString &apiField) const
{
    if (const auto indexed = indexedField(apiField); indexed && indexed->first == QLatin1String("domains"))
        return tr("Domain name %1").arg(indexed->second);
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Name")},
        {QStringLiteral("documentRoot"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Document root")},
        {QStringLiteral("domains"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Domain names")},
        {QStringLiteral("httpsRedirect"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "HTTPS redirect")},
        {QStringLiteral("hsts"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "HSTS")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Certificate")},
        {QStringLiteral("chain"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Chain")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("mws::ui::WebSitesPage", "Private key")},
    };
    const char *label = labels.value(apiField);
    return label ? tr(label) : QString();
}

QString PhpPage::fieldLabel(const QString &apiField) const
{
    if (const auto indexed = indexedField(apiField); indexed && indexed->first == QLatin1String("extensions"))
        return tr("Extension %1").arg(indexed->second);
    if (apiField.startsWith(QLatin1String("settings.")))
        return tr("PHP setting %1").arg(apiField.mid(9));
    return {};
}

QString ApachePage::fieldLabel(const QString &apiField) const
{
    if (const auto indexed = indexedField(apiField); indexed && indexed->first == QLatin1String("modules"))
        return tr("Feature %1").arg(indexed->second);
    if (apiField == QLatin1String("directives"))
        return tr("Custom directives");
    return {};
}

} // namespace mws::ui
