// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "labels/codelabels.h"

#include <QCoreApplication>

namespace mws::ui {

namespace {

QString words(const QHash<QString, const char *> &known, const QString &code)
{
    const char *text = known.value(code);
    return text ? QCoreApplication::translate("mws::ui::CodeLabels", text) : CodeLabels::readable(code);
}

} // namespace

void CodeLabels::add(const Area &area)
{
    for (const Words &words : area.jobKinds)
        m_jobKinds.insert(QLatin1String(words.code), words.text);
    for (const Words &words : area.actions)
        m_actions.insert(QLatin1String(words.code), words.text);
}

QString CodeLabels::jobKind(const QString &code) const
{
    return words(m_jobKinds, code);
}

QString CodeLabels::action(const QString &code) const
{
    return words(m_actions, code);
}

QString CodeLabels::readable(const QString &code)
{
    QString text = code.trimmed();
    for (QChar &c : text)
        if (c == u'.' || c == u'-' || c == u'_')
            c = u' ';
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace mws::ui
