// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::raven {

// The fields of a WLS response, unescaped, in protocol order. ptags exists only in version 3.
struct WlsFields
{
    int ver = 3;
    int status = 200;
    QString msg;
    QDateTime issue; // UTC
    QString id;
    QString url;
    QString principal;
    QStringList ptags;
    QString auth;
    QStringList sso;
    std::optional<qint64> life; // seconds left of the WLS session, if the WLS says
    QString params;
    QString kid;
    QString sig;
};

// A WLS-Response value taken apart, without any judgement about trust: that is RavenVerifier's job.
class WlsResponse
{
public:
    // Parses the value after URL-decoding. Errors carry a reason code (ravenreason.h) in detail.
    static Result<WlsResponse> parse(const QString &value);

    // The WLS-Response value of a callback URL's encoded query, form-decoded ('+' is a space).
    // Refuses a query without it or with it twice.
    static Result<QString> fromQuery(const QByteArray &encodedQuery);

    const WlsFields &fields() const { return m_fields; }
    // The bytes the signature covers: the first 12 fields (11 before version 3) as they were
    // received, still escaped, joined by '!'.
    const QByteArray &signedData() const { return m_signedData; }

    // The writing side, shared with RavenSigner so that both agree on every byte.
    static QString escapeField(const QString &value);
    static QString formatIssue(const QDateTime &issue);
    static std::optional<QDateTime> parseIssue(const QString &text);
    static QByteArray signedPart(const WlsFields &fields);
    // The complete value with kid and sig as they are in fields; not yet URL-encoded.
    static QString compose(const WlsFields &fields);

private:
    WlsFields m_fields;
    QByteArray m_signedData;
};

} // namespace mws::raven
