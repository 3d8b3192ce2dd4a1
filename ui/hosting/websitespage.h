// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hosting/hostingpage.h"

#include <QPointer>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mws::api {
class PanelClient;
}

namespace mws::ui {

// A site's vhosts: the list (name, main domain, TLS and its expiry) and, for the selected one,
// its name, document root, domain names (checked as typed, shown as stored), redirects, HSTS,
// the writable document root switch and its certificate. Edits become one HostingRequest
// ("Review and apply…"); adding, deleting and the certificate buttons each become their own.
class WebSitesPage : public HostingPage
{
    Q_OBJECT

public:
    explicit WebSitesPage(QWidget *parent = nullptr);

    void showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) override;
    void clear() override;
    void setReadOnly(bool readOnly) override;
    QString fieldLabel(const QString &apiField) const override; // in hostingfieldlabels.cpp

    // A certificate request is sent by the page itself, with the hosting's ETag. The site's own
    // host name tells which names may have a self-signed certificate.
    void setPanel(api::PanelClient *client, const QByteArray &etag, const QString &siteHostname) override;

    QString selectedVhost() const;
    bool selectVhost(const QString &name);

private:
    // A certificate that expires within this many days is shown as a warning.
    static constexpr int certificateWarnDays = 30;

    void buildForm(QWidget *form);
    QGroupBox *buildTlsBox(QWidget *form); // in websitestls.cpp, with the rest of the TLS section
    void showSelected();
    void loadForm(const model::Vhost &vhost);
    void updateForm();
    void updateButtons();
    void showTls(const model::Vhost &vhost);
    const model::Vhost *selected() const;
    // The form's edits of the selected vhost; problems says what keeps them from being sent.
    api::VhostChanges edits(QStringList *problems) const;
    bool isTestName(const QString &name) const;

    void addVhost();
    void deleteVhost();
    void applyForm();
    void requestCertificate();
    void uploadCertificate();
    void useSelfSigned();
    void removeCertificate();

    QPointer<api::PanelClient> m_client;
    QByteArray m_etag;
    QString m_sitesDomain;
    model::SiteHosting m_hosting;
    bool m_hasHosting = false;
    bool m_readOnly = false;
    bool m_requesting = false;
    QString m_selectAfterLoad;

    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_delete;
    QWidget *m_form;
    QLabel *m_noVhosts;
    QLineEdit *m_name;
    QLineEdit *m_documentRoot;
    QPlainTextEdit *m_domains;
    QLabel *m_domainsCheck;
    QCheckBox *m_redirectAliases;
    QCheckBox *m_httpsRedirect;
    QCheckBox *m_hsts;
    QCheckBox *m_writable;
    QLabel *m_writableUntil;
    QGroupBox *m_tlsBox;
    QFormLayout *m_tlsDetails;
    QLabel *m_tlsMode;
    QLabel *m_tlsSubject;
    QLabel *m_tlsIssuer;
    QLabel *m_tlsNames;
    QLabel *m_tlsExpiry;
    QLabel *m_tlsPending;
    QPushButton *m_tlsRequest;
    QPushButton *m_tlsShowRequest;
    QPushButton *m_tlsUpload;
    QPushButton *m_tlsSelfSigned;
    QPushButton *m_tlsRemove;
    QLabel *m_problems;
    QPushButton *m_revert;
    QPushButton *m_apply;
};

} // namespace mws::ui
