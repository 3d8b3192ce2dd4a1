// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace mws::cache {

// The last state of each resource the app has seen, per account, in SQLite: the body as the
// panel sent it, its ETag and when it was fetched. The app paints from it at once, works
// read-only from it while the panel is unreachable, and revalidates with If-None-Match.
//
// All disk work runs on the cache's own worker thread; results come back as QFutures. A cache
// that cannot be read (corrupt, or from a newer version) is moved aside and rebuilt empty:
// losing a cache is never fatal, it is only slower.
class OfflineCache : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QByteArray body;
        QByteArray etag;
        QDateTime fetchedAt;
    };

    // The default file for an account: <AppDataLocation>/cache/<hash of panel URL + crsid>.sqlite
    static QString defaultPath(const QUrl &panelUrl, const QString &crsid);

    explicit OfflineCache(QString path, QObject *parent = nullptr);
    ~OfflineCache() override;

    // Opens (or creates, migrates, rebuilds) the file; call once before anything else.
    QFuture<Status> open();
    QString path() const { return m_path; }
    // True if open() found the file unreadable and started afresh.
    bool wasRebuilt() const;

    QFuture<std::optional<Entry>> get(const QString &key);
    QFuture<Status> put(const QString &key, const QByteArray &body, const QByteArray &etag,
                        const QDateTime &fetchedAt);
    // Marks an entry as still current (after a 304) without rewriting its body.
    QFuture<Status> touch(const QString &key, const QDateTime &fetchedAt);
    QFuture<Status> removePrefix(const QString &keyPrefix);
    QFuture<Status> clear();

private:
    struct Worker;
    QString m_path;
    std::unique_ptr<Worker> m_worker;
};

} // namespace mws::cache
