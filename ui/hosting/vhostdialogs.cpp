// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/vhostdialogs.h"

#include "dialogs/messagebox.h"
#include "pages/sitepage.h"
#include "validate/hostname.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

constexpr qint64 maximumPemFile = 1024 * 1024;

} // namespace

QPlainTextEdit *domainsEdit(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *domains = new QPlainTextEdit(parent);
    domains->setObjectName(QLatin1String(objectName));
    domains->setAccessibleName(accessibleName);
    domains->setTabChangesFocus(true);
    domains->setFixedHeight(domains->fontMetrics().lineSpacing() * 4 + 12);
    return domains;
}

DomainsCheck checkDomains(const QString &text)
{
    DomainsCheck check;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString typed = lines.at(i).trimmed();
        if (typed.isEmpty())
            continue;
        const validate::HostnameCheck host = validate::checkHostname(typed);
        if (!host.problem.isEmpty()) {
            check.problems << QApplication::translate("mws::ui::WebSitesPage", "Line %1: %2")
                                  .arg(i + 1)
                                  .arg(host.problem);
            continue;
        }
        if (check.normalized.contains(host.normalized)) {
            check.problems << QApplication::translate("mws::ui::WebSitesPage", "Line %1: %2 is listed twice.")
                                  .arg(i + 1)
                                  .arg(host.normalized);
            continue;
        }
        check.normalized << host.normalized;
        if (host.normalized != typed)
            check.conversions << QApplication::translate("mws::ui::WebSitesPage", "%1 is stored as %2")
                                     .arg(typed, host.normalized);
    }
    if (check.normalized.isEmpty() && check.problems.isEmpty())
        check.problems << QApplication::translate("mws::ui::WebSitesPage",
                                                  "Give at least one domain name, like www.example.org.");
    return check;
}

void showDomainsCheck(QLabel *label, const DomainsCheck &check)
{
    QStringList parts;
    if (!check.problems.isEmpty())
        parts << problemsHtml(label, check.problems);
    QStringList conversions;
    for (const QString &conversion : check.conversions)
        conversions << conversion.toHtmlEscaped();
    if (!conversions.isEmpty())
        parts << conversions.join(QStringLiteral("<br>"));
    label->setText(parts.join(QStringLiteral("<br>")));
    label->setVisible(!parts.isEmpty());
}

// ---------------------------------------------------------------------------------------------

AddVhostDialog::AddVhostDialog(const model::SiteHosting &hosting, QWidget *parent) : QDialog(parent)
{
    auto *layout = startDialog(this, "addVhostDialog", tr("Add a vhost"),
                               tr("A vhost serves one folder of the site under one or more domain names."));
    for (const model::Vhost &vhost : hosting.vhosts)
        m_taken << vhost.name;

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newVhostName"));
    m_name->setAccessibleName(tr("Vhost name"));
    m_name->setPlaceholderText(tr("for example blog"));
    m_domains = domainsEdit(this, "newVhostDomains", tr("Domain names, one per line"));
    m_domains->setPlaceholderText(tr("www.example.org\nexample.org"));
    m_domainsCheck = problemLabel(this, "newVhostDomainsCheck");
    m_documentRoot = new QLineEdit(QStringLiteral("public_html"), this);
    m_documentRoot->setObjectName(QStringLiteral("newVhostDocumentRoot"));
    m_documentRoot->setAccessibleName(tr("Document root"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Domain names:"), m_domains);
    form->addRow(QString(), m_domainsCheck);
    form->addRow(tr("Document r&oot:"), m_documentRoot);
    auto *rootHelp =
        new QLabel(tr("A folder in the site's home, inside public_html. The panel makes it."), this);
    rootHelp->setWordWrap(true);
    form->addRow(QString(), rootHelp);
    layout->addLayout(form);
    m_problems = problemLabel(this, "newVhostProblems");
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Review and apply…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("newVhostOk"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_documentRootEdited)
            m_documentRoot->setText(name.trimmed().isEmpty()
                                        ? QStringLiteral("public_html")
                                        : QStringLiteral("public_html/") + name.trimmed());
        validate();
    });
    connect(m_documentRoot, &QLineEdit::textEdited, this, [this] {
        m_documentRootEdited = true;
        validate();
    });
    connect(m_domains, &QPlainTextEdit::textChanged, this, &AddVhostDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

model::Vhost AddVhostDialog::vhost() const
{
    model::Vhost vhost;
    vhost.name = m_name->text().trimmed();
    vhost.documentRoot = m_documentRoot->text().trimmed();
    vhost.domains = checkDomains(m_domains->toPlainText()).normalized;
    return vhost;
}

void AddVhostDialog::validate()
{
    QStringList problems;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty()) {
        if (const QString problem = validate::vhostNameProblem(name); !problem.isEmpty())
            problems << problem;
        else if (m_taken.contains(name))
            problems << tr("The site already has a vhost called %1.").arg(name);
    }
    if (const QString problem = validate::documentRootProblem(m_documentRoot->text().trimmed());
        !problem.isEmpty())
        problems << problem;
    m_problems->setText(problems.isEmpty() ? QString() : problemsHtml(this, problems));
    m_problems->setVisible(!problems.isEmpty());
    const bool anyDomain = !m_domains->toPlainText().trimmed().isEmpty();
    const DomainsCheck domains = checkDomains(m_domains->toPlainText());
    if (anyDomain)
        showDomainsCheck(m_domainsCheck, domains);
    else
        m_domainsCheck->hide();
    m_ok->setEnabled(!name.isEmpty() && problems.isEmpty() && anyDomain && domains.problems.isEmpty());
}

// ---------------------------------------------------------------------------------------------

CertificateRequestDialog::CertificateRequestDialog(const QString &vhost, const QStringList &names,
                                                   const QString &pem, QWidget *parent)
    : QDialog(parent), m_pem(pem), m_vhost(vhost)
{
    auto *layout = startDialog(this, "certificateRequestDialog", tr("Certificate request for %1").arg(vhost),
                               tr("Give this certificate signing request to your certificate authority. It "
                                  "is for %1. The private key stays on the panel; when the certificate comes "
                                  "back, use “Upload certificate…”.")
                                   .arg(names.join(QStringLiteral(", "))));
    auto *text = new QPlainTextEdit(pem, this);
    text->setObjectName(QStringLiteral("certificateRequestPem"));
    text->setAccessibleName(tr("Certificate signing request, PEM"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyRequest"));
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveRequest"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_pem);
        copy->setText(tr("Copied"));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        auto *files = new QFileDialog(this, tr("Save the certificate request"), QString(),
                                      tr("Certificate requests (*.csr *.pem);;All files (*)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(QStringLiteral("csr"));
        files->selectFile(m_vhost + QStringLiteral(".csr"));
        connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(m_pem.toLatin1()) < 0 || !file.commit())
                MessageBox::warning(this, tr("Save the certificate request"),
                                    tr("%1 could not be written: %2").arg(path, file.errorString()));
        });
        files->open();
    });
    resize(640, 480);
}

// ---------------------------------------------------------------------------------------------

UploadCertificateDialog::UploadCertificateDialog(const QString &vhost, QWidget *parent) : QDialog(parent)
{
    auto *layout =
        startDialog(this, "uploadCertificateDialog", tr("Upload a certificate for %1").arg(vhost),
                    tr("Paste the certificate your certificate authority issued for this vhost's request, "
                       "and the intermediate certificates that come with it (PEM, “-----BEGIN "
                       "CERTIFICATE-----”). The panel checks that they fit its key and every domain "
                       "name."));
    const auto section = [this, layout](const QString &title, const char *objectName,
                                        const QString &accessible) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(title, this);
        auto *open = new QPushButton(tr("Open file…"), this);
        open->setObjectName(QLatin1String(objectName) + QStringLiteral("Open"));
        open->setAccessibleName(tr("Open a file for: %1").arg(accessible));
        row->addWidget(label, 1);
        row->addWidget(open);
        layout->addLayout(row);
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(QLatin1String(objectName));
        text->setAccessibleName(accessible);
        text->setTabChangesFocus(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        label->setBuddy(text);
        layout->addWidget(text, 1);
        connect(open, &QPushButton::clicked, this, [this, text] { openFile(text); });
        return text;
    };
    m_certificate = section(tr("&Certificate:"), "uploadCertificate", tr("Certificate"));
    m_chain = section(tr("C&hain (intermediate certificates, optional):"), "uploadChain", tr("Chain"));
    m_problem = problemLabel(this, "uploadProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Review and apply…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("uploadOk"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_certificate, &QPlainTextEdit::textChanged, this, &UploadCertificateDialog::validate);
    connect(m_chain, &QPlainTextEdit::textChanged, this, &UploadCertificateDialog::validate);
    validate();
    resize(640, 560);
}

QString UploadCertificateDialog::certificate() const
{
    return m_certificate->toPlainText().trimmed() + QLatin1Char('\n');
}

QString UploadCertificateDialog::chain() const
{
    const QString chain = m_chain->toPlainText().trimmed();
    return chain.isEmpty() ? QString() : chain + QLatin1Char('\n');
}

void UploadCertificateDialog::openFile(QPlainTextEdit *into)
{
    auto *files = new QFileDialog(this, tr("Open a certificate"), QString(),
                                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, [this, into](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem->setText(
                problemsHtml(this, {tr("%1 could not be read: %2").arg(path, file.errorString())}));
            m_problem->show();
            return;
        }
        if (file.size() > maximumPemFile) {
            m_problem->setText(problemsHtml(this, {tr("%1 is too large to be a certificate.").arg(path)}));
            m_problem->show();
            return;
        }
        into->setPlainText(QString::fromUtf8(file.readAll()));
    });
    files->open();
}

void UploadCertificateDialog::validate()
{
    const QString certificate = m_certificate->toPlainText();
    QStringList problems;
    if (!certificate.trimmed().isEmpty() &&
        !certificate.contains(QLatin1String("-----BEGIN CERTIFICATE-----")))
        problems << tr(
            "The certificate is not in PEM form: it should start with “-----BEGIN CERTIFICATE-----”.");
    if (certificate.contains(QLatin1String("PRIVATE KEY")) ||
        m_chain->toPlainText().contains(QLatin1String("PRIVATE KEY")))
        problems << tr("Never paste a private key here: the panel made the key and keeps it.");
    const QString chain = m_chain->toPlainText();
    if (!chain.trimmed().isEmpty() && !chain.contains(QLatin1String("-----BEGIN CERTIFICATE-----")))
        problems << tr("The chain is not in PEM form.");
    m_problem->setText(problems.isEmpty() ? QString() : problemsHtml(this, problems));
    m_problem->setVisible(!problems.isEmpty());
    m_ok->setEnabled(!certificate.trimmed().isEmpty() && problems.isEmpty());
}

} // namespace mws::ui
