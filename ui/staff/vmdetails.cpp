// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/vmdetails.h"

#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "session/accountsession.h"
#include "staff/fleet.h"
#include "staff/fleetmodel.h"
#include "staff/snapshotdialog.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

enum SnapshotColumn
{
    NameColumn,
    TakenColumn,
    StateColumn,
    DescriptionColumn
};

constexpr int nameRole = Qt::UserRole;

// The VM's state when the snapshot was taken, in libvirt's words (virDomainSnapshotState).
QString snapshotState(const QString &state)
{
    if (state == QLatin1String("running"))
        return VmDetails::tr("running");
    if (state == QLatin1String("paused"))
        return VmDetails::tr("paused");
    if (state == QLatin1String("shutoff"))
        return VmDetails::tr("shut off");
    if (state == QLatin1String("disk-snapshot"))
        return VmDetails::tr("disks only");
    return state;
}

QString progressText(SnapshotAction action, const QString &vm, const QString &snapshot)
{
    switch (action) {
    case SnapshotAction::Create:
        return VmDetails::tr("Taking the snapshot %2 of %1…").arg(vm, snapshot);
    case SnapshotAction::Revert:
        return VmDetails::tr("Reverting %1 to the snapshot %2…").arg(vm, snapshot);
    case SnapshotAction::Delete:
        break;
    }
    return VmDetails::tr("Deleting the snapshot %2 of %1…").arg(vm, snapshot);
}

QString resultText(SnapshotAction action, const QString &vm, const QString &snapshot, const Status &done)
{
    const QString why = done.ok() ? QString() : done.error().message;
    switch (action) {
    case SnapshotAction::Create:
        return done.ok() ? VmDetails::tr("The snapshot %2 of %1 was taken.").arg(vm, snapshot)
                         : VmDetails::tr("The snapshot %2 of %1 was not taken: %3").arg(vm, snapshot, why);
    case SnapshotAction::Revert:
        return done.ok() ? VmDetails::tr("%1 was reverted to the snapshot %2.").arg(vm, snapshot)
                         : VmDetails::tr("%1 was not reverted to the snapshot %2: %3").arg(vm, snapshot, why);
    case SnapshotAction::Delete:
        break;
    }
    return done.ok() ? VmDetails::tr("The snapshot %2 of %1 was deleted.").arg(vm, snapshot)
                     : VmDetails::tr("The snapshot %2 of %1 was not deleted: %3").arg(vm, snapshot, why);
}

} // namespace

VmDetails::VmDetails(session::AccountSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("vmDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = valueLabel(this, "vmDetailsTitle");
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_status = valueLabel(this, "vmDetailsStatus");
    layout->addWidget(m_status);

    // The snapshots on the left, the definition on the right: both in view at once.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *snapshotsPane = new QWidget(split);
    auto *snapshotsLayout = new QVBoxLayout(snapshotsPane);
    snapshotsLayout->setContentsMargins(0, 0, 0, 0);
    m_snapshots = new QTreeWidget(snapshotsPane);
    m_snapshots->setObjectName(QStringLiteral("vmSnapshots"));
    m_snapshots->setAccessibleName(tr("Snapshots"));
    m_snapshots->setHeaderLabels({tr("Snapshot"), tr("Taken"), tr("State"), tr("Description")});
    m_snapshots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_snapshots->setRootIsDecorated(true);
    m_snapshots->header()->setStretchLastSection(true);
    snapshotsLayout->addWidget(m_snapshots, 1);
    auto *buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("&Take Snapshot…"), snapshotsPane);
    m_take->setObjectName(QStringLiteral("vmTakeSnapshot"));
    m_revert = new QPushButton(tr("Re&vert…"), snapshotsPane);
    m_revert->setObjectName(QStringLiteral("vmRevertSnapshot"));
    m_delete = new QPushButton(tr("De&lete Snapshot…"), snapshotsPane);
    m_delete->setObjectName(QStringLiteral("vmDeleteSnapshot"));
    for (QPushButton *button : {m_take, m_revert, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    snapshotsLayout->addLayout(buttons);
    m_result = valueLabel(snapshotsPane, "vmSnapshotResult");
    snapshotsLayout->addWidget(m_result);
    m_xml = new CodeEditor(SyntaxNames::xml, split);
    m_xml->setObjectName(QStringLiteral("vmXml"));
    m_xml->setAccessibleName(tr("Definition (domain XML)"));
    m_xml->setReadOnly(true);
    split->addWidget(snapshotsPane);
    split->addWidget(m_xml);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_take, &QPushButton::clicked, this, &VmDetails::takeSnapshot);
    connect(m_revert, &QPushButton::clicked, this, [this] { confirm(SnapshotAction::Revert); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirm(SnapshotAction::Delete); });
    connect(m_snapshots, &QTreeWidget::itemSelectionChanged, this, &VmDetails::updateState);
    m_eventDelay.setSingleShot(true);
    m_eventDelay.setInterval(300);
    connect(&m_eventDelay, &QTimer::timeout, this, &VmDetails::reload);
    showSelected();
}

VmDetails::~VmDetails() = default;

void VmDetails::follow(Fleet *fleet, QAbstractItemView *view)
{
    m_fleet = fleet;
    m_view = view;
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmDetails::showSelected);
    // A hypervisor that comes back has a new connection: its events, and what may have changed.
    connect(fleet, &Fleet::hypervisorConnected, this, [this](const QString &hypervisor) {
        if (hypervisor == m_shown.hypervisor) {
            watchEvents();
            reload();
        }
    });
    connect(fleet, &Fleet::hypervisorDisconnected, this, [this](const QString &hypervisor) {
        if (hypervisor == m_shown.hypervisor)
            reload();
    });
    showSelected();
}

HypervisorConnection *VmDetails::connection() const
{
    return m_fleet && !m_shown.uuid.isNull() ? m_fleet->connection(m_shown.hypervisor) : nullptr;
}

void VmDetails::showSelected()
{
    Shown selected;
    const QModelIndexList rows =
        m_view && m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (!rows.isEmpty()) {
        const QModelIndex row = rows.constFirst();
        selected = {row.data(FleetModel::HypervisorRole).toString(), row.data(FleetModel::UuidRole).toUuid(),
                    row.siblingAtColumn(FleetModel::NameColumn).data().toString()};
    }
    if (selected.hypervisor == m_shown.hypervisor && selected.uuid == m_shown.uuid && !m_shown.uuid.isNull())
        return; // the same VM, its row re-sorted or refreshed
    m_shown = selected;
    m_title->setText(m_shown.uuid.isNull() ? tr("Select a VM to see its snapshots and definition.")
                                           : tr("%1 on %2").arg(m_shown.name, m_shown.hypervisor));
    m_snapshotList.clear();
    m_snapshots->clear();
    m_xml->clear();
    m_result->clear();
    watchEvents();
    reload();
}

void VmDetails::watchEvents()
{
    disconnect(m_events);
    if (HypervisorConnection *shown = connection()) {
        m_events =
            connect(shown, &HypervisorConnection::domainChanged, this, [this](const DomainEvent &event) {
                if (event.uuid == m_shown.uuid)
                    m_eventDelay.start();
            });
    }
}

void VmDetails::reload()
{
    const quint64 generation = ++m_generation;
    m_eventDelay.stop();
    m_problems.clear();
    m_pending = 0;
    HypervisorConnection *shown = connection();
    if (m_shown.uuid.isNull() || !shown) {
        m_status->setText(m_shown.uuid.isNull()
                              ? QString()
                              : tr("The hypervisor %1 is not connected: nothing can be read or done "
                                   "until it is.")
                                    .arg(m_shown.hypervisor));
        updateState();
        return;
    }
    m_status->setText(tr("Reading the snapshots and definition of %1…").arg(m_shown.name));
    m_pending = 2;
    shown->snapshots(m_shown.uuid).then(this, [this, generation](const Result<QList<SnapshotInfo>> &listed) {
        if (generation != m_generation)
            return;
        if (listed.ok())
            listSnapshots(listed.value());
        loaded(listed.ok() ? QString() : listed.error().message);
    });
    shown->domainXml(m_shown.uuid).then(this, [this, generation](const Result<QString> &xml) {
        if (generation != m_generation)
            return;
        // Set only when it changed, so that a reload after an event keeps where the reader is.
        if (xml.ok() && xml.value() != m_xml->toPlainText())
            m_xml->setPlainText(xml.value());
        loaded(xml.ok() ? QString() : xml.error().message);
    });
    updateState();
}

void VmDetails::loaded(const QString &problem)
{
    if (!problem.isEmpty())
        m_problems << problem;
    if (--m_pending > 0)
        return;
    m_status->setText(m_problems.isEmpty() ? tr("%n snapshot(s).", nullptr, int(m_snapshotList.size()))
                                           : m_problems.join(QLatin1Char(' ')));
    updateState();
}

void VmDetails::listSnapshots(const QList<SnapshotInfo> &snapshots)
{
    const QString selected = selectedSnapshot();
    m_snapshotList = snapshots;
    m_snapshots->clear();
    QHash<QString, QTreeWidgetItem *> items;
    // Parents come first (a topological listing), so each child finds its parent's item.
    for (const SnapshotInfo &snapshot : snapshots) {
        QTreeWidgetItem *parent = items.value(snapshot.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_snapshots);
        item->setData(NameColumn, nameRole, snapshot.name);
        item->setText(NameColumn, snapshot.current ? tr("%1 (current)").arg(snapshot.name) : snapshot.name);
        if (snapshot.current) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
            item->setToolTip(NameColumn, tr("The current snapshot: the one the VM was last reverted to "
                                            "or that was taken last. A new snapshot is its child."));
        }
        // A date, not its text: shown in the locale's short format, and sorted as a date.
        if (snapshot.created.isValid())
            item->setData(TakenColumn, Qt::DisplayRole, snapshot.created.toLocalTime());
        item->setText(StateColumn, snapshotState(snapshot.state));
        item->setText(DescriptionColumn, snapshot.description.simplified());
        item->setToolTip(DescriptionColumn, snapshot.description);
        items.insert(snapshot.name, item);
        if (snapshot.name == selected)
            m_snapshots->setCurrentItem(item);
    }
    m_snapshots->sortItems(TakenColumn, Qt::AscendingOrder); // each level: the older sibling first
    m_snapshots->expandAll();
    m_snapshots->resizeColumnToContents(NameColumn);
    m_snapshots->resizeColumnToContents(TakenColumn);
    updateState();
}

QString VmDetails::selectedSnapshot() const
{
    const QList<QTreeWidgetItem *> selected = m_snapshots->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(NameColumn, nameRole).toString();
}

void VmDetails::takeSnapshot()
{
    if (!connection())
        return;
    QStringList taken;
    for (const SnapshotInfo &snapshot : std::as_const(m_snapshotList))
        taken << snapshot.name;
    auto *dialog = new SnapshotDialog(m_shown.name, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, shown = m_shown] {
        if (shown.uuid == m_shown.uuid && shown.hypervisor == m_shown.hypervisor)
            run(SnapshotAction::Create, dialog->name(), dialog->description());
    });
    dialog->open();
}

void VmDetails::confirm(SnapshotAction action)
{
    const QString snapshot = selectedSnapshot();
    if (!connection() || snapshot.isEmpty())
        return;
    const QString vm = m_shown.name;
    const bool revert = action == SnapshotAction::Revert;
    const QString title =
        revert ? tr("Revert %1 to %2?").arg(vm, snapshot) : tr("Delete the snapshot %1?").arg(snapshot);
    const QString text =
        revert
            ? tr("%1 goes back to the snapshot %2: its disks, its memory if the snapshot holds it, and its "
                 "definition. What changed since the snapshot was taken is lost, unless another snapshot "
                 "holds it.")
                  .arg(vm, snapshot)
            : tr("The snapshot %1 of %2 is deleted, which cannot be undone. The VM stays as it is, and the "
                 "snapshots taken after this one are kept, under its parent.")
                  .arg(snapshot, vm);
    MessageBox::question(
        this, title, text, MessageBox::Yes | MessageBox::Cancel,
        [this, guard = QPointer(this), action, snapshot, shown = m_shown](MessageBox::Button answer) {
            if (guard && answer == MessageBox::Yes && shown.uuid == m_shown.uuid &&
                shown.hypervisor == m_shown.hypervisor)
                run(action, snapshot);
        });
}

void VmDetails::run(SnapshotAction action, const QString &snapshot, const QString &description)
{
    if (!m_fleet || !m_session || !m_session->client() || !connection())
        return;
    const Shown shown = m_shown;
    m_acting = true;
    m_result->setText(progressText(action, shown.name, snapshot));
    updateState();
    snapshotAudited(*m_fleet, *m_session->client(), shown.hypervisor, shown.uuid, shown.name, action,
                    snapshot, description)
        .then(this, [this, shown, action, snapshot](const Status &done) {
            m_acting = false;
            if (shown.uuid != m_shown.uuid || shown.hypervisor != m_shown.hypervisor) {
                updateState();
                return; // another VM is shown now; the trail has the result
            }
            m_result->setText(resultText(action, shown.name, snapshot, done));
            reload();
            // A revert may have started or stopped the VM: its row says so at once.
            if (m_fleet)
                m_fleet->refresh(shown.hypervisor);
        });
}

void VmDetails::updateState()
{
    const bool ready = connection() && !m_acting && m_session && m_session->client();
    m_take->setEnabled(ready);
    const bool chosen = ready && !selectedSnapshot().isEmpty();
    m_revert->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

} // namespace mws::ui
