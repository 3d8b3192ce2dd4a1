// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cron.h"

#include <QList>
#include <QWidget>

namespace mws::ui {

// How long a job's runs took, oldest on the left: one bar a run, its height the run's duration
// against the longest shown (written at the top), failed and timed-out runs in the problem colour,
// skipped ones as a short grey mark. A bar's tooltip says when, how long and how it ended.
class CronDurationChart : public QWidget
{
    Q_OBJECT

public:
    explicit CronDurationChart(QWidget *parent = nullptr);

    // runs: newest first, as the panel lists them.
    void setRuns(const QList<model::CronRunRecord> &runs);
    int barCount() const { return int(m_runs.size()); }
    // The bar of the run, in the widget's coordinates (empty if it is not shown).
    QRect barRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    qint64 longest() const;

    QList<model::CronRunRecord> m_runs; // oldest first
};

} // namespace mws::ui
