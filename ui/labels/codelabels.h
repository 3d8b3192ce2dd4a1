// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mws::ui {

// The words for the codes the panel writes in what it lists: job kinds ("vhost.create", in the
// jobs panel) and audit actions ("php.update", on the Activity page). Each area gives its own,
// with one line in codeLabels() (areas.cpp) beside its pages; a code no area gave (a newer panel
// may send one) is shown as readable words, never as nothing. The words are marked with
// QT_TRANSLATE_NOOP("mws::ui::CodeLabels", …) and translated when shown.
class CodeLabels
{
public:
    struct Words
    {
        const char *code;
        const char *text;
    };
    // What one area adds: what its jobs do ("Add a vhost") and what people did ("Added a vhost").
    struct Area
    {
        QList<Words> jobKinds;
        QList<Words> actions;
    };

    void add(const Area &area);

    QString jobKind(const QString &code) const;
    QString action(const QString &code) const;
    QStringList jobKindCodes() const { return m_jobKinds.keys(); }
    QStringList actionCodes() const { return m_actions.keys(); }

    // A code no area gave, as words: "site.backup" → "Site backup".
    static QString readable(const QString &code);

private:
    QHash<QString, const char *> m_jobKinds;
    QHash<QString, const char *> m_actions;
};

} // namespace mws::ui
