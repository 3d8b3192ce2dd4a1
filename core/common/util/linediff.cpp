// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/linediff.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace mws::util {

namespace {

struct Edit
{
    char kind;  // ' ' kept, '-' removed, '+' added
    int before; // line index in before (kept, removed)
    int after;  // line index in after (kept, added)
};

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

// The longest common subsequence, by dynamic programming: configuration files are short
// (hundreds of lines), so O(n·m) is small and the result is the minimal edit.
QList<Edit> editScript(const QStringList &a, const QStringList &b)
{
    const auto n = a.size();
    const auto m = b.size();
    std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[static_cast<size_t>(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QList<Edit> edits;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            edits.append({' ', int(i++), int(j++)});
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            // Removals before additions, as diff -u shows a replaced line.
            edits.append({'-', int(i++), int(j)});
        } else {
            edits.append({'+', int(i), int(j++)});
        }
    }
    return edits;
}

} // namespace

QString unifiedDiff(const QString &path, const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    const QList<Edit> edits = editScript(a, b);

    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path);
    qsizetype index = 0;
    const qsizetype count = edits.size();
    while (index < count) {
        // Find the next change, then grow a hunk until `context` unchanged lines separate it
        // from the following one by more than twice the context.
        qsizetype change = index;
        while (change < count && edits[change].kind == ' ')
            ++change;
        if (change == count)
            break;
        const qsizetype start = std::max(index, change - context);
        qsizetype end = change;
        qsizetype quiet = 0;
        for (qsizetype k = change; k < count; ++k) {
            if (edits[k].kind == ' ') {
                if (++quiet > 2 * context)
                    break;
            } else {
                quiet = 0;
                end = k;
            }
        }
        const qsizetype stop = std::min(count, end + 1 + context);
        int beforeLines = 0;
        int afterLines = 0;
        for (qsizetype k = start; k < stop; ++k) {
            beforeLines += edits[k].kind != '+';
            afterLines += edits[k].kind != '-';
        }
        // Empty sides count from the line before, as diff -u does.
        const int beforeStart = beforeLines ? edits[start].before + 1 : edits[start].before;
        const int afterStart = afterLines ? edits[start].after + 1 : edits[start].after;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(beforeStart)
                   .arg(beforeLines)
                   .arg(afterStart)
                   .arg(afterLines);
        for (qsizetype k = start; k < stop; ++k) {
            const Edit &e = edits[k];
            const QString &line = e.kind == '+' ? b[e.after] : a[e.before];
            out += QLatin1Char(e.kind) + line + QLatin1Char('\n');
        }
        index = stop;
    }
    return out;
}

} // namespace mws::util
