// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "staff/hypervisorconnection.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mws {

class Fleet;

// One action over a selection of VMs, at most `limit` at a time across the fleet, with a result
// per VM. cancel() starts no more VMs; those running finish and are reported, the rest are
// reported as not started. finished() comes once, after the last result.
class BulkAction : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString hypervisor;
        QUuid uuid;
        QString name;
    };

    struct Outcome
    {
        enum class Kind
        {
            Pending,
            Done,
            Failed,
            NotStarted // cancelled before its turn
        };
        Target target;
        Kind kind = Kind::Pending;
        Error error; // when Failed
    };

    BulkAction(Fleet *fleet, DomainAction action, QList<Target> targets, int limit,
               QObject *parent = nullptr);

    void start();
    void cancel();

    DomainAction action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int completed() const { return m_completed; }
    int total() const { return int(m_outcomes.size()); }
    // The most VMs that were ever in progress at once: never above the limit.
    int peakInFlight() const { return m_peak; }

Q_SIGNALS:
    void progress(int completed, int total);
    void finished();

private:
    void launchMore();
    void complete(qsizetype index, const Status &status);
    void finishIfDone();

    QPointer<Fleet> m_fleet;
    const DomainAction m_action;
    const int m_limit;
    QList<Outcome> m_outcomes;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_peak = 0;
    int m_completed = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace mws
