// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/databasetransfers.h"

#include "api/panelcall.h"
#include "api/problem.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace mws::api {

namespace {

using json::check;
using json::Type;

QString sitePath(const QString &siteId, const QString &rest)
{
    return QStringLiteral("api/v1/sites/%1/%2").arg(segment(siteId), rest);
}

Result<DatabaseUpload> readUpload(const QJsonObject &json)
{
    if (auto checked = check(json, "upload",
                             {{"id", Type::String},
                              {"database", Type::String},
                              {"size", Type::Number},
                              {"received", Type::Number},
                              {"maxPartBytes", Type::Number}});
        !checked.ok())
        return checked.error();
    return DatabaseUpload{
        json.value(QLatin1String("id")).toString(), json.value(QLatin1String("database")).toString(),
        json.value(QLatin1String("size")).toInteger(), json.value(QLatin1String("received")).toInteger(),
        qBound(qint64(1024), json.value(QLatin1String("maxPartBytes")).toInteger(), qint64(64) << 20)};
}

// At most this much of the file is read ahead of what the panel has: one part.
Result<QByteArray> readPart(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return Error::make(Error::Kind::Backend,
                           ClientText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray part = file.read(size);
    if (part.size() != size)
        return Error::make(
            Error::Kind::Backend,
            ClientText::tr("%1 changed while it was being sent.").arg(QFileInfo(path).fileName()));
    return part;
}

} // namespace

QFuture<Result<model::Job>> DatabaseTransfersClient::exportDatabase(const QString &siteId,
                                                                    const QString &database)
{
    const QUrl url =
        m_client.url(sitePath(siteId, QStringLiteral("databases/%1/export").arg(segment(database))));
    return call(m_client, httpRequest("POST", url, false, jsonBytes({})), reading<model::Job>(&json::job));
}

QFuture<Status> DatabaseTransfersClient::download(const QString &siteId, const QString &jobId,
                                                  QIODevice *sink,
                                                  std::function<void(qint64, qint64)> progress)
{
    HttpRequest request = httpRequest(
        "GET", m_client.url(sitePath(siteId, QStringLiteral("database-exports/%1").arg(segment(jobId)))),
        false);
    request.sink = sink;
    request.progress = std::move(progress);
    return call(m_client, std::move(request), std::function([](const HttpResponse &) { return Status(); }));
}

QFuture<Result<DatabaseUpload>> DatabaseTransfersClient::createUpload(const QString &siteId,
                                                                      const QString &database, qint64 size)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("database-imports")));
    return call(m_client,
                httpRequest("POST", url, false,
                            jsonBytes({{QStringLiteral("database"), database},
                                       {QStringLiteral("size"), double(size)}})),
                reading<DatabaseUpload>(&readUpload));
}

QFuture<Result<DatabaseUpload>> DatabaseTransfersClient::upload(const QString &siteId, const QString &id)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("database-imports/%1").arg(segment(id))));
    return call(m_client, httpRequest("GET", url, true), reading<DatabaseUpload>(&readUpload));
}

QFuture<Result<DatabaseUpload>> DatabaseTransfersClient::sendPart(const QString &siteId, const QString &id,
                                                                  qint64 offset, const QByteArray &part)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("database-imports/%1").arg(segment(id))),
                                  {{QStringLiteral("offset"), QString::number(offset)}});
    HttpRequest request = httpRequest("PUT", url, false, part);
    request.contentType = "application/octet-stream";
    return call(m_client, std::move(request), reading<DatabaseUpload>(&readUpload));
}

QFuture<Status> DatabaseTransfersClient::cancelUpload(const QString &siteId, const QString &id)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("database-imports/%1").arg(segment(id))));
    return call(m_client, httpRequest("DELETE", url, true), std::function(&noContent));
}

QFuture<Result<model::Job>> DatabaseTransfersClient::applyImport(const QString &siteId, const QString &id,
                                                                 const QString &confirmName)
{
    const QUrl url =
        m_client.url(sitePath(siteId, QStringLiteral("database-imports/%1/apply").arg(segment(id))));
    return call(m_client,
                httpRequest("POST", url, false, jsonBytes({{QStringLiteral("confirmName"), confirmName}})),
                reading<model::Job>(&json::job));
}

DatabaseImportUpload::DatabaseImportUpload(PanelClient *client, QString siteId, QString database,
                                           QString path, QObject *parent)
    : QObject(parent), m_client(client), m_siteId(std::move(siteId)), m_database(std::move(database)),
      m_path(std::move(path))
{}

void DatabaseImportUpload::start()
{
    m_size = QFileInfo(m_path).size();
    if (m_size <= 0)
        return fail(
            Error::make(Error::Kind::Invalid,
                        ClientText::tr("%1 is empty or cannot be read.").arg(QFileInfo(m_path).fileName())));
    DatabaseTransfersClient(*m_client)
        .createUpload(m_siteId, m_database, m_size)
        .then(this, [this](const Result<DatabaseUpload> &created) {
            if (!stillWanted())
                return;
            if (!created.ok())
                return fail(created.error());
            m_upload = *created;
            sendFrom(0);
        });
}

void DatabaseImportUpload::sendFrom(qint64 offset)
{
    Q_EMIT progress(offset, m_size);
    if (offset >= m_size)
        return apply();
    const qint64 size = qMin(m_upload.maxPartBytes, m_size - offset);
    QtConcurrent::run(&readPart, m_path, offset, size)
        .then(this, [this, offset](const Result<QByteArray> &part) {
            if (!stillWanted())
                return;
            if (!part.ok())
                return fail(part.error());
            DatabaseTransfersClient(*m_client)
                .sendPart(m_siteId, m_upload.id, offset, *part)
                .then(this, [this, offset](const Result<DatabaseUpload> &sent) { partSent(offset, sent); });
        });
}

void DatabaseImportUpload::partSent(qint64 offset, const Result<DatabaseUpload> &sent)
{
    if (!stillWanted())
        return;
    if (sent.ok())
        return sendFrom(sent->received);
    // Refused for its offset (a part whose answer was lost arrived after all): ask where the
    // upload ends and go on from there, a few times at most.
    if (sent.error().kind != Error::Kind::Conflict || ++m_resumes > 3)
        return fail(sent.error());
    Q_UNUSED(offset)
    DatabaseTransfersClient(*m_client)
        .upload(m_siteId, m_upload.id)
        .then(this, [this](const Result<DatabaseUpload> &state) {
            if (!stillWanted())
                return;
            if (!state.ok())
                return fail(state.error());
            sendFrom(state->received);
        });
}

void DatabaseImportUpload::apply()
{
    DatabaseTransfersClient(*m_client)
        .applyImport(m_siteId, m_upload.id, m_database)
        .then(this, [this](const Result<model::Job> &job) {
            if (!stillWanted())
                return;
            if (!job.ok())
                return fail(job.error());
            m_ended = true;
            Q_EMIT queued(*job);
            deleteLater();
        });
}

void DatabaseImportUpload::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_client && !m_upload.id.isEmpty())
        DatabaseTransfersClient(*m_client).cancelUpload(m_siteId, m_upload.id);
    Q_EMIT cancelled();
    deleteLater();
}

void DatabaseImportUpload::fail(const Error &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_client && !m_upload.id.isEmpty())
        DatabaseTransfersClient(*m_client).cancelUpload(m_siteId, m_upload.id);
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace mws::api
