// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff mode in the app, against the real panel and test WLS: a staff member who has not entered
// it is refused the fleet; "Enter Staff Mode…" signs in again in the browser, the banner shows the
// time left, and what is done then is recorded as elevated; leaving, and the elevation's end,
// drop back to the ordinary token.
#include "../core/staff/fleethost.h"
#include "api/staffrequest.h"
#include "dialogs/messagebox.h"
#include "mockclock.h"
#include "session/accountsession.h"
#include "session/staffmode.h"
#include "signedinapp.h"
#include "staff/fleet.h"
#include "staff/fleetmodel.h"
#include "staff/fleetwindow.h"
#include "staff/staffbanner.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace mws;
using namespace mws::test;

class TestStaffMode : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    api::PanelClient *client() { return m_window->session()->client(); }
    ui::StaffBanner *banner() { return child<ui::StaffBanner>("staffBanner"); }
    QAction *enterAction() { return m_window->findChild<QAction *>(QStringLiteral("enterStaffModeAction")); }

    Error::Kind inventoryRefusal()
    {
        QFuture<Result<api::Fetched<model::Inventory>>> read = api::StaffClient(*client()).inventory();
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 15000))
            return Error::Kind::Timeout;
        return read.result().ok() ? Error::Kind::Server : read.result().error().kind;
    }

    bool enter()
    {
        const int opened = m_browser.opened;
        enterAction()->trigger();
        return QTest::qWaitFor([&] { return m_browser.opened == opened + 1 && banner()->isVisible(); },
                               20000) &&
               QTest::qWaitFor([&] { return m_window->session()->client()->token() != m_plainToken; }, 20000);
    }

    QString m_plainToken;
    std::vector<std::unique_ptr<FleetHost>> m_hosts;

    template <typename R> R awaited(QFuture<R> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
            return R(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
        return future.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001"), QStringLiteral("test0002")};
        QString error;
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Staff Club"), &error), qPrintable(error));
        QVERIFY(startApp());
        m_plainToken = client()->token();
    }

    void cleanupTestCase() { stopApp(); }

    void outsideStaffModeAStaffMemberIsAnOrdinaryUser()
    {
        QTRY_VERIFY_WITH_TIMEOUT(enterAction()->isVisible(), 10000);
        QVERIFY(!banner()->isVisible());
        QCOMPARE(inventoryRefusal(), Error::Kind::Forbidden);
    }

    void enteringShowsTheBannerAndActsElevated()
    {
        QVERIFY2(enter(), qPrintable(m_browser.error));
        QVERIFY(!enterAction()->isEnabled());
        const QString text = child<QLabel>("staffBannerText")->text();
        QVERIFY2(text.contains(QLatin1String("Staff mode")) && text.contains(QLatin1String(" left")),
                 qPrintable(text));
        // The elevated token reads the fleet and changes it; the trail says it was staff mode.
        QFuture<Result<api::Fetched<model::Inventory>>> read = api::StaffClient(*client()).inventory();
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 15000);
        QVERIFY(read.result().ok());
        model::Inventory inventory;
        inventory.clusters = {{QStringLiteral("pair1"),
                               QStringLiteral("libvirt"),
                               {{QStringLiteral("hv1a"), QStringLiteral("qemu+ssh://hv1a.example/system")}}}};
        QFuture<Result<model::Inventory>> stored =
            api::StaffClient(*client()).replaceInventory(inventory, read.result()->etag);
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 15000);
        QVERIFY(stored.result().ok());
        const QJsonArray events =
            m_http.getJson(panel().url(QStringLiteral("/api/v1/audit?action=inventory.")), client()->token())
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("actor")].toString(), QStringLiteral("test0002"));
        QVERIFY(events[0][QStringLiteral("elevated")].toBool());
    }

    // The fleet from the panel's inventory: two private libvirtds, their VMs in one table that
    // filters as you type; a VM started and one forced off, each in the audit trail.
    void theFleetWindowShowsAndActsOnTheInventorysVms()
    {
        QString error;
        if (!LibvirtDaemon::isAvailable(&error))
            QSKIP(qPrintable(error));
        model::Inventory inventory;
        inventory.clusters = {{QStringLiteral("pair-a"), QStringLiteral("libvirt"), {}}};
        for (const char *name : {"hv-a1", "hv-a2"}) {
            m_hosts.push_back(std::make_unique<FleetHost>(QLatin1String(name), QStringLiteral("pair-a")));
            QVERIFY2(m_hosts.back()->start(8, &error), qPrintable(error));
            inventory.clusters[0].hypervisors.append({m_hosts.back()->name(), m_hosts.back()->uri()});
        }
        const auto read = awaited(api::StaffClient(*client()).inventory());
        QVERIFY(read.ok());
        QVERIFY(awaited(api::StaffClient(*client()).replaceInventory(inventory, read->etag)).ok());

        QTest::mouseClick(child<QPushButton>("openFleet"), Qt::LeftButton);
        ui::FleetWindow *fleet = banner()->fleetWindow(m_window->session());
        QVERIFY(fleet && fleet->isVisible());
        auto *view = fleet->findChild<QTableView *>(QStringLiteral("fleetView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model() ? view->model()->rowCount() : 0, 16, 20000);
        const QString vm = FleetHost::vmName(QStringLiteral("hv-a2"), 2); // shut off at the start
        QTest::keyClicks(fleet->findChild<QLineEdit *>(QStringLiteral("fleetSearch")), vm);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        QTest::mouseClick(fleet->findChild<QPushButton *>(QStringLiteral("fleetStart")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_hosts[1]->virsh({QStringLiteral("domstate"), vm}),
                                  QStringLiteral("running"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet->findChild<QLabel *>(QStringLiteral("fleetResult"))->text().contains(QLatin1String("done")),
            15000);
        ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
        QTRY_VERIFY(fleet->findChild<QPushButton *>(QStringLiteral("fleetForceOff"))->isEnabled());
        QTest::mouseClick(fleet->findChild<QPushButton *>(QStringLiteral("fleetForceOff")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_hosts[1]->virsh({QStringLiteral("domstate"), vm}),
                                  QStringLiteral("shut off"), 15000);

        // Each action is in the trail twice, requested then its result, newest first.
        const auto vmEvents = [this] {
            return m_http.getJson(panel().url(QStringLiteral("/api/v1/audit?action=vm.")), client()->token())
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(vmEvents().size(), 4, 10000);
        const QJsonArray events = vmEvents();
        QStringList phases;
        for (const QJsonValue &event : events) {
            QCOMPARE(event[QStringLiteral("target")].toString(), QStringLiteral("hv-a2/") + vm);
            QVERIFY(event[QStringLiteral("elevated")].toBool());
            phases << event[QStringLiteral("after")][QStringLiteral("action")].toString() + QLatin1Char(' ') +
                          event[QStringLiteral("after")][QStringLiteral("phase")].toString();
        }
        QCOMPARE(phases,
                 (QStringList{QStringLiteral("destroy succeeded"), QStringLiteral("destroy requested"),
                              QStringLiteral("start succeeded"), QStringLiteral("start requested")}));
    }

    void leavingDropsBack()
    {
        QTest::mouseClick(child<QPushButton>("leaveStaffMode"), Qt::LeftButton);
        QVERIFY(!banner()->isVisible());
        QTRY_VERIFY(!banner()->fleetWindow(m_window->session())); // closed with staff mode
        QCOMPARE(client()->token(), m_plainToken);
        QVERIFY(enterAction()->isEnabled());
        QCOMPARE(inventoryRefusal(), Error::Kind::Forbidden);
    }

    // The app drops back when the elevation ends: here its clock says the end is 2 s away.
    void theElevationsEndDropsBack()
    {
        MockClock clock(QDateTime::currentDateTimeUtc().addSecs(15 * 60 - 2));
        QVERIFY2(enter(), qPrintable(m_browser.error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 10000);
        QCOMPARE(client()->token(), m_plainToken);
        QCOMPARE(inventoryRefusal(), Error::Kind::Forbidden);
    }
};

QTEST_MAIN(TestStaffMode)
#include "tst_staffmode.moc"
