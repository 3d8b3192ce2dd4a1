// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The wrapper's work, in the order it happens: the job, the lock that keeps its runs apart, the
// panel's socket, the command and its output.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mws::cronrun {

struct Job
{
    QString id;
    QString command;
    int timeoutSeconds = 3600;
    bool skipWhenRunning = true;
    QList<QPair<QByteArray, QByteArray>> environment;
    QString socketPath; // the panel's
    QString lockPath;   // in the site's own run folder
};

std::optional<Job> readJob(const QJsonObject &jobsFile, const QString &id);

// Runs the job once and returns the wrapper's exit status (the command's, or 1 when it did not
// run). echo: copy the output to standard output as well (the panel's job log reads it).
int runJob(const Job &job, const QString &trigger, const QString &token, bool echo);

// The first and the last part of a stream, each at most `limit` bytes.
class OutputKeeper
{
public:
    explicit OutputKeeper(qsizetype limit = 64 * 1024) : m_limit(limit) {}
    void add(const char *data, qsizetype size);
    QByteArray head() const { return m_head; }
    QByteArray tail() const; // what came after the head, its last `limit` bytes
    qint64 total() const { return m_total; }

private:
    qsizetype m_limit;
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_total = 0;
};

// One connection to the panel: a JSON object a line each way. Every call is bounded in time.
class PanelLink
{
public:
    explicit PanelLink(const QString &socketPath);
    ~PanelLink();
    bool isOpen() const { return m_fd >= 0; }
    bool send(const QJsonObject &message);
    std::optional<QJsonObject> receive(int timeoutMs);

private:
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace mws::cronrun
