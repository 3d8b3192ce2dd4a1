// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/router.h"
#include "model/types.h"
#include "util/result.h"

#include <optional>

namespace mws::panel {

struct PanelContext;

// Who is making a request, as proven by their bearer token.
struct Caller
{
    QString crsid;
    QString tokenId;
    bool staff = false;
    bool elevated = false; // a staff token from a fresh interactive login, still within its time
};

// Reads "Authorization: Bearer …". No header: std::nullopt (anonymous). A bad, expired or
// revoked token: an Unauthenticated error (401), never anonymous access.
Result<std::optional<Caller>> identify(PanelContext &context, const Request &request);

// The same, for routes that need someone signed in.
Result<Caller> requireCaller(PanelContext &context, const Request &request);

// Secrets handed to clients: 256 random bits, URL-safe; stored only as their SHA-256.
QString newSecret(const char *prefix);
QString secretHash(const QString &secret);

// Mints an API token for a user; the secret is returned here and never again.
struct IssuedToken
{
    model::ApiToken token;
    QString secret;
};
Result<IssuedToken> issueToken(PanelContext &context, const QString &crsid, const QString &deviceName,
                               const QDateTime &expiresAt, const QDateTime &elevatedUntil);

} // namespace mws::panel
