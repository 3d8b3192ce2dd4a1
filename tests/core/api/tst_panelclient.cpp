// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// PanelClient against the real panel: every call, with the results read back into the model
// types; a concurrent edit, field errors and a refused token. What happens when the panel
// stops answering, dies or is cancelled on is in tst_clientfailures.cpp.
#include "apitestbase.h"
#include "clienttest.h"

#include <QSignalSpy>

using namespace mws;
using namespace mws::test;
using namespace std::chrono_literals;

namespace {

bool hasField(const Error &error, const QString &field)
{
    for (const FieldError &f : error.fields)
        if (f.field == field && !f.message.isEmpty())
            return true;
    return false;
}

} // namespace

class TestPanelClient : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::unique_ptr<api::PanelClient> m_owner; // test0101
    std::unique_ptr<api::PanelClient> m_staff; // test0100, in staff mode
    QString m_siteId;                          // owned by test0101, active

    PanelProcess &panel() { return m_fixture.panel(); }

    std::unique_ptr<api::PanelClient> newClient(const QString &token = {})
    {
        auto client = std::make_unique<api::PanelClient>(api::PanelEndpoint{panel().url(QString()), {}});
        client->setToken(token);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.startWithStaff(&error), qPrintable(error));

        m_owner = newClient();
        QCOMPARE(m_owner->endpoint().baseUrl, panel().url(QString()));
        QVERIFY(m_owner->endpoint().pinnedCertificatePem.isEmpty());
        QVERIFY(m_owner->token().isEmpty());
        QVERIFY(m_owner->isReachable());
        const auto owner = signInWithSession(*m_owner, QStringLiteral("test0101"), &error);
        QVERIFY2(owner, qPrintable(error));
        m_owner->setToken(owner->token);

        m_staff = newClient();
        const auto staff = signInWithSession(*m_staff, QStringLiteral("test0100"), &error);
        QVERIFY2(staff, qPrintable(error));
        m_staff->setToken(staff->token);
        const auto elevated = signInWithSession(*m_staff, QStringLiteral("test0100"), &error,
                                                auth::LoginSession::Purpose::StaffMode);
        QVERIFY2(elevated, qPrintable(error));
        QVERIFY(elevated->token != staff->token);
        m_staff->setToken(elevated->token);

        const auto created = await(m_staff->createSite(
            {QStringLiteral("Department of Examples"), QStringLiteral("Pages of the department"),
             QStringLiteral("web@dept.example"), QStringLiteral("test0101")}));
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        m_siteId = created->id;
        QVERIFY(m_siteId.startsWith(QLatin1String("site-")));
        QCOMPARE(model::toString(created->status), model::toString(model::SiteStatus::Active));
        QCOMPARE(created->description, QStringLiteral("Pages of the department"));
        QCOMPARE(created->requestedBy, QStringLiteral("test0100"));
        QCOMPARE(created->version, 1);
        QVERIFY(created->createdAt.isValid());
    }

    void meDescribesTheCaller()
    {
        const auto owner = await(m_owner->me());
        QVERIFY2(owner.ok(), qPrintable(describe(owner)));
        QCOMPARE(owner->user.crsid, QStringLiteral("test0101"));
        QVERIFY(!owner->user.displayName.isEmpty());
        QVERIFY(!owner->user.staff);
        QVERIFY(!owner->elevated);
        QVERIFY(!owner->elevatedUntil.isValid());
        QVERIFY(!owner->tokenId.isEmpty());
        QCOMPARE(owner->roles.size(), 1);
        QCOMPARE(owner->roles.first().first, m_siteId);
        QCOMPARE(model::toString(owner->roles.first().second), model::toString(model::Role::Owner));

        const auto staff = await(m_staff->me());
        QVERIFY2(staff.ok(), qPrintable(describe(staff)));
        QCOMPARE(staff->user.crsid, QStringLiteral("test0100"));
        QVERIFY(staff->user.staff);
        QVERIFY(staff->elevated);
        QVERIFY(staff->elevatedUntil > QDateTime::currentDateTimeUtc());
        QVERIFY(staff->roles.isEmpty());
    }

    void tokensAreDevicesThatCanBeRevoked()
    {
        // A second device of the same person.
        auto laptop = newClient();
        QString error;
        const auto signedIn = signInWithSession(*laptop, QStringLiteral("test0101"), &error);
        QVERIFY2(signedIn, qPrintable(error));
        laptop->setToken(signedIn->token);
        QCOMPARE(signedIn->tokenInfo.crsid, QStringLiteral("test0101"));
        QCOMPARE(signedIn->tokenInfo.name, QStringLiteral("client tests"));
        QVERIFY(signedIn->tokenInfo.expiresAt > QDateTime::currentDateTimeUtc());

        const auto tokens = await(m_owner->tokens());
        QVERIFY2(tokens.ok(), qPrintable(describe(tokens)));
        QCOMPARE(tokens->size(), 2);
        bool found = false;
        for (const model::ApiToken &token : *tokens) {
            QCOMPARE(token.crsid, QStringLiteral("test0101"));
            QVERIFY(token.isUsable(QDateTime::currentDateTimeUtc()));
            found |= token.id == signedIn->tokenInfo.id;
        }
        QVERIFY(found);

        QSignalSpy refused(laptop.get(), &api::PanelClient::unauthenticated);
        const auto revoked = await(m_owner->revokeToken(signedIn->tokenInfo.id));
        QVERIFY2(revoked.ok(), qPrintable(describe(revoked)));
        const auto after = await(laptop->me());
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, Error::Kind::Unauthenticated);
        QCOMPARE(after.error().httpStatus, 401);
        QVERIFY(after.error().message.contains(QLatin1String("Sign in again")));
        QTRY_COMPARE(refused.count(), 1);
        // Revoked, and listed as such.
        const auto listed = await(m_owner->tokens());
        QVERIFY(listed.ok());
        for (const model::ApiToken &token : *listed) {
            if (token.id == signedIn->tokenInfo.id)
                QVERIFY(token.revokedAt.isValid() && !token.isUsable(QDateTime::currentDateTimeUtc()));
        }

        const auto unknown = await(m_owner->revokeToken(QStringLiteral("token-that-is-not")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QCOMPARE(unknown.error().httpStatus, 404);
    }

    void aRefusedTokenEmitsUnauthenticatedEachTime()
    {
        auto stranger = newClient(QStringLiteral("not-a-token"));
        QSignalSpy refused(stranger.get(), &api::PanelClient::unauthenticated);
        const auto me = await(stranger->me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error().kind, Error::Kind::Unauthenticated);
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(await(stranger->sites({})).error().kind, Error::Kind::Unauthenticated);
        QTRY_COMPARE(refused.count(), 2);
        // Not a refusal of a token: no token was given to the sign-in calls.
        QVERIFY(await(stranger->startLogin(QStringLiteral("x"))).ok());
        QTest::qWait(50);
        QCOMPARE(refused.count(), 2);
    }

    void sitesListsSearchesAndPages()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(await(m_staff->createSite({QStringLiteral("paged %1").arg(i),
                                               {},
                                               QStringLiteral("p@example.test"),
                                               QStringLiteral("test0103")}))
                        .ok());
        const auto mine = await(m_owner->sites({}));
        QVERIFY2(mine.ok(), qPrintable(describe(mine)));
        QVERIFY(!mine->notModified);
        QVERIFY(!mine->etag.isEmpty());
        QCOMPARE(mine->value.total, 1);
        QCOMPARE(mine->value.items.size(), 1);
        QCOMPARE(mine->value.items.first().id, m_siteId);
        QCOMPARE(mine->value.items.first().contactEmail, QStringLiteral("web@dept.example"));

        api::SiteListQuery query;
        query.text = QStringLiteral("paged");
        query.allSites = true;
        query.offset = 1;
        query.limit = 2;
        const auto page = await(m_staff->sites(query));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->value.total, 3);
        QCOMPARE(page->value.offset, 1);
        QCOMPARE(page->value.limit, 2);
        QCOMPARE(page->value.items.size(), 2);
        QCOMPARE(page->value.items.first().name, QStringLiteral("paged 1"));

        // Search text is sent as text: % and _ are not patterns, & and = do not split the query.
        query.text = QStringLiteral("%_ & q=x");
        query.offset = 0;
        const auto none = await(m_staff->sites(query));
        QVERIFY2(none.ok(), qPrintable(describe(none)));
        QCOMPARE(none->value.total, 0);

        // Every site is staff business only.
        api::SiteListQuery all;
        all.allSites = true;
        const auto refused = await(m_owner->sites(all));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void aSiteRevalidatesWithItsETag()
    {
        const auto first = await(m_owner->site(m_siteId));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first->value.id, m_siteId);
        QCOMPARE(first->value.name, QStringLiteral("Department of Examples"));
        QCOMPARE(first->etag, QByteArray("\"v1\""));

        const auto same = await(m_owner->site(m_siteId, first->etag));
        QVERIFY2(same.ok(), qPrintable(describe(same)));
        QVERIFY(same->notModified);
        QCOMPARE(same->etag, first->etag);
        QVERIFY(same->value.id.isEmpty());

        const auto list = await(m_owner->sites({}));
        const auto listAgain = await(m_owner->sites({}, list->etag));
        QVERIFY(listAgain.ok());
        QVERIFY(listAgain->notModified);

        const auto audit = await(m_owner->audit({m_siteId, {}, {}, 0, 50}));
        QVERIFY(audit.ok());
        const auto auditAgain = await(m_owner->audit({m_siteId, {}, {}, 0, 50}, audit->etag));
        QVERIFY(auditAgain.ok());
        QVERIFY(auditAgain->notModified);

        // After a change the old tag no longer matches: the new state comes back.
        api::SiteChanges change;
        change.description = QStringLiteral("Research group pages");
        const auto updated = await(m_owner->updateSite(m_siteId, change, first->etag));
        QVERIFY2(updated.ok(), qPrintable(describe(updated)));
        QCOMPARE(updated->etag, QByteArray("\"v2\""));
        QCOMPARE(updated->value.version, 2);
        const auto changed = await(m_owner->site(m_siteId, first->etag));
        QVERIFY(changed.ok());
        QVERIFY(!changed->notModified);
        QCOMPARE(changed->value.description, QStringLiteral("Research group pages"));
        QCOMPARE(changed->etag, updated->etag);
    }

    void aConcurrentEditIsRefused()
    {
        // Two people read the same version...
        const auto ownerRead = await(m_owner->site(m_siteId));
        const auto staffRead = await(m_staff->site(m_siteId));
        QVERIFY(ownerRead.ok() && staffRead.ok());
        QCOMPARE(ownerRead->etag, staffRead->etag);

        // ...the first one saves...
        api::SiteChanges mine;
        mine.name = QStringLiteral("Department of Good Examples");
        const auto saved = await(m_owner->updateSite(m_siteId, mine, ownerRead->etag));
        QVERIFY2(saved.ok(), qPrintable(describe(saved)));
        QCOMPARE(saved->value.name, QStringLiteral("Department of Good Examples"));

        // ...and the second one is told, in words, instead of overwriting it.
        api::SiteChanges theirs;
        theirs.name = QStringLiteral("Lost update");
        const auto stale = await(m_staff->updateSite(m_siteId, theirs, staffRead->etag));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::PreconditionFailed);
        QCOMPARE(stale.error().httpStatus, 412);
        QVERIFY2(stale.error().message.contains(QLatin1String("Someone else changed this")) &&
                     stale.error().message.contains(QLatin1String("Reload")),
                 qPrintable(stale.error().message));
        QCOMPARE(await(m_owner->site(m_siteId))->value.name, QStringLiteral("Department of Good Examples"));

        // No tag at all is refused the same way (428), not applied blindly.
        const auto blind = await(m_staff->updateSite(m_siteId, theirs, {}));
        QVERIFY(!blind.ok());
        QCOMPARE(blind.error().kind, Error::Kind::PreconditionFailed);
        QCOMPARE(blind.error().httpStatus, 428);
        QVERIFY(blind.error().message.contains(QLatin1String("Someone else changed this")));
    }

    void fieldErrorsArrive()
    {
        api::SiteChanges bad;
        bad.contactEmail = QStringLiteral("not an email");
        bad.name = QStringLiteral("   ");
        const auto refused = await(m_owner->updateSite(m_siteId, bad, "*"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(refused.error().httpStatus, 422);
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY2(hasField(refused.error(), QStringLiteral("contactEmail")),
                 qPrintable(refused.error().fullText()));
        QVERIFY2(hasField(refused.error(), QStringLiteral("name")), qPrintable(refused.error().fullText()));

        const auto created = await(m_owner->createSite({QString(), {}, QStringLiteral("@"), {}}));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Invalid);
        QVERIFY(hasField(created.error(), QStringLiteral("name")));
        QVERIFY(hasField(created.error(), QStringLiteral("contactEmail")));

        // Only staff may create a site for someone else.
        const auto forOther = await(m_owner->createSite({QStringLiteral("For a friend"),
                                                         {},
                                                         QStringLiteral("f@example.test"),
                                                         QStringLiteral("test0102")}));
        QVERIFY(!forOther.ok());
        QVERIFY(hasField(forOther.error(), QStringLiteral("owner")));

        const auto noReason = await(m_staff->changeSiteStatus(m_siteId, api::SiteAction::Suspend));
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().kind, Error::Kind::Invalid);
        QVERIFY(hasField(noReason.error(), QStringLiteral("reason")));
    }

    void aSiteGoesThroughItsLifeCycle()
    {
        const auto requested = await(
            m_owner->createSite({QStringLiteral("My new blog"), {}, QStringLiteral("me@example.test"), {}}));
        QVERIFY2(requested.ok(), qPrintable(describe(requested)));
        QCOMPARE(model::toString(requested->status), model::toString(model::SiteStatus::Requested));
        const QString id = requested->id;

        // The owner cannot approve their own request.
        const auto selfApproved = await(m_owner->changeSiteStatus(id, api::SiteAction::Approve));
        QVERIFY(!selfApproved.ok());
        QCOMPARE(selfApproved.error().kind, Error::Kind::Forbidden);

        const auto approved = await(m_staff->changeSiteStatus(id, api::SiteAction::Approve));
        QVERIFY2(approved.ok(), qPrintable(describe(approved)));
        QCOMPARE(model::toString(approved->status), model::toString(model::SiteStatus::Active));
        const auto twice = await(m_staff->changeSiteStatus(id, api::SiteAction::Approve));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
        QCOMPARE(twice.error().httpStatus, 409);
        QVERIFY(twice.error().message.contains(QLatin1String("cannot be approve")));

        const auto suspended =
            await(m_staff->changeSiteStatus(id, api::SiteAction::Suspend, QStringLiteral("Phishing pages")));
        QVERIFY2(suspended.ok(), qPrintable(describe(suspended)));
        QCOMPARE(model::toString(suspended->status), model::toString(model::SiteStatus::Suspended));
        QCOMPARE(suspended->suspensionReason, QStringLiteral("Phishing pages"));
        const auto unsuspended = await(m_staff->changeSiteStatus(id, api::SiteAction::Unsuspend));
        QVERIFY(unsuspended.ok());
        QCOMPARE(model::toString(unsuspended->status), model::toString(model::SiteStatus::Active));
        QVERIFY(unsuspended->suspensionReason.isEmpty());

        const auto disabled = await(m_owner->changeSiteStatus(id, api::SiteAction::Disable));
        QVERIFY2(disabled.ok(), qPrintable(describe(disabled)));
        QCOMPARE(model::toString(disabled->status), model::toString(model::SiteStatus::Disabled));
        const auto enabled = await(m_owner->changeSiteStatus(id, api::SiteAction::Enable));
        QVERIFY(enabled.ok());
        QCOMPARE(model::toString(enabled->status), model::toString(model::SiteStatus::Active));

        const auto deleted =
            await(m_staff->changeSiteStatus(id, api::SiteAction::Delete, QStringLiteral("Not needed")));
        QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
        QCOMPARE(model::toString(deleted->status), model::toString(model::SiteStatus::Deleted));
        QVERIFY(deleted->version > requested->version);
    }

    void membersAndSupporters()
    {
        const auto members = await(m_owner->members(m_siteId));
        QVERIFY2(members.ok(), qPrintable(describe(members)));
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->first().crsid, QStringLiteral("test0101"));
        QCOMPARE(model::toString(members->first().role), model::toString(model::Role::Owner));
        QCOMPARE(members->first().siteId, m_siteId);
        QVERIFY(!members->first().expiresAt.isValid());

        const auto added =
            await(m_owner->putMember(m_siteId, QStringLiteral("test0102"), model::Role::Admin));
        QVERIFY2(added.ok(), qPrintable(describe(added)));
        QCOMPARE(added->crsid, QStringLiteral("test0102"));
        QCOMPARE(model::toString(added->role), model::toString(model::Role::Admin));
        QCOMPARE(added->addedBy, QStringLiteral("test0101"));
        const auto changed =
            await(m_owner->putMember(m_siteId, QStringLiteral("test0102"), model::Role::SshUser));
        QVERIFY(changed.ok());
        QCOMPARE(model::toString(changed->role), model::toString(model::Role::SshUser));
        QCOMPARE(await(m_owner->members(m_siteId))->size(), 2);

        const auto lastOwner =
            await(m_owner->putMember(m_siteId, QStringLiteral("test0101"), model::Role::Admin));
        QVERIFY(!lastOwner.ok());
        QCOMPARE(lastOwner.error().kind, Error::Kind::Conflict);
        QVERIFY(lastOwner.error().message.contains(QLatin1String("last owner")));

        const auto badName =
            await(m_owner->putMember(m_siteId, QStringLiteral("Robert'); DROP"), model::Role::Admin));
        QVERIFY(!badName.ok());
        QVERIFY(hasField(badName.error(), QStringLiteral("crsid")));

        const auto removed = await(m_owner->removeMember(m_siteId, QStringLiteral("test0102")));
        QVERIFY2(removed.ok(), qPrintable(describe(removed)));
        const auto gone = await(m_owner->removeMember(m_siteId, QStringLiteral("test0102")));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QCOMPARE(gone.error().httpStatus, 404);

        const auto supporter = await(m_staff->becomeSupporter(m_siteId));
        QVERIFY2(supporter.ok(), qPrintable(describe(supporter)));
        QCOMPARE(supporter->crsid, QStringLiteral("test0100"));
        QCOMPARE(model::toString(supporter->role), model::toString(model::Role::Supporter));
        QVERIFY(supporter->expiresAt > QDateTime::currentDateTimeUtc());
        const auto notStaff = await(m_owner->becomeSupporter(m_siteId));
        QVERIFY(!notStaff.ok());
        QCOMPARE(notStaff.error().kind, Error::Kind::Forbidden);
    }

    void theAuditTrailIsReadable()
    {
        api::AuditFilter filter;
        filter.siteId = m_siteId;
        filter.actionPrefix = QStringLiteral("site.update");
        const auto updates = await(m_owner->audit(filter));
        QVERIFY2(updates.ok(), qPrintable(describe(updates)));
        QVERIFY(updates->value.total >= 2);
        const model::AuditEvent &latest = updates->value.items.first();
        QCOMPARE(latest.action, QStringLiteral("site.update"));
        QCOMPARE(latest.actor, QStringLiteral("test0101"));
        QCOMPARE(latest.siteId, m_siteId);
        QVERIFY(latest.at.isValid());
        QCOMPARE(latest.after.toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Department of Good Examples"));

        api::AuditFilter serviceWide;
        serviceWide.actor = QStringLiteral("test0100");
        serviceWide.limit = 5;
        const auto staff = await(m_staff->audit(serviceWide));
        QVERIFY2(staff.ok(), qPrintable(describe(staff)));
        QVERIFY(staff->value.total > 0);
        QCOMPARE(staff->value.limit, 5);
        for (const model::AuditEvent &event : staff->value.items)
            QCOMPARE(event.actor, QStringLiteral("test0100"));

        const auto notStaff = await(m_owner->audit(serviceWide));
        QVERIFY(!notStaff.ok());
        QCOMPARE(notStaff.error().kind, Error::Kind::Forbidden);
    }

    void jobsTheirLogsAndCancelling()
    {
        const QString jobId =
            m_fixture.insertJob(m_siteId, QStringLiteral("test0101"), QStringLiteral("started"));
        QVERIFY(!jobId.isEmpty());
        const auto page = await(m_owner->jobs(m_siteId));
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->total, 1);
        QCOMPARE(page->items.first().id, jobId);

        const auto job = await(m_owner->job(jobId));
        QVERIFY2(job.ok(), qPrintable(describe(job)));
        QCOMPARE(job->siteId, m_siteId);
        QCOMPARE(job->kind, QStringLiteral("test.work"));
        QCOMPARE(model::toString(job->state), model::toString(model::JobState::Running));
        QCOMPARE(job->progress, 40);

        const auto log = await(m_owner->jobLog(jobId));
        QVERIFY2(log.ok(), qPrintable(describe(log)));
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().seq, 1);
        QCOMPARE(log->first().line, QStringLiteral("started"));
        QVERIFY(await(m_owner->jobLog(jobId, 1))->isEmpty());

        const auto cancelled = await(m_owner->cancelJob(jobId));
        QVERIFY2(cancelled.ok(), qPrintable(describe(cancelled)));
        QCOMPARE(model::toString(cancelled->state), model::toString(model::JobState::Cancelled));
        QVERIFY(cancelled->finishedAt.isValid());
        const auto again = await(m_owner->cancelJob(jobId));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);

        const auto missing = await(m_owner->job(QStringLiteral("job-that-is-not")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void idsStayOnePathSegment()
    {
        // Were they pasted into the path, these would reach other routes (or the site list).
        for (const QString &id :
             {QStringLiteral(".."), QStringLiteral("."), QStringLiteral("../me"),
              QStringLiteral("x/../../me"), QStringLiteral("?q=x"), QStringLiteral("a#b")}) {
            const auto site = await(m_owner->site(id));
            QVERIFY2(!site.ok(), qPrintable(id));
            QCOMPARE(site.error().kind, Error::Kind::NotFound);
        }
    }

    void signingOutRevokesTheCurrentToken()
    {
        QSignalSpy refused(m_owner.get(), &api::PanelClient::unauthenticated);
        const auto out = await(m_owner->revokeToken(QStringLiteral("current")));
        QVERIFY2(out.ok(), qPrintable(describe(out)));
        const auto me = await(m_owner->me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error().kind, Error::Kind::Unauthenticated);
        QTRY_COMPARE(refused.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPanelClient)
#include "tst_panelclient.moc"
