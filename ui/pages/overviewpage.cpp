// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/overviewpage.h"

#include "models/sitelistmodel.h"
#include "pages/memberseditor.h"
#include "session/accountsession.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mws::ui {

OverviewPage::OverviewPage(QWidget *parent) : SitePage(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);

    m_title = makePageTitle(QString(), this);
    m_title->setObjectName(QStringLiteral("siteTitle"));
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_status = addValueRow(form, tr("Status:"), this, "siteStatus");
    m_address = addValueRow(form, tr("Address:"), this, "siteAddress");
    m_siteId = addValueRow(form, tr("Site ID:"), this, "siteId");
    m_contact = addValueRow(form, tr("Webmaster:"), this, "siteContact");
    m_description = addValueRow(form, tr("Description:"), this, "siteDescription");
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_open = namedButton(tr("&Open site in browser"), QStringLiteral("openSiteButton"), this);
    m_copySsh = namedButton(tr("&Copy SSH command"), QStringLiteral("copySshButton"), this);
    actions->addWidget(m_open);
    actions->addWidget(m_copySsh);
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openInBrowserRequested(m_siteUrl); });
    connect(this, &OverviewPage::openInBrowserRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_copySsh, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_sshCommand);
        m_copySsh->setText(tr("Copied"));
    });

    m_members = new MembersEditor(this);
    layout->addWidget(m_members, 1);
    clear();
}

void OverviewPage::setSite(const SiteView &view)
{
    const auto site = view.site();
    m_members->setSite(view);
    if (!site)
        return clear();
    showSite(*site, view.session->account().crsid);
}

void OverviewPage::clear()
{
    m_title->setText(tr("No site selected"));
    for (QLabel *label : {m_status, m_address, m_siteId, m_contact, m_description})
        label->clear();
    m_open->setEnabled(false);
    m_copySsh->setEnabled(false);
}

void OverviewPage::showSite(const model::Site &site, const QString &myCrsid)
{
    m_title->setText(site.name);
    QString status = statusText(site.status);
    if (site.status == model::SiteStatus::Suspended && !site.suspensionReason.isEmpty())
        status = tr("%1 — %2").arg(status, site.suspensionReason);
    else if (site.status == model::SiteStatus::Declined && !site.declineReason.isEmpty())
        status = tr("%1 — %2").arg(status, site.declineReason);
    m_status->setText(status);
    m_address->setText(site.hostname.isEmpty() ? tr("Not assigned yet") : site.hostname);
    m_siteId->setText(site.id);
    m_contact->setText(site.contactEmail);
    m_description->setText(site.description.isEmpty() ? tr("(none)") : site.description);

    m_siteUrl = site.hostname.isEmpty() ? QUrl()
                                        : QUrl(QStringLiteral("https://") + site.hostname + QLatin1Char('/'));
    m_sshCommand =
        site.hostname.isEmpty() ? QString() : QStringLiteral("ssh %1@%2").arg(myCrsid, site.hostname);
    m_open->setEnabled(m_siteUrl.isValid());
    m_open->setToolTip(m_siteUrl.isValid() ? m_siteUrl.toString() : tr("The site has no address yet."));
    m_copySsh->setEnabled(!m_sshCommand.isEmpty());
    m_copySsh->setText(tr("&Copy SSH command"));
    m_copySsh->setToolTip(m_sshCommand.isEmpty() ? tr("The site has no address yet.") : m_sshCommand);
}

} // namespace mws::ui
