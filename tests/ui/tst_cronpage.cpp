// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Cron page end to end: the app signed in through the test WLS to a real panel that installs
// the site's tab and runs its jobs through the real wrapper. The owner adds a job with a preset
// (through the diff dialog and the jobs panel), sees it listed with its schedule in words and its
// next run, runs it now and reads its output in the history; a run that fails is said at the top
// of the page; the job is switched off and deleted after a confirmation. A refused list shows the
// panel's field errors in the page's words.
#include "apitestbase.h"
#include "browseruser.h"
#include "cron/crondurationchart.h"
#include "cron/cronnotices.h"
#include "cron/cronpage.h"
#include "cron/cronscheduleeditor.h"
#include "dialogs/messagebox.h"
#include "session/cronwatch.h"
#include "session/siteresourceloader.h"
#include "signedinapp.h"
#include "syntax/codeeditor.h"
#include "toplevel.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimeEdit>

using namespace mws::test;
using mws::ui::MessageBox;

namespace {

constexpr int enabledColumn = 0;
constexpr int jobColumn = 1;
constexpr int scheduleColumn = 2;
constexpr int lastRunColumn = 3;
constexpr int nextRunColumn = 4;

} // namespace

class TestCronPage : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    mws::ui::CronNotices *m_cronNotices = nullptr; // the account's watch over failed runs
    std::unique_ptr<QSignalSpy> m_notices;         // what it said

    mws::ui::CronPage *cronPage() { return child<mws::ui::CronPage>("cronPage"); }
    QTableView *jobsView() { return child<QTableView>("cronJobsView"); }
    QString newestJob()
    {
        auto *jobs = child<QListWidget>("jobList");
        return jobs->count() > 0 ? jobs->item(0)->text() : QString();
    }
    QJsonObject cronOnPanel()
    {
        return m_http
            .getJson(panel().url(QStringLiteral("/api/v1/sites/%1/cron").arg(m_siteId)), m_ownerToken)
            .json();
    }

    void clickWhenEnabled(const char *button)
    {
        auto *push = child<QPushButton>(button);
        QTRY_VERIFY_WITH_TIMEOUT(push->isEnabled(), 15000);
        QTest::mouseClick(push, Qt::LeftButton);
    }

    // Waits for the diff dialog and applies; then for the change's job to end and the list to be
    // loaded again.
    void reviewAndApply()
    {
        QTRY_VERIFY_WITH_TIMEOUT(topLevel("diffDialog"), 15000);
        QWidget *dialog = topLevel("diffDialog");
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyChange"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(!topLevel("diffDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(newestJob().endsWith(QStringLiteral("done")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("addCronJob")->isEnabled(), 15000);
        QVERIFY(!topLevel("applyResult"));
    }

    // Runs the selected job now and waits for its run in the history.
    void runSelectedNow(int runsBefore)
    {
        clickWhenEnabled("runCronJob");
        QTRY_VERIFY_WITH_TIMEOUT(newestJob().startsWith(QStringLiteral("Run a cron job now")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!newestJob().contains(QStringLiteral("running")) &&
                                     !newestJob().contains(QStringLiteral("waiting")),
                                 60000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("cronRunsView")->model()->rowCount(), runsBefore + 1,
                                  15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        options.webServers = true;
        options.extraHostConfig = QStringLiteral("cron_enabled = true\ncron_wrapper = \"%1\"\n")
                                      .arg(QStringLiteral(MWS_CRON_RUN_BINARY));
        QString error;
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Cron Lab"), &error), qPrintable(error));
        QVERIFY(startApp());
        const QList<mws::ui::CronNotices *> notices = m_app->findChildren<mws::ui::CronNotices *>();
        QCOMPARE(notices.size(), 1);
        m_cronNotices = notices.constFirst();
        m_notices = std::make_unique<QSignalSpy>(m_cronNotices, &mws::ui::AccountWatch::notice);
    }

    void cleanupTestCase()
    {
        m_notices.reset();
        stopApp();
    }

    void aSiteWithoutJobsSaysSo()
    {
        showTab("cronPage");
        QTRY_VERIFY_WITH_TIMEOUT(cronPage()->loader()->isConfirmed(), 15000);
        QCOMPARE(jobsView()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("cronNote")->text().contains(QStringLiteral("no cron jobs")));
        QVERIFY(!child<QLabel>("cronTimeZone")->text().isEmpty());
        QVERIFY(child<QPushButton>("addCronJob")->isEnabled());
        QVERIFY(!child<QPushButton>("runCronJob")->isEnabled()); // nothing selected
    }

    void aJobAddedWithAPresetIsListed()
    {
        showTab("cronPage");
        clickWhenEnabled("addCronJob");
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel("cronJobDialog")) != nullptr);
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("cronPreset"));
        preset->setCurrentIndex(preset->findData(int(mws::ui::CronScheduleEditor::Weekly)));
        auto *weekday = dialog->findChild<QComboBox *>(QStringLiteral("cronPresetWeekday"));
        weekday->setCurrentIndex(weekday->findData(1));
        dialog->findChild<QTimeEdit *>(QStringLiteral("cronPresetTime"))->setTime(QTime(2, 30));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cronCommand")),
                         QStringLiteral("echo hello from cron; echo to stderr >&2"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cronDescription")),
                         QStringLiteral("Greeting"));
        // The next five runs are promised before anything is sent.
        QCOMPARE(
            dialog->findChild<QLabel *>(QStringLiteral("cronNextRuns"))->text().count(QStringLiteral("• ")),
            5);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("cronJobOk"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        reviewAndApply();

        QTRY_COMPARE_WITH_TIMEOUT(jobsView()->model()->rowCount(), 1, 15000);
        QCOMPARE(column(jobsView(), jobColumn), QStringList{QStringLiteral("Greeting")});
        QCOMPARE(column(jobsView(), scheduleColumn), QStringList{QStringLiteral("at 02:30 every Monday")});
        QCOMPARE(column(jobsView(), lastRunColumn), QStringList{QStringLiteral("Never")});
        QCOMPARE(column(jobsView(), enabledColumn, Qt::CheckStateRole),
                 QStringList{QString::number(Qt::Checked)});
        QVERIFY(!column(jobsView(), nextRunColumn).constFirst().isEmpty());
        const QJsonArray jobs = cronOnPanel().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0)[QStringLiteral("schedule")].toString(), QStringLiteral("30 2 * * 1"));
        QVERIFY(!jobs.at(0)[QStringLiteral("id")].toString().isEmpty());
        // The installed tab, as the panel rendered it, read-only.
        auto *tab = child<mws::ui::CodeEditor>("cronCrontab");
        QTRY_VERIFY(tab->toPlainText().contains(QStringLiteral("30 2 * * 1")));
        QCOMPARE(tab->toPlainText(), cronOnPanel().value(QStringLiteral("crontab")).toString());
        QVERIFY(tab->isReadOnly());
    }

    void runNowShowsTheOutputInTheHistory()
    {
        showTab("cronPage");
        jobsView()->selectRow(0);
        QTRY_VERIFY(child<QLabel>("cronHistoryNote")->text().contains(QStringLiteral("Greeting")));
        runSelectedNow(0);
        auto *runs = child<QTableView>("cronRunsView");
        QCOMPARE(column(runs, 1), QStringList{QStringLiteral("Run now by test0002")});
        QCOMPARE(column(runs, 2), QStringList{QStringLiteral("Succeeded")});
        QCOMPARE(column(runs, 3), QStringList{QStringLiteral("exit 0")});
        auto *output = child<QPlainTextEdit>("cronRunOutput");
        QTRY_VERIFY(output->toPlainText().contains(QStringLiteral("hello from cron")));
        QVERIFY(output->toPlainText().contains(QStringLiteral("to stderr")));
        // The job's last run on the list follows, and the chart has its bar.
        QTRY_VERIFY_WITH_TIMEOUT(
            column(jobsView(), lastRunColumn).constFirst().startsWith(QStringLiteral("Succeeded")), 15000);
        QCOMPARE(child<mws::ui::CronDurationChart>("cronDurationChart")->barCount(), 1);
    }

    void aFailedRunStandsOut()
    {
        showTab("cronPage");
        jobsView()->selectRow(0);
        clickWhenEnabled("editCronJob");
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel("cronJobDialog")) != nullptr);
        auto *command = dialog->findChild<QLineEdit *>(QStringLiteral("cronCommand"));
        command->clear();
        QTest::keyClicks(command, QStringLiteral("echo giving up; exit 3"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cronJobOk")), Qt::LeftButton);
        reviewAndApply();
        jobsView()->selectRow(0);
        QVERIFY(!child<QLabel>("cronAlert")->isVisible());
        runSelectedNow(1);
        auto *runs = child<QTableView>("cronRunsView");
        QCOMPARE(column(runs, 2).constFirst(), QStringLiteral("Failed"));
        QCOMPARE(column(runs, 3).constFirst(), QStringLiteral("exit 3"));
        QTRY_VERIFY(
            child<QPlainTextEdit>("cronRunOutput")->toPlainText().contains(QStringLiteral("giving up")));
        QTRY_VERIFY_WITH_TIMEOUT(
            column(jobsView(), lastRunColumn).constFirst().startsWith(QStringLiteral("Failed")), 15000);
        auto *alert = child<QLabel>("cronAlert");
        QVERIFY(alert->isVisible());
        QVERIFY2(alert->text().contains(QStringLiteral("Greeting")), qPrintable(alert->text()));
    }

    // The watch over every site of the account (listening since the app started) says the failed
    // run once, in the status bar (and as a system notification where there is a tray), with the
    // Cron page not shown; Refresh asks at once. A later check, or a new watch reading what was
    // said from the cache, is quiet.
    void aFailedRunIsNoticedOnce()
    {
        showTab("overviewPage");
        mws::session::CronWatch *watch = m_cronNotices->watch();
        QSignalSpy checked(watch, &mws::session::CronWatch::checked);
        child<QAction>("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
        QCOMPARE(m_notices->size(), 1);
        const QString said = m_notices->constFirst().at(1).toString();
        QVERIFY2(said.contains(QStringLiteral("Cron Lab")) && said.contains(QStringLiteral("Greeting")) &&
                     said.contains(QStringLiteral("Failed (exit 3)")),
                 qPrintable(said));
        QCOMPARE(m_notices->constFirst().at(0).toString(), m_siteId);
        QCOMPARE(m_window->statusBar()->currentMessage(), said);

        checked.clear();
        child<QAction>("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
        QCOMPARE(m_notices->size(), 1);

        mws::session::CronWatch again(*m_window->session());
        QSignalSpy againFailed(&again, &mws::session::CronWatch::runFailed);
        QSignalSpy againChecked(&again, &mws::session::CronWatch::checked);
        again.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(!againChecked.isEmpty(), 15000);
        QVERIFY(againFailed.isEmpty());
    }

    // With the panel stopped, the page shows the jobs from the cache (the failed run included) and
    // changes nothing; when the panel is back, Refresh makes it editable again.
    void withThePanelStoppedTheJobsShowFromTheCache()
    {
        showTab("cronPage");
        panel().stop();
        child<QAction>("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("offlineBanner")->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!cronPage()->loader()->isLoading(), 20000);
        QVERIFY(cronPage()->loader()->isLoaded());
        QVERIFY(!cronPage()->loader()->isConfirmed());
        QCOMPARE(column(jobsView(), jobColumn), QStringList{QStringLiteral("Greeting")});
        QVERIFY(column(jobsView(), lastRunColumn).constFirst().startsWith(QStringLiteral("Failed")));
        jobsView()->selectRow(0);
        for (const char *button : {"addCronJob", "editCronJob", "toggleCronJob", "runCronJob"})
            QVERIFY2(!child<QPushButton>(button)->isEnabled(), button);

        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        child<QAction>("refreshAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("offlineBanner")->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cronPage()->loader()->isConfirmed(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("addCronJob")->isEnabled(), 15000);
    }

    void aJobIsSwitchedOffThenDeleted()
    {
        showTab("cronPage");
        jobsView()->selectRow(0);
        QCOMPARE(child<QPushButton>("toggleCronJob")->text(), QStringLiteral("Disa&ble"));
        clickWhenEnabled("toggleCronJob");
        reviewAndApply();
        QTRY_COMPARE(column(jobsView(), enabledColumn, Qt::CheckStateRole),
                     QStringList{QString::number(Qt::Unchecked)});
        QCOMPARE(column(jobsView(), nextRunColumn), QStringList{QStringLiteral("Off")});
        QCOMPARE(cronOnPanel()[QStringLiteral("jobs")][0][QStringLiteral("enabled")].toBool(), false);

        jobsView()->selectRow(0);
        MessageBox::setNextAnswer(MessageBox::Yes);
        clickWhenEnabled("deleteCronJob");
        reviewAndApply();
        QTRY_COMPARE(jobsView()->model()->rowCount(), 0);
        QCOMPARE(cronOnPanel().value(QStringLiteral("jobs")).toArray().size(), 0);
    }
};

QTEST_MAIN(TestCronPage)
#include "tst_cronpage.moc"
