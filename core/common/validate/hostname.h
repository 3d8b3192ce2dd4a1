// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mws::validate {

// A domain name as a site owner typed it, and what the service stores: lower-case ASCII (an
// internationalised name in its "xn--" form), without a trailing dot. Exactly one of the two is
// non-empty.
struct HostnameCheck
{
    QString normalized;
    QString problem;
};

// A public domain name for a vhost: at least two labels, no IP address, no wildcard, not
// "localhost". Leading and trailing spaces and one trailing dot are forgiven.
HostnameCheck checkHostname(const QString &input);

// A vhost's short name inside its site, like "main" or "blog-2". Empty when acceptable.
QString vhostNameProblem(const QString &name);

// A vhost's document root, relative to the site's home and inside public_html, like
// "public_html" or "public_html/blog". Empty when acceptable.
QString documentRootProblem(const QString &relativePath);

} // namespace mws::validate
