// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's state as slices: each slice keeps its own version, so a change to one never makes a
// change to another stale; changes wait per slice; hosting's domain names stay the service's.

#include "hostingstore.h"
#include "siteslices.h"
#include "storefixture.h"

#include <QTest>

#include <memory>

using mws::Error;
using mws::Result;
using mws::Status;
using mws::model::Job;
using mws::model::JobState;
using mws::model::Site;
using mws::model::SiteHosting;
using mws::model::Vhost;
using mws::store::Database;
using mws::store::HostingStore;
using mws::store::SiteChange;
using mws::store::SiteSlice;
using mws::store::SiteState;
using mws::store::SliceStore;
using mws::test::at;

namespace {

SiteSlice slice(const QString &siteId, const QString &name, const QJsonObject &document)
{
    SiteSlice out;
    out.siteId = siteId;
    out.name = name;
    out.document = document;
    return out;
}

SiteHosting hostingWith(const QString &siteId, const QStringList &domains)
{
    SiteHosting hosting;
    hosting.siteId = siteId;
    Vhost vhost;
    vhost.name = QStringLiteral("main");
    vhost.documentRoot = QStringLiteral("public_html");
    vhost.domains = domains;
    hosting.vhosts << vhost;
    return hosting;
}

} // namespace

class TestStoreSlices : public mws::test::StoreTest
{
    Q_OBJECT

private:
    QString createSite(const QString &name)
    {
        Site site;
        site.name = name;
        site.requestedBy = QStringLiteral("ab123");
        Result<Site> created = m_fx.store().createSite(site, at());
        if (!created)
            qFatal("createSite failed: %s", qPrintable(created.error().fullText()));
        return created->id;
    }

    QString queuedJob(const QString &siteId, qint64 seconds)
    {
        Job job;
        job.siteId = siteId;
        job.kind = QStringLiteral("php.update");
        job.runner = QStringLiteral("hosting");
        job.createdBy = QStringLiteral("ab123");
        job.createdAt = at(seconds);
        Result<Job> created = m_fx.store().createJob(job);
        if (!created)
            qFatal("createJob failed: %s", qPrintable(created.error().fullText()));
        return created->id;
    }

private Q_SLOTS:
    void aSliceNeverStoredIsEmpty()
    {
        SliceStore slices(m_fx.db());
        const QString site = createSite(QStringLiteral("empty"));
        const Result<SiteSlice> none = slices.slice(site, QStringLiteral("crontab"));
        MWS_VERIFY_OK(none);
        QCOMPARE(none->version, 0);
        QVERIFY(none->document.isEmpty());
        QCOMPARE(none->name, QStringLiteral("crontab"));
        const Result<SiteState> state = slices.state(site);
        MWS_VERIFY_OK(state);
        QVERIFY(state->slices.isEmpty());
        QCOMPARE(state->slice(QStringLiteral("hosting")).version, 0);
    }

    void oneSliceChangingLeavesAnotherAsItWas()
    {
        SliceStore slices(m_fx.db());
        const QString site = createSite(QStringLiteral("two-slices"));
        const QJsonObject hosting{{QStringLiteral("serving"), true}};
        MWS_VERIFY_OK(slices.save(slice(site, QStringLiteral("hosting"), hosting), 0, at(1)));
        for (int round = 0; round < 3; ++round)
            MWS_VERIFY_OK(
                slices.save(slice(site, QStringLiteral("crontab"), {{QStringLiteral("round"), round}}), round,
                            at(10 + round)));

        const Result<SiteState> state = slices.state(site);
        MWS_VERIFY_OK(state);
        QCOMPARE(state->slices.keys(), (QStringList{QStringLiteral("crontab"), QStringLiteral("hosting")}));
        const SiteSlice kept = state->slice(QStringLiteral("hosting"));
        QCOMPARE(kept.version, 1);
        QCOMPARE(kept.document, hosting);
        QCOMPARE(kept.appliedAt, at(1));
        const SiteSlice cron = state->slice(QStringLiteral("crontab"));
        QCOMPARE(cron.version, 3);
        QCOMPARE(cron.document.value(QStringLiteral("round")).toInt(), 2);
        QCOMPARE(cron.appliedAt, at(12));

        // A change to hosting made before the crontab's three is not stale because of them.
        MWS_VERIFY_OK(slices.save(slice(site, QStringLiteral("hosting"), {}), 1, at(20)));
        QCOMPARE(slices.slice(site, QStringLiteral("crontab"))->version, 3);
    }

    void aStaleVersionChangesNothing()
    {
        SliceStore slices(m_fx.db());
        const QString site = createSite(QStringLiteral("stale"));
        MWS_VERIFY_OK(
            slices.save(slice(site, QStringLiteral("hosting"), {{QStringLiteral("a"), 1}}), 0, at(1)));
        MWS_VERIFY_ERROR(
            slices.save(slice(site, QStringLiteral("hosting"), {{QStringLiteral("a"), 2}}), 0, at(2)),
            Error::Kind::PreconditionFailed);
        MWS_VERIFY_ERROR(
            slices.save(slice(site, QStringLiteral("hosting"), {{QStringLiteral("a"), 3}}), 5, at(3)),
            Error::Kind::PreconditionFailed);
        const Result<SiteSlice> stored = slices.slice(site, QStringLiteral("hosting"));
        QCOMPARE(stored->version, 1);
        QCOMPARE(stored->document.value(QStringLiteral("a")).toInt(), 1);
    }

    void changesWaitPerSlice()
    {
        SliceStore slices(m_fx.db());
        const QString site = createSite(QStringLiteral("waiting"));
        const QString hostingJob = queuedJob(site, 1);
        const QString cronJob = queuedJob(site, 2);
        SiteChange change;
        change.jobId = hostingJob;
        change.siteId = site;
        change.slice = QStringLiteral("hosting");
        change.baseVersion = 4;
        change.proposed = {{QStringLiteral("serving"), false}};
        change.action = QStringLiteral("site.offline");
        change.target = site;
        change.actor = QStringLiteral("ab123");
        change.elevated = true;
        change.auditBefore = QJsonObject{{QStringLiteral("serving"), true}};
        change.createdAt = at(1);
        MWS_VERIFY_OK(slices.addChange(change));
        SiteChange cron = change;
        cron.jobId = cronJob;
        cron.slice = QStringLiteral("crontab");
        cron.baseVersion = 0;
        cron.createdAt = at(2);
        MWS_VERIFY_OK(slices.addChange(cron));

        const Result<SiteChange> read = slices.change(hostingJob);
        MWS_VERIFY_OK(read);
        QCOMPARE(read->slice, QStringLiteral("hosting"));
        QCOMPARE(read->baseVersion, 4);
        QCOMPARE(read->proposed, change.proposed);
        QCOMPARE(read->action, change.action);
        QCOMPARE(read->auditBefore, change.auditBefore);
        QVERIFY(read->auditAfter.isNull());
        QVERIFY(read->elevated);
        QCOMPARE(read->createdAt, at(1));
        QCOMPARE(slices.changeJobs().value(), (QStringList{hostingJob, cronJob}));

        QCOMPARE(slices.pendingChangeJob(site, QStringLiteral("hosting")).value(), hostingJob);
        QCOMPARE(slices.pendingChangeJob(site, QStringLiteral("crontab")).value(), cronJob);
        QCOMPARE(slices.pendingChangeJob(site, QStringLiteral("php")).value(), QString());
        // A job that ended (here: cancelled before it ran) holds nothing back.
        MWS_VERIFY_OK(m_fx.store().finishJob(hostingJob, JobState::Cancelled, {}, {}, at(3)));
        QCOMPARE(slices.pendingChangeJob(site, QStringLiteral("hosting")).value(), QString());
        MWS_VERIFY_OK(slices.removeChange(hostingJob));
        MWS_VERIFY_ERROR(slices.change(hostingJob), Error::Kind::NotFound);
        QCOMPARE(slices.changeJobs().value(), QStringList{cronJob});
    }

    void hostingClaimsItsDomainNames()
    {
        HostingStore hosting(m_fx.db());
        const QString first = createSite(QStringLiteral("first"));
        const QString second = createSite(QStringLiteral("second"));
        const QString name = QStringLiteral("www.example.test");
        const Result<SiteHosting> saved = hosting.save(hostingWith(first, {name}), 0, at(1));
        MWS_VERIFY_OK(saved);
        QCOMPARE(saved->version, 1);
        QCOMPARE(hosting.domainOwner(name).value(), first);

        // Another site asking for the name is refused whole: no version, no names.
        MWS_VERIFY_ERROR(
            hosting.save(hostingWith(second, {QStringLiteral("b.example.test"), name}), 0, at(2)),
            Error::Kind::Conflict);
        QCOMPARE(hosting.siteHosting(second)->version, 0);
        QCOMPARE(hosting.domainOwner(QStringLiteral("b.example.test")).value(), QString());

        // Dropping the name frees it.
        MWS_VERIFY_OK(hosting.save(hostingWith(first, {QStringLiteral("a.example.test")}), 1, at(3)));
        QCOMPARE(hosting.domainOwner(name).value(), QString());
        MWS_VERIFY_OK(hosting.save(hostingWith(second, {name}), 0, at(4)));
        QCOMPARE(hosting.domainOwner(name).value(), second);

        const Result<SiteHosting> read = hosting.siteHosting(first);
        QCOMPARE(read->version, 2);
        QCOMPARE(read->siteId, first);
        QCOMPARE(read->vhosts.value(0).domains, QStringList{QStringLiteral("a.example.test")});
        QCOMPARE(read->appliedAt, at(3));
        QCOMPARE(hosting.allSiteHostings()->size(), 2);
    }
    // A database that version 4 of the schema left: hosting in site_hosting, a change waiting in
    // hosting_changes. Opening it moves both into slices and drops the old tables.
    void migrationCarriesHostingOver()
    {
        const QString site = createSite(QStringLiteral("older"));
        const QString job = queuedJob(site, 1);
        Database &db = m_fx.db();
        const QStringList asVersionFourLeftIt{
            QStringLiteral("DROP TABLE site_changes"),
            QStringLiteral("DROP TABLE site_slices"),
            QStringLiteral("CREATE TABLE site_hosting (site_id TEXT PRIMARY KEY REFERENCES sites (id), "
                           "version BIGINT NOT NULL, config_json TEXT NOT NULL, applied_at BIGINT)"),
            QStringLiteral("CREATE TABLE hosting_changes (job_id TEXT PRIMARY KEY REFERENCES jobs (id), "
                           "site_id TEXT NOT NULL, base_version BIGINT NOT NULL, change_json TEXT NOT NULL, "
                           "created_at BIGINT NOT NULL)"),
            // What versions after 6 added goes too: version 4 never had it.
            QStringLiteral("DROP TABLE ssh_keys"),
            QStringLiteral("DROP TABLE person_accounts"),
            QStringLiteral("DROP TABLE ssh_hosts"),
            QStringLiteral("DROP TABLE cron_runs"),
            QStringLiteral("DROP TABLE staff_inventory"),
            QStringLiteral("ALTER TABLE sites DROP COLUMN decline_reason"),
            QStringLiteral("DELETE FROM schema_migrations WHERE version >= 5"),
        };
        for (const QString &statement : asVersionFourLeftIt)
            MWS_VERIFY_OK(db.exec(statement));
        const QByteArray hosting = "{\"vhosts\":[{\"name\":\"main\",\"documentRoot\":\"public_html\","
                                   "\"domains\":[\"old.example.test\"]}],\"serving\":false,"
                                   "\"php\":{\"settings\":{\"memory_limit\":\"64M\"}}}";
        const QString phpJob = queuedJob(site, 2);
        MWS_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO site_hosting VALUES (?, 7, ?, ?)"),
                              {site, QString::fromUtf8(hosting), at(5).toMSecsSinceEpoch()}));
        MWS_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO hosting_changes VALUES (?, ?, 7, ?, ?)"),
                              {job, site,
                               QStringLiteral("{\"proposed\":{\"serving\":true},\"action\":\"site.online\"}"),
                               at(6).toMSecsSinceEpoch()}));
        MWS_VERIFY_OK(db.exec(
            QStringLiteral("INSERT INTO hosting_changes VALUES (?, ?, 7, ?, ?)"),
            {phpJob, site,
             QStringLiteral(
                 "{\"proposed\":{\"serving\":false,\"php\":{\"settings\":{\"memory_limit\":\"96M\"}}},"
                 "\"action\":\"php.update\"}"),
             at(7).toMSecsSinceEpoch()}));
        m_fx.close();

        Result<std::unique_ptr<Database>> reopened = m_fx.open();
        MWS_VERIFY_OK(reopened);
        SliceStore slices(*reopened.value());
        const Result<SiteHosting> carried = HostingStore(*reopened.value()).siteHosting(site);
        MWS_VERIFY_OK(carried);
        QCOMPARE(carried->version, 7);
        QCOMPARE(carried->appliedAt, at(5));
        QCOMPARE(carried->serving, false);
        QCOMPARE(carried->vhosts.value(0).domains, QStringList{QStringLiteral("old.example.test")});
        const Result<SiteChange> waiting = slices.change(job);
        MWS_VERIFY_OK(waiting);
        QCOMPARE(waiting->slice, QStringLiteral("hosting"));
        QCOMPARE(waiting->baseVersion, 7);
        QCOMPARE(waiting->action, QStringLiteral("site.online"));
        QCOMPARE(waiting->createdAt, at(6));
        // The PHP settings left the hosting document for a slice of their own, and so did the
        // PHP change waiting to be applied.
        QCOMPARE(carried->php.settings.value(QStringLiteral("memory_limit")), QStringLiteral("64M"));
        QCOMPARE(slices.slice(site, QStringLiteral("php"))->version, 1);
        QVERIFY(!slices.slice(site, QStringLiteral("hosting"))->document.contains(QStringLiteral("php")));
        const Result<SiteChange> php = slices.change(phpJob);
        MWS_VERIFY_OK(php);
        QCOMPARE(php->slice, QStringLiteral("php"));
        QCOMPARE(php->baseVersion, 1);
        QCOMPARE(
            php->proposed.value(QStringLiteral("settings")).toObject().value(QStringLiteral("memory_limit")),
            QJsonValue(QStringLiteral("96M")));
        QVERIFY(!reopened.value()->exec(QStringLiteral("SELECT 1 FROM site_hosting")).ok());
        QVERIFY(!reopened.value()->exec(QStringLiteral("SELECT 1 FROM hosting_changes")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreSlices)
#include "tst_store_slices.moc"
