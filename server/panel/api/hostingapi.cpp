// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Hosting: a site's vhosts (names, document roots, redirects, Apache settings) and its PHP
// settings (TLS is in tlsapi.cpp). Every change is checked here, then either previewed
// (?preview=true: the rendered diff, nothing applied) or queued as a job that the site host
// applies with rollback.
#include "api/hostingroutes.h"
#include "http/jsonbody.h"
#include "validate/apachedirectives.h"
#include "validate/hostname.h"
#include "validate/phpsettings.h"

#include <QHttpHeaders>
#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int maxVhosts = 50;
constexpr int maxDomains = 50;
constexpr int maxDirectivesLength = 64 * 1024;

// Domain names: normalised (IDNA, lower case) as they are read.
void readDomains(JsonBody &body, const std::optional<QStringList> &input, QStringList &out)
{
    if (!input)
        return;
    out.clear();
    for (qsizetype i = 0; i < input->size(); ++i) {
        const validate::HostnameCheck check = validate::checkHostname(input->at(i));
        if (!check.problem.isEmpty())
            body.addError(QStringLiteral("domains[%1]").arg(i), check.problem);
        out << (check.problem.isEmpty() ? check.normalized : input->at(i));
    }
}

// Everything about one vhost that the rest of the service constrains, as field errors.
QList<FieldError> vhostProblems(PanelContext &context, const model::SiteHosting &site,
                                const model::Vhost &vhost, const QString &originalName)
{
    QList<FieldError> problems;
    auto add = [&](const QString &field, const QString &message) { problems.append({field, message}); };
    if (const QString problem = validate::vhostNameProblem(vhost.name); !problem.isEmpty())
        add(QStringLiteral("name"), problem);
    for (const model::Vhost &other : site.vhosts)
        if (other.name == vhost.name && other.name != originalName)
            add(QStringLiteral("name"),
                QStringLiteral("The site already has a vhost called %1.").arg(vhost.name));
    if (const QString problem = validate::documentRootProblem(vhost.documentRoot); !problem.isEmpty())
        add(QStringLiteral("documentRoot"), problem);

    if (vhost.domains.isEmpty())
        add(QStringLiteral("domains"), QStringLiteral("A vhost needs at least one domain name."));
    if (vhost.domains.size() > maxDomains)
        add(QStringLiteral("domains"), QStringLiteral("At most %1 domain names per vhost.").arg(maxDomains));
    const QString sitesDomain = context.config.sitesDomain;
    const QString ownHostname = site.siteId + QLatin1Char('.') + sitesDomain;
    for (qsizetype i = 0; i < vhost.domains.size(); ++i) {
        const QString &domain = vhost.domains.at(i);
        const QString field = QStringLiteral("domains[%1]").arg(i);
        if (vhost.domains.indexOf(domain) != i) {
            add(field, QStringLiteral("%1 is listed twice.").arg(domain));
            continue;
        }
        for (const model::Vhost &other : site.vhosts)
            if (other.name != originalName && other.domains.contains(domain))
                add(field,
                    QStringLiteral("%1 already belongs to this site's vhost %2.").arg(domain, other.name));
        if (domain.endsWith(QLatin1Char('.') + sitesDomain) && domain != ownHostname)
            add(field, QStringLiteral("Names under %1 belong to the service; this site's own is %2.")
                           .arg(sitesDomain, ownHostname));
        Result<QString> owner = store::HostingStore(context.store.database()).domainOwner(domain);
        if (owner && !owner->isEmpty() && *owner != site.siteId)
            add(field, QStringLiteral("%1 is used by another site on the service; a name can belong to one "
                                      "vhost only.")
                           .arg(domain));
    }

    const QStringList &available = context.host->catalogue().apacheModules;
    for (qsizetype i = 0; i < vhost.modules.size(); ++i)
        if (!available.contains(vhost.modules.at(i)))
            add(QStringLiteral("modules[%1]").arg(i),
                QStringLiteral("%1 is not a feature vhosts can switch on here.").arg(vhost.modules.at(i)));
    validate::DirectiveContext directiveContext;
    directiveContext.siteHome = context.host->config().siteHome(site.siteId);
    directiveContext.enabledModules = vhost.modules;
    for (const validate::DirectiveProblem &problem :
         validate::apacheDirectiveProblems(vhost.directives, directiveContext))
        add(QStringLiteral("directives"),
            QStringLiteral("Line %1: %2").arg(problem.line).arg(problem.message));

    const bool tls = vhost.tls.mode != model::TlsMode::None;
    if (vhost.httpsRedirect && !tls)
        add(QStringLiteral("httpsRedirect"),
            QStringLiteral("Redirecting to HTTPS needs a certificate first."));
    if (vhost.hsts && !tls)
        add(QStringLiteral("hsts"), QStringLiteral("HSTS needs a certificate first."));
    if (tls) {
        // Every name the vhost answers to must be covered, or browsers warn on the new ones.
        QStringList missing;
        for (const QString &domain : vhost.domains) {
            bool covered = false;
            for (const QString &name : vhost.tls.names)
                covered = covered || name == domain ||
                          (name.startsWith(QLatin1String("*.")) &&
                           domain.count(QLatin1Char('.')) == name.count(QLatin1Char('.')) &&
                           domain.endsWith(name.mid(1)));
            if (!covered)
                missing << domain;
        }
        if (!missing.isEmpty())
            add(QStringLiteral("domains"),
                QStringLiteral(
                    "The vhost's certificate does not cover %1. Get a certificate for the new names "
                    "first, or switch TLS off.")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    return problems;
}

QList<FieldError> phpProblems(PanelContext &context, const model::PhpConfig &php)
{
    QList<FieldError> problems;
    const QMap<QString, QString> settings = validate::phpSettingsProblems(php.settings);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        problems.append({QStringLiteral("settings.") + it.key(), it.value()});
    const QStringList &optional = context.host->catalogue().optionalExtensions;
    for (qsizetype i = 0; i < php.extensions.size(); ++i) {
        const QString &extension = php.extensions.at(i);
        if (context.host->catalogue().builtinExtensions.contains(extension))
            problems.append(
                {QStringLiteral("extensions[%1]").arg(i),
                 QStringLiteral("%1 is always loaded; there is nothing to switch on.").arg(extension)});
        else if (!optional.contains(extension))
            problems.append({QStringLiteral("extensions[%1]").arg(i),
                             QStringLiteral("%1 is not installed on this host.").arg(extension)});
        else if (php.extensions.indexOf(extension) != i)
            problems.append({QStringLiteral("extensions[%1]").arg(i),
                             QStringLiteral("%1 is listed twice.").arg(extension)});
    }
    return problems;
}

// Reads the vhost fields of a create (all) or an update (those present) into vhost.
Status readVhostBody(PanelContext &context, const Request &request, JsonBody &body, model::Vhost &vhost,
                     bool create)
{
    const auto name = body.string(QStringLiteral("name"), create, 32);
    const auto documentRoot = body.string(QStringLiteral("documentRoot"), false, 200);
    const auto domains = body.strings(QStringLiteral("domains"), create, maxDomains, 253);
    const auto redirectAliases = body.boolean(QStringLiteral("redirectAliases"), false);
    const auto httpsRedirect = body.boolean(QStringLiteral("httpsRedirect"), false);
    const auto hsts = body.boolean(QStringLiteral("hsts"), false);
    const auto modules = body.strings(QStringLiteral("modules"), false, 20, 32);
    const auto directives = body.multiline(QStringLiteral("directives"), false, maxDirectivesLength);
    const auto writable = create ? std::nullopt : body.boolean(QStringLiteral("docrootWritable"), false);
    vhost.name = name.value_or(vhost.name);
    vhost.documentRoot =
        documentRoot.value_or(create ? QStringLiteral("public_html/") + vhost.name : vhost.documentRoot);
    readDomains(body, domains, vhost.domains);
    vhost.redirectAliases = redirectAliases.value_or(vhost.redirectAliases);
    vhost.httpsRedirect = httpsRedirect.value_or(vhost.httpsRedirect);
    vhost.hsts = hsts.value_or(vhost.hsts);
    if (modules) {
        vhost.modules = *modules;
        vhost.modules.removeDuplicates();
    }
    vhost.directives = directives.value_or(vhost.directives);
    // The original panel's switch: the web server may write the document root for one hour.
    if (writable)
        vhost.docrootWritableUntil =
            *writable ? context.now().addSecs(context.host->config().docrootWritableSeconds) : QDateTime();
    Q_UNUSED(request);
    return body.finish();
}

Handled readHosting(PanelContext &context, const Request &request, const Caller &, const SiteAccess &,
                    const model::SiteHosting &current)
{
    Result<HostingView> view = hostingView(context, current.siteId);
    if (!view.ok())
        return view.error();
    return jsonResponse(request, view->json, 200, view->etag);
}

// The vhost as the request's body says, checked against the rest of the site and the service.
Result<model::Vhost> vhostFromBody(PanelContext &context, const Request &request,
                                   const model::SiteHosting &current, model::Vhost vhost,
                                   const QString &originalName)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    if (Status read = readVhostBody(context, request, *body, vhost, originalName.isEmpty()); !read.ok())
        return read.error();
    if (auto problems = vhostProblems(context, current, vhost, originalName); !problems.isEmpty())
        return invalidFields(problems);
    return vhost;
}

Handled createVhost(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &,
                    const model::SiteHosting &current)
{
    Result<model::Vhost> vhost = vhostFromBody(context, request, current, {}, {});
    if (!vhost.ok())
        return vhost.error();
    if (current.vhosts.size() >= maxVhosts)
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("A site has at most %1 vhosts.").arg(maxVhosts));
    HostingChange change = hostingChange(current, QStringLiteral("vhost.create"), vhost->name,
                                         QJsonValue::Null, vhost->toJson());
    change.proposed.vhosts.append(*vhost);
    return submitHostingChange(context, request, caller, current, change);
}

Handled updateVhost(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &,
                    const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    Result<model::Vhost> vhost = vhostFromBody(context, request, current, *existing, existing->name);
    if (!vhost.ok())
        return vhost.error();
    const QString action =
        vhost->name != existing->name ? QStringLiteral("vhost.rename") : QStringLiteral("vhost.update");
    HostingChange change =
        hostingChange(current, action, existing->name, existing->toJson(), vhost->toJson());
    *change.proposed.vhost(existing->name) = *vhost;
    return submitHostingChange(context, request, caller, current, change);
}

Handled deleteVhost(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &,
                    const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    HostingChange change = hostingChange(current, QStringLiteral("vhost.delete"), existing->name,
                                         existing->toJson(), QJsonValue::Null);
    change.proposed.vhosts.removeIf([&](const model::Vhost &vhost) { return vhost.name == existing->name; });
    return submitHostingChange(context, request, caller, current, change);
}

Handled setPhp(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &,
               const model::SiteHosting &current)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto settings = body->stringMap(QStringLiteral("settings"), true, 100, 100);
    const auto extensions = body->strings(QStringLiteral("extensions"), false, 100, 64);
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    model::PhpConfig php;
    // Values are stored as the validators normalise them ("128m" → "128M").
    for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
        const validate::PhpValueCheck check = validate::checkPhpValue(it.key(), it.value());
        php.settings.insert(it.key(), check.problem.isEmpty() ? check.normalized : it.value());
    }
    php.extensions = extensions.value_or(current.php.extensions);
    if (auto problems = phpProblems(context, php); !problems.isEmpty())
        return invalidFields(problems);
    HostingChange change = hostingChange(current, QStringLiteral("php.update"), QStringLiteral("php"),
                                         current.php.toJson(), php.toJson());
    change.proposed.php = php;
    change.slice = store::phpSlice();
    return submitHostingChange(context, request, caller, current, change);
}

} // namespace

void registerHostingRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Get, QStringLiteral("/api/v1/hosting/catalogue"),
               signedInRoute(context, [&context](const Request &request, const Caller &) -> Handled {
                   Result<host::SiteHost *> host = requireHost(context);
                   if (!host.ok())
                       return host.error();
                   return jsonResponse(request, (*host)->catalogue().toJson());
               }));
    const QString site = QStringLiteral("/api/v1/sites/{siteId}");
    router.add(Method::Get, site + QStringLiteral("/hosting"),
               hostingRoute(context, Need::Read, readHosting));
    router.add(Method::Post, site + QStringLiteral("/vhosts"),
               hostingRoute(context, Need::Write, createVhost));
    router.add(Method::Patch, site + QStringLiteral("/vhosts/{vhost}"),
               hostingRoute(context, Need::Write, updateVhost));
    router.add(Method::Delete, site + QStringLiteral("/vhosts/{vhost}"),
               hostingRoute(context, Need::Write, deleteVhost));
    router.add(Method::Put, site + QStringLiteral("/php"), hostingRoute(context, Need::Write, setPhp));
}

} // namespace mws::panel
