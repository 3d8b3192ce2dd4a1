// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace mws {

// One field of a request that failed validation, as the panel reports it and the UI shows it.
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

// The one error type of the project: what went wrong, in words a user can act on.
struct Error
{
    enum class Kind
    {
        Invalid,            // bad input; see fields
        NotFound,           // the thing asked for does not exist
        Conflict,           // it exists already, or a rule forbids the change
        PreconditionFailed, // changed by someone else since it was read
        Unauthenticated,    // sign in again
        Forbidden,          // signed in, but not allowed
        Network,            // could not reach the other side
        Timeout,
        Cancelled,
        Server,      // the other side failed
        Protocol,    // the other side answered something we do not understand
        Backend,     // a local facility failed (keychain, libssh, libvirt, disk)
        Unavailable, // a local facility does not exist here (no keychain backend)
    };

    Kind kind = Kind::Server;
    QString message;
    QString detail;
    QList<FieldError> fields;
    int httpStatus = 0;

    static Error make(Kind kind, QString message, QString detail = {})
    {
        return Error{kind, std::move(message), std::move(detail), {}, 0};
    }

    // The message followed by the detail, for logs and tooltips.
    QString fullText() const;
};

QString kindName(Error::Kind kind);

} // namespace mws
