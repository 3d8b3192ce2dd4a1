// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/siterequestspanel.h"

#include "api/siterequestsrequest.h"
#include "dialogs/dialogparts.h"
#include "session/accountsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mws::ui {

SiteRequestsPanel::SiteRequestsPanel(session::AccountSession *session, QWidget *parent)
    : QGroupBox(tr("Site requests"), parent), m_session(session)
{
    setObjectName(QStringLiteral("siteRequestsPanel"));
    auto *layout = new QVBoxLayout(this);
    m_status = valueLabel(this, "siteRequestsStatus");
    layout->addWidget(m_status);
    m_view = new QTableWidget(0, 5, this);
    m_view->setObjectName(QStringLiteral("siteRequestsView"));
    m_view->setHorizontalHeaderLabels(
        {tr("Name"), tr("Requested by"), tr("Webmaster"), tr("Asked on"), tr("What it is for")});
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    auto *approve = new QHBoxLayout;
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("siteRequestHost"));
    m_host->setToolTip(tr("The host the site will live on"));
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    approve->addWidget(hostLabel);
    approve->addWidget(m_host);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("siteRequestApprove"));
    approve->addWidget(m_approve);
    approve->addSpacing(16);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("siteRequestReason"));
    m_reason->setPlaceholderText(tr("Why not (the owner reads this)"));
    m_reason->setMaxLength(500);
    approve->addWidget(m_reason, 1);
    m_decline = new QPushButton(tr("De&cline"), this);
    m_decline->setObjectName(QStringLiteral("siteRequestDecline"));
    approve->addWidget(m_decline);
    auto *refresh = new QPushButton(tr("Re&load"), this);
    refresh->setObjectName(QStringLiteral("siteRequestsReload"));
    approve->addWidget(refresh);
    layout->addLayout(approve);
    m_result = valueLabel(this, "siteRequestsResult");
    layout->addWidget(m_result);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    connect(refresh, &QPushButton::clicked, this, &SiteRequestsPanel::reload);
    connect(m_reason, &QLineEdit::textChanged, this, &SiteRequestsPanel::updateState);
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &SiteRequestsPanel::updateState);
    reload();
}

void SiteRequestsPanel::reload()
{
    if (!m_session || !m_session->client())
        return;
    m_status->setText(tr("Reading the requests…"));
    api::SiteRequestsClient requests(*m_session->client());
    requests.hosts().then(this, [this](const Result<api::SiteHosts> &hosts) {
        if (!hosts.ok())
            return;
        const QString chosen = m_host->currentText();
        m_host->clear();
        m_host->addItems(hosts->hosts);
        m_host->setCurrentText(chosen.isEmpty() ? hosts->defaultHost : chosen);
    });
    requests.waiting().then(this, [this](const Result<api::Page<model::Site>> &waiting) {
        if (!waiting.ok()) {
            m_status->setText(waiting.error().kind == Error::Kind::Forbidden
                                  ? tr("Site requests are shown in staff mode only.")
                                  : tr("The requests could not be read: %1").arg(waiting.error().message));
            return showSites({});
        }
        m_status->setText(waiting->items.isEmpty()
                              ? tr("No site is waiting for approval.")
                              : tr("%n site(s) waiting.", nullptr, int(waiting->items.size())));
        showSites(waiting->items);
    });
}

void SiteRequestsPanel::showSites(const QList<model::Site> &sites)
{
    const model::Site *current = selected();
    const QString keep = current ? current->id : QString();
    m_sites = sites;
    m_view->setRowCount(int(sites.size()));
    const QLocale locale;
    for (int row = 0; row < sites.size(); ++row) {
        const model::Site &site = sites[row];
        const QStringList cells{site.name, site.requestedBy, site.contactEmail,
                                locale.toString(site.createdAt.toLocalTime(), QLocale::ShortFormat),
                                site.description};
        for (int column = 0; column < cells.size(); ++column)
            m_view->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (site.id == keep)
            m_view->selectRow(row);
    }
    m_view->resizeColumnsToContents();
    updateState();
}

const model::Site *SiteRequestsPanel::selected() const
{
    const QList<QTableWidgetItem *> items = m_view->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_sites.size() ? &m_sites[row] : nullptr;
}

void SiteRequestsPanel::decide(bool approve)
{
    const model::Site *site = selected();
    if (!site || !m_session || !m_session->client() || m_busy)
        return;
    const QString name = site->name;
    const QString host = m_host->currentText();
    m_busy = true;
    updateState();
    api::SiteRequestsClient requests(*m_session->client());
    (approve ? requests.approve(site->id, host) : requests.decline(site->id, m_reason->text().trimmed()))
        .then(this, [this, name, host, approve](const Result<model::Site> &decided) {
            m_busy = false;
            if (!decided.ok()) {
                m_result->setText(tr("%1 was not decided: %2").arg(name, errorDetails(decided.error())));
                return updateState();
            }
            m_result->setText(approve ? tr("%1 is approved, on %2.").arg(name, host)
                                      : tr("%1 is declined; its owner sees why.").arg(name));
            m_reason->clear();
            // The person may own the site too: their list shows its new status.
            if (m_session)
                m_session->refreshSites();
            reload();
        });
}

void SiteRequestsPanel::updateState()
{
    const bool chosen = selected() && !m_busy;
    m_approve->setEnabled(chosen && m_host->count() > 0);
    m_decline->setEnabled(chosen && !m_reason->text().trimmed().isEmpty());
}

} // namespace mws::ui
