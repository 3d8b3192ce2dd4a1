// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mws::validate {

// An Apache module a site owner can switch on for one vhost, and the directives it lets them use.
struct ApacheModule
{
    QString name;  // as the panel stores it: "rewrite", "headers", "expires", "deflate", "autoindex"
    QString label; // short English label for a form
    QString description;
    QStringList directives; // directives this module adds that sites may use when it is on
};

// The modules sites may switch on, in the order a form shows them.
const QList<ApacheModule> &apacheModuleCatalogue();

// What the renderer writes into the vhost when the module is switched on ("RewriteEngine On" for
// rewrite); empty when the module needs nothing beyond being loaded, or is unknown.
QString apacheModuleDirectivesFor(const QString &module);

struct DirectiveProblem
{
    int line = 0; // 1-based; 0 when the problem is with the text as a whole (too long)
    QString message;
    bool operator==(const DirectiveProblem &) const = default;
};

struct DirectiveContext
{
    QString siteHome;           // absolute path of the site's home; paths must stay inside it
    QStringList enabledModules; // names from apacheModuleCatalogue() switched on for this vhost
};

// Checks the custom directives a site owner adds to one of their vhosts against an allow-list, so
// that they can neither reach outside their site nor break the server or another site. The text is
// read the way Apache reads it: "\" continues a line, "#" starts a comment only at the start of a
// line, arguments may be quoted, and sections must nest and close. Returns every problem found, in
// line order; empty when the text may be used.
QList<DirectiveProblem> apacheDirectiveProblems(const QString &text, const DirectiveContext &context);

} // namespace mws::validate
