// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronscheduleeditor.h"

#include "dialogs/dialogparts.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "util/clock.h"
#include "validate/cronschedule.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

// The schedule field: one line of the crontab's syntax, highlighted, problems marked in it. Enter
// goes to the dialog (its default button) and a pasted line break becomes a space.
class ScheduleField : public CodeEditor
{
public:
    explicit ScheduleField(QWidget *parent) : CodeEditor(SyntaxNames::crontab, parent)
    {
        setLineNumbersVisible(false);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const int line = fontMetrics().lineSpacing();
        setFixedHeight(line + 2 * (frameWidth() + int(document()->documentMargin())) + 2);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            return event->ignore();
        CodeEditor::keyPressEvent(event);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        QString text = source->text();
        text.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
        insertPlainText(text);
    }
};

// Cron's day of the week (0 is Sunday) for Qt's (1 is Monday, 7 Sunday), and back.
int cronWeekday(int qtDay)
{
    return qtDay % 7;
}

} // namespace

CronScheduleEditor::CronScheduleEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildPresetRow());
    m_text = new ScheduleField(this);
    m_text->setObjectName(QStringLiteral("cronScheduleText"));
    m_text->setAccessibleName(tr("Schedule"));
    m_text->setToolTip(tr("Five fields: minute, hour, day of month, month, day of week; or @hourly, @daily, "
                          "@weekly, @monthly, @yearly, @reboot"));
    layout->addWidget(m_text);
    m_problem = problemLabel(this, "cronScheduleProblem");
    layout->addWidget(m_problem);
    m_words = valueLabel(this, "cronScheduleWords");
    layout->addWidget(m_words);
    m_nextRuns = valueLabel(this, "cronNextRuns");
    m_nextRuns->setTextFormat(Qt::PlainText);
    layout->addWidget(m_nextRuns);

    connect(m_text, &QPlainTextEdit::textChanged, this, &CronScheduleEditor::textEdited);
    setSchedule(QStringLiteral("0 3 * * *"));
}

QWidget *CronScheduleEditor::buildPresetRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(row);
    m_preset->setObjectName(QStringLiteral("cronPreset"));
    m_preset->setAccessibleName(tr("How often"));
    m_preset->addItem(tr("Every hour"), int(Hourly));
    m_preset->addItem(tr("Every day"), int(Daily));
    m_preset->addItem(tr("Every week"), int(Weekly));
    m_preset->addItem(tr("Every month"), int(Monthly));
    m_preset->addItem(tr("Custom"), int(Custom));
    m_minuteLabel = new QLabel(tr("at minute"), row);
    m_minute = new QSpinBox(row);
    m_minute->setObjectName(QStringLiteral("cronPresetMinute"));
    m_minute->setRange(0, 59);
    m_minuteLabel->setBuddy(m_minute);
    m_weekday = new QComboBox(row);
    m_weekday->setObjectName(QStringLiteral("cronPresetWeekday"));
    m_weekday->setAccessibleName(tr("Day of the week"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(tr("on %1").arg(QLocale().dayName(day)), cronWeekday(day));
    m_monthDay = new QSpinBox(row);
    m_monthDay->setObjectName(QStringLiteral("cronPresetMonthDay"));
    m_monthDay->setAccessibleName(tr("Day of the month"));
    m_monthDay->setRange(1, 31);
    m_monthDay->setPrefix(tr("on day "));
    m_timeLabel = new QLabel(tr("at"), row);
    m_time = new QTimeEdit(row);
    m_time->setObjectName(QStringLiteral("cronPresetTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeLabel->setBuddy(m_time);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_preset, m_minuteLabel, m_minute, m_weekday,
                                                            m_monthDay, m_timeLabel, m_time})
        layout->addWidget(widget);
    layout->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &CronScheduleEditor::presetEdited);
    connect(m_minute, &QSpinBox::valueChanged, this, &CronScheduleEditor::presetEdited);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &CronScheduleEditor::presetEdited);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &CronScheduleEditor::presetEdited);
    connect(m_time, &QTimeEdit::timeChanged, this, &CronScheduleEditor::presetEdited);
    return row;
}

void CronScheduleEditor::setTimeZone(const QTimeZone &hostZone)
{
    m_zone = hostZone.isValid() ? hostZone : QTimeZone(QTimeZone::UTC);
    showCheck();
}

void CronScheduleEditor::setSchedule(const QString &text)
{
    m_text->setPlainText(text);
}

QString CronScheduleEditor::schedule() const
{
    return m_text->toPlainText().simplified();
}

CronScheduleEditor::Preset CronScheduleEditor::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

bool CronScheduleEditor::isAcceptable() const
{
    return validate::cronScheduleProblem(schedule()).isEmpty();
}

// A preset's control changed: the raw field follows.
void CronScheduleEditor::presetEdited()
{
    if (m_syncing)
        return;
    const Preset chosen = preset();
    showPresetControls(chosen);
    const QTime time = m_time->time();
    QString text;
    switch (chosen) {
    case Hourly:
        text = QStringLiteral("%1 * * * *").arg(m_minute->value());
        break;
    case Daily:
        text = QStringLiteral("%1 %2 * * *").arg(time.minute()).arg(time.hour());
        break;
    case Weekly:
        text = QStringLiteral("%1 %2 * * %3")
                   .arg(time.minute())
                   .arg(time.hour())
                   .arg(m_weekday->currentData().toInt());
        break;
    case Monthly:
        text = QStringLiteral("%1 %2 %3 * *").arg(time.minute()).arg(time.hour()).arg(m_monthDay->value());
        break;
    case Custom:
        return; // the raw field is the schedule
    }
    m_syncing = true;
    m_text->setPlainText(text); // checked and shown by textEdited()
    m_syncing = false;
}

// The raw field changed: the preset that says the same is chosen, or Custom.
void CronScheduleEditor::textEdited()
{
    if (!m_syncing)
        matchPreset(schedule());
    showCheck();
}

void CronScheduleEditor::matchPreset(const QString &text)
{
    static const QRegularExpression fields(
        QStringLiteral("^(\\d{1,2}) (\\*|\\d{1,2}) (\\*|\\d{1,2}) \\* (\\*|\\d)$"));
    const QRegularExpressionMatch match = fields.match(text);
    Preset found = Custom;
    if (match.hasMatch() && isAcceptable()) {
        const bool anyHour = match.captured(2) == QLatin1String("*");
        const bool anyDay = match.captured(3) == QLatin1String("*");
        const bool anyWeekday = match.captured(4) == QLatin1String("*");
        if (anyHour && anyDay && anyWeekday)
            found = Hourly;
        else if (!anyHour && anyDay && anyWeekday)
            found = Daily;
        else if (!anyHour && anyDay)
            found = Weekly;
        else if (!anyHour && anyWeekday)
            found = Monthly;
    }
    m_syncing = true;
    m_preset->setCurrentIndex(m_preset->findData(int(found)));
    if (found != Custom) {
        const int minute = match.captured(1).toInt();
        m_minute->setValue(minute);
        const int hour = found == Hourly ? m_time->time().hour() : match.captured(2).toInt();
        m_time->setTime(QTime(hour, minute));
        if (found == Weekly)
            m_weekday->setCurrentIndex(m_weekday->findData(match.captured(4).toInt() % 7));
        if (found == Monthly)
            m_monthDay->setValue(match.captured(3).toInt());
    }
    m_syncing = false;
    showPresetControls(found);
}

void CronScheduleEditor::showPresetControls(Preset preset)
{
    m_minuteLabel->setVisible(preset == Hourly);
    m_minute->setVisible(preset == Hourly);
    m_weekday->setVisible(preset == Weekly);
    m_monthDay->setVisible(preset == Monthly);
    m_timeLabel->setVisible(preset == Daily || preset == Weekly || preset == Monthly);
    m_time->setVisible(preset == Daily || preset == Weekly || preset == Monthly);
}

void CronScheduleEditor::showCheck()
{
    const validate::CronScheduleCheck check = validate::checkCronSchedule(schedule());
    m_problem->setText(check.problem.isEmpty() ? QString() : problemsHtml(this, {check.problem}));
    m_problem->setVisible(!check.problem.isEmpty());
    m_text->setProblems(check.problem.isEmpty() ? QList<std::pair<int, QString>>()
                                                : QList<std::pair<int, QString>>{{1, check.problem}});
    m_words->setText(check.schedule ? validate::describeCronSchedule(*check.schedule) : QString());
    QStringList lines;
    if (check.schedule && check.problem.isEmpty()) {
        const QList<validate::CronRun> runs =
            validate::cronNextRuns(*check.schedule, Clock::nowUtc(), m_zone, 5);
        if (!runs.isEmpty())
            lines << tr("Next runs, in this computer's time:");
        else if (!check.schedule->isReboot())
            lines << tr("No run in the next 30 years.");
        for (const validate::CronRun &run : runs) {
            lines << QStringLiteral("• ") + runLine(run.at);
            if (const QString note = validate::cronRunNote(run); !note.isEmpty())
                lines << QStringLiteral("   ") + note;
        }
    }
    m_nextRuns->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT changed();
}

// When a run is, in this computer's time, and in the host's when their clocks differ.
QString CronScheduleEditor::runLine(const QDateTime &at) const
{
    const QDateTime local = at.toLocalTime();
    const QString text = QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm"));
    const QDateTime host = at.toTimeZone(m_zone);
    if (host.offsetFromUtc() == local.offsetFromUtc())
        return text;
    return tr("%1 (%2 on the host's clock)").arg(text, QLocale().toString(host, QStringLiteral("HH:mm t")));
}

} // namespace mws::ui
