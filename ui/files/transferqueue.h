// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sftpsession.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>

#include <functional>

namespace mws::ui {

// One upload or download in the Files tab's queue.
struct Transfer
{
    enum class Direction
    {
        Upload,
        Download
    };
    enum class State
    {
        Waiting,
        Running,
        Done,
        Failed,
        Cancelled
    };

    Direction direction = Direction::Upload;
    QString localPath;
    QString remotePath;
    QString site;     // the site it belongs to: retried only while that site's files are open
    qint64 size = -1; // the whole file, -1 where unknown
    State state = State::Waiting;
    qint64 doneBytes = 0;      // of the file, a resumed part included
    qint64 resumedFrom = 0;    // what a partial file held when it started
    qint64 bytesPerSecond = 0; // while running
    QString reason;            // why it failed or was cancelled

    QString name() const;
    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
};

// The Files tab's transfers as a table (direction, name, size, state), without widgets. They run
// one at a time, in the order queued, through the starter (SftpSession's upload() or download());
// there is none while no session is open, and then they wait. A waiting one can be cancelled (it
// never runs), a running one is cancelled at its next chunk; a failed or cancelled one can be
// queued again, and SftpSession resumes it from its partial file.
class TransferQueue : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DirectionColumn,
        NameColumn,
        SizeColumn,
        StateColumn,
        ColumnCount
    };
    using Starter = std::function<QFuture<Result<TransferSummary>>(const Transfer &)>;

    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The session to run transfers on, for `site`; transfers start at once if some wait.
    void setStarter(const QString &site, Starter starter);
    // The session ends: what runs or waits is cancelled, with `reason`, and nothing starts.
    void stop(const QString &reason);

    // Adds a transfer at the end; returns its row.
    int enqueue(Transfer::Direction direction, const QString &localPath, const QString &remotePath,
                qint64 size);
    void cancel(int row);
    bool canRetry(int row) const;
    void retry(int row);
    void remove(int row); // a finished one
    void clearFinished();

    const Transfer &transfer(int row) const { return m_transfers.at(row); }
    bool isRunning() const { return m_running >= 0; }
    bool hasFinished() const;

    static QString stateText(const Transfer &transfer);

Q_SIGNALS:
    // A transfer ended (done, failed or cancelled while running).
    void finished(const mws::ui::Transfer &transfer);

private:
    void startNext();
    void onProgress(int kibibytes);
    void onFinished();
    void endRunning(Transfer::State state, const QString &reason);
    void changed(int row);

    QList<Transfer> m_transfers;
    QString m_site;
    Starter m_starter;
    int m_running = -1; // the row running, or -1
    QPointer<QFutureWatcher<Result<TransferSummary>>> m_watcher;
    QElapsedTimer m_clock;    // since the running one's first progress
    qint64 m_firstBytes = -1; // what it held then: the speed leaves a resumed part out
};

} // namespace mws::ui
