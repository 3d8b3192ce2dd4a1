// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace mws::ui {

class CodeEditor;

// A cron job's schedule: a preset (every hour, daily, weekly, monthly at a time) or the raw
// five fields, kept in step both ways. As it is typed the schedule is checked as cron reads it
// (checkCronSchedule: the problem is shown under the field and marked in it), put into words,
// and its next five runs are shown in this computer's time, with what a clock change does to
// them. The host's zone (cron runs on the host's clock) is given with setTimeZone().
class CronScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    enum Preset
    {
        Hourly,
        Daily,
        Weekly,
        Monthly,
        Custom,
    };

    explicit CronScheduleEditor(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &hostZone);
    void setSchedule(const QString &text);
    QString schedule() const;
    Preset preset() const;
    // Cron would take the schedule as it stands.
    bool isAcceptable() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *buildPresetRow();
    void presetEdited();
    void textEdited();
    void showPresetControls(Preset preset);
    void matchPreset(const QString &text);
    void showCheck();
    QString runLine(const QDateTime &at) const;

    QTimeZone m_zone{QTimeZone::UTC};
    bool m_syncing = false;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_minute = nullptr;
    QLabel *m_minuteLabel = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_timeLabel = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_monthDay = nullptr;
    CodeEditor *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_nextRuns = nullptr;
};

} // namespace mws::ui
