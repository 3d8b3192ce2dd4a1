// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Web sites page's HTTPS certificate section: what the selected vhost's certificate is and
// when it expires, and the buttons that request, upload, make or remove one.
#include "api/hostingrequest.h"
#include "dialogs/messagebox.h"
#include "hosting/vhostdialogs.h"
#include "hosting/websitespage.h"
#include "util/clock.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

QGroupBox *WebSitesPage::buildTlsBox(QWidget *form)
{
    m_tlsBox = new QGroupBox(tr("HTTPS certificate"), form);
    m_tlsBox->setObjectName(QStringLiteral("tlsBox"));
    auto *tlsRow = new QHBoxLayout(m_tlsBox);
    auto *tls = new QFormLayout;
    m_tlsDetails = tls;
    m_tlsMode = addValueRow(tls, tr("Certificate:"), m_tlsBox, "tlsMode");
    m_tlsSubject = addValueRow(tls, tr("Subject:"), m_tlsBox, "tlsSubject");
    m_tlsIssuer = addValueRow(tls, tr("Issuer:"), m_tlsBox, "tlsIssuer");
    m_tlsNames = addValueRow(tls, tr("Names:"), m_tlsBox, "tlsNames");
    m_tlsExpiry = addValueRow(tls, tr("Valid until:"), m_tlsBox, "tlsExpiry");
    m_tlsPending = valueLabel(m_tlsBox, "tlsPending");
    tls->addRow(m_tlsPending);
    tlsRow->addLayout(tls, 1);
    auto *tlsButtons = new QVBoxLayout;
    m_tlsRequest =
        namedButton(tr("Make a certificate re&quest…"), QStringLiteral("tlsRequest"), m_tlsBox,
                    tr("The panel makes a new private key, which never leaves it, and a certificate "
                       "signing request for this vhost's names to give to a certificate authority"));
    m_tlsShowRequest =
        namedButton(tr("Show the waiting request…"), QStringLiteral("tlsShowRequest"), m_tlsBox);
    m_tlsUpload = namedButton(tr("&Upload certificate…"), QStringLiteral("tlsUpload"), m_tlsBox,
                              tr("Install the certificate a certificate authority issued for the request"));
    m_tlsSelfSigned =
        namedButton(tr("Use a &self-signed certificate"), QStringLiteral("tlsSelfSigned"), m_tlsBox,
                    tr("For test and demo names only: browsers warn visitors about it"));
    m_tlsRemove = namedButton(tr("Remove certi&ficate…"), QStringLiteral("tlsRemove"), m_tlsBox);
    for (QPushButton *button : {m_tlsRequest, m_tlsShowRequest, m_tlsUpload, m_tlsSelfSigned, m_tlsRemove})
        tlsButtons->addWidget(button);
    tlsButtons->addStretch();
    tlsRow->addLayout(tlsButtons);

    connect(m_tlsRequest, &QPushButton::clicked, this, &WebSitesPage::requestCertificate);
    connect(m_tlsShowRequest, &QPushButton::clicked, this, [this] {
        if (const model::Vhost *vhost = selected()) {
            auto *dialog =
                new CertificateRequestDialog(vhost->name, vhost->domains, vhost->tls.requestPem, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_tlsUpload, &QPushButton::clicked, this, &WebSitesPage::uploadCertificate);
    connect(m_tlsSelfSigned, &QPushButton::clicked, this, &WebSitesPage::useSelfSigned);
    connect(m_tlsRemove, &QPushButton::clicked, this, &WebSitesPage::removeCertificate);
    return m_tlsBox;
}

void WebSitesPage::showTls(const model::Vhost &vhost)
{
    const model::VhostTls &tls = vhost.tls;
    QFormLayout *form = m_tlsDetails;
    const bool has = tls.mode != model::TlsMode::None;
    switch (tls.mode) {
    case model::TlsMode::None:
        m_tlsMode->setText(tr("None: the vhost answers over HTTP only."));
        break;
    case model::TlsMode::SelfSigned:
        m_tlsMode->setText(tr("Self-signed, made by the panel (for testing: browsers warn visitors)"));
        break;
    case model::TlsMode::Uploaded:
        m_tlsMode->setText(tr("Issued by a certificate authority"));
        break;
    }
    m_tlsSubject->setText(tls.subject);
    m_tlsIssuer->setText(tls.issuer);
    m_tlsNames->setText(tls.names.join(QStringLiteral(", ")));
    for (QWidget *field : {static_cast<QWidget *>(m_tlsSubject), static_cast<QWidget *>(m_tlsIssuer),
                           static_cast<QWidget *>(m_tlsNames), static_cast<QWidget *>(m_tlsExpiry)})
        form->setRowVisible(field, has);

    const QDateTime now = Clock::nowUtc();
    QString expiry;
    QColor colour;
    if (has && tls.notAfter.isValid()) {
        const qint64 days = now.daysTo(tls.notAfter);
        if (tls.notAfter <= now) {
            expiry = tr("Expired on %1. Browsers refuse HTTPS for these names: upload a new certificate.")
                         .arg(dateText(tls.notAfter));
            colour = problemColor(this);
        } else if (days <= certificateWarnDays) {
            expiry = tr("%1 — expires in %n day(s). Renew it: make a certificate request and upload the new "
                        "certificate.",
                        nullptr, int(days))
                         .arg(dateText(tls.notAfter));
            colour = warningColor(this);
        } else {
            expiry = dateText(tls.notAfter);
        }
    }
    m_tlsExpiry->setText(expiry);
    m_tlsExpiry->setStyleSheet(
        colour.isValid() ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour.name())
                         : QString());
    m_tlsPending->setText(
        tls.requestPem.isEmpty()
            ? QString()
            : tr("A certificate request made on the panel is waiting for its certificate."));
    form->setRowVisible(m_tlsPending, !tls.requestPem.isEmpty());
}

bool WebSitesPage::isTestName(const QString &name) const
{
    for (const char *suffix : {".test", ".example", ".invalid", ".localhost"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return !m_sitesDomain.isEmpty() && name.endsWith(QLatin1Char('.') + m_sitesDomain);
}

void WebSitesPage::requestCertificate()
{
    const model::Vhost *vhost = selected();
    if (!vhost || !m_client)
        return;
    m_requesting = true;
    updateButtons();
    const QString name = vhost->name;
    const QStringList names = vhost->domains;
    api::HostingClient(*m_client)
        .requestCertificate(m_hosting.siteId, name, m_etag)
        .then(this, [this, name, names](const Result<QString> &pem) {
            m_requesting = false;
            updateButtons();
            if (!pem.ok()) {
                if (pem.error().kind == Error::Kind::Cancelled)
                    return;
                MessageBox::show(this, MessageBox::Warning, tr("Certificate request"),
                                 tr("The panel did not make a certificate request for %1: %2")
                                     .arg(name, pem.error().message),
                                 {}, QStringLiteral("applyResult"));
                if (pem.error().kind == Error::Kind::PreconditionFailed)
                    Q_EMIT reloadRequested();
                return;
            }
            auto *dialog = new CertificateRequestDialog(name, names, *pem, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            Q_EMIT reloadRequested();
        });
}

void WebSitesPage::uploadCertificate()
{
    const model::Vhost *vhost = selected();
    if (!vhost)
        return;
    auto *dialog = new UploadCertificateDialog(vhost->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = vhost->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        m_selectAfterLoad = name;
        Q_EMIT changeRequested(api::HostingRequest::uploadCertificate(m_hosting.siteId, name,
                                                                      dialog->certificate(), dialog->chain()),
                               {tr("Install a certificate for %1").arg(name), QString(), {}});
    });
    dialog->open();
}

void WebSitesPage::useSelfSigned()
{
    const model::Vhost *vhost = selected();
    if (!vhost)
        return;
    m_selectAfterLoad = vhost->name;
    QString consequences =
        tr("The panel makes a key and a certificate for %1, valid for 90 days. Browsers warn "
           "visitors about it: it is for test and demo names only.")
            .arg(vhost->domains.join(QStringLiteral(", ")));
    if (vhost->tls.mode == model::TlsMode::Uploaded)
        consequences += QLatin1Char(' ') + tr("It replaces the certificate installed now.");
    Q_EMIT changeRequested(api::HostingRequest::selfSignedCertificate(m_hosting.siteId, vhost->name),
                           {tr("Use a self-signed certificate for %1").arg(vhost->name), consequences, {}});
}

void WebSitesPage::removeCertificate()
{
    const model::Vhost *vhost = selected();
    if (!vhost || vhost->tls.mode == model::TlsMode::None)
        return;
    m_selectAfterLoad = vhost->name;
    QString consequences = tr("HTTPS stops working for %1; the vhost answers over HTTP only, and its HTTPS "
                              "redirect and HSTS are "
                              "switched off.")
                               .arg(vhost->domains.join(QStringLiteral(", ")));
    if (vhost->hsts)
        consequences +=
            QLatin1Char(' ') + tr("Browsers that were told to use only HTTPS (HSTS) cannot reach these "
                                  "names until a certificate is back.");
    Q_EMIT changeRequested(api::HostingRequest::removeCertificate(m_hosting.siteId, vhost->name),
                           {tr("Remove the certificate of %1").arg(vhost->name), consequences, vhost->name});
}

} // namespace mws::ui
