// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cron.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace mws::api {
class PanelClient;
}

namespace mws::ui {

class CronDurationChart;

// The runs of one cron job, as the panel recorded them (newest first): when, what started it,
// how it ended and how long it took; the selected run's output (its first and last part, and how
// much between them is not shown) in a fixed-width view; and a chart of the durations. Asked of
// the panel whenever a job is shown or reload() is called; not kept offline.
class CronHistory : public QWidget
{
    Q_OBJECT

public:
    explicit CronHistory(QWidget *parent = nullptr);

    // The job whose runs to show, through client; no job (or no client) shows nothing.
    void showJob(api::PanelClient *client, const QString &siteId, const std::optional<model::CronJob> &job);
    void reload();
    bool isLoading() const { return m_loading; }
    const QList<model::CronRunRecord> &runs() const { return m_runs; }

Q_SIGNALS:
    void loaded(); // the runs were asked again, whatever came of it

private:
    void showRuns();
    void showSelected();

    QPointer<api::PanelClient> m_client;
    QString m_siteId;
    QString m_jobId;
    quint64 m_generation = 0; // answers for an earlier job are dropped
    bool m_loading = false;
    QList<model::CronRunRecord> m_runs;

    QLabel *m_note;
    QStandardItemModel *m_model;
    QTableView *m_view;
    CronDurationChart *m_chart;
    QPlainTextEdit *m_output;
};

} // namespace mws::ui
