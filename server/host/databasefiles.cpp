// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databasefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <sys/statvfs.h>

namespace mws::host {

namespace {

Error filesError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Backend, message, detail);
}

ImportUpload uploadFromJson(const QJsonObject &json)
{
    return ImportUpload{json[QStringLiteral("id")].toString(),
                        json[QStringLiteral("database")].toString(),
                        qint64(json[QStringLiteral("size")].toDouble()),
                        qint64(json[QStringLiteral("received")].toDouble()),
                        json[QStringLiteral("createdBy")].toString(),
                        QDateTime::fromString(json[QStringLiteral("touchedAt")].toString(), Qt::ISODate)};
}

qint64 freeBytes(const QString &folder)
{
    struct statvfs fs{};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

} // namespace

QJsonObject ImportUpload::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("database"), database},
            {QStringLiteral("size"), double(size)},
            {QStringLiteral("received"), double(received)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("touchedAt"), touchedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

DatabaseFiles::DatabaseFiles(const HostConfig &config, QString siteId)
    : m_folder(config.root + QStringLiteral("/transfers/") + siteId)
{}

QString DatabaseFiles::folder() const
{
    return m_folder;
}

bool DatabaseFiles::isUploadId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(id).hasMatch();
}

Status DatabaseFiles::ensureFolder() const
{
    if (!QDir().mkpath(m_folder))
        return filesError(QStringLiteral("The folder %1 cannot be made.").arg(m_folder));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QString DatabaseFiles::exportPath(const QString &database, const QString &jobId) const
{
    return m_folder + QLatin1Char('/') + database + QStringLiteral("--") + jobId + QStringLiteral(".sql.gz");
}

QString DatabaseFiles::finishedExport(const QString &jobId) const
{
    const QStringList found =
        QDir(m_folder).entryList({QStringLiteral("*--") + jobId + QStringLiteral(".sql.gz")}, QDir::Files);
    return found.size() == 1 ? m_folder + QLatin1Char('/') + found.first() : QString();
}

void DatabaseFiles::removeOtherExports(const QString &database, const QString &keepJobId) const
{
    const QString keep = QFileInfo(exportPath(database, keepJobId)).fileName();
    for (const QString &name : QDir(m_folder).entryList({database + QStringLiteral("--*")}, QDir::Files))
        if (name != keep)
            QFile::remove(m_folder + QLatin1Char('/') + name);
}

QString DatabaseFiles::uploadDataPath(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + QStringLiteral(".part");
}

std::optional<ImportUpload> DatabaseFiles::readUpload(const QString &id) const
{
    QFile file(m_folder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    ImportUpload upload = uploadFromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (upload.id != id)
        return std::nullopt;
    // What has come is what the data file holds: a part is written there and nowhere else.
    const QFileInfo data(uploadDataPath(id));
    upload.received = data.size();
    upload.touchedAt = data.lastModified().toUTC();
    if (!upload.touchedAt.isValid() ||
        upload.touchedAt.secsTo(QDateTime::currentDateTimeUtc()) > uploadLifetimeSeconds) {
        removeUpload(id);
        return std::nullopt;
    }
    return upload;
}

QList<ImportUpload> DatabaseFiles::uploads() const
{
    QList<ImportUpload> found;
    for (const QString &name : QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files))
        if (const QString id = name.chopped(5); isUploadId(id))
            if (std::optional<ImportUpload> upload = readUpload(id))
                found << *upload;
    return found;
}

Status DatabaseFiles::save(const ImportUpload &upload) const
{
    QSaveFile file(m_folder + QLatin1Char('/') + upload.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(upload.toJson()).toJson()) < 0 ||
        !file.commit())
        return filesError(QStringLiteral("The upload's record cannot be written."), file.errorString());
    return {};
}

Result<ImportUpload> DatabaseFiles::createUpload(const QString &database, qint64 size,
                                                 const QString &crsid) const
{
    if (Status made = ensureFolder(); !made.ok())
        return made.error();
    const QList<ImportUpload> waiting = uploads();
    if (waiting.size() >= maxUploadsPerSite)
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("The site has %1 uploads under way already; finish or cancel one first.")
                .arg(waiting.size()));
    qint64 stillToCome = 0;
    for (const ImportUpload &other : waiting)
        stillToCome += other.size - other.received;
    const qint64 available = freeBytes(m_folder);
    if (available < 0 || size + stillToCome + freeSpaceMargin > available) {
        Error error =
            Error::make(Error::Kind::Conflict,
                        QStringLiteral("The host has no room for %1 bytes: %2 bytes are free, %3 of "
                                       "them promised to the site's other uploads.")
                            .arg(size)
                            .arg(qMax<qint64>(available, 0))
                            .arg(stillToCome));
        error.httpStatus = 507;
        return error;
    }
    ImportUpload upload{
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0'),
        database,
        size,
        0,
        crsid,
        QDateTime::currentDateTimeUtc()};
    QFile data(uploadDataPath(upload.id));
    if (!data.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return filesError(QStringLiteral("The upload's file cannot be made."), data.errorString());
    if (Status saved = save(upload); !saved.ok()) {
        data.remove();
        return saved.error();
    }
    return upload;
}

Result<ImportUpload> DatabaseFiles::upload(const QString &id) const
{
    std::optional<ImportUpload> found = isUploadId(id) ? readUpload(id) : std::nullopt;
    if (!found)
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no upload %1.").arg(id));
    return *found;
}

Result<ImportUpload> DatabaseFiles::append(const QString &id, qint64 offset, const QByteArray &bytes) const
{
    Result<ImportUpload> found = upload(id);
    if (!found.ok())
        return found;
    ImportUpload current = *found;
    if (offset != current.received) {
        Error error = Error::make(
            Error::Kind::Conflict,
            QStringLiteral("The upload has %1 bytes; send the part at offset %1.").arg(current.received));
        return error;
    }
    if (bytes.size() > current.size - current.received)
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("The part goes beyond the %1 bytes announced.").arg(current.size));
    QFile data(uploadDataPath(id));
    if (!data.open(QIODevice::ReadWrite) || !data.seek(offset) || data.write(bytes) != bytes.size() ||
        !data.flush()) {
        const QString reason = data.errorString();
        data.resize(offset); // what did not fully arrive is not kept
        Error error = filesError(QStringLiteral("The part could not be stored."), reason);
        error.httpStatus = 507;
        return error;
    }
    data.close();
    current.received += bytes.size();
    current.touchedAt = QDateTime::currentDateTimeUtc();
    return current;
}

void DatabaseFiles::removeUpload(const QString &id) const
{
    if (!isUploadId(id))
        return;
    QFile::remove(uploadDataPath(id));
    QFile::remove(m_folder + QLatin1Char('/') + id + QStringLiteral(".json"));
}

} // namespace mws::host
