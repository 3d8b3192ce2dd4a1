// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site requests in the app, against the real panel and test WLS: an owner asks for two sites
// with File > Request a Site… (the dialog checking what is typed) and sees them as requested in
// their list; outside staff mode the same person cannot decide them; in staff mode (a fresh
// sign-in through the test WLS) the fleet window's "Site requests" approves one onto a host and
// declines the other with a reason, which the owner's list and Overview then show.
#include "api/siterequestsrequest.h"
#include "models/sitelistmodel.h"
#include "session/accountsession.h"
#include "signedinapp.h"
#include "siterequests/siterequestdialog.h"
#include "staff/fleetwindow.h"
#include "staff/siterequestspanel.h"
#include "staff/staffbanner.h"
#include "store.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTreeView>

using namespace mws;
using namespace mws::test;

namespace {

// Which host the store says a site lives on ("" if it cannot say).
QString hostOf(mws::store::Store &store, const QString &siteId)
{
    const mws::Result<QString> host = store.siteHostName(siteId);
    return host.ok() ? *host : QString();
}

} // namespace

class TestSiteRequests : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    QString m_plainToken;
    QHash<QString, QString> m_ids; // site name -> id

    api::PanelClient *client() { return m_window->session()->client(); }
    ui::StaffBanner *banner() { return child<ui::StaffBanner>("staffBanner"); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // The row of the signed-in person's site of this name in the window's list.
    QModelIndex siteRow(const QString &name)
    {
        const QAbstractItemModel *model = child<QTreeView>("siteList")->model();
        for (int account = 0; account < model->rowCount(); ++account) {
            const QModelIndex parent = model->index(account, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                if (model->index(row, 0, parent).data().toString() == name)
                    return model->index(row, 0, parent);
        }
        return {};
    }
    // The status the list shows for it, as the model's status text ("" if it is not listed).
    QString listedStatus(const QString &name)
    {
        const QModelIndex row = siteRow(name);
        return row.isValid()
                   ? model::toString(model::SiteStatus(row.data(ui::SiteListModel::StatusRole).toInt()))
                   : QString();
    }
    // What the panel tells the owner of their site.
    QJsonObject ownersView(const QString &name)
    {
        for (const QJsonValue &site :
             m_http.getJson(panel().url(QStringLiteral("/api/v1/sites")), m_ownerToken)
                 .json()[QStringLiteral("items")]
                 .toArray())
            if (site[QStringLiteral("name")].toString() == name)
                return site.toObject();
        return {};
    }

    // File > Request a Site…, filled in and sent; the request's dialog is gone once the panel took it.
    bool request(const QString &name, const QString &description, const QString &webmaster)
    {
        action("requestSiteAction")->trigger();
        QPointer dialog = m_window->findChild<ui::SiteRequestDialog *>(QStringLiteral("siteRequestDialog"));
        if (!dialog || !dialog->isVisible())
            return false;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("siteRequestName")), name);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("siteRequestDescription")),
                         description);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("siteRequestWebmaster")), webmaster);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("siteRequestOk")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog; }, 15000);
    }

    bool enterStaffMode()
    {
        const int opened = m_browser.opened;
        action("enterStaffModeAction")->trigger();
        return QTest::qWaitFor([&] { return m_browser.opened == opened + 1 && banner()->isVisible(); },
                               20000) &&
               QTest::qWaitFor([&] { return client()->token() != m_plainToken; }, 20000);
    }

    ui::SiteRequestsPanel *requestsPanel()
    {
        ui::FleetWindow *fleet = banner()->fleetWindow(m_window->session());
        return fleet ? fleet->findChild<ui::SiteRequestsPanel *>(QStringLiteral("siteRequestsPanel"))
                     : nullptr;
    }
    // Selects the request of this name in the fleet window's list: its row, -1 if it is not there.
    int selectRequest(const QString &name)
    {
        auto *view = requestsPanel()->findChild<QTableWidget *>(QStringLiteral("siteRequestsView"));
        for (int row = 0; row < view->rowCount(); ++row)
            if (view->item(row, 0)->text() == name) {
                view->selectRow(row);
                return row;
            }
        return -1;
    }
    template <typename T = QWidget> T *inPanel(const char *name)
    {
        return requestsPanel()->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001"), QStringLiteral("test0002")};
        QString error;
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Chemistry"), &error), qPrintable(error));
        QVERIFY(startApp());
        m_plainToken = client()->token();
    }

    void cleanupTestCase() { stopApp(); }

    void theDialogChecksWhatIsTyped()
    {
        QVERIFY(action("requestSiteAction")->isEnabled());
        action("requestSiteAction")->trigger();
        QPointer dialog = m_window->findChild<ui::SiteRequestDialog *>(QStringLiteral("siteRequestDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("siteRequestOk"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("siteRequestProblem"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isVisible()); // nothing typed, nothing said
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("siteRequestName")),
                         QStringLiteral(" x"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("spaces")), qPrintable(problem->text()));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("siteRequestName"));
        name->setText(QString(101, QLatin1Char('n')));
        QVERIFY(problem->text().contains(QLatin1String("100")));
        name->setText(QStringLiteral("Fine"));
        auto *webmaster = dialog->findChild<QLineEdit *>(QStringLiteral("siteRequestWebmaster"));
        QTest::keyClicks(webmaster, QStringLiteral("web@localhost"));
        QVERIFY(problem->isVisible());
        QVERIFY(!ok->isEnabled());
        webmaster->setText(QStringLiteral("web@example.test"));
        QVERIFY(!problem->isVisible());
        QVERIFY(ok->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(ownersView(QStringLiteral("Fine")).isEmpty()); // cancelled: nothing asked
    }

    void anOwnersRequestsAreInTheirList()
    {
        QVERIFY(request(QStringLiteral("Outreach"), QStringLiteral("Open days"),
                        QStringLiteral("web@example.test")));
        QVERIFY(request(QStringLiteral("Second homepage"), {}, QStringLiteral("me@example.test")));
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(QStringLiteral("Outreach")), QStringLiteral("requested"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(QStringLiteral("Second homepage")),
                                  QStringLiteral("requested"), 10000);
        QVERIFY(child<QLabel>("siteRequestBannerText")->isVisible());
        const QJsonObject outreach = ownersView(QStringLiteral("Outreach"));
        QCOMPARE(outreach.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(outreach.value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("web@example.test"));
        QCOMPARE(outreach.value(QStringLiteral("description")).toString(), QStringLiteral("Open days"));
        QCOMPARE(outreach.value(QStringLiteral("myRole")).toString(), QStringLiteral("owner"));
        for (const QString &name : {QStringLiteral("Outreach"), QStringLiteral("Second homepage")})
            m_ids.insert(name, ownersView(name).value(QStringLiteral("id")).toString());
    }

    // Staff who have not entered staff mode are refused, and nothing changes.
    void outsideStaffModeNothingIsDecided()
    {
        api::SiteRequestsClient requests(*client());
        QFuture<Result<model::Site>> approved = requests.approve(m_ids.value(QStringLiteral("Outreach")), {});
        QTRY_VERIFY_WITH_TIMEOUT(approved.isFinished(), 15000);
        QVERIFY(!approved.result().ok());
        QCOMPARE(approved.result().error().kind, Error::Kind::Forbidden);
        QCOMPARE(ownersView(QStringLiteral("Outreach")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("requested"));
    }

    void staffApproveOneOntoAHost()
    {
        QVERIFY2(enterStaffMode(), qPrintable(m_browser.error));
        QTest::mouseClick(child<QPushButton>("openFleet"), Qt::LeftButton);
        QVERIFY(requestsPanel() && requestsPanel()->isVisible());
        auto *view = inPanel<QTableWidget>("siteRequestsView");
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 2, 15000);
        auto *host = inPanel<QComboBox>("siteRequestHost");
        QTRY_VERIFY_WITH_TIMEOUT(host->count() > 0, 15000);
        QVERIFY(!inPanel<QPushButton>("siteRequestApprove")->isEnabled()); // nothing chosen yet
        const int row = selectRequest(QStringLiteral("Outreach"));
        QVERIFY(row >= 0);
        QCOMPARE(view->item(row, 1)->text(), QStringLiteral("test0002"));
        QCOMPARE(view->item(row, 2)->text(), QStringLiteral("web@example.test"));
        const QString chosen = host->currentText();
        QVERIFY(!chosen.isEmpty());
        QTest::mouseClick(inPanel<QPushButton>("siteRequestApprove"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 15000);
        QVERIFY(inPanel<QLabel>("siteRequestsResult")->text().contains(QLatin1String("approved")));
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(QStringLiteral("Outreach")), QStringLiteral("active"), 15000);
        QCOMPARE(ownersView(QStringLiteral("Outreach")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        auto opened = m_fixture.openStore();
        QVERIFY(opened);
        QCOMPARE(hostOf(opened->store(), m_ids.value(QStringLiteral("Outreach"))), chosen);
        const QJsonArray events =
            m_http
                .getJson(panel().url(QStringLiteral("/api/v1/audit?action=site.approve")), client()->token())
                .json()[QStringLiteral("items")]
                .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("actor")].toString(), QStringLiteral("test0002"));
        QVERIFY(events[0][QStringLiteral("elevated")].toBool());
    }

    void staffDeclineTheOtherWithAReason()
    {
        QVERIFY(selectRequest(QStringLiteral("Second homepage")) >= 0);
        QVERIFY(!inPanel<QPushButton>("siteRequestDecline")->isEnabled()); // no reason yet
        const QString reason = QStringLiteral("You have a homepage already.");
        QTest::keyClicks(inPanel<QLineEdit>("siteRequestReason"), reason);
        QVERIFY(inPanel<QPushButton>("siteRequestDecline")->isEnabled());
        QTest::mouseClick(inPanel<QPushButton>("siteRequestDecline"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(inPanel<QTableWidget>("siteRequestsView")->rowCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(QStringLiteral("Second homepage")), QStringLiteral("declined"),
                                  15000);
        const QJsonObject seen = ownersView(QStringLiteral("Second homepage"));
        QCOMPARE(seen.value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(seen.value(QStringLiteral("declineReason")).toString(), reason);
        // The owner reads why, in the list's tip and on the site's Overview.
        QVERIFY(siteRow(QStringLiteral("Second homepage")).data(Qt::ToolTipRole).toString().contains(reason));
        // The line the request left above the pages says so too.
        QTRY_VERIFY(child<QLabel>("siteRequestBannerText")->text().contains(reason));
        QVERIFY(m_window->selectSite(m_ids.value(QStringLiteral("Second homepage"))));
        QTRY_VERIFY(child<QLabel>("siteStatus")->text().contains(reason));
    }
};

QTEST_MAIN(TestSiteRequests)
#include "tst_siterequests.moc"
