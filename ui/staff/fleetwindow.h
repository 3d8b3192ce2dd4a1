// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "staff/hypervisorconnection.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mws {
class Fleet;
class FleetProxyModel;
namespace session {
class AccountSession;
}
} // namespace mws

namespace mws::ui {

class VmDetails;

// The staff console's fleet: every VM on every hypervisor of the panel's inventory, in one table
// that filters as you type, with the power actions for the selected VM. The app connects to the
// hypervisors itself (libvirt, off the GUI thread) with the staff member's own credentials; each
// action is recorded in the panel's audit trail as requested, then its result. Staff mode only:
// the inventory is refused otherwise, and the window says so.
class FleetWindow : public QWidget
{
    Q_OBJECT

public:
    explicit FleetWindow(session::AccountSession *session, QWidget *parent = nullptr);
    ~FleetWindow() override;

    Fleet *fleet() const { return m_fleet.get(); }

private:
    void loadInventory();
    void act(DomainAction action);
    void perform(const QString &hypervisor, const QUuid &uuid, const QString &name, DomainAction action);
    void updateState();

    QPointer<session::AccountSession> m_session;
    std::unique_ptr<Fleet> m_fleet;
    FleetProxyModel *m_proxy = nullptr;
    QLabel *m_hosts;
    QLineEdit *m_search;
    QTableView *m_view;
    VmDetails *m_details;
    QLabel *m_result;
    QList<std::pair<DomainAction, QPushButton *>> m_actions;
    bool m_acting = false;
};

} // namespace mws::ui
