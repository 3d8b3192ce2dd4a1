// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dialogs/dialogparts.h"
#include "model/hosting.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mws::ui {

// The domain names typed one per line, checked: the names as the service stores them (IDNA,
// lower case), and a sentence per problem. Shared by the Web sites page and the dialogs.
struct DomainsCheck
{
    QStringList normalized;
    QStringList problems;
    QStringList conversions; // "Straße.test → xn--strae-oqa.test", where the stored form differs
};
DomainsCheck checkDomains(const QString &text);
// Shows the check under a domain list: problems in the error colour, conversions as information.
void showDomainsCheck(QLabel *label, const DomainsCheck &check);
// A list of domain names to edit, one a line: four lines high, and Tab goes on to the next field.
QPlainTextEdit *domainsEdit(QWidget *parent, const char *objectName, const QString &accessibleName);

// "Add vhost…": a name, its domain names and a document root (public_html/<name> unless changed).
class AddVhostDialog : public QDialog
{
    Q_OBJECT

public:
    AddVhostDialog(const model::SiteHosting &hosting, QWidget *parent = nullptr);
    model::Vhost vhost() const;

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QPlainTextEdit *m_domains;
    QLineEdit *m_documentRoot;
    QLabel *m_problems;
    QLabel *m_domainsCheck;
    QPushButton *m_ok;
    bool m_documentRootEdited = false;
};

// A certificate signing request in PEM, to copy or save and give to a certificate authority.
class CertificateRequestDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateRequestDialog(const QString &vhost, const QStringList &names, const QString &pem,
                             QWidget *parent = nullptr);

private:
    QString m_pem;
    QString m_vhost;
};

// "Upload certificate…": the certificate the authority issued and its chain, pasted or opened.
class UploadCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UploadCertificateDialog(const QString &vhost, QWidget *parent = nullptr);
    QString certificate() const;
    QString chain() const;

private:
    void openFile(QPlainTextEdit *into);
    void validate();

    QPlainTextEdit *m_certificate;
    QPlainTextEdit *m_chain;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace mws::ui
