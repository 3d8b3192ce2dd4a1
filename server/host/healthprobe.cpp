#include "healthprobe.h"

#include "siteaccount.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>

#include <memory>

namespace mws::host {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The front's own credentials, and the site's server's certificate as the only one trusted.
QSslConfiguration siteServerTls(const HostConfig &config, const QString &siteId)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QByteArray pem = readAll(config.frontClientKeyAndCertificate());
    const qsizetype split = pem.indexOf("-----BEGIN CERTIFICATE-----");
    tls.setPrivateKey(QSslKey(pem.left(split), QSsl::Ec));
    tls.setLocalCertificate(QSslCertificate(pem.mid(split)));
    tls.setCaCertificates(QSslCertificate::fromPath(siteServerCertificate(config, siteId)));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

} // namespace

void askProbe(QNetworkAccessManager &network, const HostConfig &config, const QString &siteId,
              const HealthProbe &probe, QObject *context, ProbeAnswer done)
{
    QNetworkRequest request(probe.url);
    request.setRawHeader("Host", probe.host);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(2000);
    if (probe.viaSiteServer)
        request.setSslConfiguration(siteServerTls(config, siteId));
    QNetworkReply *reply = network.get(request);
    // The site's server has a certificate of its own, pinned above, for no name in the URL.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            if (error.error() != QSslError::HostNameMismatch)
                return;
        reply->ignoreSslErrors(errors);
    });
    reply->setReadBufferSize(16 * 1024);
    auto answered = std::make_shared<bool>(false);
    const auto report = [reply, probe, done, answered] {
        if (*answered)
            return;
        *answered = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(status, reply->rawHeader(probe.tagHeader), reply->errorString());
        reply->abort();
        reply->deleteLater();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [reply, report] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            report();
    });
    QObject::connect(reply, &QNetworkReply::finished, context, report);
}

} // namespace mws::host
