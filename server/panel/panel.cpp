// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panel.h"

#include "api/apisupport.h"
#include "apiareas.h"
#include "context.h"
#include "cronreports.h"
#include "database.h"
#include "http/requestgate.h"
#include "jobkinds.h"
#include "jobqueue.h"
#include "ravenverifier.h"
#include "shellaccess.h"
#include "sitehost.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslServer>
#include <QTimer>

#include <algorithm>

namespace mws::panel {

Q_LOGGING_CATEGORY(lcRequests, "mws.paneld.requests")

namespace {

// QHttpServer writes a response's head and body separately; with Nagle's algorithm on, the
// body then waits for the client's delayed ACK (40 ms) whenever it does not fit in the first
// segment. Responses are whole when written, so there is nothing to gain from coalescing.
// Each connection gets its RequestGate here, before QHttpServer connects to the socket.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        RequestGate::attach(socket);
        addPendingConnection(socket);
    }
};

// The request's path for the log, with secrets taken out: a browser's login link carries its
// flow token (/login/flow/<token>), and a token pasted anywhere else is a token all the same.
QString redactedPath(const QString &path)
{
    static const QStringList secretPrefixes{QStringLiteral("lf_"), QStringLiteral("lp_"),
                                            QStringLiteral("mws_")};
    QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool flowToken =
            i >= 2 && segments[i - 2] == QLatin1String("login") && segments[i - 1] == QLatin1String("flow");
        const bool looksSecret =
            std::any_of(secretPrefixes.cbegin(), secretPrefixes.cend(),
                        [&](const QString &prefix) { return segments[i].startsWith(prefix); });
        if (flowToken || looksSecret)
            segments[i] = QStringLiteral("{redacted}");
    }
    return segments.join(QLatin1Char('/'));
}

// Writes a file of the panel's after response's headers, from disk in parts as the client takes
// them (QHttpServerResponder owns the file and reads it as the socket drains).
void streamFile(QHttpServerResponder &responder, const QString &path, const QHttpServerResponse &response)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        responder.sendResponse(problemResponse(404, {}, QStringLiteral("The file is gone.")));
        return;
    }
    responder.write(file, response.headers(), response.statusCode());
}

} // namespace

Panel::Panel(const PanelConfig &config) : m_config(config) {}

Panel::~Panel() = default;

Result<std::unique_ptr<Panel>> Panel::create(const PanelConfig &config)
{
    std::unique_ptr<Panel> panel(new Panel(config));

    store::Database::Options options;
    if (config.databaseDriver == QLatin1String("postgres")) {
        options.driver = store::Database::Options::Driver::Postgres;
        options.host = config.databaseHost;
        options.port = config.databasePort;
        options.name = config.databaseName;
        options.user = config.databaseUser;
        options.password = config.databasePassword;
    } else {
        options.driver = store::Database::Options::Driver::Sqlite;
        options.sqlitePath = config.databasePath;
    }
    auto database = store::Database::open(options, QStringLiteral("mws-paneld"));
    if (!database.ok())
        return database.error();
    panel->m_database = std::move(database).value();
    panel->m_store = std::make_unique<store::Store>(*panel->m_database);

    raven::RavenVerifierConfig ravenConfig;
    for (auto it = config.wlsKeys.constBegin(); it != config.wlsKeys.constEnd(); ++it)
        ravenConfig.publicKeys.insert(it.key(), it.value().toUtf8());
    ravenConfig.callbackUrl = config.callbackUrl().toString();
    ravenConfig.clockSkewSeconds = config.clockSkewSeconds;
    ravenConfig.requireCurrent = config.requireCurrent;
    auto verifier = raven::RavenVerifier::create(ravenConfig);
    if (!verifier.ok())
        return verifier.error();
    panel->m_verifier = std::make_unique<raven::RavenVerifier>(std::move(verifier).value());

    if (config.host.enabled)
        panel->m_host = std::make_unique<host::SiteHost>(config.host, *panel->m_store,
                                                         [] { return QDateTime::currentDateTimeUtc(); });
    panel->m_context =
        std::make_unique<PanelContext>(PanelContext{panel->m_config, *panel->m_store, *panel->m_verifier});
    panel->m_context->host = panel->m_host.get();

    jobs::JobQueueConfig queue;
    // Unique to this run of this instance: a restarted panel finds its old claims lapsed.
    queue.owner = QStringLiteral("%1/%2")
                      .arg(config.jobsInstance)
                      .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    queue.hosts = {config.host.name};
    queue.leaseSeconds = config.jobLeaseSeconds;
    queue.maxRunning = config.jobsAtOnce;
    queue.singleInstance = options.driver == store::Database::Options::Driver::Sqlite;
    panel->m_jobs = std::make_unique<jobs::JobQueue>(*panel->m_store, queue,
                                                     [] { return QDateTime::currentDateTimeUtc(); });
    for (const JobKind &kind : jobKinds())
        if (std::unique_ptr<jobs::JobRunner> runner = kind.make(*panel->m_context))
            panel->m_jobs->addRunner(std::move(runner));
    panel->m_context->jobs = panel->m_jobs.get();
    if (panel->m_host)
        panel->m_host->setJobQueue(panel->m_jobs.get());

    Router &router = panel->m_router;
    PanelContext &context = *panel->m_context;
    // Anyone may ask, but a token that is sent must work, as on every route (caller.h).
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/health"),
               handled([&context](const Request &request) -> Handled {
                   if (auto caller = identify(context, request); !caller.ok())
                       return caller.error();
                   return jsonResponse(request,
                                       QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("version"), QStringLiteral(MWS_VERSION)}});
               }));
    for (const RegisterRoutes registerArea : apiAreas())
        registerArea(router, context);
    return panel;
}

Status Panel::prepareHost()
{
    if (!m_host)
        return {};
    if (Status prepared = m_host->prepare(); !prepared.ok())
        return prepared;
    if (m_config.host.shellAccess && !m_shellAccess)
        m_shellAccess = new host::ShellAccess(*m_host);
    if (m_shellAccess)
        if (Status prepared = m_shellAccess->prepare(); !prepared.ok())
            return prepared;
    if (Status prepared = host::CronReports::prepare(m_config.host); !prepared.ok())
        return prepared;
    return m_host->recover();
}

Status Panel::listen()
{
    if (Status prepared = prepareHost(); !prepared.ok())
        return prepared;
    if (m_host) {
        if (Status read = m_host->readCatalogue(); !read.ok())
            return read;
        m_host->startServing();
        if (m_shellAccess)
            m_shellAccess->start();
        (new host::CronReports(*m_host))->start();
        // "Writable for an hour" switches itself off: look for expired grants twice a minute
        // (more often when grants are shorter).
        m_docrootTimer = new QTimer(this);
        m_docrootTimer->setInterval(std::clamp(m_config.host.docrootWritableSeconds * 500, 500, 30'000));
        connect(m_docrootTimer, &QTimer::timeout, m_host.get(), [this] {
            // One panel of a host queues the locks, or two would race to queue the same one.
            if (m_host->isSupervising())
                m_host->lockExpiredDocumentRoots();
        });
        m_docrootTimer->start();
    }
    startHousekeeping();
    // Only a serving panel takes jobs (--check-config must change nothing). A job this panel
    // was running when it last stopped is recovered first (JobQueue::start).
    m_jobs->start();

    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request,
                                           QHttpServerResponder &responder) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        const RequestSummary summary{Router::methodName(request.method()), redactedPath(request.url().path()),
                                     request.remoteAddress().toString()};
        m_router.dispatch(
            request,
            [&](QHttpServerResponse response) { answer(responder, std::move(response), summary, *timer); },
            // A deferred route answers after this returns: the responder goes with its answer.
            [&]() -> Router::Reply {
                auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
                return [this, kept, timer, summary](QHttpServerResponse response) {
                    answer(*kept, std::move(response), summary, *timer);
                };
            });
    });

    if (m_config.usesTls()) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Backend,
                               QStringLiteral("Cannot read the TLS certificate or key."));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        if (chain.isEmpty() || key.isNull())
            return Error::make(Error::Kind::Invalid,
                               QStringLiteral("The TLS certificate or key is not valid PEM."));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        auto *server = new QSslServer(this);
        server->setSslConfiguration(ssl);
        // Emitted before the socket is handed to QHttpServer, so the gate's slot comes first.
        connect(server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            RequestGate::attach(socket);
        });
        m_listener = server;
    } else {
        m_listener = new LowDelayTcpServer(this);
    }
    if (!m_listener->listen(m_config.listenAddress, m_config.listenPort))
        return Error::make(Error::Kind::Backend, QStringLiteral("Cannot listen on %1:%2: %3")
                                                     .arg(m_config.listenAddress.toString())
                                                     .arg(m_config.listenPort)
                                                     .arg(m_listener->errorString()));
    if (!m_http->bind(m_listener))
        return Error::make(Error::Kind::Backend,
                           QStringLiteral("The HTTP server could not take the listener."));
    return {};
}

void Panel::startHousekeeping()
{
    // Once a minute is plenty; MWS_PANELD_HOUSEKEEPING_MS (tests only) makes it more often.
    bool isSet = false;
    const int testInterval = qEnvironmentVariableIntValue("MWS_PANELD_HOUSEKEEPING_MS", &isSet);
    m_housekeepingTimer = new QTimer(this);
    m_housekeepingTimer->setInterval(isSet && testInterval > 0 ? testInterval : 60'000);
    connect(m_housekeepingTimer, &QTimer::timeout, this, &Panel::pruneReplayCache);
    m_housekeepingTimer->start();
    pruneReplayCache();
}

// The replay cache keeps each accepted Raven answer only as long as a copy could still pass.
void Panel::pruneReplayCache()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_verifier->replayWindowSeconds());
    if (auto purged = m_store->purgeRavenResponses(cutoff); !purged.ok())
        qWarning("pruning the Raven replay cache failed: %s", qPrintable(purged.error().message));
}

quint16 Panel::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void Panel::answer(QHttpServerResponder &responder, QHttpServerResponse response,
                   const RequestSummary &summary, const QElapsedTimer &timer) const
{
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::XContentTypeOptions, "nosniff");
    if (!headers.contains(QHttpHeaders::WellKnownHeader::CacheControl))
        headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-cache");
    response.setHeaders(std::move(headers));
    const int status = int(response.statusCode());
    if (const QString file = takeStreamedFile(response); !file.isEmpty())
        streamFile(responder, file, response);
    else
        responder.sendResponse(response);
    logRequest(summary, status, timer.nsecsElapsed() / 1000);
}

void Panel::logRequest(const RequestSummary &request, int status, qint64 elapsedUs) const
{
    // Never the query string (a callback's carries a WLS-Response, which is replayable), nor a
    // token in the path (redactedPath).
    qCInfo(lcRequests).noquote() << QJsonDocument(QJsonObject{{QStringLiteral("method"), request.method},
                                                              {QStringLiteral("path"), request.path},
                                                              {QStringLiteral("status"), status},
                                                              {QStringLiteral("us"), elapsedUs},
                                                              {QStringLiteral("peer"), request.peer}})
                                        .toJson(QJsonDocument::Compact);
}

} // namespace mws::panel
