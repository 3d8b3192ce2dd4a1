// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "auth/accountstore.h"
#include "model/types.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace mws::cache {
class OfflineCache;
}

namespace mws::session {

// One signed-in account as the desktop shows it: the panel client, the offline cache, and the
// last known state of the sites, their members and activity. Everything is painted from the
// cache first and then revalidated with the panel (If-None-Match); while the panel cannot be
// reached, the cached state stays on show, read-only, and the session retries in the
// background until it answers again.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(auth::Account account, const QString &token, std::unique_ptr<cache::OfflineCache> cache,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    const auth::Account &account() const { return m_account; }
    api::PanelClient *client() const { return m_client; }
    // The account's offline cache: what the pages' SiteResourceLoaders show first.
    cache::OfflineCache *cache() const { return m_cache.get(); }
    bool isOnline() const { return m_online; }
    bool isStaff() const { return m_staff; }

    QList<model::Site> sites() const { return m_sites; }
    std::optional<model::Site> site(const QString &siteId) const;
    QList<model::SiteMember> members(const QString &siteId) const { return m_members.value(siteId); }
    QList<model::AuditEvent> activity(const QString &siteId) const { return m_activity.value(siteId); }

    // Paints from the cache, then asks the panel. Safe to call again at any time.
    void start();
    void refreshSites();
    void refreshSite(const QString &siteId);

Q_SIGNALS:
    void sitesChanged();
    void siteDetailsChanged(const QString &siteId);
    void onlineChanged(bool online);
    void staffChanged(); // the panel said whether the person is staff (isStaff())
    void signInNeeded(); // the panel refused the token
    void failure(const mws::Error &error);

private:
    void setOnline(bool online);
    void handleError(const Error &error);
    void loadSitesFromCache();
    void loadSiteFromCache(const QString &siteId);

    auth::Account m_account;
    api::PanelClient *m_client;
    std::unique_ptr<cache::OfflineCache> m_cache;
    bool m_online = true;
    bool m_staff = false;
    QList<model::Site> m_sites;
    QByteArray m_sitesEtag;
    QHash<QString, QList<model::SiteMember>> m_members;
    QHash<QString, QList<model::AuditEvent>> m_activity;
    QHash<QString, QByteArray> m_activityEtags;
    QTimer m_retryTimer;
};

} // namespace mws::session
