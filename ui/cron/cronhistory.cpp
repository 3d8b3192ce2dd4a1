// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronhistory.h"

#include "api/cronrequest.h"
#include "cron/crondurationchart.h"
#include "cron/cronformat.h"
#include "dialogs/dialogparts.h"
#include "pages/sitepage.h"

#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

// How many runs the history asks for: the chart's width and a fortnight of an hourly job.
constexpr int runsShown = 100;

} // namespace

CronHistory::CronHistory(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cronHistory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = valueLabel(this, "cronHistoryNote");
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    m_chart = new CronDurationChart(this);
    layout->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Started"), tr("By"), tr("Outcome"), tr("Ended with"), tr("Took")});
    m_view = listTable(m_model, "cronRunsView", tr("Runs of the job"), splitter);
    m_output = new QPlainTextEdit(splitter);
    m_output->setObjectName(QStringLiteral("cronRunOutput"));
    m_output->setAccessibleName(tr("What the run printed"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(m_view);
    splitter->addWidget(m_output);
    // The runs' five columns fit beside the output at the window's usual width.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CronHistory::showSelected);
    showJob(nullptr, {}, std::nullopt);
}

void CronHistory::showJob(api::PanelClient *client, const QString &siteId,
                          const std::optional<model::CronJob> &job)
{
    const QString jobId = job ? job->id : QString();
    const bool same = client == m_client && siteId == m_siteId && jobId == m_jobId;
    m_client = client;
    m_siteId = siteId;
    m_jobId = jobId;
    if (!same) {
        m_runs.clear();
        showRuns();
    }
    if (!job || !client) {
        ++m_generation;
        m_loading = false;
        m_note->setText(job ? tr("The runs cannot be shown while the control panel cannot be reached.")
                            : tr("Select a job to see its runs."));
        return;
    }
    m_note->setText(tr("Runs of “%1”:").arg(cronformat::jobTitle(*job)));
    if (!same || m_runs.isEmpty())
        reload();
}

void CronHistory::reload()
{
    if (!m_client || m_jobId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    api::CronClient(*m_client)
        .runs(m_siteId, m_jobId, runsShown)
        .then(this, [this, generation](const Result<model::CronRunList> &answer) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (answer.ok()) {
                m_runs = answer->runs;
                showRuns();
            } else if (answer.error().kind != Error::Kind::Cancelled) {
                m_note->setText(tr("The runs could not be loaded: %1").arg(answer.error().message));
            }
            Q_EMIT loaded();
        });
}

void CronHistory::showRuns()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const qint64 selectedId =
        selected.isEmpty() ? -1 : m_model->index(selected.first().row(), 0).data(Qt::UserRole).toLongLong();
    m_model->removeRows(0, m_model->rowCount());
    int reselect = m_runs.isEmpty() ? -1 : 0; // the newest, unless one was selected
    for (const model::CronRunRecord &run : std::as_const(m_runs)) {
        auto *started = new QStandardItem(cronformat::localTime(run.startedAt));
        started->setData(run.id, Qt::UserRole);
        auto *outcome = new QStandardItem(cronformat::outcomeIcon(run.outcome, this),
                                          cronformat::outcomeText(run.outcome));
        if (run.failed())
            outcome->setForeground(problemColor(this));
        const bool ended =
            run.outcome != model::CronOutcome::Running && run.outcome != model::CronOutcome::Skipped;
        m_model->appendRow({started, new QStandardItem(cronformat::triggerText(run)), outcome,
                            new QStandardItem(cronformat::exitText(run)),
                            new QStandardItem(ended ? cronformat::durationText(run.durationMs) : QString())});
        if (run.id == selectedId)
            reselect = m_model->rowCount() - 1;
    }
    m_view->resizeColumnsToContents();
    m_chart->setRuns(m_runs);
    if (reselect >= 0)
        m_view->selectRow(reselect);
    if (!m_jobId.isEmpty() && m_runs.isEmpty() && !m_loading)
        m_output->setPlainText(tr("The job has not run yet."));
    showSelected();
}

void CronHistory::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_runs.size()) {
        if (m_runs.isEmpty() && m_jobId.isEmpty())
            m_output->clear();
        return;
    }
    const model::CronRunRecord &run = m_runs.at(rows.first().row());
    m_output->setPlainText(run.outputBytes == 0 && run.outputHead.isEmpty() ? tr("(The run printed nothing.)")
                                                                            : cronformat::outputText(run));
}

} // namespace mws::ui
