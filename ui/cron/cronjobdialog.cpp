// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronjobdialog.h"

#include "cron/cronformat.h"
#include "cron/cronscheduleeditor.h"
#include "dialogs/dialogparts.h"
#include "validate/cronjobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

constexpr int secondsUnit = 1;
constexpr int minutesUnit = 60;

} // namespace

CronJobDialog::CronJobDialog(const model::CronJob &job, const QTimeZone &hostZone, bool isNew,
                             QWidget *parent)
    : QDialog(parent), m_job(job)
{
    auto *layout =
        startDialog(this, "cronJobDialog", isNew ? tr("Add a cron job") : tr("Edit a cron job"),
                    tr("The command runs on the host's clock (%1) as the site's user, with /bin/sh.")
                        .arg(QString::fromUtf8(hostZone.id())));
    auto *form = new QFormLayout;
    m_schedule = new CronScheduleEditor(this);
    m_schedule->setTimeZone(hostZone);
    m_schedule->setSchedule(job.schedule);
    form->addRow(tr("&When:"), m_schedule);
    m_command = new QLineEdit(job.command, this);
    m_command->setObjectName(QStringLiteral("cronCommand"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setPlaceholderText(QStringLiteral("php ~/public_html/cron.php")); // untranslated: a command
    form->addRow(tr("&Command:"), m_command);
    m_description = new QLineEdit(job.description, this);
    m_description->setObjectName(QStringLiteral("cronDescription"));
    m_description->setPlaceholderText(tr("What the job is for (optional)"));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Timeout:"), buildTimeout());
    m_overlap = new QComboBox(this);
    m_overlap->setObjectName(QStringLiteral("cronOverlap"));
    m_overlap->addItem(tr("Skip the new run"), cronOverlapCode(model::CronOverlap::Skip));
    m_overlap->addItem(tr("Wait for the last run to end"), cronOverlapCode(model::CronOverlap::Wait));
    m_overlap->setCurrentIndex(m_overlap->findData(cronOverlapCode(job.overlap)));
    form->addRow(tr("When the last run is still &going:"), m_overlap);
    form->addRow(tr("En&vironment:"), buildEnvironment());
    m_enabled = new QCheckBox(tr("&Enabled: cron runs the job on its schedule"), this);
    m_enabled->setObjectName(QStringLiteral("cronEnabled"));
    m_enabled->setChecked(job.enabled);
    form->addRow(QString(), m_enabled);
    m_mail = new QCheckBox(tr("&Mail the site's owners when a run fails"), this);
    m_mail->setObjectName(QStringLiteral("cronMailOnFailure"));
    m_mail->setChecked(job.mailOnFailure);
    form->addRow(QString(), m_mail);
    layout->addLayout(form);
    m_problems = problemLabel(this, "cronJobProblems");
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("cronJobOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_schedule, &CronScheduleEditor::changed, this, &CronJobDialog::check);
    connect(m_command, &QLineEdit::textChanged, this, &CronJobDialog::check);
    connect(m_description, &QLineEdit::textChanged, this, &CronJobDialog::check);
    connect(m_timeout, &QSpinBox::valueChanged, this, &CronJobDialog::check);
    connect(m_environment, &QTableWidget::itemChanged, this, &CronJobDialog::check);
    setWindowModality(Qt::WindowModal);
    check();
}

QWidget *CronJobDialog::buildTimeout()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_timeout = new QSpinBox(row);
    m_timeout->setObjectName(QStringLiteral("cronTimeout"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeoutUnit = new QComboBox(row);
    m_timeoutUnit->setObjectName(QStringLiteral("cronTimeoutUnit"));
    m_timeoutUnit->addItem(tr("seconds"), secondsUnit);
    m_timeoutUnit->addItem(tr("minutes"), minutesUnit);
    const bool minutes = m_job.timeoutSeconds % 60 == 0;
    m_timeoutUnit->setCurrentIndex(minutes ? 1 : 0);
    m_timeout->setRange(1, validate::CronLimits::maxTimeoutSeconds / (minutes ? minutesUnit : secondsUnit));
    m_timeout->setValue(m_job.timeoutSeconds / (minutes ? minutesUnit : secondsUnit));
    connect(m_timeoutUnit, &QComboBox::currentIndexChanged, this, [this] {
        // The same time in the other unit, as near as it goes.
        const int unit = m_timeoutUnit->currentData().toInt();
        const int seconds = m_timeout->value() * (unit == minutesUnit ? secondsUnit : minutesUnit);
        m_timeout->setRange(1, validate::CronLimits::maxTimeoutSeconds / unit);
        m_timeout->setValue(qMax(1, seconds / unit));
        check();
    });
    auto *note = new QLabel(tr("then it is stopped, with everything it started"), row);
    layout->addWidget(m_timeout);
    layout->addWidget(m_timeoutUnit);
    layout->addWidget(note, 1);
    return row;
}

QWidget *CronJobDialog::buildEnvironment()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_environment = new QTableWidget(0, 2, box);
    m_environment->setObjectName(QStringLiteral("cronEnvironment"));
    m_environment->setAccessibleName(tr("Environment variables"));
    m_environment->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->verticalHeader()->hide();
    m_environment->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environment->setMaximumHeight(m_environment->fontMetrics().lineSpacing() * 7);
    for (const model::CronVariable &variable : std::as_const(m_job.environment))
        addVariable(variable.name, variable.value);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add variable"), box);
    add->setObjectName(QStringLiteral("cronAddVariable"));
    m_removeVariable = new QPushButton(tr("&Remove variable"), box);
    m_removeVariable->setObjectName(QStringLiteral("cronRemoveVariable"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeVariable);
    buttons->addStretch();
    layout->addWidget(m_environment);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addVariable({}, {});
        const int row = m_environment->rowCount() - 1;
        m_environment->setCurrentCell(row, 0);
        m_environment->editItem(m_environment->item(row, 0));
    });
    connect(m_removeVariable, &QPushButton::clicked, this, [this] {
        if (m_environment->currentRow() >= 0)
            m_environment->removeRow(m_environment->currentRow());
        check();
    });
    return box;
}

void CronJobDialog::addVariable(const QString &name, const QString &value)
{
    const int row = m_environment->rowCount();
    m_environment->insertRow(row);
    m_environment->setItem(row, 0, new QTableWidgetItem(name));
    m_environment->setItem(row, 1, new QTableWidgetItem(value));
    check();
}

model::CronJob CronJobDialog::job() const
{
    model::CronJob job = m_job;
    job.schedule = m_schedule->schedule();
    job.command = m_command->text().trimmed();
    job.description = m_description->text().trimmed();
    job.timeoutSeconds = m_timeout->value() * m_timeoutUnit->currentData().toInt();
    job.overlap =
        model::cronOverlapFromCode(m_overlap->currentData().toString()).value_or(model::CronOverlap::Skip);
    job.environment.clear();
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *name = m_environment->item(row, 0);
        const QTableWidgetItem *value = m_environment->item(row, 1);
        job.environment.append(
            {name ? name->text().trimmed() : QString(), value ? value->text() : QString()});
    }
    job.enabled = m_enabled->isChecked();
    job.mailOnFailure = m_mail->isChecked();
    return job;
}

// What the panel would refuse, field by field; the schedule's own problem is shown beside it.
void CronJobDialog::check()
{
    if (!m_ok || !m_mail)
        return; // still being built
    const QString prefix = QStringLiteral("jobs[0].");
    QStringList lines;
    const QMap<QString, QString> problems = validate::cronJobsProblems({job()});
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const QString field = it.key().startsWith(prefix) ? it.key().mid(prefix.size()) : it.key();
        if (field == QLatin1String("schedule"))
            continue;
        const QString label = cronformat::jobFieldLabel(field);
        lines << (label.isEmpty() ? it.value() : tr("%1: %2").arg(label, it.value()));
    }
    m_problems->setText(problemsHtml(this, lines));
    m_problems->setVisible(!lines.isEmpty());
    m_removeVariable->setEnabled(m_environment->rowCount() > 0);
    m_ok->setEnabled(problems.isEmpty());
}

} // namespace mws::ui
