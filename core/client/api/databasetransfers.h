// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "model/types.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QIODevice;

namespace mws::api {

// An import's upload as the panel has it: how much has come (where the next part goes).
struct DatabaseUpload
{
    QString id;
    QString database;
    qint64 size = 0;
    qint64 received = 0;
    qint64 maxPartBytes = 1 << 20;
};

// The calls of a database's export and import (docs/api/openapi.json, "database-exports",
// "database-imports"). None is retried: a part sent twice is refused for its offset anyway, and
// DatabaseImportUpload asks where the upload ends instead.
class DatabaseTransfersClient
{
public:
    explicit DatabaseTransfersClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<model::Job>> exportDatabase(const QString &siteId, const QString &database);
    // The dump of a finished export, written into sink as it comes (never whole in memory).
    QFuture<Status> download(const QString &siteId, const QString &jobId, QIODevice *sink,
                             std::function<void(qint64 received, qint64 total)> progress = {});

    QFuture<Result<DatabaseUpload>> createUpload(const QString &siteId, const QString &database, qint64 size);
    QFuture<Result<DatabaseUpload>> upload(const QString &siteId, const QString &id);
    QFuture<Result<DatabaseUpload>> sendPart(const QString &siteId, const QString &id, qint64 offset,
                                             const QByteArray &part);
    QFuture<Status> cancelUpload(const QString &siteId, const QString &id);
    // confirmName: the database's name typed back by the person importing.
    QFuture<Result<model::Job>> applyImport(const QString &siteId, const QString &id,
                                            const QString &confirmName);

private:
    PanelClient &m_client;
};

// Uploads a dump file and queues its import: the size is announced, the parts are read off the
// GUI thread and sent one at a time (a part refused for its offset resumes from where the panel
// says the upload ends), and the import is applied with the name typed back. Cancelling removes
// what was sent. Emits exactly one of queued, failed or cancelled, then deletes itself.
class DatabaseImportUpload : public QObject
{
    Q_OBJECT

public:
    DatabaseImportUpload(PanelClient *client, QString siteId, QString database, QString path,
                         QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void queued(const mws::model::Job &job);
    void failed(const mws::Error &error);
    void cancelled();

private:
    void sendFrom(qint64 offset);
    void partSent(qint64 offset, const Result<DatabaseUpload> &result);
    void apply();
    void fail(const Error &error);
    bool stillWanted() const { return m_client && !m_ended; }

    QPointer<PanelClient> m_client;
    QString m_siteId;
    QString m_database;
    QString m_path;
    DatabaseUpload m_upload;
    qint64 m_size = 0;
    int m_resumes = 0;
    bool m_ended = false;
};

} // namespace mws::api
