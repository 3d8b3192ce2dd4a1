// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/accountsession.h"

#include "cache/offlinecache.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mws::session {

namespace {

// How long to wait before asking an unreachable panel again.
constexpr int retryIntervalMs = 5000;

const QString sitesKey = QStringLiteral("sites");
QString membersKey(const QString &siteId)
{
    return QStringLiteral("site/%1/members").arg(siteId);
}
QString activityKey(const QString &siteId)
{
    return QStringLiteral("site/%1/activity").arg(siteId);
}

template <typename T> QByteArray listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

template <typename T> QList<T> listFromJson(const QByteArray &bytes)
{
    QList<T> items;
    for (const QJsonValue &value : QJsonDocument::fromJson(bytes).array())
        items.append(T::fromJson(value.toObject()));
    return items;
}

} // namespace

AccountSession::AccountSession(auth::Account account, const QString &token,
                               std::unique_ptr<cache::OfflineCache> cache, QObject *parent)
    : QObject(parent), m_account(std::move(account)),
      m_client(new api::PanelClient({m_account.panelUrl, m_account.pinnedCertificatePem}, this)),
      m_cache(std::move(cache))
{
    m_client->setToken(token);
    connect(m_client, &api::PanelClient::unauthenticated, this, &AccountSession::signInNeeded);
    connect(m_client, &api::PanelClient::reachableChanged, this, &AccountSession::setOnline);
    m_retryTimer.setInterval(retryIntervalMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AccountSession::refreshSites);
}

AccountSession::~AccountSession() = default;

std::optional<model::Site> AccountSession::site(const QString &siteId) const
{
    for (const model::Site &site : m_sites)
        if (site.id == siteId)
            return site;
    return std::nullopt;
}

void AccountSession::start()
{
    m_cache->open().then(this, [this](const Status &) {
        loadSitesFromCache();
        refreshSites();
    });
    m_client->me().then(this, [this](const Result<api::Me> &me) {
        if (me.ok() && me->user.staff != m_staff) {
            m_staff = me->user.staff;
            Q_EMIT staffChanged();
        }
    });
}

void AccountSession::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online)
        m_retryTimer.start();
    Q_EMIT onlineChanged(online);
    if (online) {
        refreshSites();
    }
}

void AccountSession::handleError(const Error &error)
{
    if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout) {
        setOnline(false);
        m_retryTimer.start();
        return;
    }
    if (error.kind != Error::Kind::Unauthenticated && error.kind != Error::Kind::Cancelled)
        Q_EMIT failure(error);
}

void AccountSession::loadSitesFromCache()
{
    m_cache->get(sitesKey).then(this, [this](const std::optional<cache::OfflineCache::Entry> &entry) {
        // The network may have answered first; its state is newer.
        if (!entry || !m_sites.isEmpty())
            return;
        m_sites = listFromJson<model::Site>(entry->body);
        m_sitesEtag = entry->etag;
        Q_EMIT sitesChanged();
    });
}

void AccountSession::refreshSites()
{
    api::SiteListQuery query;
    query.limit = 500;
    m_client->sites(query, m_sites.isEmpty() ? QByteArray() : m_sitesEtag)
        .then(this, [this](const Result<api::Fetched<api::Page<model::Site>>> &fetched) {
            if (!fetched.ok())
                return handleError(fetched.error());
            setOnline(true);
            const QDateTime now = Clock::nowUtc();
            if (fetched->notModified) {
                (void)m_cache->touch(sitesKey, now);
                return;
            }
            m_sites = fetched->value.items;
            m_sitesEtag = fetched->etag;
            (void)m_cache->put(sitesKey, listToJson(m_sites), m_sitesEtag, now);
            Q_EMIT sitesChanged();
        });
}

void AccountSession::loadSiteFromCache(const QString &siteId)
{
    m_cache->get(membersKey(siteId))
        .then(this, [this, siteId](const std::optional<cache::OfflineCache::Entry> &entry) {
            if (!entry || m_members.contains(siteId))
                return;
            m_members.insert(siteId, listFromJson<model::SiteMember>(entry->body));
            Q_EMIT siteDetailsChanged(siteId);
        });
    m_cache->get(activityKey(siteId))
        .then(this, [this, siteId](const std::optional<cache::OfflineCache::Entry> &entry) {
            if (!entry || m_activity.contains(siteId))
                return;
            m_activity.insert(siteId, listFromJson<model::AuditEvent>(entry->body));
            m_activityEtags.insert(siteId, entry->etag);
            Q_EMIT siteDetailsChanged(siteId);
        });
}

void AccountSession::refreshSite(const QString &siteId)
{
    loadSiteFromCache(siteId);
    m_client->members(siteId).then(this, [this, siteId](const Result<QList<model::SiteMember>> &members) {
        if (!members.ok())
            return handleError(members.error());
        m_members.insert(siteId, members.value());
        (void)m_cache->put(membersKey(siteId), listToJson(members.value()), {}, Clock::nowUtc());
        Q_EMIT siteDetailsChanged(siteId);
    });
    api::AuditFilter filter;
    filter.siteId = siteId;
    filter.limit = 200;
    m_client->audit(filter, m_activity.contains(siteId) ? m_activityEtags.value(siteId) : QByteArray())
        .then(this, [this, siteId](const Result<api::Fetched<api::Page<model::AuditEvent>>> &fetched) {
            if (!fetched.ok())
                return handleError(fetched.error());
            if (fetched->notModified)
                return;
            m_activity.insert(siteId, fetched->value.items);
            m_activityEtags.insert(siteId, fetched->etag);
            (void)m_cache->put(activityKey(siteId), listToJson(fetched->value.items), fetched->etag,
                               Clock::nowUtc());
            Q_EMIT siteDetailsChanged(siteId);
        });
}

} // namespace mws::session
