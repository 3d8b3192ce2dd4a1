// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/transferqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace mws::ui {

QString Transfer::name() const
{
    return QFileInfo(direction == Direction::Upload ? localPath : remotePath).fileName();
}

TransferQueue::TransferQueue(QObject *parent) : QAbstractTableModel(parent) {}

TransferQueue::~TransferQueue()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->future().cancel();
    }
}

int TransferQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

int TransferQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferQueue::stateText(const Transfer &transfer)
{
    const QLocale locale;
    switch (transfer.state) {
    case Transfer::State::Waiting:
        return tr("Waiting");
    case Transfer::State::Running:
        if (transfer.size <= 0)
            return tr("Running");
        return tr("%1% at %2/s")
            .arg(int(transfer.doneBytes * 100 / transfer.size))
            .arg(locale.formattedDataSize(transfer.bytesPerSecond));
    case Transfer::State::Done:
        return transfer.resumedFrom > 0
                   ? tr("Done (resumed at %1)").arg(locale.formattedDataSize(transfer.resumedFrom))
                   : tr("Done");
    case Transfer::State::Failed:
        return tr("Failed: %1").arg(transfer.reason);
    case Transfer::State::Cancelled:
        return transfer.reason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(transfer.reason);
    }
    return {};
}

QVariant TransferQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_transfers.size())
        return {};
    const Transfer &transfer = m_transfers.at(index.row());
    const bool upload = transfer.direction == Transfer::Direction::Upload;
    if (role == Qt::ToolTipRole)
        return upload ? tr("%1 to %2").arg(QDir::toNativeSeparators(transfer.localPath), transfer.remotePath)
                      : tr("%1 to %2").arg(transfer.remotePath, QDir::toNativeSeparators(transfer.localPath));
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DirectionColumn:
        return upload ? tr("Upload") : tr("Download");
    case NameColumn:
        return transfer.name();
    case SizeColumn:
        return transfer.size < 0 ? QString() : QLocale().formattedDataSize(transfer.size);
    case StateColumn:
        return stateText(transfer);
    default:
        return {};
    }
}

QVariant TransferQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DirectionColumn:
        return tr("Transfer");
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void TransferQueue::setStarter(const QString &site, Starter starter)
{
    m_site = site;
    m_starter = std::move(starter);
    startNext();
}

void TransferQueue::stop(const QString &reason)
{
    m_starter = nullptr;
    if (m_running >= 0)
        endRunning(Transfer::State::Cancelled, reason);
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers[row].state == Transfer::State::Waiting) {
            m_transfers[row].state = Transfer::State::Cancelled;
            m_transfers[row].reason = reason;
            changed(row);
        }
    }
}

int TransferQueue::enqueue(Transfer::Direction direction, const QString &localPath, const QString &remotePath,
                           qint64 size)
{
    const int row = int(m_transfers.size());
    beginInsertRows({}, row, row);
    Transfer transfer;
    transfer.direction = direction;
    transfer.localPath = localPath;
    transfer.remotePath = remotePath;
    transfer.site = m_site;
    transfer.size = size;
    m_transfers << transfer;
    endInsertRows();
    startNext();
    return row;
}

void TransferQueue::cancel(int row)
{
    if (row < 0 || row >= m_transfers.size())
        return;
    if (row == m_running) {
        // Stops at its next chunk; onFinished() tells how it ended.
        if (m_watcher)
            m_watcher->future().cancel();
        return;
    }
    if (m_transfers[row].state == Transfer::State::Waiting) {
        m_transfers[row].state = Transfer::State::Cancelled;
        m_transfers[row].reason.clear();
        changed(row);
    }
}

bool TransferQueue::canRetry(int row) const
{
    if (row < 0 || row >= m_transfers.size() || !m_starter)
        return false;
    const Transfer &transfer = m_transfers.at(row);
    return transfer.site == m_site &&
           (transfer.state == Transfer::State::Failed || transfer.state == Transfer::State::Cancelled);
}

void TransferQueue::retry(int row)
{
    if (!canRetry(row))
        return;
    Transfer &transfer = m_transfers[row];
    transfer.state = Transfer::State::Waiting;
    transfer.reason.clear();
    transfer.doneBytes = 0;
    transfer.bytesPerSecond = 0;
    changed(row);
    startNext();
}

void TransferQueue::remove(int row)
{
    if (row < 0 || row >= m_transfers.size() || !m_transfers.at(row).isFinished())
        return;
    beginRemoveRows({}, row, row);
    m_transfers.removeAt(row);
    if (m_running > row)
        --m_running;
    endRemoveRows();
}

void TransferQueue::clearFinished()
{
    for (int row = int(m_transfers.size()) - 1; row >= 0; --row)
        if (m_transfers.at(row).isFinished())
            remove(row);
}

bool TransferQueue::hasFinished() const
{
    return std::any_of(m_transfers.cbegin(), m_transfers.cend(),
                       [](const Transfer &transfer) { return transfer.isFinished(); });
}

// The first waiting one (oldest first), if nothing runs and a session is open. (stop() leaves
// none waiting, so all that wait are for the current session's site.)
void TransferQueue::startNext()
{
    if (m_running >= 0 || !m_starter)
        return;
    const auto next = std::find_if(m_transfers.cbegin(), m_transfers.cend(), [](const Transfer &transfer) {
        return transfer.state == Transfer::State::Waiting;
    });
    if (next == m_transfers.cend())
        return;
    m_running = int(next - m_transfers.cbegin());
    Transfer &transfer = m_transfers[m_running];
    transfer.state = Transfer::State::Running;
    transfer.resumedFrom = 0;
    m_firstBytes = -1;
    changed(m_running);
    auto *watcher = new QFutureWatcher<Result<TransferSummary>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &TransferQueue::onProgress);
    connect(watcher, &QFutureWatcherBase::finished, this, &TransferQueue::onFinished);
    watcher->setFuture(m_starter(transfer));
}

// Progress comes in KiB; the first value is where it starts (a resumed part).
void TransferQueue::onProgress(int kibibytes)
{
    if (m_running < 0)
        return;
    Transfer &transfer = m_transfers[m_running];
    transfer.doneBytes = qint64(kibibytes) * 1024;
    if (transfer.size >= 0)
        transfer.doneBytes = std::min(transfer.doneBytes, transfer.size);
    if (m_firstBytes < 0) {
        m_firstBytes = transfer.doneBytes;
        m_clock.start();
    } else if (const qint64 elapsed = m_clock.elapsed(); elapsed > 0) {
        transfer.bytesPerSecond = (transfer.doneBytes - m_firstBytes) * 1000 / elapsed;
    }
    changed(m_running);
}

void TransferQueue::onFinished()
{
    if (m_running < 0 || !m_watcher)
        return;
    const QFuture<Result<TransferSummary>> done = m_watcher->future();
    if (done.isCanceled() || done.resultCount() == 0)
        return endRunning(Transfer::State::Cancelled, {});
    const Result<TransferSummary> &result = done.result();
    if (!result.ok()) {
        const bool cancelled = result.error().kind == Error::Kind::Cancelled;
        return endRunning(cancelled ? Transfer::State::Cancelled : Transfer::State::Failed,
                          cancelled ? QString() : result.error().message);
    }
    Transfer &transfer = m_transfers[m_running];
    transfer.size = result->size;
    transfer.doneBytes = result->size;
    transfer.resumedFrom = result->resumedFrom;
    endRunning(Transfer::State::Done, {});
}

// The running one ends in `state`; the next one starts (unless the session is gone).
void TransferQueue::endRunning(Transfer::State state, const QString &reason)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->future().cancel();
        m_watcher->deleteLater();
    }
    const int row = m_running;
    m_running = -1;
    Transfer &transfer = m_transfers[row];
    transfer.state = state;
    transfer.reason = reason;
    transfer.bytesPerSecond = 0;
    changed(row);
    const Transfer ended = transfer; // a slot may remove the row
    Q_EMIT finished(ended);
    startNext();
}

void TransferQueue::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace mws::ui
