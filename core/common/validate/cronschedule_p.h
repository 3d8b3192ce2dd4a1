// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the three files of the cron schedule share (cronschedule.cpp reads and checks,
// cronscheduletext.cpp puts into words, cronscheduleruns.cpp finds the next runs). Not for use
// elsewhere.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mws::validate {

// Every call is made from inside namespace mws::validate, the context lupdate gives them.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mws::validate", text, disambiguation, n);
}

// "the 1st", "the 22nd" without the article: "1st", "22nd" (translated: "1." in German).
QString cronOrdinal(int day);
// "a", "a and b", "a, b and c"; with orWord "a or b".
QString cronJoinedList(const QStringList &items, bool orWord = false);
// The month's name in the current locale ("January").
QString cronMonthName(int month);

} // namespace mws::validate
