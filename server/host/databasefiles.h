// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Where a site's database exports and import uploads wait: <host root>/transfers/<site id>/,
// root's own (0700), never in the site's home, so that no site can swap a file or a link under
// the panel. An export is "<database>--<job id>.sql.gz" (a new export of a database replaces the
// one before). An upload is "<id>.part" with "<id>.json" beside it: the size announced first, what
// has come so far and for which database. Parts are appended at their offset only (a part for
// another offset is refused with what the panel has, so a client resumes from there), nothing
// beyond the announced size is taken, and an upload is refused at once when the disk cannot
// hold it with the site's other uploads still to come. The record is written once; how much has
// come is the data file's size and when, its time, so a part costs one write.

#include "hostconfig.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mws::host {

struct ImportUpload
{
    QString id; // 16 hex digits
    QString database;
    qint64 size = 0;
    qint64 received = 0;
    QString createdBy;
    QDateTime touchedAt; // the last part's time; an upload left a day is removed
    bool complete() const { return received == size; }
    QJsonObject toJson() const;
};

class DatabaseFiles
{
public:
    static constexpr int maxUploadsPerSite = 4;
    static constexpr qint64 freeSpaceMargin = qint64(64) << 20;
    static constexpr qint64 uploadLifetimeSeconds = 24 * 3600;

    DatabaseFiles(const HostConfig &config, QString siteId);

    QString folder() const;
    // Where the export made by a job goes, and the finished one (empty if there is none).
    QString exportPath(const QString &database, const QString &jobId) const;
    QString finishedExport(const QString &jobId) const;
    // Removes the database's exports but the one of keepJobId.
    void removeOtherExports(const QString &database, const QString &keepJobId) const;

    Result<ImportUpload> createUpload(const QString &database, qint64 size, const QString &crsid) const;
    Result<ImportUpload> upload(const QString &id) const;
    // Appends bytes at offset; Conflict (with the upload as it is) when offset is not where it ends.
    Result<ImportUpload> append(const QString &id, qint64 offset, const QByteArray &bytes) const;
    void removeUpload(const QString &id) const;
    QString uploadDataPath(const QString &id) const;

    static bool isUploadId(const QString &id);

private:
    Status ensureFolder() const;
    QList<ImportUpload> uploads() const;
    // One upload's record, with what has come; none for an unknown id or one left a day (removed).
    std::optional<ImportUpload> readUpload(const QString &id) const;
    Status save(const ImportUpload &upload) const;

    QString m_folder;
};

} // namespace mws::host
