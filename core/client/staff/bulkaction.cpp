// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/bulkaction.h"

#include "staff/fleet.h"

#include <algorithm>
#include <utility>

namespace mws {

BulkAction::BulkAction(Fleet *fleet, DomainAction action, QList<Target> targets, int limit, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_action(action), m_limit(std::max(1, limit))
{
    m_outcomes.reserve(targets.size());
    for (Target &target : targets)
        m_outcomes.append(Outcome{std::move(target), Outcome::Kind::Pending, {}});
}

void BulkAction::start()
{
    if (std::exchange(m_started, true))
        return;
    launchMore();
    finishIfDone(); // an empty selection
}

void BulkAction::cancel()
{
    m_cancelled = true;
    finishIfDone();
}

void BulkAction::launchMore()
{
    while (!m_cancelled && m_inFlight < m_limit && m_next < m_outcomes.size() && m_fleet) {
        const qsizetype index = m_next++;
        const Target &target = m_outcomes[index].target;
        ++m_inFlight;
        m_peak = std::max(m_peak, m_inFlight);
        // Continuations run from the event loop, never inside this loop (a future that failed at
        // once would otherwise re-enter it); a call cancelled with its connection still counts.
        m_fleet->perform(target.hypervisor, target.uuid, m_action)
            .then(this,
                  [this, index](const Status &status) {
                      QMetaObject::invokeMethod(
                          this, [this, index, status] { complete(index, status); }, Qt::QueuedConnection);
                  })
            .onCanceled(this, [this, index] {
                complete(index,
                         Error::make(Error::Kind::Cancelled,
                                     tr("The connection to the hypervisor went away during the action.")));
            });
    }
}

void BulkAction::complete(qsizetype index, const Status &status)
{
    Outcome &outcome = m_outcomes[index];
    outcome.kind = status.ok() ? Outcome::Kind::Done : Outcome::Kind::Failed;
    if (!status.ok())
        outcome.error = status.error();
    --m_inFlight;
    ++m_completed;
    Q_EMIT progress(m_completed, total());
    launchMore();
    finishIfDone();
}

void BulkAction::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || (!m_cancelled && m_next < m_outcomes.size() && m_fleet))
        return;
    m_finished = true;
    for (qsizetype i = m_next; i < m_outcomes.size(); ++i)
        m_outcomes[i].kind = Outcome::Kind::NotStarted;
    Q_EMIT finished();
}

} // namespace mws
