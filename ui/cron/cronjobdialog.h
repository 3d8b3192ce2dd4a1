// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cron.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mws::ui {

class CronScheduleEditor;

// A cron job added or edited: its schedule (CronScheduleEditor), its command (one line, run by
// /bin/sh as the site's user), what it is for, how long it may run, what happens when its last
// run is still going, its environment variables, whether it is on, and whether a failure is
// mailed. Every field is checked as it is typed, as the panel checks it (validate/cronjobs.h);
// OK is enabled once nothing is wrong. Opened with open(), window-modal; accepted() means: send it.
class CronJobDialog : public QDialog
{
    Q_OBJECT

public:
    // job: the job as it is (a new one for Add); hostZone: the clock cron runs on.
    CronJobDialog(const model::CronJob &job, const QTimeZone &hostZone, bool isNew,
                  QWidget *parent = nullptr);

    // The job as edited (its id and last run as given).
    model::CronJob job() const;
    CronScheduleEditor *scheduleEditor() const { return m_schedule; }

private:
    QWidget *buildTimeout();
    QWidget *buildEnvironment();
    void addVariable(const QString &name, const QString &value);
    void check();

    model::CronJob m_job;
    CronScheduleEditor *m_schedule = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_description = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_timeoutUnit = nullptr;
    QComboBox *m_overlap = nullptr;
    QTableWidget *m_environment = nullptr;
    QPushButton *m_removeVariable = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_mail = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mws::ui
