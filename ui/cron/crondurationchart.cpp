// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/crondurationchart.h"

#include "cron/cronformat.h"
#include "dialogs/dialogparts.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace mws::ui {

namespace {

constexpr int maxBarWidth = 18;
constexpr int gap = 2;

} // namespace

CronDurationChart::CronDurationChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cronDurationChart"));
    setAccessibleName(tr("Run durations"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CronDurationChart::setRuns(const QList<model::CronRunRecord> &runs)
{
    m_runs = runs;
    std::reverse(m_runs.begin(), m_runs.end());
    update();
}

QSize CronDurationChart::sizeHint() const
{
    return {320, fontMetrics().height() * 5};
}

QSize CronDurationChart::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 4};
}

QRect CronDurationChart::plotRect() const
{
    const int text = fontMetrics().height();
    return rect().adjusted(2, text + 2, -2, -2);
}

qint64 CronDurationChart::longest() const
{
    qint64 longest = 0;
    for (const model::CronRunRecord &run : m_runs)
        longest = std::max(longest, run.durationMs);
    return std::max<qint64>(longest, 1);
}

QRect CronDurationChart::barRect(int index) const
{
    if (index < 0 || index >= m_runs.size())
        return {};
    const QRect plot = plotRect();
    const int slot = std::min(maxBarWidth + gap, std::max(2, plot.width() / int(m_runs.size())));
    const model::CronRunRecord &run = m_runs.at(index);
    int height = int(double(run.durationMs) / double(longest()) * plot.height());
    if (run.outcome == model::CronOutcome::Skipped)
        height = 2;
    height = std::clamp(height, 1, plot.height());
    return QRect(plot.left() + index * slot, plot.bottom() - height + 1, std::max(1, slot - gap), height);
}

void CronDurationChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_runs.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No runs yet"));
        return;
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("Longest: %1").arg(cronformat::durationText(longest())));
    for (int i = 0; i < m_runs.size(); ++i) {
        const model::CronRunRecord &run = m_runs.at(i);
        QColor colour = palette().color(QPalette::Highlight);
        if (run.failed())
            colour = problemColor(this);
        else if (run.outcome == model::CronOutcome::Skipped || run.outcome == model::CronOutcome::Running)
            colour = palette().color(QPalette::Mid);
        painter.fillRect(barRect(i), colour);
    }
}

bool CronDurationChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int i = 0; i < m_runs.size(); ++i) {
        QRect bar = barRect(i);
        bar.setTop(plotRect().top()); // the whole column, so that a short bar is easy to point at
        if (!bar.contains(help->pos()))
            continue;
        const model::CronRunRecord &run = m_runs.at(i);
        QToolTip::showText(help->globalPos(),
                           tr("%1: %2, %3")
                               .arg(cronformat::localTime(run.startedAt),
                                    cronformat::outcomeText(run.outcome),
                                    cronformat::durationText(run.durationMs)),
                           this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace mws::ui
