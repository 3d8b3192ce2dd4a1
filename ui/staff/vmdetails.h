// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "staff/auditedaction.h"
#include "staff/hypervisorconnection.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace mws {
class Fleet;
namespace session {
class AccountSession;
}
} // namespace mws

namespace mws::ui {

class CodeEditor;

// The details of the VM selected in the fleet window, read when it is selected and for it alone
// (a fleet's thousands of VMs are never asked one by one): its snapshots as a tree, with take,
// revert and delete, each recorded in the panel's audit trail as requested and then its result;
// and its definition (the domain XML), read-only and highlighted. Everything is asked on the
// hypervisor's connection, off the GUI thread; an answer about a VM no longer shown is dropped.
// What anyone else does to the VM (virsh, another console) shows through libvirt's events.
class VmDetails : public QWidget
{
    Q_OBJECT

public:
    explicit VmDetails(session::AccountSession *session, QWidget *parent = nullptr);
    ~VmDetails() override;

    // Shows the fleet's VM that is selected in view (its model a FleetModel or a proxy of one).
    void follow(Fleet *fleet, QAbstractItemView *view);
    // The VM shown, its hypervisor and UUID; a null UUID when none is.
    QString hypervisor() const { return m_shown.hypervisor; }
    QUuid vm() const { return m_shown.uuid; }

private:
    struct Shown
    {
        QString hypervisor;
        QUuid uuid;
        QString name;
    };

    void showSelected();
    void reload();
    void watchEvents();
    void listSnapshots(const QList<SnapshotInfo> &snapshots);
    void loaded(const QString &problem);
    void takeSnapshot();
    void confirm(SnapshotAction action);
    void run(SnapshotAction action, const QString &snapshot, const QString &description = {});
    void updateState();
    QString selectedSnapshot() const;
    HypervisorConnection *connection() const;

    QPointer<session::AccountSession> m_session;
    QPointer<Fleet> m_fleet;
    QPointer<QAbstractItemView> m_view;
    Shown m_shown;
    quint64 m_generation = 0; // one per VM shown and per reload: older answers are dropped
    int m_pending = 0;        // answers of the current reload still to come
    QStringList m_problems;   // of the current reload
    QList<SnapshotInfo> m_snapshotList;
    QLabel *m_title;
    QLabel *m_status;
    QTreeWidget *m_snapshots;
    QPushButton *m_take;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_result;
    CodeEditor *m_xml;
    QMetaObject::Connection m_events;
    QTimer m_eventDelay; // a burst of events is one reload
    bool m_acting = false;
};

} // namespace mws::ui
