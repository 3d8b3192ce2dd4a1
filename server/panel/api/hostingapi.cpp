// Hosting: a site's vhosts (names, document roots, redirects, Apache settings, TLS) and its PHP
// settings. Every change is checked here, then either previewed (?preview=true: the rendered
// diff, nothing applied) or queued as a job that the site host applies with rollback.
#include "api/siteroutes.h"
#include "http/jsonbody.h"
#include "sitehost.h"
#include "store.h"
#include "tlscertificates.h"
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

// Names a self-signed certificate may be made for: ones no browser will be asked to trust.
bool isTestName(const QString &name, const QString &sitesDomain)
{
    for (const char *suffix : {".test", ".example", ".invalid", ".localhost"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return name.endsWith(QLatin1Char('.') + sitesDomain);
}

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
        Result<QString> owner = context.store.domainOwner(domain);
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

// What every change does once it is checked: a preview, or a job that applies it.
struct Change
{
    model::SiteHosting proposed;
    QString action;
    QString target;
    QJsonValue before;
    QJsonValue after;
};

Handled submit(PanelContext &context, const Request &request, const Caller &caller,
               const model::SiteHosting &current, Change change)
{
    change.proposed.siteId = current.siteId;
    if (wantsPreview(request))
        return jsonResponse(request, context.host->preview(current, change.proposed).toJson());
    if (Status match = checkIfMatch(request, current.version); !match.ok())
        return match.error();
    // One change at a time per site: a second one made against the same version would only
    // fail when its turn came.
    Result<QString> waiting = context.store.pendingHostingJob(current.siteId);
    if (!waiting.ok())
        return waiting.error();
    if (!waiting->isEmpty())
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("A change to this site is being applied (job %1); wait for it to "
                                          "finish, then make yours.")
                               .arg(*waiting));

    store::HostingChange stored;
    stored.siteId = current.siteId;
    stored.baseVersion = current.version;
    stored.proposed = change.proposed;
    stored.action = change.action;
    stored.target = change.target;
    stored.actor = caller.crsid;
    stored.elevated = caller.elevated;
    stored.auditBefore = change.before;
    stored.auditAfter = change.after;
    stored.createdAt = context.now();
    Result<model::Job> created = context.host->queue(stored);
    if (!created.ok())
        return created.error();
    return acceptedJob(request, *created);
}

// The route wrapper of every hosting route: the host must exist, the caller may write.
template <typename F> Router::Handler hostingRoute(PanelContext &context, Need need, F f)
{
    return siteRoute(context, need,
                     [&context, f = std::move(f)](const Request &request, const Caller &caller,
                                                  const SiteAccess &access) -> Handled {
                         if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
                             return host.error();
                         Result<model::SiteHosting> current = context.store.siteHosting(access.site.id);
                         if (!current.ok())
                             return current.error();
                         return f(request, caller, access, current.value());
                     });
}

// The vhost serves this certificate, made for keyId.
void useCertificate(model::Vhost &vhost, model::TlsMode mode, const QString &keyId,
                    const QString &certificate, const QString &chain, const host::CertificateInfo &info)
{
    vhost.tls.mode = mode;
    vhost.tls.keyId = keyId;
    if (keyId == vhost.tls.pendingKeyId) {
        vhost.tls.pendingKeyId.clear();
        vhost.tls.requestPem.clear();
    }
    vhost.tls.certificatePem = certificate;
    vhost.tls.chainPem = chain;
    vhost.tls.subject = info.subject;
    vhost.tls.issuer = info.issuer;
    vhost.tls.names = info.names;
    vhost.tls.notBefore = info.notBefore;
    vhost.tls.notAfter = info.notAfter;
}

Result<model::Vhost> existingVhost(const model::SiteHosting &hosting, const QString &name)
{
    const model::Vhost *vhost = hosting.vhost(name);
    if (!vhost)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The site has no vhost called %1.").arg(name));
    return *vhost;
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

    router.add(Method::Get, QStringLiteral("/api/v1/sites/{siteId}/hosting"),
               hostingRoute(context, Need::Read,
                            [&context](const Request &request, const Caller &, const SiteAccess &,
                                       model::SiteHosting hosting) -> Handled {
                                hosting.home = context.host->config().siteHome(hosting.siteId);
                                return jsonResponse(request, hosting.toJson(), 200,
                                                    versionTag(hosting.version));
                            }));

    router.add(Method::Post, QStringLiteral("/api/v1/sites/{siteId}/vhosts"),
               hostingRoute(
                   context, Need::Write,
                   [&context](const Request &request, const Caller &caller, const SiteAccess &,
                              const model::SiteHosting &current) -> Handled {
                       auto body = JsonBody::parse(request.http);
                       if (!body.ok())
                           return body.error();
                       model::Vhost vhost;
                       if (Status read = readVhostBody(context, request, *body, vhost, true); !read.ok())
                           return read.error();
                       if (current.vhosts.size() >= maxVhosts)
                           return Error::make(Error::Kind::Conflict,
                                              QStringLiteral("A site has at most %1 vhosts.").arg(maxVhosts));
                       if (auto problems = vhostProblems(context, current, vhost, {}); !problems.isEmpty())
                           return invalidFields(problems);
                       Change change{current, QStringLiteral("vhost.create"), vhost.name, QJsonValue::Null,
                                     vhost.toJson()};
                       change.proposed.vhosts.append(vhost);
                       return submit(context, request, caller, current, change);
                   }));

    router.add(Method::Patch, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
               hostingRoute(
                   context, Need::Write,
                   [&context](const Request &request, const Caller &caller, const SiteAccess &,
                              const model::SiteHosting &current) -> Handled {
                       const QString name = request.path(QStringLiteral("vhost"));
                       Result<model::Vhost> existing = existingVhost(current, name);
                       if (!existing.ok())
                           return existing.error();
                       auto body = JsonBody::parse(request.http);
                       if (!body.ok())
                           return body.error();
                       model::Vhost vhost = *existing;
                       if (Status read = readVhostBody(context, request, *body, vhost, false); !read.ok())
                           return read.error();
                       if (auto problems = vhostProblems(context, current, vhost, name); !problems.isEmpty())
                           return invalidFields(problems);
                       Change change{current,
                                     vhost.name != name ? QStringLiteral("vhost.rename")
                                                        : QStringLiteral("vhost.update"),
                                     name, existing->toJson(), vhost.toJson()};
                       *change.proposed.vhost(name) = vhost;
                       return submit(context, request, caller, current, change);
                   }));

    router.add(Method::Delete, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
               hostingRoute(context, Need::Write,
                            [&context](const Request &request, const Caller &caller, const SiteAccess &,
                                       const model::SiteHosting &current) -> Handled {
                                const QString name = request.path(QStringLiteral("vhost"));
                                Result<model::Vhost> existing = existingVhost(current, name);
                                if (!existing.ok())
                                    return existing.error();
                                Change change{current, QStringLiteral("vhost.delete"), name,
                                              existing->toJson(), QJsonValue::Null};
                                change.proposed.vhosts.removeIf(
                                    [&](const model::Vhost &vhost) { return vhost.name == name; });
                                return submit(context, request, caller, current, change);
                            }));

    router.add(
        Method::Put, QStringLiteral("/api/v1/sites/{siteId}/php"),
        hostingRoute(context, Need::Write,
                     [&context](const Request &request, const Caller &caller, const SiteAccess &,
                                const model::SiteHosting &current) -> Handled {
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
                             const validate::PhpValueCheck check =
                                 validate::checkPhpValue(it.key(), it.value());
                             php.settings.insert(it.key(),
                                                 check.problem.isEmpty() ? check.normalized : it.value());
                         }
                         php.extensions = extensions.value_or(current.php.extensions);
                         if (auto problems = phpProblems(context, php); !problems.isEmpty())
                             return invalidFields(problems);
                         Change change{current, QStringLiteral("php.update"), QStringLiteral("php"),
                                       current.php.toJson(), php.toJson()};
                         change.proposed.php = php;
                         return submit(context, request, caller, current, change);
                     }));

    // TLS: a key and CSR made here (the key never leaves the host), then the certificate.
    router.add(Method::Post, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/request"),
               hostingRoute(
                   context, Need::Write,
                   [&context](const Request &request, const Caller &caller, const SiteAccess &access,
                              const model::SiteHosting &current) -> Handled {
                       Result<model::Vhost> existing =
                           existingVhost(current, request.path(QStringLiteral("vhost")));
                       if (!existing.ok())
                           return existing.error();
                       if (Status match = checkIfMatch(request, current.version); !match.ok())
                           return match.error();
                       Result<host::NewKey> key = context.host->createKey(existing->domains);
                       if (!key.ok())
                           return key.error();
                       model::SiteHosting next = current;
                       model::Vhost *vhost = next.vhost(existing->name);
                       vhost->tls.pendingKeyId = key->keyId;
                       vhost->tls.requestPem = QString::fromLatin1(key->requestPem);
                       // No file changes: the request waits for its certificate.
                       Result<model::SiteHosting> saved = Error::make(Error::Kind::Server, {});
                       const Status done = context.store.database().transaction([&]() -> Status {
                           saved = context.store.saveSiteHosting(next, current.version, context.now());
                           if (!saved.ok())
                               return saved.error();
                           return recordAudit(context, caller, access.site.id, QStringLiteral("tls.request"),
                                              existing->name, QJsonValue::Null,
                                              QJsonObject{{QStringLiteral("names"),
                                                           QJsonArray::fromStringList(existing->domains)}});
                       });
                       if (!done.ok())
                           return done.error();
                       return jsonResponse(request,
                                           QJsonObject{{QStringLiteral("request"), vhost->tls.requestPem},
                                                       {QStringLiteral("hosting"), saved->toJson()}},
                                           200, versionTag(saved->version));
                   }));

    router.add(Method::Put, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"),
               hostingRoute(context, Need::Write,
                            [&context](const Request &request, const Caller &caller, const SiteAccess &,
                                       const model::SiteHosting &current) -> Handled {
                                Result<model::Vhost> existing =
                                    existingVhost(current, request.path(QStringLiteral("vhost")));
                                if (!existing.ok())
                                    return existing.error();
                                auto body = JsonBody::parse(request.http);
                                if (!body.ok())
                                    return body.error();
                                const auto certificate =
                                    body->multiline(QStringLiteral("certificate"), true, 64 * 1024);
                                const auto chain =
                                    body->multiline(QStringLiteral("chain"), false, 256 * 1024);
                                if (Status finished = body->finish(); !finished.ok())
                                    return finished.error();
                                // The certificate is for the key waiting for one, or a renewal for the
                                // current key.
                                const QString keyId = !existing->tls.pendingKeyId.isEmpty()
                                                          ? existing->tls.pendingKeyId
                                                          : existing->tls.keyId;
                                if (keyId.isEmpty())
                                    return invalidFields(
                                        {{QStringLiteral("certificate"),
                                          QStringLiteral("Make a certificate signing request first: the "
                                                         "certificate must be for a key the panel holds.")}});
                                Result<QByteArray> key = context.host->privateKey(keyId);
                                if (!key.ok())
                                    return key.error();
                                host::CertificateCheck check;
                                check.certificatePem = certificate->toUtf8();
                                check.chainPem = chain.value_or(QString()).toUtf8();
                                check.privateKeyPem = *key;
                                check.names = existing->domains;
                                check.now = context.now();
                                check.trustedCaFiles = context.host->config().trustedCaFiles;
                                Result<host::CertificateInfo> info = host::checkCertificate(check);
                                if (!info.ok())
                                    return info.error();
                                model::Vhost vhost = *existing;
                                useCertificate(vhost, model::TlsMode::Uploaded, keyId, *certificate,
                                               chain.value_or(QString()), *info);
                                Change change{current, QStringLiteral("tls.upload"), vhost.name,
                                              existing->tls.toJson(), info->toJson()};
                                *change.proposed.vhost(vhost.name) = vhost;
                                return submit(context, request, caller, current, change);
                            }));

    router.add(
        Method::Post, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed"),
        hostingRoute(
            context, Need::Write,
            [&context](const Request &request, const Caller &caller, const SiteAccess &,
                       const model::SiteHosting &current) -> Handled {
                Result<model::Vhost> existing = existingVhost(current, request.path(QStringLiteral("vhost")));
                if (!existing.ok())
                    return existing.error();
                QStringList real;
                for (const QString &domain : existing->domains)
                    if (!isTestName(domain, context.config.sitesDomain))
                        real << domain;
                if (!real.isEmpty())
                    return invalidFields(
                        {{QStringLiteral("domains"),
                          QStringLiteral("Self-signed certificates are for test and demo names (.test, "
                                         ".example, .localhost, .invalid, %1); %2 need a real certificate.")
                              .arg(context.config.sitesDomain, real.join(QStringLiteral(", ")))}});
                if (wantsPreview(request)) {
                    // The preview shows the configuration; the certificate is made when applied.
                    Change change{current, QStringLiteral("tls.self-signed"), existing->name, {}, {}};
                    model::Vhost *vhost = change.proposed.vhost(existing->name);
                    vhost->tls.mode = model::TlsMode::SelfSigned;
                    vhost->tls.keyId = QStringLiteral("key-(new)");
                    return submit(context, request, caller, current, change);
                }
                if (Status match = checkIfMatch(request, current.version); !match.ok())
                    return match.error();
                Result<host::NewKey> key = context.host->createKey(existing->domains);
                if (!key.ok())
                    return key.error();
                Result<QByteArray> keyPem = context.host->privateKey(key->keyId);
                if (!keyPem.ok())
                    return keyPem.error();
                Result<QByteArray> certificate = host::makeSelfSigned(*keyPem, existing->domains, 90);
                if (!certificate.ok())
                    return certificate.error();
                Result<host::CertificateInfo> info = host::inspectCertificate(*certificate);
                if (!info.ok())
                    return info.error();
                model::Vhost vhost = *existing;
                useCertificate(vhost, model::TlsMode::SelfSigned, key->keyId,
                               QString::fromLatin1(*certificate), {}, *info);
                Change change{current, QStringLiteral("tls.self-signed"), vhost.name, existing->tls.toJson(),
                              info->toJson()};
                *change.proposed.vhost(vhost.name) = vhost;
                return submit(context, request, caller, current, change);
            }));

    router.add(
        Method::Delete, QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"),
        hostingRoute(context, Need::Write,
                     [&context](const Request &request, const Caller &caller, const SiteAccess &,
                                const model::SiteHosting &current) -> Handled {
                         Result<model::Vhost> existing =
                             existingVhost(current, request.path(QStringLiteral("vhost")));
                         if (!existing.ok())
                             return existing.error();
                         if (existing->tls.mode == model::TlsMode::None)
                             return Error::make(
                                 Error::Kind::Conflict,
                                 QStringLiteral("The vhost %1 has no certificate.").arg(existing->name));
                         model::Vhost vhost = *existing;
                         vhost.tls = model::VhostTls();
                         vhost.httpsRedirect = false;
                         vhost.hsts = false;
                         Change change{current, QStringLiteral("tls.remove"), vhost.name,
                                       existing->tls.toJson(), QJsonValue::Null};
                         *change.proposed.vhost(vhost.name) = vhost;
                         return submit(context, request, caller, current, change);
                     }));
}

} // namespace mws::panel
