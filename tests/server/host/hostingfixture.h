// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the site host's end-to-end tests share: a panel with real web servers, owners signed in,
// changes applied and waited for, pages fetched through the front with curl, and commands run
// as a site's own Unix user.
#include "../api/apitestbase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace mws::test {

struct Page
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
    QString error;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
};

struct Ran
{
    int exitCode = -1;
    QByteArray output;
};

inline bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Runs a shell command as a Unix user, the way its owner's SSH session would.
inline Ran runAs(const QString &user, const QString &command, int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
                   QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                   QStringLiteral("-c"), command});
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return Ran{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

// Fetches a page through the front, as a visitor would: over HTTP, or over HTTPS trusting only
// caFile.
inline Page fetchPage(quint16 port, const QString &host, const QString &path = QStringLiteral("/"),
                      const QString &caFile = {})
{
    const bool https = !caFile.isEmpty();
    QStringList arguments{QStringLiteral("-sS"),
                          QStringLiteral("-D"),
                          QStringLiteral("-"),
                          QStringLiteral("--max-time"),
                          QStringLiteral("10"),
                          QStringLiteral("--resolve"),
                          QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(port)};
    if (https)
        arguments << QStringLiteral("--cacert") << caFile;
    arguments << QStringLiteral("%1://%2:%3%4")
                     .arg(https ? QStringLiteral("https") : QStringLiteral("http"), host)
                     .arg(port)
                     .arg(path);
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    curl.waitForFinished(20000);
    Page page;
    const QByteArray out = curl.readAllStandardOutput();
    const qsizetype split = out.indexOf("\r\n\r\n");
    page.headers = out.left(split).replace("\r", "");
    page.body = split < 0 ? QByteArray() : out.mid(split + 4);
    page.status = page.headers.split(' ').value(1).toInt();
    page.error = QString::fromUtf8(curl.readAllStandardError());
    return page;
}

class HostingClient
{
public:
    HostingClient(HttpClient &http, PanelProcess &panel) : m_http(http), m_panel(panel) {}

    QJsonObject hosting(const QString &siteId, const QString &token)
    {
        return m_http.getJson(m_panel.url(QStringLiteral("/api/v1/sites/%1/hosting").arg(siteId)), token)
            .json();
    }

    // Sends a change with the current version; returns the finished job, or the refusal (its
    // "status" is the HTTP status then).
    QJsonObject apply(const QByteArray &method, const QString &siteId, const QString &path,
                      const QJsonObject &body, const QString &token)
    {
        const QByteArray version =
            m_http.getJson(m_panel.url(QStringLiteral("/api/v1/sites/%1/hosting").arg(siteId)), token)
                .header("ETag");
        const HttpReply reply =
            m_http.sendJson(method, m_panel.url(QStringLiteral("/api/v1/sites/%1%2").arg(siteId, path)), body,
                            token, {{"If-Match", version}});
        if (reply.status != 202) {
            QJsonObject refusal = reply.json();
            refusal.insert(QStringLiteral("status"), reply.status);
            return refusal;
        }
        return waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
    }

    QJsonObject waitForJob(const QString &jobId, const QString &token)
    {
        QJsonObject job;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            job = m_http.getJson(m_panel.url(QStringLiteral("/api/v1/jobs/") + jobId), token).json();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("succeeded") || state == QLatin1String("failed") ||
                state == QLatin1String("cancelled"))
                return job;
            QTest::qWait(50);
        }
        return job;
    }

private:
    HttpClient &m_http;
    PanelProcess &m_panel;
};

} // namespace mws::test
