// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <utility>

namespace mws::api {

class RequestEngine;

// Where a panel is and how to trust it: the system's CAs, or exactly one pinned certificate
// (self-hosted panels and the demo). A bad certificate is never accepted silently.
struct PanelEndpoint
{
    QUrl baseUrl;                    // e.g. https://panel.mws.example
    QByteArray pinnedCertificatePem; // empty: the system trust store
};

// A value with the ETag it came with. notModified: the server answered 304 to If-None-Match,
// and value is empty; the caller's cached copy is still current.
template <typename T> struct Fetched
{
    T value;
    QByteArray etag;
    bool notModified = false;
};

template <typename T> struct Page
{
    QList<T> items;
    int total = 0;
    int offset = 0;
    int limit = 0;
};

struct Me
{
    model::User user;
    bool elevated = false;
    QDateTime elevatedUntil;
    QString tokenId;
    QList<std::pair<QString, model::Role>> roles; // siteId, role
};

struct LoginFlowStart
{
    QUrl loginUrl;
    QUrl pollUrl;
    QString pollToken;
    int intervalSeconds = 2;
    int expiresInSeconds = 0;
};

// One answer of the poll: still pending, or done with the token (given out once).
struct LoginPoll
{
    bool done = false;
    int intervalSeconds = 2;
    QString token;
    model::ApiToken tokenInfo;
};

struct SiteListQuery
{
    QString text;
    bool allSites = false; // staff mode: every site, not just mine
    int offset = 0;
    int limit = 50;
};

struct SiteChanges
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> contactEmail;
};

struct NewSite
{
    QString name;
    QString description;
    QString contactEmail;
    QString owner; // staff mode only
};

enum class SiteAction
{
    Approve,
    Suspend,
    Unsuspend,
    Disable,
    Enable,
    Delete
};

struct AuditFilter
{
    QString siteId; // empty: service-wide (staff mode)
    QString actor;
    QString actionPrefix;
    int offset = 0;
    int limit = 50;
};

// The panel's API outside the areas (sign-in, sites, members, jobs, audit), one call per
// operation; each area's calls are in its own request file on this client's engine (hosting:
// HostingClient in hostingrequest.h). Every call returns at once with a QFuture that
// finishes on the client's thread; cancelling the future aborts the request (the future then
// ends cancelled and without a result: Qt drops results reported after cancel(); a call still
// in flight when the client is destroyed ends with Error::Kind::Cancelled). Errors are
// mws::Error with a message a user can act on (problem+json detail and field errors kept).
// Idempotent calls (GET, PUT, DELETE) and creates (which carry an Idempotency-Key) are
// retried with back-off after network failures and a gateway's 502/503/504 (one that is not the
// panel's own problem+json answer); other calls are not.
class PanelClient : public QObject
{
    Q_OBJECT

public:
    explicit PanelClient(PanelEndpoint endpoint, QObject *parent = nullptr);
    ~PanelClient() override;

    const PanelEndpoint &endpoint() const;
    void setToken(const QString &token);
    QString token() const;
    void setTimeout(std::chrono::milliseconds perAttempt);                  // default 15 s
    void setRetries(int maxAttempts, std::chrono::milliseconds firstDelay); // default 3, 300 ms, doubling
    bool isReachable() const; // whether the last request reached the panel (true before the first)

    // Sign-in (anonymous) and staff mode.
    QFuture<Result<LoginFlowStart>> startLogin(const QString &clientName);
    QFuture<Result<LoginPoll>> pollLogin(const LoginFlowStart &flow);
    QFuture<Result<LoginFlowStart>> startElevation(const QString &clientName);

    QFuture<Result<Me>> me();
    QFuture<Result<QList<model::ApiToken>>> tokens();
    QFuture<Status> revokeToken(const QString &tokenId); // "current": sign out

    QFuture<Result<Fetched<Page<model::Site>>>> sites(const SiteListQuery &query,
                                                      const QByteArray &ifNoneMatch = {});
    QFuture<Result<Fetched<model::Site>>> site(const QString &siteId, const QByteArray &ifNoneMatch = {});
    // Sends If-Match: ifMatch. A stale tag fails with Error::Kind::PreconditionFailed.
    QFuture<Result<Fetched<model::Site>>> updateSite(const QString &siteId, const SiteChanges &changes,
                                                     const QByteArray &ifMatch);
    QFuture<Result<model::Site>> createSite(const NewSite &site);
    QFuture<Result<model::Site>> changeSiteStatus(const QString &siteId, SiteAction action,
                                                  const QString &reason = {});

    QFuture<Result<QList<model::SiteMember>>> members(const QString &siteId);
    QFuture<Result<model::SiteMember>> putMember(const QString &siteId, const QString &crsid,
                                                 model::Role role);
    QFuture<Status> removeMember(const QString &siteId, const QString &crsid);
    QFuture<Result<model::SiteMember>> becomeSupporter(const QString &siteId);

    QFuture<Result<Fetched<Page<model::AuditEvent>>>> audit(const AuditFilter &filter,
                                                            const QByteArray &ifNoneMatch = {});
    QFuture<Result<Page<model::Job>>> jobs(const QString &siteId, int offset = 0, int limit = 50);
    QFuture<Result<model::Job>> job(const QString &jobId);
    QFuture<Result<QList<model::JobLogLine>>> jobLog(const QString &jobId, int afterSeq = 0);
    QFuture<Result<model::Job>> cancelJob(const QString &jobId);

    // What the calls above, and each area's requests (hostingrequest.h), are sent through (see
    // panelcall.h): the panel's URL for a path relative to it (invalid if an id in the path would
    // lead to another route), and the engine with this client's token, trust, time-outs and retries.
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    RequestEngine &engine();

Q_SIGNALS:
    // The token was refused (401): the user must sign in again. Emitted once per refusal.
    void unauthenticated();
    // Whether the last request reached the panel; the app goes read-only while it does not.
    void reachableChanged(bool reachable);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mws::api
