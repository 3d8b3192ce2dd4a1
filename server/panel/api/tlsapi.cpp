// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// TLS for a vhost: a key and CSR made here (the key never leaves the host), then the certificate
// that answers it; a self-signed certificate for test names; or no certificate at all. Each is a
// hosting change, previewed or queued like any other.
#include "api/hostingroutes.h"
#include "http/jsonbody.h"
#include "tlscertificates.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

// Names a self-signed certificate may be made for: ones no browser will be asked to trust.
bool isTestName(const QString &name, const QString &sitesDomain)
{
    for (const char *suffix : {".test", ".example", ".invalid", ".localhost"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return name.endsWith(QLatin1Char('.') + sitesDomain);
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

// The vhost with certificate in place, as a change.
HostingChange withCertificate(const model::SiteHosting &current, const model::Vhost &existing,
                              const QString &action, const model::Vhost &vhost,
                              const host::CertificateInfo &info)
{
    model::SiteHosting proposed = current;
    *proposed.vhost(vhost.name) = vhost;
    return hostingChange(std::move(proposed), action, vhost.name, existing.tls.toJson(), info.toJson());
}

Handled requestCertificate(PanelContext &context, const Request &request, const Caller &caller,
                           const SiteAccess &access, const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    if (Status match = checkSliceIfMatch(request, store::hostingSlice(), current.version); !match.ok())
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
        saved = store::HostingStore(context.store.database()).save(next, current.version, context.now());
        if (!saved.ok())
            return saved.error();
        return recordAudit(
            context, caller, access.site.id, QStringLiteral("tls.request"), existing->name, QJsonValue::Null,
            QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(existing->domains)}});
    });
    if (!done.ok())
        return done.error();
    Result<HostingView> view = hostingView(context, current.siteId);
    if (!view.ok())
        return view.error();
    return jsonResponse(request,
                        QJsonObject{{QStringLiteral("request"), vhost->tls.requestPem},
                                    {QStringLiteral("hosting"), view->json}},
                        200, view->etag);
}

Handled uploadCertificate(PanelContext &context, const Request &request, const Caller &caller,
                          const SiteAccess &, const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto certificate = body->multiline(QStringLiteral("certificate"), true, 64 * 1024);
    const auto chain = body->multiline(QStringLiteral("chain"), false, 256 * 1024);
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    // The certificate is for the key waiting for one, or a renewal for the current key.
    const QString keyId =
        !existing->tls.pendingKeyId.isEmpty() ? existing->tls.pendingKeyId : existing->tls.keyId;
    if (keyId.isEmpty())
        return invalidFields({{QStringLiteral("certificate"),
                               QStringLiteral("Make a certificate signing request first: the certificate "
                                              "must be for a key the panel holds.")}});
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
    useCertificate(vhost, model::TlsMode::Uploaded, keyId, *certificate, chain.value_or(QString()), *info);
    return submitHostingChange(
        context, request, caller, current,
        withCertificate(current, *existing, QStringLiteral("tls.upload"), vhost, *info));
}

// Self-signed certificates are for names no browser will be asked to trust.
Status onlyTestNames(PanelContext &context, const model::Vhost &vhost)
{
    QStringList real;
    for (const QString &domain : vhost.domains)
        if (!isTestName(domain, context.config.sitesDomain))
            real << domain;
    if (real.isEmpty())
        return {};
    return invalidFields({{QStringLiteral("domains"),
                           QStringLiteral("Self-signed certificates are for test and demo names (.test, "
                                          ".example, .localhost, .invalid, %1); %2 need a real certificate.")
                               .arg(context.config.sitesDomain, real.join(QStringLiteral(", ")))}});
}

Handled selfSign(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &,
                 const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    if (Status testNames = onlyTestNames(context, *existing); !testNames.ok())
        return testNames.error();
    if (wantsPreview(request)) {
        // The preview shows the configuration; the certificate is made when applied.
        HostingChange change =
            hostingChange(current, QStringLiteral("tls.self-signed"), existing->name, {}, {});
        model::Vhost *vhost = change.proposed.vhost(existing->name);
        vhost->tls.mode = model::TlsMode::SelfSigned;
        vhost->tls.keyId = QStringLiteral("key-(new)");
        return submitHostingChange(context, request, caller, current, change);
    }
    if (Status match = checkSliceIfMatch(request, store::hostingSlice(), current.version); !match.ok())
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
    useCertificate(vhost, model::TlsMode::SelfSigned, key->keyId, QString::fromLatin1(*certificate), {},
                   *info);
    return submitHostingChange(
        context, request, caller, current,
        withCertificate(current, *existing, QStringLiteral("tls.self-signed"), vhost, *info));
}

Handled removeCertificate(PanelContext &context, const Request &request, const Caller &caller,
                          const SiteAccess &, const model::SiteHosting &current)
{
    Result<model::Vhost> existing = requestedVhost(current, request);
    if (!existing.ok())
        return existing.error();
    if (existing->tls.mode == model::TlsMode::None)
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("The vhost %1 has no certificate.").arg(existing->name));
    HostingChange change = hostingChange(current, QStringLiteral("tls.remove"), existing->name,
                                         existing->tls.toJson(), QJsonValue::Null);
    model::Vhost *vhost = change.proposed.vhost(existing->name);
    vhost->tls = model::VhostTls();
    vhost->httpsRedirect = false;
    vhost->hsts = false;
    return submitHostingChange(context, request, caller, current, change);
}

} // namespace

void registerTlsRoutes(Router &router, PanelContext &context)
{
    const QString vhost = QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls");
    router.add(Method::Post, vhost + QStringLiteral("/request"),
               hostingRoute(context, Need::Write, requestCertificate));
    router.add(Method::Put, vhost, hostingRoute(context, Need::Write, uploadCertificate));
    router.add(Method::Post, vhost + QStringLiteral("/self-signed"),
               hostingRoute(context, Need::Write, selfSign));
    router.add(Method::Delete, vhost, hostingRoute(context, Need::Write, removeCertificate));
}

} // namespace mws::panel
