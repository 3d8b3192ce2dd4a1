// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>

// Why a WLS response was refused, as a stable code in Error::detail: the panel logs it and tests
// assert on it, while Error::message stays free to change wording.
namespace mws::raven::reason {

// Taking the response out of the callback URL
inline constexpr QLatin1StringView MissingResponse{"missing-response"};
inline constexpr QLatin1StringView DuplicateResponse{"duplicate-response"};

// Syntax of the response itself
inline constexpr QLatin1StringView WrongVersion{"wrong-version"};
inline constexpr QLatin1StringView FieldCount{"field-count"};
inline constexpr QLatin1StringView BadEscape{"bad-escape"};
inline constexpr QLatin1StringView MalformedStatus{"malformed-status"};
inline constexpr QLatin1StringView MalformedIssue{"malformed-issue"};
inline constexpr QLatin1StringView MalformedLife{"malformed-life"};
inline constexpr QLatin1StringView MissingId{"missing-id"};

// A status other than 200 gives "status-" followed by the three digits, e.g. "status-410".
inline constexpr QLatin1StringView StatusPrefix{"status-"};

// Trust in the response
inline constexpr QLatin1StringView Unsigned{"unsigned"};
inline constexpr QLatin1StringView MalformedKid{"malformed-kid"};
inline constexpr QLatin1StringView UnknownKid{"unknown-kid"};
inline constexpr QLatin1StringView BadSignature{"bad-signature"};
inline constexpr QLatin1StringView Stale{"stale"};
inline constexpr QLatin1StringView Future{"future"};
inline constexpr QLatin1StringView WrongUrl{"wrong-url"};
inline constexpr QLatin1StringView WrongParams{"wrong-params"};

// Who signed in, and how
inline constexpr QLatin1StringView NoPrincipal{"no-principal"};
inline constexpr QLatin1StringView NotCurrent{"not-current"};
inline constexpr QLatin1StringView NotInteractive{"not-interactive"};
inline constexpr QLatin1StringView UnacceptableAuth{"unacceptable-auth"};

// Configuration of the verifier or of a request
inline constexpr QLatin1StringView BadConfig{"bad-config"};
inline constexpr QLatin1StringView BadRequest{"bad-request"};

} // namespace mws::raven::reason
