#pragma once

#include "model/hosting.h"
#include "util/error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// Loads what the selected site serves: the panel's hosting catalogue (once per account) and the
// site's hosting with its ETag, again on reload() (with If-None-Match, so an unchanged site
// costs a 304). A site that is not active, or a panel without web servers, gets a sentence
// saying why there is nothing to show instead.
class HostingLoader : public QObject
{
    Q_OBJECT

public:
    explicit HostingLoader(QObject *parent = nullptr);

    // Loads the site's hosting if it is another site than before, or if it was not loaded yet.
    void setSite(session::AccountSession *session, const QString &siteId);
    void reload();
    // As reload(), but also asks again for what is kept per account (the catalogue, or that the
    // panel has no web servers): File → Refresh.
    void refresh();

    QString siteId() const { return m_siteId; }
    QByteArray etag() const { return m_etag; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // Nothing to show: explanation says why (empty while loading).
    void cleared(const QString &explanation);
    void loaded(const mws::model::SiteHosting &hosting, const mws::model::HostingCatalogue &catalogue);
    // A load has ended, whatever came of it (loaded, unchanged, failed).
    void settled();

private:
    void loadHosting(const model::HostingCatalogue &catalogue);
    void failed(const Error &error);
    bool siteIsActive(QString *explanation) const;

    QPointer<session::AccountSession> m_session;
    QString m_siteId;
    QByteArray m_etag;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0; // answers for an earlier site or load are dropped
    QHash<const session::AccountSession *, model::HostingCatalogue> m_catalogues;
    QSet<const session::AccountSession *> m_watched;
    QHash<const session::AccountSession *, QString> m_withoutHosting; // their panels answered 503: why
};

} // namespace mws::ui
