// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ravensigner.h"
#include "util/result.h"
#include "wlsrequest.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QSet>

#include <optional>

namespace mws::testwls {

// A Raven-compatible web login service for tests and the demo, after Raven's demo server: users
// test0001 to test0500 with password "test" (test0500 is not "current"), an SSO session cookie,
// every answer signed with a key made for this run. State lives in memory only. Failures go back
// to the WAA as signed non-200 responses; they are shown instead (HTTP 200) with fail=yes, or
// (HTTP 400) when the request has no usable url.
//
// It speaks plain HTTP on 127.0.0.1. The protocol requires the WLS to be https; this one is only
// ever reached from the same machine, and its key is trusted by test configuration alone.
class TestWls : public QObject
{
    Q_OBJECT

public:
    static constexpr int sessionSeconds = 7200;
    static constexpr qsizetype maxSessions = 10000;

    TestWls(raven::RavenSigner signer, QString kid, QObject *parent = nullptr);

    Status listen(quint16 port);
    quint16 port() const { return m_port; }

private:
    struct Session
    {
        QString principal;
        QStringList ptags;
        QDateTime expires;
    };

    QHttpServerResponse authenticate(const QHttpServerRequest &httpRequest);
    QHttpServerResponse authenticate2(const QHttpServerRequest &httpRequest);

    // Sends a non-200 status back to the WAA, or shows it when that is not possible or fail=yes.
    QHttpServerResponse failure(const WlsRequest &request, int status, const QString &message);
    QHttpServerResponse passiveSuccess(const WlsRequest &request, const Session &session);
    // Signs fields (ver, issue, id, url, params and kid filled in here) and redirects to url.
    QHttpServerResponse redirectBack(const WlsRequest &request, raven::WlsFields fields,
                                     const QByteArray &setCookie = {});

    std::optional<Session> sessionOf(const QHttpServerRequest &httpRequest);
    QByteArray startSession(const QString &principal, const QStringList &ptags);
    QString newResponseId();

    QHttpServer m_server;
    raven::RavenSigner m_signer;
    QString m_kid;
    quint16 m_port = 0;
    QHash<QByteArray, Session> m_sessions;
    QSet<QString> m_issuedIds;
};

} // namespace mws::testwls
