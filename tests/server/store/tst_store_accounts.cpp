// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Users, API tokens, login flows, the Raven replay cache and idempotency keys.

#include "storefixture.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using mws::Error;
using mws::Result;
using mws::store::IdempotencyRecord;
using mws::store::LoginFlow;
using mws::test::at;

namespace {

const QString alice = QStringLiteral("ab123");
const QString bob = QStringLiteral("cd456");

QString hashOf(const char *secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

LoginFlow pendingFlow(const char *name)
{
    LoginFlow flow;
    flow.loginTokenHash = hashOf(name) + QStringLiteral("-login");
    flow.pollTokenHash = hashOf(name) + QStringLiteral("-poll");
    flow.clientName = QStringLiteral("MWS Admin on laptop");
    flow.purpose = QStringLiteral("login");
    flow.status = QStringLiteral("pending");
    flow.csrfHash = hashOf("csrf");
    flow.createdAt = at();
    flow.expiresAt = at(600);
    return flow;
}

} // namespace

class TestStoreAccounts : public mws::test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void upsertCreatesThenKeepsTheStaffFlag()
    {
        auto &store = m_fx.store();
        MWS_VERIFY_ERROR(store.user(alice), Error::Kind::NotFound);

        Result<mws::model::User> created = store.upsertUser(alice, QStringLiteral("Alice A"), at());
        MWS_VERIFY_OK(created);
        QCOMPARE(created->crsid, alice);
        QCOMPARE(created->displayName, QStringLiteral("Alice A"));
        QCOMPARE(created->staff, false);
        QCOMPARE(created->createdAt, at());

        MWS_VERIFY_OK(store.setStaff(alice, true));
        Result<mws::model::User> again = store.upsertUser(alice, QStringLiteral("Alice Renamed"), at(3600));
        MWS_VERIFY_OK(again);
        QCOMPARE(again->displayName, QStringLiteral("Alice Renamed"));
        QCOMPARE(again->staff, true);
        QCOMPARE(again->createdAt, at()); // the first sign-in, not the latest

        MWS_VERIFY_OK(store.setStaff(alice, false));
        QCOMPARE(store.user(alice)->staff, false);
        MWS_VERIFY_ERROR(store.setStaff(bob, true), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.upsertUser(QString(), QStringLiteral("Nobody"), at()), Error::Kind::Invalid);
    }

    void tokensRoundTrip()
    {
        auto &store = m_fx.store();
        MWS_VERIFY_OK(store.upsertUser(alice, QStringLiteral("Alice"), at()));
        const QString hash = hashOf("secret-1");
        Result<mws::model::ApiToken> token =
            store.createToken(alice, QStringLiteral("laptop"), hash, at(86400), QDateTime(), at());
        MWS_VERIFY_OK(token);
        QVERIFY(token->id.startsWith(QLatin1String("tok_")));
        QCOMPARE(token->id.size(), 4 + 16);
        QVERIFY(QRegularExpression(QStringLiteral("^tok_[0-9a-f]{16}$")).match(token->id).hasMatch());
        QCOMPARE(token->crsid, alice);
        QCOMPARE(token->name, QStringLiteral("laptop"));
        QCOMPARE(token->createdAt, at());
        QCOMPARE(token->expiresAt, at(86400));
        QVERIFY(!token->elevatedUntil.isValid());
        QVERIFY(!token->lastUsedAt.isValid());
        QVERIFY(!token->revokedAt.isValid());
        QVERIFY(token->isUsable(at(1)));

        Result<mws::model::ApiToken> found = store.tokenBySecretHash(hash);
        MWS_VERIFY_OK(found);
        QCOMPARE(found->id, token->id);
        MWS_VERIFY_ERROR(store.tokenBySecretHash(hashOf("other")), Error::Kind::NotFound);

        MWS_VERIFY_OK(store.touchToken(token->id, at(60)));
        QCOMPARE(store.tokenBySecretHash(hash)->lastUsedAt, at(60));

        MWS_VERIFY_OK(store.setTokenElevation(token->id, at(900)));
        QVERIFY(store.tokenBySecretHash(hash)->isElevated(at(899)));
        QVERIFY(!store.tokenBySecretHash(hash)->isElevated(at(900)));
        MWS_VERIFY_OK(store.setTokenElevation(token->id, QDateTime()));
        QVERIFY(!store.tokenBySecretHash(hash)->elevatedUntil.isValid());

        MWS_VERIFY_OK(store.revokeToken(token->id, at(120)));
        MWS_VERIFY_OK(store.revokeToken(token->id, at(240))); // the first revocation stands
        Result<mws::model::ApiToken> revoked = store.tokenBySecretHash(hash);
        QCOMPARE(revoked->revokedAt, at(120));
        QVERIFY(!revoked->isUsable(at(121)));

        for (const QString &missing : {QStringLiteral("tok_0000000000000000")}) {
            MWS_VERIFY_ERROR(store.touchToken(missing, at()), Error::Kind::NotFound);
            MWS_VERIFY_ERROR(store.revokeToken(missing, at()), Error::Kind::NotFound);
            MWS_VERIFY_ERROR(store.setTokenElevation(missing, at()), Error::Kind::NotFound);
        }
    }

    void tokensBelongToKnownUsersAndUniqueSecrets()
    {
        auto &store = m_fx.store();
        MWS_VERIFY_ERROR(store.createToken(bob, QStringLiteral("x"), hashOf("s"), at(60), {}, at()),
                         Error::Kind::NotFound);
        MWS_VERIFY_OK(store.upsertUser(alice, QStringLiteral("Alice"), at()));
        MWS_VERIFY_OK(store.createToken(alice, QStringLiteral("one"), hashOf("s"), at(60), {}, at()));
        MWS_VERIFY_ERROR(store.createToken(alice, QStringLiteral("two"), hashOf("s"), at(60), {}, at()),
                         Error::Kind::Conflict);
        MWS_VERIFY_ERROR(store.createToken(alice, QStringLiteral("three"), QString(), at(60), {}, at()),
                         Error::Kind::Invalid);
        QCOMPARE(store.tokensOf(alice)->size(), 1);
    }

    void tokensOfListsOnlyTheirOwnerOldestFirst()
    {
        auto &store = m_fx.store();
        MWS_VERIFY_OK(store.upsertUser(alice, QStringLiteral("Alice"), at()));
        MWS_VERIFY_OK(store.upsertUser(bob, QStringLiteral("Bob"), at()));
        MWS_VERIFY_OK(store.createToken(alice, QStringLiteral("second"), hashOf("a2"), at(9000), {}, at(20)));
        MWS_VERIFY_OK(store.createToken(alice, QStringLiteral("first"), hashOf("a1"), at(9000), {}, at(10)));
        MWS_VERIFY_OK(store.createToken(bob, QStringLiteral("bob's"), hashOf("b1"), at(9000), {}, at(15)));
        Result<QList<mws::model::ApiToken>> tokens = store.tokensOf(alice);
        MWS_VERIFY_OK(tokens);
        QCOMPARE(tokens->size(), 2);
        QCOMPARE(tokens->at(0).name, QStringLiteral("first"));
        QCOMPARE(tokens->at(1).name, QStringLiteral("second"));
        QVERIFY(store.tokensOf(QStringLiteral("zz999"))->isEmpty());
    }

    void loginFlowLifecycle()
    {
        auto &store = m_fx.store();
        Result<LoginFlow> created = store.createLoginFlow(pendingFlow("one"));
        MWS_VERIFY_OK(created);
        QVERIFY(created->id.startsWith(QLatin1String("flow-")));
        QCOMPARE(created->status, QStringLiteral("pending"));
        QCOMPARE(created->clientName, QStringLiteral("MWS Admin on laptop"));
        QCOMPARE(created->csrfHash, hashOf("csrf"));
        QCOMPARE(created->expiresAt, at(600));
        QVERIFY(created->principal.isEmpty());

        Result<LoginFlow> byLogin = store.loginFlowByLoginTokenHash(created->loginTokenHash);
        MWS_VERIFY_OK(byLogin);
        QCOMPARE(byLogin->id, created->id);
        Result<LoginFlow> byPoll = store.loginFlowByPollTokenHash(created->pollTokenHash);
        MWS_VERIFY_OK(byPoll);
        QCOMPARE(byPoll->id, created->id);
        // Each hash only opens its own door.
        MWS_VERIFY_ERROR(store.loginFlowByPollTokenHash(created->loginTokenHash), Error::Kind::NotFound);

        LoginFlow verified = created.value();
        verified.status = QStringLiteral("verified");
        verified.principal = alice;
        verified.nonceHash = hashOf("nonce");
        MWS_VERIFY_OK(store.updateLoginFlow(verified, QStringLiteral("pending")));
        Result<LoginFlow> reread = store.loginFlowByPollTokenHash(created->pollTokenHash);
        QCOMPARE(reread->status, QStringLiteral("verified"));
        QCOMPARE(reread->principal, alice);
        QCOMPARE(reread->nonceHash, hashOf("nonce"));
        QCOMPARE(reread->createdAt, at());

        // A second "pending → verified" loses: the step happens once.
        LoginFlow late = verified;
        late.principal = bob;
        MWS_VERIFY_ERROR(store.updateLoginFlow(late, QStringLiteral("pending")),
                         Error::Kind::PreconditionFailed);
        QCOMPARE(store.loginFlowByPollTokenHash(created->pollTokenHash)->principal, alice);

        LoginFlow bad = verified;
        bad.status = QStringLiteral("finished");
        MWS_VERIFY_ERROR(store.updateLoginFlow(bad), Error::Kind::Invalid);
        LoginFlow gone = verified;
        gone.id = QStringLiteral("flow-missing");
        MWS_VERIFY_ERROR(store.updateLoginFlow(gone), Error::Kind::NotFound);

        MWS_VERIFY_OK(store.deleteLoginFlow(created->id));
        MWS_VERIFY_ERROR(store.deleteLoginFlow(created->id), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.loginFlowByLoginTokenHash(created->loginTokenHash), Error::Kind::NotFound);
    }

    void loginFlowsAreValidatedAndUnique()
    {
        auto &store = m_fx.store();
        LoginFlow flow = pendingFlow("one");
        flow.purpose = QStringLiteral("sudo");
        MWS_VERIFY_ERROR(store.createLoginFlow(flow), Error::Kind::Invalid);
        flow = pendingFlow("one");
        flow.expiresAt = QDateTime();
        MWS_VERIFY_ERROR(store.createLoginFlow(flow), Error::Kind::Invalid);

        MWS_VERIFY_OK(store.createLoginFlow(pendingFlow("one")));
        MWS_VERIFY_ERROR(store.createLoginFlow(pendingFlow("one")), Error::Kind::Conflict);

        LoginFlow elevate = pendingFlow("two");
        elevate.purpose = QStringLiteral("elevate");
        elevate.elevateTokenId = QStringLiteral("tok_0123456789abcdef");
        Result<LoginFlow> stored = store.createLoginFlow(elevate);
        MWS_VERIFY_OK(stored);
        QCOMPARE(stored->purpose, QStringLiteral("elevate"));
        QCOMPARE(stored->elevateTokenId, QStringLiteral("tok_0123456789abcdef"));
    }

    void expiredLoginFlowsArePurged()
    {
        auto &store = m_fx.store();
        LoginFlow old = pendingFlow("old");
        old.expiresAt = at(60);
        MWS_VERIFY_OK(store.createLoginFlow(old));
        LoginFlow fresh = pendingFlow("fresh");
        fresh.expiresAt = at(600);
        MWS_VERIFY_OK(store.createLoginFlow(fresh));

        Result<int> purged = store.purgeExpiredLoginFlows(at(60));
        MWS_VERIFY_OK(purged);
        QCOMPARE(purged.value(), 1);
        MWS_VERIFY_ERROR(store.loginFlowByLoginTokenHash(old.loginTokenHash), Error::Kind::NotFound);
        MWS_VERIFY_OK(store.loginFlowByLoginTokenHash(fresh.loginTokenHash));
        QCOMPARE(store.purgeExpiredLoginFlows(at(60)).value(), 0);
    }

    void ravenResponsesAreAcceptedOnce()
    {
        auto &store = m_fx.store();
        const QDateTime issue = at(-5);
        MWS_VERIFY_OK(store.rememberRavenResponse(issue, QStringLiteral("1351247047-25829-18"), at()));
        Result<void> replay =
            store.rememberRavenResponse(issue, QStringLiteral("1351247047-25829-18"), at(1));
        MWS_VERIFY_ERROR(replay, Error::Kind::Conflict);
        // Same id at another issue time, or another id at the same time, is another response.
        MWS_VERIFY_OK(store.rememberRavenResponse(at(-4), QStringLiteral("1351247047-25829-18"), at(2)));
        MWS_VERIFY_OK(store.rememberRavenResponse(issue, QStringLiteral("1351247047-25829-19"), at(3)));

        // A replay inside a caller's transaction fails alone, and the caller can go on.
        MWS_VERIFY_OK(m_fx.db().transaction([&]() -> mws::Status {
            if (store.rememberRavenResponse(issue, QStringLiteral("1351247047-25829-18"), at(4)).ok())
                return Error::make(Error::Kind::Server, QStringLiteral("replay accepted"));
            return store.rememberRavenResponse(issue, QStringLiteral("new"), at(4));
        }));

        Result<int> purged = store.purgeRavenResponses(at(2));
        MWS_VERIFY_OK(purged);
        QCOMPARE(purged.value(), 1); // only the one seen at 0 s is older than 2 s
        // Once purged, the Raven time window is what rejects it, not this cache.
        MWS_VERIFY_OK(store.rememberRavenResponse(issue, QStringLiteral("1351247047-25829-18"), at(5)));
        MWS_VERIFY_ERROR(store.rememberRavenResponse(at(-4), QStringLiteral("1351247047-25829-18"), at(5)),
                         Error::Kind::Conflict);
    }

    void idempotencyRecords()
    {
        auto &store = m_fx.store();
        const QByteArray body = QByteArray("{\"id\":\"site-1\"}\x00\xff", 17);
        const IdempotencyRecord record{alice,
                                       QStringLiteral("key-1"),
                                       QStringLiteral("POST"),
                                       QStringLiteral("/api/v1/sites"),
                                       QCryptographicHash::hash("req", QCryptographicHash::Sha256),
                                       201,
                                       body,
                                       at()};
        Result<std::optional<IdempotencyRecord>> none = store.findIdempotency(alice, QStringLiteral("key-1"));
        MWS_VERIFY_OK(none);
        QVERIFY(!none->has_value());

        MWS_VERIFY_OK(store.saveIdempotency(record));
        Result<std::optional<IdempotencyRecord>> found =
            store.findIdempotency(alice, QStringLiteral("key-1"));
        MWS_VERIFY_OK(found);
        QVERIFY(found->has_value());
        const IdempotencyRecord &stored = **found;
        QCOMPARE(stored.crsid, alice);
        QCOMPARE(stored.key, QStringLiteral("key-1"));
        QCOMPARE(stored.method, QStringLiteral("POST"));
        QCOMPARE(stored.path, QStringLiteral("/api/v1/sites"));
        QCOMPARE(stored.requestHash, record.requestHash);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.body, body);
        QCOMPARE(stored.createdAt, at());

        MWS_VERIFY_ERROR(store.saveIdempotency(record), Error::Kind::Conflict);
        // Keys are per person.
        QVERIFY(!store.findIdempotency(bob, QStringLiteral("key-1"))->has_value());
        IdempotencyRecord bobs = record;
        bobs.crsid = bob;
        bobs.body = QByteArray(); // an empty body (204) is stored as empty
        bobs.status = 204;
        bobs.createdAt = at(100);
        MWS_VERIFY_OK(store.saveIdempotency(bobs));
        QVERIFY(store.findIdempotency(bob, QStringLiteral("key-1"))->value().body.isEmpty());

        Result<int> purged = store.purgeIdempotency(at(100));
        MWS_VERIFY_OK(purged);
        QCOMPARE(purged.value(), 1);
        QVERIFY(!store.findIdempotency(alice, QStringLiteral("key-1"))->has_value());
        QVERIFY(store.findIdempotency(bob, QStringLiteral("key-1"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestStoreAccounts)
#include "tst_store_accounts.moc"
