// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/fleetwindow.h"

#include "api/staffrequest.h"
#include "dialogs/messagebox.h"
#include "pages/sitepage.h"
#include "session/accountsession.h"
#include "staff/auditedaction.h"
#include "staff/fleet.h"
#include "staff/fleetmodel.h"
#include "staff/siterequestspanel.h"
#include "staff/vmdetails.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

FleetWindow::FleetWindow(session::AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("fleetWindow"));
    setWindowTitle(tr("Fleet — MWS Admin"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Fleet"), this));
    m_hosts = valueLabel(this, "fleetHosts");
    m_hosts->setWordWrap(true);
    layout->addWidget(m_hosts);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fleetSearch"));
    m_search->setPlaceholderText(tr("Filter by name, hypervisor, cluster or state"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The selected VM's snapshots and definition below the table (vmdetails.h).
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    m_details = new VmDetails(session, split);
    split->addWidget(m_details);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    for (const auto &[action, text, name] :
         {std::tuple{DomainAction::Start, tr("&Start"), "fleetStart"},
          std::tuple{DomainAction::Shutdown, tr("Shut &down"), "fleetShutdown"},
          std::tuple{DomainAction::Reboot, tr("&Reboot"), "fleetReboot"},
          std::tuple{DomainAction::Suspend, tr("S&uspend"), "fleetSuspend"},
          std::tuple{DomainAction::Resume, tr("Resu&me"), "fleetResume"},
          std::tuple{DomainAction::Destroy, tr("&Force Off…"), "fleetForceOff"}}) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, [this, action = action] { act(action); });
        buttons->addWidget(button);
        m_actions.append({action, button});
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = valueLabel(this, "fleetResult");
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addWidget(new SiteRequestsPanel(session, this));
    resize(1100, 820);
    loadInventory();
    updateState();
}

FleetWindow::~FleetWindow() = default;

void FleetWindow::loadInventory()
{
    if (!m_session || !m_session->client())
        return;
    m_hosts->setText(tr("Reading the fleet's inventory…"));
    api::StaffClient(*m_session->client())
        .inventory()
        .then(this, [this](const Result<api::Fetched<model::Inventory>> &read) {
            if (!read.ok()) {
                m_hosts->setText(read.error().kind == Error::Kind::Forbidden
                                     ? tr("The fleet is shown in staff mode only.")
                                     : tr("The inventory could not be read: %1").arg(read.error().message));
                return;
            }
            const QList<HypervisorSpec> specs = hypervisorSpecs(read->value);
            if (specs.isEmpty()) {
                m_hosts->setText(tr("The inventory lists no hypervisors yet."));
                return;
            }
            m_fleet = std::make_unique<Fleet>(specs);
            m_proxy = new FleetProxyModel(m_fleet->model(), this);
            m_view->setModel(m_proxy);
            m_view->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
            connect(m_search, &QLineEdit::textChanged, m_proxy, &FleetProxyModel::setSearchText);
            connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &FleetWindow::updateState);
            for (auto signal : {&Fleet::hypervisorConnected, &Fleet::refreshed})
                connect(m_fleet.get(), signal, this, &FleetWindow::updateState);
            connect(m_fleet.get(), &Fleet::hypervisorDisconnected, this, &FleetWindow::updateState);
            m_details->follow(m_fleet.get(), m_view);
            m_fleet->start();
            updateState();
        });
}

void FleetWindow::act(DomainAction action)
{
    const QModelIndex current =
        m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    if (!m_fleet || !m_session || !m_session->client() || !current.isValid())
        return;
    const QString hypervisor = current.data(FleetModel::HypervisorRole).toString();
    const QUuid uuid = current.data(FleetModel::UuidRole).toUuid();
    const QString name = current.siblingAtColumn(FleetModel::NameColumn).data().toString();
    if (action != DomainAction::Destroy)
        return perform(hypervisor, uuid, name, action);
    MessageBox::question(this, tr("Force off %1?").arg(name),
                         tr("%1 on %2 is switched off at once, as if its power were cut: what it has not "
                            "written to disk is lost.")
                             .arg(name, hypervisor),
                         MessageBox::Yes | MessageBox::Cancel,
                         [this, guard = QPointer(this), hypervisor, uuid, name](MessageBox::Button answer) {
                             if (guard && answer == MessageBox::Yes)
                                 perform(hypervisor, uuid, name, DomainAction::Destroy);
                         });
}

void FleetWindow::perform(const QString &hypervisor, const QUuid &uuid, const QString &name,
                          DomainAction action)
{
    if (!m_fleet || !m_session || !m_session->client())
        return;
    m_acting = true;
    m_result->setText(tr("%1: %2…").arg(name, actionName(action)));
    updateState();
    performAudited(*m_fleet, *m_session->client(), hypervisor, uuid, name, action)
        .then(this, [this, name, action](const Status &done) {
            m_acting = false;
            m_result->setText(
                done.ok() ? tr("%1: %2 done.").arg(name, actionName(action))
                          : tr("%1: %2 failed: %3").arg(name, actionName(action), done.error().message));
            if (m_fleet)
                m_fleet->refreshAll();
            updateState();
        });
}

void FleetWindow::updateState()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->currentIndex().isValid();
    for (const auto &[action, button] : std::as_const(m_actions))
        button->setEnabled(m_fleet && selected && !m_acting);
    if (!m_fleet)
        return;
    QStringList hosts;
    for (const QString &name : m_fleet->hypervisors())
        hosts << (m_fleet->isConnected(name) ? tr("%1 (connected)").arg(name)
                                             : tr("%1 (not connected)").arg(name));
    m_hosts->setText(
        tr("%n VM(s) on: %1", nullptr, m_fleet->model()->rowCount()).arg(hosts.join(QStringLiteral(", "))));
}

} // namespace mws::ui
