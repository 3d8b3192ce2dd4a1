// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Each person's SSH public keys: per person, each key once, a cap, and no one else's.

#include "sshkeystore.h"
#include "storefixture.h"

#include <QTest>

using mws::Error;
using mws::Result;
using mws::model::SshKey;
using mws::store::SshKeyStore;
using mws::test::at;
using mws::test::StoreFixture;

namespace {

const QString alice = QStringLiteral("ab123");
const QString bob = QStringLiteral("cd456");

SshKey keyOf(const QString &crsid, int number, qint64 seconds = 0)
{
    SshKey key;
    key.crsid = crsid;
    key.type = QStringLiteral("ssh-ed25519");
    key.bits = 256;
    key.keyBase64 = QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAI%1").arg(number);
    key.comment = QStringLiteral("key %1").arg(number);
    key.fingerprint = QStringLiteral("SHA256:fingerprint%1").arg(number);
    key.createdAt = at(seconds);
    return key;
}

} // namespace

class TestStoreSshKeys : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fx;

private Q_SLOTS:
    void initTestCase() { MWS_STORE_SETUP(m_fx); }
    void init()
    {
        QString error;
        QVERIFY2(m_fx.openFresh(&error), qPrintable(error));
        MWS_VERIFY_OK(m_fx.store().upsertUser(alice, QStringLiteral("Alice A"), at()));
        MWS_VERIFY_OK(m_fx.store().upsertUser(bob, QStringLiteral("Bob B"), at()));
    }
    void cleanup() { m_fx.close(); }

    void addListAndRemove()
    {
        SshKeyStore keys(m_fx.db());
        Result<SshKey> first = keys.add(keyOf(alice, 1, 10), 20);
        MWS_VERIFY_OK(first);
        QVERIFY2(first->id.startsWith(QLatin1String("key-")) && first->id.size() == 20,
                 qPrintable(first->id));
        Result<SshKey> second = keys.add(keyOf(alice, 2, 20), 20);
        MWS_VERIFY_OK(second);
        QVERIFY(first->id != second->id);

        Result<QList<SshKey>> listed = keys.keysOf(alice);
        MWS_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        const SshKey &read = listed->first();
        QCOMPARE(read.id, first->id);
        QCOMPARE(read.crsid, alice);
        QCOMPARE(read.type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(read.bits, 256);
        QCOMPARE(read.keyBase64, keyOf(alice, 1).keyBase64);
        QCOMPARE(read.comment, QStringLiteral("key 1"));
        QCOMPARE(read.fingerprint, QStringLiteral("SHA256:fingerprint1"));
        QCOMPARE(read.createdAt, at(10));
        QVERIFY(!read.lastUsedAt.isValid());
        QCOMPARE(listed->at(1).id, second->id);

        MWS_VERIFY_OK(keys.markUsed(alice, QStringLiteral("SHA256:fingerprint2"), at(99)));
        QCOMPARE(keys.key(alice, second->id)->lastUsedAt, at(99));

        MWS_VERIFY_OK(keys.remove(alice, first->id));
        MWS_VERIFY_ERROR(keys.remove(alice, first->id), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(keys.key(alice, first->id), Error::Kind::NotFound);
        QCOMPARE(keys.keysOf(alice)->size(), 1);
    }

    void aKeyIsOncePerPersonButMayBeTwoPeoples()
    {
        SshKeyStore keys(m_fx.db());
        MWS_VERIFY_OK(keys.add(keyOf(alice, 1), 20));
        Result<SshKey> again = keys.add(keyOf(alice, 1), 20);
        MWS_VERIFY_ERROR(again, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QLatin1String("already")), qPrintable(again.error().message));
        QCOMPARE(keys.keysOf(alice)->size(), 1);
        // The same public key under another person is theirs to have too.
        MWS_VERIFY_OK(keys.add(keyOf(bob, 1), 20));
    }

    void onePersonCannotReachAnothersKey()
    {
        SshKeyStore keys(m_fx.db());
        Result<SshKey> alices = keys.add(keyOf(alice, 1), 20);
        MWS_VERIFY_OK(alices);
        MWS_VERIFY_ERROR(keys.key(bob, alices->id), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(keys.remove(bob, alices->id), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(keys.markUsed(bob, alices->fingerprint, at()), Error::Kind::NotFound);
        QVERIFY(keys.keysOf(bob)->isEmpty());
        QCOMPARE(keys.keysOf(alice)->size(), 1);
    }

    void theCapIsPerPerson()
    {
        SshKeyStore keys(m_fx.db());
        for (int i = 0; i < 3; ++i)
            MWS_VERIFY_OK(keys.add(keyOf(alice, i), 3));
        Result<SshKey> over = keys.add(keyOf(alice, 3), 3);
        MWS_VERIFY_ERROR(over, Error::Kind::Conflict);
        QVERIFY2(over.error().message.contains(QLatin1String("most")), qPrintable(over.error().message));
        QCOMPARE(keys.keysOf(alice)->size(), 3);
        MWS_VERIFY_OK(keys.add(keyOf(bob, 3), 3));
    }

    void aKeyNeedsAKnownPerson()
    {
        SshKeyStore keys(m_fx.db());
        MWS_VERIFY_ERROR(keys.add(keyOf(QStringLiteral("zz999"), 1), 20), Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStoreSshKeys)
#include "tst_store_sshkeys.moc"
