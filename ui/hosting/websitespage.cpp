// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/websitespage.h"

#include "api/panelclient.h"
#include "hosting/vhostdialogs.h"
#include "util/clock.h"
#include "validate/hostname.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

bool isWritable(const model::Vhost &vhost)
{
    return vhost.docrootWritableUntil.isValid() && vhost.docrootWritableUntil > Clock::nowUtc();
}

// The fields the form edits; when only other things changed (a certificate request), edits stay.
bool sameFormFields(const model::Vhost &a, const model::Vhost &b)
{
    return a.name == b.name && a.documentRoot == b.documentRoot && a.domains == b.domains &&
           a.redirectAliases == b.redirectAliases && a.httpsRedirect == b.httpsRedirect && a.hsts == b.hsts &&
           a.docrootWritableUntil == b.docrootWritableUntil && a.tls.mode == b.tls.mode;
}

bool anyChange(const api::VhostChanges &changes)
{
    return changes.name || changes.documentRoot || changes.domains || changes.redirectAliases ||
           changes.httpsRedirect || changes.hsts || changes.modules || changes.directives ||
           changes.docrootWritable;
}

} // namespace

WebSitesPage::WebSitesPage(QWidget *parent) : HostingPage(parent)
{
    setObjectName(QStringLiteral("webSitesPage"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_intro = new QLabel(tr("<b>Vhosts</b> — each serves one folder under its domain names."), this);
    m_intro->setWordWrap(true);
    left->addWidget(m_intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("vhostList"));
    m_list->setAccessibleName(tr("Vhosts of the site"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_intro->setBuddy(m_list);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = namedButton(tr("A&dd vhost…"), QStringLiteral("addVhost"), this);
    m_delete = namedButton(tr("De&lete vhost…"), QStringLiteral("deleteVhost"), this);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_noVhosts = new QLabel(this);
    m_noVhosts->setObjectName(QStringLiteral("vhostsEmpty"));
    m_noVhosts->setWordWrap(true);
    m_noVhosts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    right->addWidget(m_noVhosts);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    buildForm(m_form);
    scroll->setWidget(m_form);
    right->addWidget(scroll, 1);
    auto *formButtons = new QHBoxLayout;
    m_problems = valueLabel(this, "vhostProblems");
    m_problems->setTextFormat(Qt::RichText);
    formButtons->addWidget(m_problems, 1);
    m_revert = namedButton(tr("Re&vert"), QStringLiteral("vhostRevert"), this,
                           tr("Forget the edits and show the vhost as the panel has it"));
    m_apply = namedButton(tr("&Review and apply…"), QStringLiteral("vhostApply"), this,
                          tr("See what the change does to the web server's files, then apply it"));
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_apply);
    right->addLayout(formButtons);
    layout->addLayout(right, 5);

    connect(m_list, &QListWidget::currentRowChanged, this, &WebSitesPage::showSelected);
    connect(m_add, &QPushButton::clicked, this, &WebSitesPage::addVhost);
    connect(m_delete, &QPushButton::clicked, this, &WebSitesPage::deleteVhost);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const model::Vhost *vhost = selected())
            loadForm(*vhost);
    });
    connect(m_apply, &QPushButton::clicked, this, &WebSitesPage::applyForm);
    clear();
}

void WebSitesPage::buildForm(QWidget *form)
{
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 6, 0);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("vhostName"));
    m_name->setAccessibleName(tr("Vhost name"));
    m_documentRoot = new QLineEdit(form);
    m_documentRoot->setObjectName(QStringLiteral("vhostDocumentRoot"));
    m_documentRoot->setAccessibleName(tr("Document root"));
    m_documentRoot->setToolTip(tr("The folder served, relative to the site's home and inside public_html"));
    m_domains =
        domainsEdit(form, "vhostDomains", tr("Domain names, one per line; the first is the main name"));
    m_domainsCheck = valueLabel(form, "vhostDomainsCheck");
    m_domainsCheck->setTextFormat(Qt::RichText);
    auto *domainsHelp = new QLabel(tr("One per line; the first is the main name."), form);
    domainsHelp->setWordWrap(true);
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("Document r&oot:"), m_documentRoot);
    fields->addRow(tr("Do&main names:"), m_domains);
    fields->addRow(QString(), domainsHelp);
    fields->addRow(QString(), m_domainsCheck);

    m_redirectAliases = new QCheckBox(tr("Send the other names to the main name (301 redirect)"), form);
    m_redirectAliases->setObjectName(QStringLiteral("vhostRedirectAliases"));
    m_httpsRedirect = new QCheckBox(tr("Send HTTP visitors to &HTTPS"), form);
    m_httpsRedirect->setObjectName(QStringLiteral("vhostHttpsRedirect"));
    m_hsts = new QCheckBox(tr("Tell browsers to use only HTTPS for a year (HS&TS)"), form);
    m_hsts->setObjectName(QStringLiteral("vhostHsts"));
    auto *redirects = new QVBoxLayout;
    redirects->addWidget(m_redirectAliases);
    redirects->addWidget(m_httpsRedirect);
    redirects->addWidget(m_hsts);
    fields->addRow(tr("Redirects:"), redirects);

    m_writable = new QCheckBox(tr("Let the web server &write to the document root for one hour"), form);
    m_writable->setObjectName(QStringLiteral("vhostDocrootWritable"));
    m_writable->setToolTip(
        tr("For installers and updates that write their own files. PHP scripts can then change "
           "the site's files; the panel turns this off by itself after an hour."));
    m_writableUntil = valueLabel(form, "vhostWritableUntil");
    auto *writable = new QVBoxLayout;
    writable->addWidget(m_writable);
    writable->addWidget(m_writableUntil);
    fields->addRow(tr("Uploads:"), writable);
    outer->addLayout(fields);

    outer->addWidget(buildTlsBox(form));
    outer->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &WebSitesPage::updateForm);
    connect(m_documentRoot, &QLineEdit::textChanged, this, &WebSitesPage::updateForm);
    connect(m_domains, &QPlainTextEdit::textChanged, this, &WebSitesPage::updateForm);
    for (QCheckBox *box : {m_redirectAliases, m_httpsRedirect, m_hsts, m_writable})
        connect(box, &QCheckBox::toggled, this, &WebSitesPage::updateForm);
}

void WebSitesPage::setPanel(api::PanelClient *client, const QByteArray &etag, const QString &siteHostname)
{
    m_client = client;
    m_etag = etag;
    // The service's own names (<site>.<sites domain>) are test names too.
    m_sitesDomain = siteHostname.section(QLatin1Char('.'), 1);
}

void WebSitesPage::clear()
{
    m_hosting = {};
    m_hasHosting = false;
    m_list->clear();
    m_noVhosts->setText(tr("No site selected."));
    showSelected();
}

void WebSitesPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateForm();
}

void WebSitesPage::showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &)
{
    const QString keep = m_selectAfterLoad.isEmpty() ? selectedVhost() : m_selectAfterLoad;
    const model::Vhost *before = selected();
    const std::optional<model::Vhost> previous = before ? std::optional(*before) : std::nullopt;
    const bool sameSite = m_hasHosting && m_hosting.siteId == hosting.siteId;
    m_selectAfterLoad.clear();
    m_hosting = hosting;
    m_hasHosting = true;

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QDateTime now = Clock::nowUtc();
    int selectRow = hosting.vhosts.isEmpty() ? -1 : 0;
    for (int row = 0; row < hosting.vhosts.size(); ++row) {
        const model::Vhost &vhost = hosting.vhosts.at(row);
        QString badge;
        QColor colour;
        if (vhost.tls.mode == model::TlsMode::None) {
            badge = tr("HTTP only");
        } else if (vhost.tls.notAfter.isValid() && vhost.tls.notAfter <= now) {
            badge = tr("HTTPS — certificate expired");
            colour = problemColor(this);
        } else if (vhost.tls.notAfter.isValid() && now.daysTo(vhost.tls.notAfter) <= certificateWarnDays) {
            badge =
                tr("HTTPS — certificate expires in %n day(s)", nullptr, int(now.daysTo(vhost.tls.notAfter)));
            colour = warningColor(this);
        } else {
            badge =
                tr("HTTPS until %1")
                    .arg(QLocale().toString(vhost.tls.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        }
        auto *item =
            new QListWidgetItem(tr("%1 — %2\n%3").arg(vhost.name, vhost.mainDomain(), badge), m_list);
        item->setData(Qt::UserRole, vhost.name);
        item->setToolTip(vhost.domains.join(QStringLiteral(", ")));
        if (colour.isValid())
            item->setForeground(colour);
        if (vhost.name == keep)
            selectRow = row;
    }
    m_noVhosts->setText(
        tr("This site serves no web pages yet. Use “Add vhost…” to give it a domain name and a "
           "folder to serve."));
    m_list->setCurrentRow(selectRow);

    // Edits in progress survive a reload that did not touch what they edit.
    const model::Vhost *now_ = selected();
    QStringList problems;
    if (sameSite && previous && now_ && now_->name == previous->name && sameFormFields(*now_, *previous) &&
        anyChange(edits(&problems))) {
        m_form->setVisible(true);
        m_noVhosts->setVisible(false);
        showTls(*now_);
        updateForm();
        return;
    }
    showSelected();
}

QString WebSitesPage::selectedVhost() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool WebSitesPage::selectVhost(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

const model::Vhost *WebSitesPage::selected() const
{
    const QString name = selectedVhost();
    return name.isEmpty() ? nullptr : m_hosting.vhost(name);
}

void WebSitesPage::showSelected()
{
    const model::Vhost *vhost = selected();
    m_form->setVisible(vhost != nullptr);
    m_noVhosts->setVisible(vhost == nullptr);
    if (vhost)
        loadForm(*vhost);
    else
        updateForm();
}

void WebSitesPage::loadForm(const model::Vhost &vhost)
{
    {
        const QSignalBlocker b1(m_name), b2(m_documentRoot), b3(m_domains), b4(m_redirectAliases),
            b5(m_httpsRedirect), b6(m_hsts), b7(m_writable);
        m_name->setText(vhost.name);
        m_documentRoot->setText(vhost.documentRoot);
        m_domains->setPlainText(vhost.domains.join(QLatin1Char('\n')));
        m_redirectAliases->setChecked(vhost.redirectAliases);
        m_httpsRedirect->setChecked(vhost.httpsRedirect);
        m_hsts->setChecked(vhost.hsts);
        m_writable->setChecked(isWritable(vhost));
    }
    showTls(vhost);
    updateForm();
}

api::VhostChanges WebSitesPage::edits(QStringList *problems) const
{
    api::VhostChanges changes;
    const model::Vhost *original = selected();
    if (!original)
        return changes;
    const QString name = m_name->text().trimmed();
    if (name != original->name) {
        changes.name = name;
        if (const QString problem = validate::vhostNameProblem(name); !problem.isEmpty())
            problems->append(problem);
        else if (m_hosting.vhost(name))
            problems->append(tr("The site already has a vhost called %1.").arg(name));
    }
    const QString root = m_documentRoot->text().trimmed();
    if (root != original->documentRoot) {
        changes.documentRoot = root;
        if (const QString problem = validate::documentRootProblem(root); !problem.isEmpty())
            problems->append(problem);
    }
    const DomainsCheck domains = checkDomains(m_domains->toPlainText());
    problems->append(domains.problems);
    if (domains.normalized != original->domains)
        changes.domains = domains.normalized;
    if (m_redirectAliases->isChecked() != original->redirectAliases)
        changes.redirectAliases = m_redirectAliases->isChecked();
    if (m_httpsRedirect->isChecked() != original->httpsRedirect)
        changes.httpsRedirect = m_httpsRedirect->isChecked();
    if (m_hsts->isChecked() != original->hsts)
        changes.hsts = m_hsts->isChecked();
    if (m_writable->isChecked() != isWritable(*original))
        changes.docrootWritable = m_writable->isChecked();
    return changes;
}

void WebSitesPage::updateForm()
{
    const model::Vhost *vhost = selected();
    QStringList problems;
    const api::VhostChanges changes = edits(&problems);
    const bool editable = vhost && !m_readOnly;

    for (QLineEdit *edit : {m_name, m_documentRoot})
        edit->setReadOnly(!editable);
    m_domains->setReadOnly(!editable);
    m_redirectAliases->setEnabled(editable);
    m_writable->setEnabled(editable);
    const bool tls = vhost && vhost->tls.mode != model::TlsMode::None;
    const QString needsTls =
        tls ? QString() : tr("Needs an HTTPS certificate: add one in “HTTPS certificate” below first.");
    m_httpsRedirect->setEnabled(editable && tls);
    m_hsts->setEnabled(editable && tls);
    m_httpsRedirect->setToolTip(needsTls);
    m_hsts->setToolTip(
        tls ? tr("Browsers that have seen the site refuse plain HTTP for it for a year, even if "
                 "the certificate is removed later.")
            : needsTls);

    if (vhost) {
        showDomainsCheck(m_domainsCheck, checkDomains(m_domains->toPlainText()));
        if (isWritable(*vhost))
            m_writableUntil->setText(tr("Writable until %1; the panel turns it off then by itself.")
                                         .arg(timeText(vhost->docrootWritableUntil)));
        else if (m_writable->isChecked())
            m_writableUntil->setText(tr("Writable for one hour from when the change is applied."));
        else
            m_writableUntil->clear();
        m_writableUntil->setVisible(!m_writableUntil->text().isEmpty());
    }
    QStringList html;
    for (const QString &problem : std::as_const(problems))
        html << problem.toHtmlEscaped();
    // The domain problems are already shown under the list.
    const DomainsCheck domains = checkDomains(m_domains->toPlainText());
    for (const QString &problem : domains.problems)
        html.removeOne(problem.toHtmlEscaped());
    m_problems->setText(html.isEmpty()
                            ? QString()
                            : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg(problemColor(this).name(), html.join(QStringLiteral("<br>"))));
    const bool changed = vhost && anyChange(changes);
    m_apply->setEnabled(editable && changed && problems.isEmpty());
    m_apply->setToolTip(m_readOnly
                            ? tr("Changes are disabled: the control panel cannot be reached, or a change "
                                 "is being applied.")
                        : !changed ? tr("Edit the vhost first; nothing has changed yet.")
                                   : tr("See what the change does to the web server's files, then apply it"));
    m_revert->setEnabled(vhost && changed);
    updateButtons();
}

void WebSitesPage::updateButtons()
{
    const model::Vhost *vhost = selected();
    const bool editable = m_hasHosting && !m_readOnly;
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && vhost);
    m_tlsRequest->setEnabled(editable && vhost && m_client && !m_requesting);
    m_tlsShowRequest->setVisible(vhost && !vhost->tls.requestPem.isEmpty());
    m_tlsUpload->setEnabled(editable && vhost);
    bool testNames = vhost != nullptr;
    if (vhost)
        for (const QString &domain : vhost->domains)
            testNames = testNames && isTestName(domain);
    m_tlsSelfSigned->setVisible(testNames);
    m_tlsSelfSigned->setEnabled(editable && testNames);
    m_tlsRemove->setEnabled(editable && vhost && vhost->tls.mode != model::TlsMode::None);
}

void WebSitesPage::addVhost()
{
    auto *dialog = new AddVhostDialog(m_hosting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const model::Vhost vhost = dialog->vhost();
        m_selectAfterLoad = vhost.name;
        Q_EMIT changeRequested(api::HostingRequest::createVhost(m_hosting.siteId, vhost),
                               {tr("Add the vhost %1").arg(vhost.name),
                                tr("%1 will serve the files in %2.")
                                    .arg(vhost.domains.join(QStringLiteral(", ")), vhost.documentRoot),
                                {}});
    });
    dialog->open();
}

void WebSitesPage::deleteVhost()
{
    const model::Vhost *vhost = selected();
    if (!vhost)
        return;
    QString consequences =
        tr("These domain names stop being served: %1. The files in %2 stay where they are.")
            .arg(vhost->domains.join(QStringLiteral(", ")), vhost->documentRoot);
    if (vhost->tls.mode != model::TlsMode::None)
        consequences += QLatin1Char(' ') + tr("Its HTTPS certificate and key are removed from the panel.");
    Q_EMIT changeRequested(api::HostingRequest::deleteVhost(m_hosting.siteId, vhost->name),
                           {tr("Delete the vhost %1").arg(vhost->name), consequences, vhost->name});
}

void WebSitesPage::applyForm()
{
    const model::Vhost *original = selected();
    QStringList problems;
    const api::VhostChanges changes = edits(&problems);
    if (!original || !problems.isEmpty() || !anyChange(changes))
        return;
    QStringList consequences;
    QStringList removed;
    if (changes.domains)
        for (const QString &domain : original->domains)
            if (!changes.domains->contains(domain))
                removed << domain;
    if (!removed.isEmpty())
        consequences
            << tr("These domain names stop working on this site: %1. Visitors to them get an error page "
                  "until a vhost serves them again.")
                   .arg(removed.join(QStringLiteral(", ")));
    if (changes.name)
        consequences << tr("The vhost is renamed from %1 to %2; its domain names keep working.")
                            .arg(original->name, *changes.name);
    if (changes.documentRoot)
        consequences << tr("It will serve the files in %1 instead of %2.")
                            .arg(*changes.documentRoot, original->documentRoot);
    if (changes.docrootWritable && *changes.docrootWritable)
        consequences
            << tr("For one hour the web server, and so any PHP script, may change the files in %1. Turn "
                  "it off as soon as the installer or update has finished.")
                   .arg(original->documentRoot);
    if (changes.hsts && *changes.hsts)
        consequences << tr("Browsers that visit will refuse plain HTTP for these names for a year.");
    m_selectAfterLoad = changes.name ? *changes.name : original->name;
    Q_EMIT changeRequested(api::HostingRequest::updateVhost(m_hosting.siteId, original->name, changes),
                           {tr("Change the vhost %1").arg(original->name),
                            consequences.join(QLatin1Char(' ')), removed.value(0)});
}

} // namespace mws::ui
