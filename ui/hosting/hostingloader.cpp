#include "hosting/hostingloader.h"

#include "models/sitelistmodel.h"
#include "session/accountsession.h"

#include <QScopeGuard>

namespace mws::ui {

HostingLoader::HostingLoader(QObject *parent) : QObject(parent) {}

bool HostingLoader::siteIsActive(QString *explanation) const
{
    const auto site = m_session ? m_session->site(m_siteId) : std::nullopt;
    if (!site) {
        *explanation = tr("No site selected.");
        return false;
    }
    if (site->status != model::SiteStatus::Active) {
        *explanation =
            tr("%1 is not active (%2). Web sites, PHP and Apache settings can be changed while a site is "
               "active.")
                .arg(site->name, statusText(site->status));
        return false;
    }
    return true;
}

void HostingLoader::setSite(session::AccountSession *session, const QString &siteId)
{
    const bool sameSite = session == m_session && siteId == m_siteId;
    if (!sameSite) {
        m_session = session;
        m_siteId = siteId;
        m_etag.clear();
        m_loaded = false;
        m_loading = false;
        ++m_generation;
        if (session && !m_watched.contains(session)) {
            m_watched.insert(session);
            connect(session, &QObject::destroyed, this, [this, session] {
                m_catalogues.remove(session);
                m_watched.remove(session);
                m_withoutHosting.remove(session);
            });
        }
    }
    QString explanation;
    if (!siteIsActive(&explanation)) {
        const bool wasShown = m_loaded || m_loading || !sameSite;
        m_loaded = false;
        m_loading = false;
        m_etag.clear();
        ++m_generation;
        if (wasShown || !sameSite)
            Q_EMIT cleared(explanation);
        return;
    }
    if (!sameSite || (!m_loaded && !m_loading))
        reload();
}

void HostingLoader::refresh()
{
    m_catalogues.remove(m_session.data());
    m_withoutHosting.remove(m_session.data());
    reload();
}

void HostingLoader::reload()
{
    QString explanation;
    if (!siteIsActive(&explanation)) {
        Q_EMIT cleared(explanation);
        return;
    }
    if (const auto why = m_withoutHosting.constFind(m_session.data()); why != m_withoutHosting.cend()) {
        Q_EMIT cleared(*why);
        return;
    }
    if (!m_loaded)
        Q_EMIT cleared(QString());
    m_loading = true;
    const quint64 generation = ++m_generation;
    const auto known = m_catalogues.constFind(m_session.data());
    if (known != m_catalogues.cend())
        return loadHosting(*known);
    const QPointer<session::AccountSession> session = m_session;
    m_session->client()->hostingCatalogue().then(
        this, [this, generation, session](const Result<model::HostingCatalogue> &catalogue) {
            if (generation != m_generation || !session)
                return;
            if (!catalogue.ok())
                return failed(catalogue.error());
            m_catalogues.insert(session.data(), *catalogue);
            loadHosting(*catalogue);
        });
}

void HostingLoader::loadHosting(const model::HostingCatalogue &catalogue)
{
    const quint64 generation = m_generation;
    m_session->client()
        ->hosting(m_siteId, m_loaded ? m_etag : QByteArray())
        .then(this, [this, generation, catalogue](const Result<api::Fetched<model::SiteHosting>> &hosting) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!hosting.ok())
                return failed(hosting.error());
            if (!hosting->notModified) {
                m_etag = hosting->etag;
                m_loaded = true;
                Q_EMIT loaded(hosting->value, catalogue);
            }
            Q_EMIT settled();
        });
}

void HostingLoader::failed(const Error &error)
{
    m_loading = false;
    const auto settle = qScopeGuard([this] { Q_EMIT settled(); });
    if (error.kind == Error::Kind::Cancelled)
        return;
    // Offline, what was loaded stays on show (read-only); otherwise say why there is nothing.
    if (m_loaded && (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout))
        return;
    m_loaded = false;
    m_etag.clear();
    if (error.kind == Error::Kind::Unavailable || error.httpStatus == 503) {
        // Kept for the account until File → Refresh: asking again for every site would only wait.
        const QString why =
            tr("There are no web sites, PHP or Apache settings to show: %1 Use File → Refresh to "
               "ask again.")
                .arg(error.message);
        m_withoutHosting.insert(m_session.data(), why);
        Q_EMIT cleared(why);
    } else if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout)
        Q_EMIT cleared(
            tr("The site's web hosting could not be loaded: the control panel cannot be reached."));
    else
        Q_EMIT cleared(tr("The site's web hosting could not be loaded: %1").arg(error.message));
}

} // namespace mws::ui
