// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/siteresourceloader.h"

#include "cache/offlinecache.h"
#include "session/accountsession.h"
#include "util/clock.h"

#include <QJsonDocument>

namespace mws::session {

// What one round (all cache reads, or all fetches) has gathered until its last answer is in.
struct SiteResourceLoader::Round
{
    quint64 generation = 0;
    int pending = 0;
    QList<std::optional<api::Fetched<QJsonObject>>> answers;
    std::optional<Error> error;
};

SiteResourceLoader::SiteResourceLoader(Resources resources, QObject *parent)
    : QObject(parent), m_resources(std::move(resources))
{}

void SiteResourceLoader::setSite(AccountSession *session, const QString &siteId)
{
    if (session == m_session && siteId == m_siteId && (m_loaded || m_loading))
        return;
    if (session != m_session)
        m_known.clear();
    if (session != m_session || siteId != m_siteId) {
        m_session = session;
        m_siteId = siteId;
        m_loaded = false;
        m_values.clear();
        m_etags.clear();
    }
    m_current = m_resources(siteId);
    if (!session || siteId.isEmpty())
        return unload();
    m_loading = true;
    m_confirmed = false;
    Q_EMIT loading();
    // Both at once: the cache paints while the panel is asked (with If-None-Match where this
    // run has seen the resource already), so a slow cache never delays the panel's answer.
    const quint64 generation = ++m_generation;
    readCache(generation);
    revalidate(generation);
}

void SiteResourceLoader::unload()
{
    ++m_generation;
    m_loaded = false;
    m_loading = false;
    m_confirmed = false;
    m_values.clear();
    m_etags.clear();
}

void SiteResourceLoader::reload()
{
    if (!m_session || m_siteId.isEmpty())
        return;
    if (!m_loaded && !m_loading)
        return setSite(m_session, m_siteId);
    m_loading = true;
    revalidate(++m_generation);
}

void SiteResourceLoader::readCache(quint64 generation)
{
    auto round = newRound(generation);
    for (int i = 0; i < m_current.size(); ++i)
        m_session->cache()
            ->get(m_current.at(i).cacheKey)
            .then(this, [this, round, i](const std::optional<cache::OfflineCache::Entry> &entry) {
                if (entry)
                    round->answers[i] =
                        api::Fetched<QJsonObject>{QJsonDocument::fromJson(entry->body).object(), entry->etag};
                if (--round->pending > 0 || !current(round->generation))
                    return;
                bool complete = true;
                for (const auto &answer : std::as_const(round->answers))
                    complete = complete && answer.has_value();
                if (!complete || m_loaded) // not all of them cached, or the panel answered first
                    return;
                for (const auto &answer : std::as_const(round->answers)) {
                    m_values.append(answer->value);
                    m_etags.append(answer->etag);
                }
                m_loaded = true;
                Q_EMIT loaded();
            });
}

void SiteResourceLoader::revalidate(quint64 generation)
{
    auto round = newRound(generation);
    fetchNext(round, 0);
}

// One after the other, in the order given, and none after the first that fails: a panel that
// cannot answer the first (a 503 without web servers) is not asked the rest.
void SiteResourceLoader::fetchNext(const std::shared_ptr<Round> &round, int index)
{
    if (index == m_current.size() || !current(round->generation))
        return finishRound(round);
    m_current.at(index)
        .fetch(m_session->client(), m_known.value(m_current.at(index).cacheKey).etag)
        .then(this, [this, round, index](const Result<api::Fetched<QJsonObject>> &fetched) {
            if (!fetched.ok()) {
                round->error = fetched.error();
                return finishRound(round);
            }
            round->answers[index] = fetched.value();
            fetchNext(round, index + 1);
        });
}

std::shared_ptr<SiteResourceLoader::Round> SiteResourceLoader::newRound(quint64 generation) const
{
    auto round = std::make_shared<Round>();
    round->generation = generation;
    round->pending = int(m_current.size());
    round->answers.resize(m_current.size());
    return round;
}

void SiteResourceLoader::finishRound(const std::shared_ptr<Round> &round)
{
    if (!current(round->generation))
        return;
    m_loading = false;
    if (round->error) {
        // Offline, what was loaded stays on show; otherwise there is nothing to show.
        // Unreachable, the cache may still answer (its round stays current).
        const Error &error = *round->error;
        const bool unreachable = error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout;
        // Unconfirmed again: when the panel is back, what is on show is asked for once more.
        if (unreachable)
            m_confirmed = false;
        if (error.kind != Error::Kind::Cancelled && !(m_loaded && unreachable)) {
            if (!unreachable)
                unload();
            Q_EMIT failed(error);
        }
        Q_EMIT settled();
        return;
    }
    // Values the cache painted are shown again from the panel's answer even when it says they
    // are current: the cache may hold an older copy than the one this run last fetched.
    bool changed = !m_loaded || !m_confirmed;
    QList<QJsonObject> values;
    QList<QByteArray> etags;
    const QDateTime now = Clock::nowUtc();
    for (int i = 0; i < round->answers.size(); ++i) {
        const api::Fetched<QJsonObject> &answer = *round->answers.at(i);
        const QString &key = m_current.at(i).cacheKey;
        if (answer.notModified) {
            const Known known = m_known.value(key);
            changed = changed || known.etag != m_etags.value(i);
            values.append(known.value);
            etags.append(known.etag);
            (void)m_session->cache()->touch(key, now);
            continue;
        }
        changed = changed || answer.etag != m_etags.value(i) || answer.etag.isEmpty();
        values.append(answer.value);
        etags.append(answer.etag);
        m_known.insert(key, {answer.value, answer.etag});
        (void)m_session->cache()->put(key, QJsonDocument(answer.value).toJson(QJsonDocument::Compact),
                                      answer.etag, now);
    }
    m_values = values;
    m_etags = etags;
    m_loaded = true;
    m_confirmed = true;
    if (changed)
        Q_EMIT loaded();
    Q_EMIT settled();
}

} // namespace mws::session
