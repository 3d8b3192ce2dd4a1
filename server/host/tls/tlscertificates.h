// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Keys, signing requests and certificate checks for the TLS of a site's virtual hosts, on the
// OpenSSL 3 library (never the openssl command). Names are DNS names in ASCII (IDNs in their
// xn-- form); a name may start with "*." for a wildcard.
namespace mws::host {

struct KeyAndRequest
{
    QByteArray privateKeyPem; // PKCS#8, unencrypted: it stays on the host
    QByteArray requestPem;    // PKCS#10, for the certificate authority
};

// A new EC P-256 private key and a PKCS#10 CSR with CN = names.first() and every name as a DNS
// subjectAltName. The only call that ever hands out a private key.
Result<KeyAndRequest> makeKeyAndRequest(const QStringList &names);

// Whom a self-signed certificate identifies: a server, or a client (the front, to the sites'
// own web servers).
enum class CertificateUse
{
    Server,
    Client,
};

// A self-signed certificate (CA:FALSE, serverAuth or clientAuth, SAN = names, CN = first name)
// for test and demo names and the host's own links, valid `days` days from now.
Result<QByteArray> makeSelfSigned(const QByteArray &privateKeyPem, const QStringList &names, int days,
                                  CertificateUse use = CertificateUse::Server);

// What a certificate says about itself, for the site's TLS page.
struct CertificateInfo
{
    QString subject; // RFC 2253, e.g. "CN=www.example.org,O=Example"
    QString issuer;
    QStringList names; // the DNS subjectAltNames, else the common name
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // upper-case hex with colons
    bool selfSigned = false;

    QJsonObject toJson() const;
};

Result<CertificateInfo> inspectCertificate(const QByteArray &certificatePem);

// An uploaded certificate and what it must satisfy to be installed on a vhost.
struct CertificateCheck
{
    QByteArray certificatePem;  // exactly one certificate: the vhost's own
    QByteArray chainPem;        // zero or more intermediates
    QByteArray privateKeyPem;   // the vhost's key, unencrypted
    QStringList names;          // every name the vhost answers to
    QDateTime now;              // the moment of the check; invalid means the current time
    QStringList trustedCaFiles; // PEM files trusted besides the system store
    bool allowSelfSigned = false;
};

// Checks an uploaded certificate: it parses, the chain parses, it matches the private key, it is
// valid at `now`, it covers every name and its chain leads to a trusted root (a self-signed one
// passes only with allowSelfSigned). Every problem found is reported: Error kind Invalid whose
// fields ("certificate", "chain", "key") say what is wrong with each, and whose message is all of
// them. A trusted CA file that cannot be read is a Backend error: the host is misconfigured.
Result<CertificateInfo> checkCertificate(const CertificateCheck &check);

} // namespace mws::host
