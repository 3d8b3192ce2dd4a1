// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronpage.h"

#include "api/cronrequest.h"
#include "changes/changeflow.h"
#include "cron/cronformat.h"
#include "cron/cronhistory.h"
#include "cron/cronjobdialog.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "jobs/jobspanel.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "util/clock.h"
#include "validate/cronjobs.h"
#include "validate/cronschedule.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

using session::SiteResource;

QList<SiteResource> cronResources(const QString &siteId)
{
    return {SiteResource::of<model::SiteCron>(QStringLiteral("site/%1/cron").arg(siteId),
                                              [siteId](api::PanelClient *client, const QByteArray &etag) {
                                                  return api::CronClient(*client).cron(siteId, etag);
                                              })};
}

enum Column
{
    EnabledColumn,
    JobColumn,
    ScheduleColumn,
    LastRunColumn,
    NextRunColumn,
};

} // namespace

CronPage::CronPage(const SitePageContext &context)
    : SitePage(context.parent), m_jobs(context.jobs),
      m_loader(new session::SiteResourceLoader(&cronResources, this)),
      m_flow(new ChangeFlow(context.jobs, this))
{
    setObjectName(QStringLiteral("cronPage"));
    auto *layout = new QVBoxLayout(this);
    m_zone = addPageTitleRow(layout, tr("Cron"), this);
    m_zone->setObjectName(QStringLiteral("cronTimeZone"));
    m_note = valueLabel(this, "cronNote");
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    m_alert = problemLabel(this, "cronAlert");
    m_alert->hide();
    layout->addWidget(m_alert);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels({tr("On"), tr("Job"), tr("When"), tr("Last run"), tr("Next run")});
    m_table = listTable(m_model, "cronJobsView", tr("Cron jobs"), top);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(buildButtons());
    splitter->addWidget(top);
    splitter->addWidget(buildDetails());
    layout->addWidget(splitter, 1);

    connect(m_loader, &session::SiteResourceLoader::loaded, this, &CronPage::showCron);
    connect(m_loader, &session::SiteResourceLoader::failed, this, [this](const Error &error) {
        m_loadProblem = tr("The cron jobs could not be loaded: %1").arg(error.message);
        showNote();
    });
    connect(m_loader, &session::SiteResourceLoader::settled, this, &CronPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CronPage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editJob();
    });
    connect(m_flow, &ChangeFlow::busyChanged, this, &CronPage::updateButtons);
    connect(m_flow, &ChangeFlow::finished, m_loader, &session::SiteResourceLoader::reload);
    connect(m_flow, &ChangeFlow::reloadNeeded, m_loader, &session::SiteResourceLoader::reload);
    if (m_jobs) {
        connect(m_jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) { runEnded(job.id); });
        connect(m_jobs, &JobsPanel::jobLost, this, [this](const QString &jobId) { runEnded(jobId); });
    }
    updateButtons();
}

QWidget *CronPage::buildButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_add = namedButton(tr("&Add…"), QStringLiteral("addCronJob"), row, tr("Add a cron job"));
    m_edit = namedButton(tr("&Edit…"), QStringLiteral("editCronJob"), row, tr("Change the selected job"));
    m_delete = namedButton(tr("&Delete…"), QStringLiteral("deleteCronJob"), row);
    m_toggle = namedButton(tr("Disa&ble"), QStringLiteral("toggleCronJob"), row,
                           tr("Switch the selected job off or on: a job switched off stays, and never runs"));
    m_run = namedButton(tr("R&un now"), QStringLiteral("runCronJob"), row,
                        tr("Run the selected job at once; what it prints shows in the jobs panel"));
    for (QPushButton *button : {m_add, m_edit, m_delete, m_toggle, m_run})
        layout->addWidget(button);
    layout->addStretch();
    connect(m_add, &QPushButton::clicked, this, &CronPage::addJob);
    connect(m_edit, &QPushButton::clicked, this, &CronPage::editJob);
    connect(m_delete, &QPushButton::clicked, this, &CronPage::deleteJob);
    connect(m_toggle, &QPushButton::clicked, this, &CronPage::toggleJob);
    connect(m_run, &QPushButton::clicked, this, &CronPage::runNow);
    return row;
}

QWidget *CronPage::buildDetails()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("cronDetails"));
    m_history = new CronHistory(tabs);
    tabs->addTab(m_history, tr("&History"));
    m_crontab = new CodeEditor(SyntaxNames::crontab, tabs);
    m_crontab->setObjectName(QStringLiteral("cronCrontab"));
    m_crontab->setAccessibleName(tr("The crontab installed on the host"));
    m_crontab->setReadOnly(true);
    tabs->addTab(m_crontab, tr("Installed &crontab"));
    return tabs;
}

void CronPage::setSite(const SiteView &view)
{
    const bool sameSite = view.session == m_view.session && view.siteId == m_view.siteId;
    const bool backOnline = sameSite && m_view.offline && !view.offline;
    m_view = view;
    if (!sameSite) {
        m_cron = {};
        m_model->removeRows(0, m_model->rowCount());
        m_crontab->clear();
        m_zone->clear();
        m_alert->hide();
        m_loadProblem.clear();
    }
    if (!view.site()) {
        m_loader->unload();
        m_history->showJob(nullptr, {}, std::nullopt);
        return updateButtons();
    }
    m_loader->setSite(view.session, view.siteId);
    if (backOnline && m_loader->isLoaded() && !m_loader->isConfirmed() && !m_loader->isLoading())
        m_loader->reload();
    selectionChanged();
}

void CronPage::refresh()
{
    m_loader->reload();
    m_history->reload();
}

QString CronPage::fieldLabel(const QString &apiField) const
{
    if (apiField == QLatin1String("jobs"))
        return tr("Cron jobs");
    static const QRegularExpression jobField(QStringLiteral("^jobs\\[(\\d+)\\]\\.(.+)$"));
    const QRegularExpressionMatch match = jobField.match(apiField);
    if (!match.hasMatch())
        return {};
    const int index = match.captured(1).toInt();
    QString label = cronformat::jobFieldLabel(match.captured(2));
    if (label.isEmpty())
        label = match.captured(2);
    if (index < m_sent.size())
        return tr("Job %1 (“%2”), %3").arg(index + 1).arg(cronformat::jobTitle(m_sent.at(index)), label);
    return tr("Job %1, %2").arg(index + 1).arg(label);
}

void CronPage::showCron()
{
    if (!m_loader->isLoaded())
        return;
    const std::optional<model::CronJob> before = selectedJob();
    const model::SiteCron cron = model::SiteCron::fromJson(m_loader->value(0));
    noticeFailures(cron);
    m_cron = cron;
    const QTimeZone zone = cronformat::hostZone(cron.timeZone);
    m_zone->setText(tr("Host's clock: %1").arg(QString::fromUtf8(zone.id())));
    m_model->removeRows(0, m_model->rowCount());
    int reselect = -1;
    for (const model::CronJob &job : std::as_const(m_cron.jobs)) {
        m_model->appendRow(jobRow(job));
        if (before && before->id == job.id)
            reselect = m_model->rowCount() - 1;
    }
    m_table->resizeColumnsToContents();
    if (reselect >= 0)
        m_table->selectRow(reselect);
    m_crontab->setPlainText(cron.crontab);
    m_loadProblem.clear();
    selectionChanged();
}

// A job whose last run failed since the page last loaded the site's jobs is said at the top.
void CronPage::noticeFailures(const model::SiteCron &cron)
{
    const bool known = m_seenSite == cron.siteId;
    QStringList failures;
    for (const model::CronJob &job : cron.jobs) {
        if (!job.lastRun)
            continue;
        const auto seen = m_seenRuns.constFind(job.id);
        const bool newRun = seen == m_seenRuns.cend() || *seen != job.lastRun->id;
        if (known && newRun && job.lastRun->failed())
            failures << tr("The last run of “%1” ended: %2 (%3), at %4.")
                            .arg(cronformat::jobTitle(job), cronformat::outcomeText(job.lastRun->outcome),
                                 cronformat::exitText(*job.lastRun),
                                 cronformat::localTime(job.lastRun->startedAt));
    }
    m_seenSite = cron.siteId;
    m_seenRuns.clear();
    for (const model::CronJob &job : cron.jobs)
        m_seenRuns.insert(job.id, job.lastRun ? job.lastRun->id : 0);
    if (failures.isEmpty())
        return;
    m_alert->setText(problemsHtml(this, failures));
    m_alert->show();
}

QList<QStandardItem *> CronPage::jobRow(const model::CronJob &job) const
{
    auto *enabled = new QStandardItem;
    enabled->setData(job.enabled ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    enabled->setToolTip(job.enabled ? tr("On: cron runs it on its schedule")
                                    : tr("Off: it never runs by itself"));
    enabled->setData(job.id, Qt::UserRole);
    auto *title = new QStandardItem(cronformat::jobTitle(job));
    title->setToolTip(job.command);
    const validate::CronScheduleCheck check = validate::checkCronSchedule(job.schedule);
    auto *schedule =
        new QStandardItem(check.schedule ? validate::describeCronSchedule(*check.schedule) : job.schedule);
    schedule->setToolTip(job.schedule);
    auto *last = new QStandardItem(cronformat::lastRunText(job.lastRun));
    if (job.lastRun) {
        last->setIcon(cronformat::outcomeIcon(job.lastRun->outcome, this));
        last->setToolTip(cronformat::exitText(*job.lastRun));
        if (job.lastRun->failed()) {
            last->setForeground(problemColor(this));
            QFont bold = font();
            bold.setBold(true);
            last->setFont(bold);
        }
    }
    QString explanation;
    auto *next = new QStandardItem(nextRunText(job, &explanation));
    next->setToolTip(explanation);
    return {enabled, title, schedule, last, next};
}

// When the job runs next, in this computer's time; explanation: what a clock change does to it.
QString CronPage::nextRunText(const model::CronJob &job, QString *explanation) const
{
    if (m_cron.suspended)
        return tr("Not while suspended");
    if (!job.enabled)
        return tr("Off");
    const validate::CronScheduleCheck check = validate::checkCronSchedule(job.schedule);
    if (!check.schedule || !check.problem.isEmpty()) {
        *explanation = check.problem;
        return tr("Never: the schedule is wrong");
    }
    if (check.schedule->isReboot())
        return tr("When the host starts");
    const QList<validate::CronRun> runs =
        validate::cronNextRuns(*check.schedule, Clock::nowUtc(), cronformat::hostZone(m_cron.timeZone), 1);
    if (runs.isEmpty())
        return tr("Never");
    *explanation = validate::cronRunNote(runs.constFirst());
    const QString when = cronformat::localTime(runs.constFirst().at);
    return explanation->isEmpty() ? when : tr("%1 (clock change)").arg(when);
}

std::optional<model::CronJob> CronPage::selectedJob() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const model::CronJob *job =
        m_cron.job(m_model->index(rows.first().row(), EnabledColumn).data(Qt::UserRole).toString());
    return job ? std::optional<model::CronJob>(*job) : std::nullopt;
}

bool CronPage::mayChange() const
{
    return m_view.site() && m_view.mayChange && !m_view.offline && m_loader->isLoaded() &&
           m_loader->isConfirmed() && !m_flow->isBusy();
}

void CronPage::updateButtons()
{
    const bool may = mayChange();
    const std::optional<model::CronJob> job = selectedJob();
    m_add->setEnabled(may && m_cron.jobs.size() < validate::CronLimits::maxJobs);
    m_edit->setEnabled(may && job.has_value());
    m_delete->setEnabled(may && job.has_value());
    m_toggle->setEnabled(may && job.has_value());
    m_toggle->setText(job && !job->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_run->setEnabled(may && job.has_value() && !m_cron.suspended && m_runJob.isEmpty() && !m_starting);
    showNote();
}

// What the page says above the jobs: why nothing can be changed, or what the list means.
void CronPage::showNote()
{
    QString note;
    if (!m_view.site())
        note.clear();
    else if (m_view.offline)
        note = tr("The control panel cannot be reached: the cron jobs are shown as last seen.");
    else if (!m_loadProblem.isEmpty())
        note = m_loadProblem;
    else if (!m_loader->isLoaded())
        note = tr("Loading…");
    else if (!m_view.mayChange)
        note = tr("Your role on this site lets you see its cron jobs, not change them.");
    else if (m_cron.suspended)
        note = tr("The site is suspended: no job runs until it is back.");
    else if (m_cron.jobs.isEmpty())
        note = tr("The site has no cron jobs. Add one to run a command on a schedule.");
    m_note->setText(note);
}

void CronPage::selectionChanged()
{
    m_history->showJob(m_view.offline || !m_view.session ? nullptr : m_view.session->client(), m_view.siteId,
                       selectedJob());
    updateButtons();
}

} // namespace mws::ui
