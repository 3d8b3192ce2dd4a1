// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A VM's details in the staff console, against the real panel, the test WLS and a private
// libvirtd: in staff mode the fleet window shows the selected VM's definition (highlighted,
// read-only) and its snapshots as a tree; a snapshot taken, reverted to and deleted from there
// changes what virsh sees, and each is in the panel's audit trail, requested then its result.
#include "../core/staff/fleethost.h"
#include "api/staffrequest.h"
#include "dialogs/messagebox.h"
#include "session/accountsession.h"
#include "signedinapp.h"
#include "staff/fleetwindow.h"
#include "staff/snapshotdialog.h"
#include "staff/staffbanner.h"
#include "staff/vmdetails.h"
#include "syntax/codeeditor.h"
#include "toplevel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace mws;
using namespace mws::test;

class TestVmDetails : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    api::PanelClient *client() { return m_window->session()->client(); }
    ui::StaffBanner *banner() { return child<ui::StaffBanner>("staffBanner"); }

    template <typename R> R awaited(QFuture<R> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
            return R(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
        return future.result();
    }

    template <typename T> T *inFleet(const char *name)
    {
        return m_fleet->findChild<T *>(QLatin1String(name));
    }

    // "name" for a root, "parent/name" for a child; "*" after the current one.
    QStringList tree() const
    {
        QStringList shown;
        auto *view = m_fleet->findChild<QTreeWidget *>(QStringLiteral("vmSnapshots"));
        for (QTreeWidgetItemIterator it(view); *it; ++it) {
            const QTreeWidgetItem *item = *it;
            const QString name = item->data(0, Qt::UserRole).toString();
            const bool current = item->text(0) != name;
            shown << (item->parent() ? item->parent()->data(0, Qt::UserRole).toString() + QLatin1Char('/')
                                     : QString()) +
                         name + (current ? QStringLiteral("*") : QString());
        }
        return shown;
    }

    void selectSnapshot(const QString &name)
    {
        auto *view = m_fleet->findChild<QTreeWidget *>(QStringLiteral("vmSnapshots"));
        for (QTreeWidgetItemIterator it(view); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == name)
                view->setCurrentItem(*it);
    }

    QStringList snapshotRecords()
    {
        const QJsonArray events =
            m_http.getJson(panel().url(QStringLiteral("/api/v1/audit?action=vm.")), client()->token())
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QStringList records;
        for (const QJsonValue &event : events) {
            const QJsonValue after = event[QStringLiteral("after")];
            records << event[QStringLiteral("target")].toString() + QLatin1Char(' ') +
                           after[QStringLiteral("action")].toString() + QLatin1Char(' ') +
                           after[QStringLiteral("phase")].toString() + QLatin1Char(' ') +
                           after[QStringLiteral("detail")].toString();
        }
        return records;
    }

    std::unique_ptr<FleetHost> m_host;
    ui::FleetWindow *m_fleet = nullptr;
    QString m_vm;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!LibvirtDaemon::isAvailable(&error))
            QSKIP(qPrintable(error));
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001"), QStringLiteral("test0002")};
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Staff Club"), &error), qPrintable(error));
        QVERIFY(startApp());
        m_host = std::make_unique<FleetHost>(QStringLiteral("hv-a1"), QStringLiteral("pair-a"));
        QVERIFY2(m_host->start(8, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        stopApp();
        m_host.reset();
    }

    void inStaffModeTheFleetWindowOpens()
    {
        const QString plain = client()->token();
        QTRY_VERIFY_WITH_TIMEOUT(child<QAction>("enterStaffModeAction")->isVisible(), 10000);
        child<QAction>("enterStaffModeAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible() && client()->token() != plain, 20000);
        model::Inventory inventory;
        inventory.clusters = {
            {QStringLiteral("pair-a"), QStringLiteral("libvirt"), {{m_host->name(), m_host->uri()}}}};
        const auto read = awaited(api::StaffClient(*client()).inventory());
        QVERIFY(read.ok());
        QVERIFY(awaited(api::StaffClient(*client()).replaceInventory(inventory, read->etag)).ok());
        QTest::mouseClick(child<QPushButton>("openFleet"), Qt::LeftButton);
        m_fleet = banner()->fleetWindow(m_window->session());
        QVERIFY(m_fleet && m_fleet->isVisible());
        auto *view = inFleet<QTableView>("fleetView");
        QTRY_COMPARE_WITH_TIMEOUT(view->model() ? view->model()->rowCount() : 0, 8, 20000);
        // Nothing is read before a VM is selected.
        QVERIFY(inFleet<ui::CodeEditor>("vmXml")->toPlainText().isEmpty());
        QVERIFY(!inFleet<QPushButton>("vmTakeSnapshot")->isEnabled());
    }

    void theSelectedVmsDefinitionAndSnapshotsAreShown()
    {
        m_vm = FleetHost::vmName(m_host->name(), 0); // running, with "base" and its child "upgraded"
        QVERIFY(FleetHost::hasSnapshots(0));
        QTest::keyClicks(inFleet<QLineEdit>("fleetSearch"), m_vm);
        auto *view = inFleet<QTableView>("fleetView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        auto *xml = inFleet<ui::CodeEditor>("vmXml");
        QTRY_VERIFY_WITH_TIMEOUT(xml->toPlainText().contains(QStringLiteral("<name>%1</name>").arg(m_vm)),
                                 15000);
        QCOMPARE(xml->toPlainText().trimmed(), m_host->virsh({QStringLiteral("dumpxml"), m_vm}));
        QVERIFY(xml->isReadOnly());
        QCOMPARE(xml->definitionName(), QStringLiteral("XML"));
        QTRY_COMPARE_WITH_TIMEOUT(
            tree(), (QStringList{QStringLiteral("base"), QStringLiteral("base/upgraded*")}), 15000);
        QVERIFY(inFleet<QLabel>("vmDetailsTitle")->text().contains(m_vm));
    }

    void aSnapshotIsTakenThroughTheDialog()
    {
        auto *take = inFleet<QPushButton>("vmTakeSnapshot");
        QTRY_VERIFY(take->isEnabled());
        QTest::mouseClick(take, Qt::LeftButton);
        auto *dialog = topLevel<ui::SnapshotDialog>(QStringLiteral("vmSnapshotDialog"));
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vmSnapshotName"));
        QVERIFY(name->text().startsWith(QLatin1String("snapshot-"))); // a name is offered
        // A name the VM has already is refused as it is typed.
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        name->setText(QStringLiteral("base"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("vmSnapshotNameProblem"))->text().isEmpty());
        name->setText(QStringLiteral("before tests"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("before-tests"));
        QVERIFY(ok->isEnabled());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("vmSnapshotDescription"))
            ->setPlainText(QStringLiteral("Before the tests"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tree(),
                                  (QStringList{QStringLiteral("base"), QStringLiteral("base/upgraded"),
                                               QStringLiteral("upgraded/before-tests*")}),
                                  15000);
        QVERIFY(m_host->virsh({QStringLiteral("snapshot-dumpxml"), m_vm, QStringLiteral("before-tests")})
                    .contains(QLatin1String("<description>Before the tests</description>")));
        QVERIFY(inFleet<QLabel>("vmSnapshotResult")->text().contains(QLatin1String("before-tests")));
    }

    // Reverting asks first; a Cancel does nothing, a Yes brings back the running VM.
    void revertingAsksThenBringsBackTheSnapshotsState()
    {
        QVERIFY(!m_host->virsh({QStringLiteral("destroy"), m_vm}).startsWith(QLatin1String("error")));
        selectSnapshot(QStringLiteral("before-tests"));
        auto *revert = inFleet<QPushButton>("vmRevertSnapshot");
        QTRY_VERIFY(revert->isEnabled());
        ui::MessageBox::setNextAnswer(ui::MessageBox::Cancel);
        QTest::mouseClick(revert, Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(m_host->virsh({QStringLiteral("domstate"), m_vm}), QStringLiteral("shut off"));

        ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
        QTest::mouseClick(revert, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_host->virsh({QStringLiteral("domstate"), m_vm}),
                                  QStringLiteral("running"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            inFleet<QLabel>("vmSnapshotResult")->text().contains(QLatin1String("reverted")), 15000);
        // The fleet's row follows.
        auto *view = inFleet<QTableView>("fleetView");
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 1).data().toString(), QStringLiteral("running"),
                                  15000);
    }

    void deletingAsksAndLeavesTheOthers()
    {
        selectSnapshot(QStringLiteral("before-tests"));
        auto *remove = inFleet<QPushButton>("vmDeleteSnapshot");
        QTRY_VERIFY(remove->isEnabled());
        ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        // The current snapshot gone, its parent is the current one.
        QTRY_COMPARE_WITH_TIMEOUT(
            tree(), (QStringList{QStringLiteral("base"), QStringLiteral("base/upgraded*")}), 15000);
        QVERIFY(!m_host->virsh({QStringLiteral("snapshot-list"), m_vm, QStringLiteral("--name")})
                     .contains(QLatin1String("before-tests")));
    }

    // Each action in the panel's trail, requested then its result, newest first.
    void theTrailHasEveryActionRequestedThenItsResult()
    {
        const QString on = m_host->name() + QLatin1Char('/') + m_vm + QLatin1Char(' ');
        const QString snapshot = QStringLiteral(" snapshot before-tests");
        QTRY_COMPARE_WITH_TIMEOUT(snapshotRecords().size(), 6, 10000);
        QCOMPARE(snapshotRecords(),
                 (QStringList{on + QStringLiteral("snapshot.delete succeeded") + snapshot,
                              on + QStringLiteral("snapshot.delete requested") + snapshot,
                              on + QStringLiteral("snapshot.revert succeeded") + snapshot,
                              on + QStringLiteral("snapshot.revert requested") + snapshot,
                              on + QStringLiteral("snapshot.create succeeded") + snapshot,
                              on + QStringLiteral("snapshot.create requested") + snapshot}));
    }

    // Another VM selected shows its own details; the first one's answers never land there.
    void anotherVmShowsItsOwn()
    {
        auto *search = inFleet<QLineEdit>("fleetSearch");
        search->clear();
        const QString other = FleetHost::vmName(m_host->name(), 2); // shut off, no snapshots
        QTest::keyClicks(search, other);
        auto *view = inFleet<QTableView>("fleetView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        auto *xml = inFleet<ui::CodeEditor>("vmXml");
        QTRY_VERIFY_WITH_TIMEOUT(xml->toPlainText().contains(QStringLiteral("<name>%1</name>").arg(other)),
                                 15000);
        QTRY_VERIFY(tree().isEmpty());
        QVERIFY(!inFleet<QPushButton>("vmRevertSnapshot")->isEnabled());
    }
};

QTEST_MAIN(TestVmDetails)
#include "tst_vmdetails.moc"
