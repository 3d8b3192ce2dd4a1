// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop's hosting calls against the real panel, which changes a real Apache and PHP-FPM:
// catalogue, hosting with revalidation, preview before apply, the job followed to its end,
// field errors before anything is queued, and a stale version refused.
#include "api/hostingrequest.h"
#include "api/jobtracker.h"
#include "api/panelcall.h"
#include "apitestbase.h"
#include "clienttest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace mws;
using namespace mws::test;
using namespace std::chrono_literals;

class TestClientHosting : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::unique_ptr<api::PanelClient> m_owner;
    QString m_siteId;

    api::HostingClient hostingClient() { return api::HostingClient(*m_owner); }

    // Applies a change and follows its job as the jobs panel does.
    model::Job applyAndFollow(const api::HostingRequest &change, const QByteArray &ifMatch)
    {
        const auto queued = await(hostingClient().apply(change, ifMatch));
        if (!queued.ok()) {
            qWarning("apply: %s", qPrintable(describe(queued)));
            return {};
        }
        api::JobTracker tracker(m_owner.get(), queued->id);
        QSignalSpy finished(&tracker, &api::JobTracker::finished);
        tracker.start();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<model::Job>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        options.webServers = true;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        auto site = createOwnedSite({m_fixture.panel().url(QString()), {}}, QStringLiteral("Hosting"),
                                    QStringLiteral("test0101"), &error);
        QVERIFY2(site, qPrintable(error));
        m_siteId = site->siteId;
        m_owner = std::move(site->owner);
    }

    // The panel's own 503 (problem+json: this host has no [mariadb]) is an error with its words,
    // not a panel out of reach: asked once, not retried, and the client stays online.
    void thePanelsOwn503IsNotAGatewaysOne()
    {
        auto client = std::make_unique<api::PanelClient>(m_owner->endpoint());
        client->setToken(m_owner->token());
        client->setRetries(4, 2s);
        QSignalSpy reachable(client.get(), &api::PanelClient::reachableChanged);
        QElapsedTimer timer;
        timer.start();
        const auto listed = await(api::call<Result<api::HttpResponse>>(
            *client,
            api::httpRequest("GET", client->url(QStringLiteral("api/v1/sites/%1/databases").arg(m_siteId)),
                             true),
            [](const api::HttpResponse &response) { return Result<api::HttpResponse>(response); }));
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().httpStatus, 503);
        QCOMPARE(listed.error().message,
                 QStringLiteral("This host offers no databases ([mariadb] enabled is off)."));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed()))); // no retry after 2 s
        QVERIFY(client->isReachable());
        QTest::qWait(50);
        QCOMPARE(reachable.count(), 0);
    }

    void catalogueSaysWhatTheHostOffers()
    {
        const auto catalogue = await(hostingClient().catalogue());
        QVERIFY2(catalogue.ok(), qPrintable(describe(catalogue)));
        QVERIFY(catalogue->phpVersion.startsWith(QLatin1String("8.")));
        QVERIFY(catalogue->apacheVersion.startsWith(QLatin1String("2.4")));
        QVERIFY(catalogue->apacheModules.contains(QStringLiteral("rewrite")));
        QVERIFY(catalogue->builtinExtensions.contains(QStringLiteral("opcache")));
    }

    void previewThenApplyAVhost()
    {
        auto hosting = await(hostingClient().hosting(m_siteId));
        QVERIFY2(hosting.ok(), qPrintable(describe(hosting)));
        QCOMPARE(hosting->value.version, 0);
        QVERIFY(hosting->value.vhosts.isEmpty());

        model::Vhost vhost;
        vhost.name = QStringLiteral("main");
        vhost.domains = {QStringLiteral("www.client.test")};
        const api::HostingRequest create = api::HostingRequest::createVhost(m_siteId, vhost);
        const auto preview = await(hostingClient().preview(create));
        QVERIFY2(preview.ok(), qPrintable(describe(preview)));
        QCOMPARE(preview->files.size(), 3); // the front routes, the site server and its PHP pool, all new
        QCOMPARE(preview->files.first().change, QStringLiteral("added"));
        QVERIFY(preview->files.first().diff.contains(QLatin1String("+    ServerName www.client.test")));
        // A preview applies nothing.
        QCOMPARE(await(hostingClient().hosting(m_siteId))->value.version, 0);

        const model::Job job = applyAndFollow(create, hosting->etag);
        QCOMPARE(model::toString(job.state), QStringLiteral("succeeded"));
        hosting = await(hostingClient().hosting(m_siteId, hosting->etag));
        QVERIFY(hosting.ok());
        QVERIFY(!hosting->notModified);
        QCOMPARE(hosting->value.version, 1);
        QCOMPARE(hosting->value.vhosts.first().domains, QStringList{QStringLiteral("www.client.test")});
        // Unchanged since: 304.
        const auto again = await(hostingClient().hosting(m_siteId, hosting->etag));
        QVERIFY(again.ok());
        QVERIFY(again->notModified);
    }

    void fieldErrorsComeBackBeforeAnythingIsQueued()
    {
        const auto hosting = await(hostingClient().hosting(m_siteId));
        model::PhpConfig php;
        php.settings.insert(QStringLiteral("memory_limit"), QStringLiteral("lots"));
        const auto refused =
            await(hostingClient().apply(api::HostingRequest::setPhp(m_siteId, php), hosting->etag));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(refused.error().fields.size(), 1);
        QCOMPARE(refused.error().fields.first().field, QStringLiteral("settings.memory_limit"));
        const auto jobs = await(m_owner->jobs(m_siteId));
        QCOMPARE(jobs->total, 1); // only the vhost's
    }

    void aStaleVersionIsRefused()
    {
        api::VhostChanges changes;
        changes.redirectAliases = true;
        const auto refused = await(hostingClient().apply(
            api::HostingRequest::updateVhost(m_siteId, QStringLiteral("main"), changes), "\"v0\""));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::PreconditionFailed);
    }

    void aCertificateRequestKeepsTheKeyOnThePanel()
    {
        const auto hosting = await(hostingClient().hosting(m_siteId));
        const auto request =
            await(hostingClient().requestCertificate(m_siteId, QStringLiteral("main"), hosting->etag));
        QVERIFY2(request.ok(), qPrintable(describe(request)));
        QVERIFY(request->contains(QLatin1String("CERTIFICATE REQUEST")));
        const auto after = await(hostingClient().hosting(m_siteId));
        QCOMPARE(after->value.vhosts.first().tls.requestPem, *request);
        QVERIFY(!after->value.vhosts.first().tls.pendingKeyId.isEmpty());
        QVERIFY(!QJsonDocument(after->value.toJson()).toJson().contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestClientHosting)
#include "tst_clienthosting.moc"
