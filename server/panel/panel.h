// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config.h"
#include "context.h"
#include "http/router.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>

#include <memory>

class QHttpServer;
class QTcpServer;
class QTimer;

namespace mws::store {
class Database;
} // namespace mws::store
namespace mws::host {
class ShellAccess;
}

namespace mws::panel {

// The reference control panel: its store, its Raven verifier and its HTTP(S) API, assembled
// from a checked configuration.
class Panel : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Panel>> create(const PanelConfig &config);
    ~Panel() override;

    // Writes the web servers' main files and undoes a change a crash interrupted (when the
    // panel manages a host). listen() does this first.
    Status prepareHost();
    // Listens on the configured address (TLS when a certificate is configured).
    Status listen();
    host::SiteHost *siteHost() const { return m_host.get(); }
    jobs::JobQueue *jobQueue() const { return m_jobs.get(); }
    quint16 port() const;
    QStringList routes() const { return m_router.routeList(); }

private:
    explicit Panel(const PanelConfig &config);
    struct RequestSummary
    {
        QString method;
        QString path; // without its query, secrets redacted
        QString peer;
    };
    void logRequest(const RequestSummary &request, int status, qint64 elapsedUs) const;
    // Sends an answer with the headers every answer has, and logs it.
    void answer(QHttpServerResponder &responder, QHttpServerResponse response, const RequestSummary &summary,
                const QElapsedTimer &timer) const;
    void startHousekeeping();
    void pruneReplayCache();

    PanelConfig m_config;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<raven::RavenVerifier> m_verifier;
    std::unique_ptr<host::SiteHost> m_host;
    std::unique_ptr<jobs::JobQueue> m_jobs;
    std::unique_ptr<PanelContext> m_context;
    QTimer *m_docrootTimer = nullptr;
    host::ShellAccess *m_shellAccess = nullptr; // the host's child, with shell access enabled
    QTimer *m_housekeepingTimer = nullptr;
    Router m_router;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_listener = nullptr;
};

} // namespace mws::panel
