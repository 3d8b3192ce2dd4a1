// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Files page's queue of uploads and downloads, under the list: the table TransferQueue
// models, and buttons to cancel, retry and remove the selected one and to clear finished ones.
#include "files/filespage.h"
#include "files/transferqueue.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

QWidget *FilesPage::makeQueueBox()
{
    m_queue = new TransferQueue(this);
    m_queueBox = new QWidget(this);
    m_queueBox->setObjectName(QStringLiteral("filesQueue"));
    auto *layout = new QVBoxLayout(m_queueBox);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Transfers"), m_queueBox);
    layout->addWidget(heading);

    m_queueView = new QTableView(m_queueBox);
    m_queueView->setObjectName(QStringLiteral("filesQueueView"));
    m_queueView->setAccessibleName(tr("Transfers"));
    m_queueView->setModel(m_queue);
    m_queueView->verticalHeader()->hide();
    m_queueView->setWordWrap(false);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_queueView->horizontalHeader();
    header->setSectionResizeMode(TransferQueue::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TransferQueue::StateColumn, QHeaderView::Stretch);
    layout->addWidget(m_queueView, 1);

    auto *buttons = new QHBoxLayout;
    m_queueCancel = namedButton(tr("Cancel Transfer"), QStringLiteral("filesQueueCancel"), m_queueBox,
                                tr("Stop the selected transfer, or take it out of the queue before it runs"));
    m_queueRetry = namedButton(tr("Retry"), QStringLiteral("filesQueueRetry"), m_queueBox,
                               tr("Queue it again: it continues where it stopped"));
    m_queueRemove = namedButton(tr("Remove"), QStringLiteral("filesQueueRemove"), m_queueBox,
                                tr("Take the selected finished transfer off the list"));
    m_queueClear = namedButton(tr("Clear Finished"), QStringLiteral("filesQueueClear"), m_queueBox,
                               tr("Take every finished, failed and cancelled transfer off the list"));
    buttons->addStretch(1);
    for (QPushButton *button : {m_queueCancel, m_queueRetry, m_queueRemove, m_queueClear})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    connect(m_queueCancel, &QPushButton::clicked, this, [this] { m_queue->cancel(selectedTransfer()); });
    connect(m_queueRetry, &QPushButton::clicked, this, [this] { m_queue->retry(selectedTransfer()); });
    connect(m_queueRemove, &QPushButton::clicked, this, [this] { m_queue->remove(selectedTransfer()); });
    connect(m_queueClear, &QPushButton::clicked, m_queue, &TransferQueue::clearFinished);
    connect(m_queue, &TransferQueue::finished, this, &FilesPage::onTransferFinished);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &FilesPage::updateQueueState);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, &FilesPage::updateQueueState);
    connect(m_queue, &QAbstractItemModel::dataChanged, this, &FilesPage::updateQueueState);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilesPage::updateQueueState);
    return m_queueBox;
}

// The session is open: the queue runs on it, for this site.
void FilesPage::startQueue()
{
    m_queue->setStarter(m_view.siteId, [this](const Transfer &transfer) {
        return transfer.direction == Transfer::Direction::Upload
                   ? m_sftp->upload(transfer.localPath, transfer.remotePath)
                   : m_sftp->download(transfer.remotePath, transfer.localPath);
    });
}

// An upload into the folder shown appears in it; a failure is said in the status line too.
void FilesPage::onTransferFinished(const Transfer &transfer)
{
    const bool upload = transfer.direction == Transfer::Direction::Upload;
    if (transfer.state == Transfer::State::Failed)
        setMessage(transfer.reason);
    else if (transfer.state == Transfer::State::Done && !upload)
        setMessage(tr("Downloaded to %1.").arg(QDir::toNativeSeparators(transfer.localPath)));
    const qsizetype slash = transfer.remotePath.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash <= 0 ? QStringLiteral("/") : transfer.remotePath.left(slash);
    // A listing asked for meanwhile ran after the transfer, and shows it already.
    if (upload && transfer.state == Transfer::State::Done && isConnected() && !m_working &&
        folder == m_folder)
        openFolder(m_folder);
}

int FilesPage::selectedTransfer() const
{
    const QModelIndexList rows = m_queueView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FilesPage::updateQueueState()
{
    m_queueBox->setVisible(m_queue->rowCount() > 0);
    const int row = selectedTransfer();
    const bool selected = row >= 0 && row < m_queue->rowCount();
    const Transfer::State state = selected ? m_queue->transfer(row).state : Transfer::State::Done;
    m_queueCancel->setEnabled(selected &&
                              (state == Transfer::State::Waiting || state == Transfer::State::Running));
    m_queueRetry->setEnabled(selected && m_queue->canRetry(row));
    m_queueRemove->setEnabled(selected && m_queue->transfer(row).isFinished());
    m_queueClear->setEnabled(m_queue->hasFinished());
}

} // namespace mws::ui
