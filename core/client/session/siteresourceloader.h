// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "util/error.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace mws::session {

class AccountSession;

// One resource a site page shows: the key it is kept under in the account's offline cache and
// how it is fetched, a GET that honours If-None-Match (the panel answers 304 while the ETag is
// current). of() turns a typed PanelClient call into one.
struct SiteResource
{
    using Fetch =
        std::function<QFuture<Result<api::Fetched<QJsonObject>>>(api::PanelClient *, const QByteArray &)>;

    QString cacheKey; // "site/<id>/hosting"; keys without a site are shared by the account's sites
    Fetch fetch;

    template <typename T, typename Get> static SiteResource of(QString cacheKey, Get get)
    {
        return {std::move(cacheKey), [get](api::PanelClient *client, const QByteArray &ifNoneMatch) {
                    return get(client, ifNoneMatch)
                        .then([](const Result<api::Fetched<T>> &typed) -> Result<api::Fetched<QJsonObject>> {
                            if (!typed.ok())
                                return typed.error();
                            return api::Fetched<QJsonObject>{typed->notModified ? QJsonObject()
                                                                                : typed->value.toJson(),
                                                             typed->etag, typed->notModified};
                        });
                }};
    }
};

// Loads the resources of the selected site that a group of pages shows, cached: what was last
// fetched is shown at once from the account's offline cache while the panel is asked again
// (with If-None-Match once this run has seen the resource: an unchanged one costs a 304; a
// changed one replaces the copy in the cache). While the panel cannot be reached, the cached copy stays on
// show and isConfirmed() says it is not known to be current. Headless: the pages say what it means.
class SiteResourceLoader : public QObject
{
    Q_OBJECT

public:
    using Resources = std::function<QList<SiteResource>(const QString &siteId)>;

    explicit SiteResourceLoader(Resources resources, QObject *parent = nullptr);

    // Loads the site's resources if it is another site than before, or if they are not loaded.
    void setSite(AccountSession *session, const QString &siteId);
    // Nothing to load for this site (no site, or one that is not active).
    void unload();
    // Asks the panel again (with If-None-Match).
    void reload();

    AccountSession *session() const { return m_session; }
    QString siteId() const { return m_siteId; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    // The panel has confirmed what is shown since it was read from the cache.
    bool isConfirmed() const { return m_confirmed; }
    // In the order resources() gave them.
    QJsonObject value(int index) const { return m_values.value(index); }
    QByteArray etag(int index) const { return m_etags.value(index); }

Q_SIGNALS:
    void loading();                       // nothing is known yet
    void loaded();                        // new values, from the cache or from the panel
    void failed(const mws::Error &error); // nothing to show: the panel did not answer and none was cached
    void settled();                       // a load has ended, whatever came of it

private:
    struct Round;
    void readCache(quint64 generation);
    void revalidate(quint64 generation);
    void fetchNext(const std::shared_ptr<Round> &round, int index);
    std::shared_ptr<Round> newRound(quint64 generation) const;
    void finishRound(const std::shared_ptr<Round> &round);
    bool current(quint64 generation) const { return generation == m_generation && m_session; }

    struct Known
    {
        QJsonObject value;
        QByteArray etag;
    };

    Resources m_resources;
    QHash<QString, Known> m_known; // what the panel last sent this run, by cache key: for If-None-Match
    QPointer<AccountSession> m_session;
    QString m_siteId;
    QList<SiteResource> m_current;
    QList<QJsonObject> m_values;
    QList<QByteArray> m_etags;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_confirmed = false;
    quint64 m_generation = 0; // answers for an earlier site or load are dropped
};

} // namespace mws::session
