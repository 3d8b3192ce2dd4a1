// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QString>

// Reading a Result in a test without std::get throwing when the outcome is not the expected one:
// the comparison fails and names what happened instead of aborting the whole test run.
namespace mws::test {

template <typename T> QString reasonOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("<accepted>") : result.error().detail;
}

template <typename T> QString fieldOf(const Result<T> &result)
{
    if (result.ok())
        return QStringLiteral("<accepted>");
    return result.error().fields.isEmpty() ? QStringLiteral("<no field>")
                                           : result.error().fields.constFirst().field;
}

template <typename T> QString textOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("<accepted>") : result.error().fullText();
}

template <typename T> T valueOr(Result<T> result, T fallback = {})
{
    return result.ok() ? std::move(result).value() : std::move(fallback);
}

} // namespace mws::test
