// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/error.h"

namespace mws {

QString Error::fullText() const
{
    QString text = message;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    for (const FieldError &field : fields)
        text += QStringLiteral("\n%1: %2").arg(field.field, field.message);
    return text;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return QStringLiteral("invalid");
    case Error::Kind::NotFound:
        return QStringLiteral("not-found");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::PreconditionFailed:
        return QStringLiteral("precondition-failed");
    case Error::Kind::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Error::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Kind::Network:
        return QStringLiteral("network");
    case Error::Kind::Timeout:
        return QStringLiteral("timeout");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Kind::Server:
        return QStringLiteral("server");
    case Error::Kind::Protocol:
        return QStringLiteral("protocol");
    case Error::Kind::Backend:
        return QStringLiteral("backend");
    case Error::Kind::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

} // namespace mws
