// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "siterequests/siterequestbanner.h"

#include "session/accountsession.h"
#include "siterequests/siterequestdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mws::ui {

SiteRequestBanner::SiteRequestBanner(QWidget *parent) : AccountBar(parent)
{
    setObjectName(QStringLiteral("siteRequestBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("siteRequestBannerText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("siteRequestBannerClose"));
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    m_request = new QAction(tr("&Request a Site…"), this);
    m_request->setObjectName(QStringLiteral("requestSiteAction"));
    m_request->setStatusTip(tr("Ask for a new site on this account's control panel; staff approve it"));
    connect(m_request, &QAction::triggered, this, &SiteRequestBanner::request);
    hide();
    setSession(nullptr);
}

void SiteRequestBanner::setSession(session::AccountSession *session)
{
    if (session != m_session) {
        hide(); // what it said was of the account shown before
        m_siteId.clear();
    }
    m_session = session;
    m_request->setEnabled(session && session->client());
    if (session)
        connect(session, &session::AccountSession::sitesChanged, this, &SiteRequestBanner::follow,
                Qt::UniqueConnection);
}

void SiteRequestBanner::request()
{
    if (!m_session)
        return;
    auto *dialog = new SiteRequestDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteRequestDialog::requested, this,
            [this, session = m_session](const model::Site &site) {
                if (!session)
                    return;
                session->refreshSites();
                if (session != m_session)
                    return;
                // In staff mode the panel makes the site at once: there is nothing to wait for.
                const bool waits = site.status == model::SiteStatus::Requested;
                m_siteId = waits ? site.id : QString();
                m_text->setText(
                    waits ? tr("“%1” is requested: it is in your list, waiting for staff.").arg(site.name)
                          : tr("“%1” was created at once (staff mode): it is in the list.").arg(site.name));
                show();
            });
    dialog->open();
}

void SiteRequestBanner::follow()
{
    const std::optional<model::Site> site =
        m_session && !m_siteId.isEmpty() ? m_session->site(m_siteId) : std::nullopt;
    if (!site || site->status == model::SiteStatus::Requested)
        return;
    if (site->status == model::SiteStatus::Active)
        m_text->setText(tr("“%1” is approved: it is ready in your list.").arg(site->name));
    else if (site->status == model::SiteStatus::Declined)
        m_text->setText(tr("“%1” was declined: %2").arg(site->name, site->declineReason));
    else
        hide();
    m_siteId.clear();
}

} // namespace mws::ui
