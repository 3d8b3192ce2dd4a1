// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Cron page's parts that need no panel, as real widgets offscreen: the schedule editor (presets
// and the raw field kept in step, checked as it is typed, in words, its next five runs with what a
// clock change does), the job dialog (every field checked as the panel checks it, the job it makes),
// the installed tab's highlighting, the durations chart, the output of a long run, and how the page
// names the panel's field errors.
#include "cron/crondurationchart.h"
#include "cron/cronformat.h"
#include "cron/cronjobdialog.h"
#include "cron/cronpage.h"
#include "cron/cronscheduleeditor.h"
#include "dialogs/dialogparts.h"
#include "jobs/jobspanel.h"
#include "labels/codelabels.h"
#include "mockclock.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "validate/cronschedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimeEdit>

using namespace mws;
using namespace mws::ui;

namespace {

const QTimeZone london("Europe/London");

QDateTime utc(const char *text)
{
    QDateTime time = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

template <typename T> T *find(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        qWarning("no child named %s", name);
    return child;
}

QString scheduleText(const CronScheduleEditor &editor)
{
    return find<QPlainTextEdit>(&editor, "cronScheduleText")->toPlainText();
}

void typeSchedule(CronScheduleEditor &editor, const QString &text)
{
    auto *field = find<QPlainTextEdit>(&editor, "cronScheduleText");
    field->selectAll();
    QTest::keyClicks(field, text);
}

// The lines of the next-runs label that are runs.
QStringList runLines(const CronScheduleEditor &editor)
{
    const QStringList lines = find<QLabel>(&editor, "cronNextRuns")->text().split(QLatin1Char('\n'));
    QStringList runs;
    for (const QString &line : lines)
        if (line.startsWith(QStringLiteral("• ")))
            runs << line;
    return runs;
}

model::CronRunRecord run(qint64 id, qint64 durationMs, model::CronOutcome outcome)
{
    model::CronRunRecord record;
    record.id = id;
    record.jobId = QStringLiteral("backup");
    record.trigger = QStringLiteral("schedule");
    record.startedAt = utc("2026-12-07T03:00:00").addDays(id);
    record.endedAt = record.startedAt.addMSecs(durationMs);
    record.durationMs = durationMs;
    record.outcome = outcome;
    return record;
}

} // namespace

class TestCronEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPresetWritesTheSchedule()
    {
        test::MockClock clock(utc("2026-12-07T12:00:00"));
        CronScheduleEditor editor;
        editor.setTimeZone(london);
        auto *preset = find<QComboBox>(&editor, "cronPreset");
        preset->setCurrentIndex(preset->findData(int(CronScheduleEditor::Weekly)));
        auto *weekday = find<QComboBox>(&editor, "cronPresetWeekday");
        weekday->setCurrentIndex(weekday->findData(1)); // Monday
        find<QTimeEdit>(&editor, "cronPresetTime")->setTime(QTime(2, 30));
        QCOMPARE(editor.schedule(), QStringLiteral("30 2 * * 1"));
        QCOMPARE(scheduleText(editor), QStringLiteral("30 2 * * 1"));
        QCOMPARE(find<QLabel>(&editor, "cronScheduleWords")->text(), QStringLiteral("at 02:30 every Monday"));
        QVERIFY(editor.isAcceptable());
        QVERIFY(find<QComboBox>(&editor, "cronPresetWeekday")->isVisibleTo(&editor));
        QVERIFY(!find<QSpinBox>(&editor, "cronPresetMonthDay")->isVisibleTo(&editor));

        preset->setCurrentIndex(preset->findData(int(CronScheduleEditor::Monthly)));
        find<QSpinBox>(&editor, "cronPresetMonthDay")->setValue(15);
        QCOMPARE(editor.schedule(), QStringLiteral("30 2 15 * *"));
        preset->setCurrentIndex(preset->findData(int(CronScheduleEditor::Hourly)));
        find<QSpinBox>(&editor, "cronPresetMinute")->setValue(45);
        QCOMPARE(editor.schedule(), QStringLiteral("45 * * * *"));
        QCOMPARE(find<QLabel>(&editor, "cronScheduleWords")->text(),
                 validate::describeCronSchedule(
                     *validate::checkCronSchedule(QStringLiteral("45 * * * *")).schedule));
    }

    void typingTheScheduleChoosesItsPreset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("preset");
        QTest::newRow("hourly") << "15 * * * *" << int(CronScheduleEditor::Hourly);
        QTest::newRow("daily") << "0 4 * * *" << int(CronScheduleEditor::Daily);
        QTest::newRow("weekly") << "10 22 * * 5" << int(CronScheduleEditor::Weekly);
        QTest::newRow("monthly") << "0 6 1 * *" << int(CronScheduleEditor::Monthly);
        QTest::newRow("every five minutes") << "*/5 * * * *" << int(CronScheduleEditor::Custom);
        QTest::newRow("a word") << "@daily" << int(CronScheduleEditor::Custom);
        QTest::newRow("both day fields") << "0 4 1 * 1" << int(CronScheduleEditor::Custom);
    }

    void typingTheScheduleChoosesItsPreset()
    {
        QFETCH(QString, text);
        QFETCH(int, preset);
        CronScheduleEditor editor;
        typeSchedule(editor, text);
        QCOMPARE(editor.schedule(), text);
        QCOMPARE(int(editor.preset()), preset);
        QVERIFY(editor.isAcceptable());
        QVERIFY(!find<QLabel>(&editor, "cronScheduleProblem")->isVisibleTo(&editor));
        if (preset == CronScheduleEditor::Weekly) {
            QCOMPARE(find<QComboBox>(&editor, "cronPresetWeekday")->currentData().toInt(), 5);
            QCOMPARE(find<QTimeEdit>(&editor, "cronPresetTime")->time(), QTime(22, 10));
        }
        // What was typed stays as typed: choosing the preset did not rewrite it.
        QCOMPARE(scheduleText(editor), text);
    }

    void aWrongScheduleIsSaidAsItIsTyped()
    {
        CronScheduleEditor editor;
        typeSchedule(editor, QStringLiteral("61 * * * *"));
        QVERIFY(!editor.isAcceptable());
        auto *problem = find<QLabel>(&editor, "cronScheduleProblem");
        QVERIFY(problem->isVisibleTo(&editor));
        const QString expected = validate::cronScheduleProblem(QStringLiteral("61 * * * *"));
        QVERIFY(!expected.isEmpty());
        QVERIFY2(problem->text().contains(expected.toHtmlEscaped()), qPrintable(problem->text()));
        // Marked in the field itself too, and no runs are promised.
        QCOMPARE(find<CodeEditor>(&editor, "cronScheduleText")->problemsAt(1), expected);
        QVERIFY(runLines(editor).isEmpty());
        QCOMPARE(int(editor.preset()), int(CronScheduleEditor::Custom));

        typeSchedule(editor, QStringLiteral("59 * * * *"));
        QVERIFY(editor.isAcceptable());
        QVERIFY(!problem->isVisibleTo(&editor));
        QCOMPARE(find<CodeEditor>(&editor, "cronScheduleText")->problemsAt(1), QString());
    }

    void theScheduleFieldIsOneLine()
    {
        CronScheduleEditor editor;
        typeSchedule(editor, QStringLiteral("0 5 * * *"));
        auto *field = find<QPlainTextEdit>(&editor, "cronScheduleText");
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->document()->blockCount(), 1);
        QCOMPARE(editor.schedule(), QStringLiteral("0 5 * * *"));
    }

    // The next five runs, on the host's clock, with what the spring clock change does to one.
    void theNextFiveRunsAreShownWithTheirNotes()
    {
        test::MockClock clock(utc("2026-03-28T12:00:00"));
        CronScheduleEditor editor;
        editor.setTimeZone(london);
        typeSchedule(editor, QStringLiteral("30 1 * * *"));
        const QStringList runs = runLines(editor);
        QCOMPARE(runs.size(), 5);
        const QList<validate::CronRun> expected = validate::cronNextRuns(
            *validate::checkCronSchedule(QStringLiteral("30 1 * * *")).schedule, clock.nowUtc(), london, 5);
        const QString note = validate::cronRunNote(expected.constFirst());
        QVERIFY(!note.isEmpty());
        const QString text = find<QLabel>(&editor, "cronNextRuns")->text();
        QVERIFY2(text.contains(note), qPrintable(text));
        const QString firstDay =
            QLocale().toString(expected.constFirst().at.toLocalTime(), QStringLiteral("d MMM yyyy"));
        QVERIFY2(runs.constFirst().contains(firstDay), qPrintable(runs.constFirst()));

        // Time moves on: the runs follow the clock.
        clock.setNow(utc("2026-06-01T12:00:00"));
        typeSchedule(editor, QStringLiteral("30 1 * * *"));
        QVERIFY(!find<QLabel>(&editor, "cronNextRuns")->text().contains(note));
    }

    void theDialogMakesTheJob()
    {
        model::CronJob job;
        job.id = QStringLiteral("backup");
        job.schedule = QStringLiteral("0 3 * * *");
        job.command = QStringLiteral("backup.sh");
        job.timeoutSeconds = 120;
        CronJobDialog dialog(job, london, false);
        QCOMPARE(find<QComboBox>(&dialog, "cronTimeoutUnit")->currentData().toInt(), 60);
        QCOMPARE(find<QSpinBox>(&dialog, "cronTimeout")->value(), 2);
        auto *ok = find<QPushButton>(&dialog, "cronJobOk");
        QVERIFY(ok->isEnabled());

        find<QLineEdit>(&dialog, "cronCommand")->setText(QStringLiteral("php ~/cron.php --all"));
        find<QLineEdit>(&dialog, "cronDescription")->setText(QStringLiteral("Nightly clean-up"));
        find<QSpinBox>(&dialog, "cronTimeout")->setValue(5);
        auto *overlap = find<QComboBox>(&dialog, "cronOverlap");
        overlap->setCurrentIndex(overlap->findData(QStringLiteral("wait")));
        find<QCheckBox>(&dialog, "cronMailOnFailure")->setChecked(true);
        find<QCheckBox>(&dialog, "cronEnabled")->setChecked(false);
        QTest::mouseClick(find<QPushButton>(&dialog, "cronAddVariable"), Qt::LeftButton);
        auto *environment = find<QTableWidget>(&dialog, "cronEnvironment");
        QCOMPARE(environment->rowCount(), 1);
        environment->item(0, 0)->setText(QStringLiteral("APP_ENV"));
        environment->item(0, 1)->setText(QStringLiteral("production"));
        typeSchedule(*dialog.scheduleEditor(), QStringLiteral("15 2 * * 0"));
        QVERIFY(ok->isEnabled());

        const model::CronJob made = dialog.job();
        QCOMPARE(made.id, QStringLiteral("backup"));
        QCOMPARE(made.schedule, QStringLiteral("15 2 * * 0"));
        QCOMPARE(made.command, QStringLiteral("php ~/cron.php --all"));
        QCOMPARE(made.description, QStringLiteral("Nightly clean-up"));
        QCOMPARE(made.timeoutSeconds, 300);
        QCOMPARE(made.overlap, model::CronOverlap::Wait);
        QCOMPARE(made.environment,
                 (QList<model::CronVariable>{{QStringLiteral("APP_ENV"), QStringLiteral("production")}}));
        QVERIFY(!made.enabled);
        QVERIFY(made.mailOnFailure);

        // The unit changes, the time stays.
        auto *unit = find<QComboBox>(&dialog, "cronTimeoutUnit");
        unit->setCurrentIndex(unit->findData(1));
        QCOMPARE(dialog.job().timeoutSeconds, 300);
    }

    void theDialogRefusesWhatThePanelWouldRefuse()
    {
        model::CronJob job;
        job.schedule = QStringLiteral("0 3 * * *");
        CronJobDialog dialog(job, london, true);
        auto *ok = find<QPushButton>(&dialog, "cronJobOk");
        auto *problems = find<QLabel>(&dialog, "cronJobProblems");
        QVERIFY(!ok->isEnabled()); // no command yet
        QVERIFY2(problems->text().contains(QLatin1String("Command")), qPrintable(problems->text()));

        find<QLineEdit>(&dialog, "cronCommand")->setText(QStringLiteral("true"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!problems->isVisibleTo(&dialog));

        QTest::mouseClick(find<QPushButton>(&dialog, "cronAddVariable"), Qt::LeftButton);
        auto *environment = find<QTableWidget>(&dialog, "cronEnvironment");
        environment->item(0, 0)->setText(QStringLiteral("MWS_SECRET"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("Variable 1: name")), qPrintable(problems->text()));
        QTest::mouseClick(find<QPushButton>(&dialog, "cronRemoveVariable"), Qt::LeftButton);
        QCOMPARE(environment->rowCount(), 0);
        QVERIFY(ok->isEnabled());

        typeSchedule(*dialog.scheduleEditor(), QStringLiteral("0 25 * * *"));
        QVERIFY(!ok->isEnabled());
    }

    void theInstalledTabIsHighlighted()
    {
        CodeEditor editor(SyntaxNames::crontab);
        QCOMPARE(editor.definitionName(), SyntaxNames::crontab);
        editor.setPlainText(QStringLiteral("# a comment\nMAILTO=\"\"\n30 2 * * 1 /usr/bin/backup --all\n"));
        const auto formatsOf = [&](int line) {
            return editor.document()->findBlockByNumber(line).layout()->formats();
        };
        QTRY_VERIFY(!formatsOf(2).isEmpty());
        QVERIFY(!formatsOf(0).isEmpty());
        // The minute and the command are coloured differently.
        const QList<QTextLayout::FormatRange> job = formatsOf(2);
        const auto formatAt = [&](int position) {
            for (const QTextLayout::FormatRange &range : job)
                if (position >= range.start && position < range.start + range.length)
                    return range.format;
            return QTextCharFormat();
        };
        QVERIFY(formatAt(0) != formatAt(11));
        // Each field's numbers alike, the stars apart from them.
        QCOMPARE(formatAt(3), formatAt(0));
        QVERIFY(formatAt(5) != formatAt(0));
    }

    void theChartDrawsEveryRun()
    {
        CronDurationChart chart;
        chart.resize(300, 100);
        chart.setRuns({run(3, 4000, model::CronOutcome::Failed), run(2, 2000, model::CronOutcome::Succeeded),
                       run(1, 1000, model::CronOutcome::Succeeded)});
        QCOMPARE(chart.barCount(), 3);
        // Oldest on the left, heights as the durations.
        QVERIFY(chart.barRect(0).left() < chart.barRect(2).left());
        QVERIFY(chart.barRect(0).height() < chart.barRect(1).height());
        QVERIFY(chart.barRect(1).height() < chart.barRect(2).height());
        QVERIFY(qAbs(chart.barRect(1).height() * 2 - chart.barRect(2).height()) <= 2);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.pixelColor(chart.barRect(2).center()), problemColor(&chart));
        QCOMPARE(image.pixelColor(chart.barRect(0).center()), chart.palette().color(QPalette::Highlight));
    }

    void aLongOutputSaysWhatIsNotShown()
    {
        model::CronRunRecord record = run(1, 10, model::CronOutcome::Succeeded);
        record.outputHead = QStringLiteral("first\n");
        record.outputTail = QStringLiteral("last\n");
        record.outputBytes = 1000;
        const QString text = cronformat::outputText(record);
        QVERIFY(text.startsWith(QLatin1String("first\n")));
        QVERIFY(text.endsWith(QLatin1String("last\n")));
        QVERIFY2(text.contains(QLatin1String("989")), qPrintable(text)); // 1000 - 6 - 5
        record.outputTail.clear();
        record.outputBytes = 6;
        QCOMPARE(cronformat::outputText(record), QStringLiteral("first\n"));
    }

    void thePageNamesThePanelsFields()
    {
        JobsPanel jobs{CodeLabels()};
        CronPage page({nullptr, &jobs, nullptr, nullptr});
        QCOMPARE(page.fieldLabel(QStringLiteral("jobs[2].schedule")), QStringLiteral("Job 3, Schedule"));
        QCOMPARE(page.fieldLabel(QStringLiteral("jobs[0].environment[1].name")),
                 QStringLiteral("Job 1, Variable 2: name"));
        QCOMPARE(page.fieldLabel(QStringLiteral("domains[0]")), QString());
    }
};

QTEST_MAIN(TestCronEditor)
#include "tst_croneditor.moc"
