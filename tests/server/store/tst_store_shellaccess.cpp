// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Shell access's tables: each person's uid given once and kept, never twice; who has shell on a
// host's sites (current members of active sites only); each host's published sshd.

#include "shellaccessstore.h"
#include "storefixture.h"

#include <QTest>

using mws::Error;
using mws::Result;
using mws::model::Role;
using mws::model::SiteMember;
using mws::model::SiteStatus;
using mws::store::ShellAccessStore;
using mws::store::ShellSite;
using mws::store::SshHost;
using mws::test::at;
using mws::test::StoreFixture;

class TestStoreShellAccess : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fx;

    QString siteWith(const QString &name, SiteStatus status, const QList<SiteMember> &members)
    {
        mws::model::Site site;
        site.name = name;
        site.requestedBy = QStringLiteral("ab123");
        site.status = status;
        Result<mws::model::Site> created = m_fx.store().createSite(site, at());
        if (!created)
            return {};
        for (SiteMember member : members) {
            member.siteId = created->id;
            member.addedBy = QStringLiteral("ab123");
            member.createdAt = at();
            if (!m_fx.store().putMember(member))
                return {};
        }
        return created->id;
    }

    static SiteMember member(const QString &crsid, Role role, const QDateTime &expires = {})
    {
        SiteMember made;
        made.crsid = crsid;
        made.role = role;
        made.expiresAt = expires;
        return made;
    }

private Q_SLOTS:
    void initTestCase() { MWS_STORE_SETUP(m_fx); }
    void init()
    {
        QString error;
        QVERIFY2(m_fx.openFresh(&error), qPrintable(error));
    }
    void cleanup() { m_fx.close(); }

    void aUidIsGivenOnceAndKept()
    {
        ShellAccessStore accounts(m_fx.db());
        QCOMPARE(*accounts.existingUid(QStringLiteral("ab123")), std::optional<qint64>());
        QCOMPARE(*accounts.personUid(QStringLiteral("ab123"), 60000, 60002), 60000);
        QCOMPARE(*accounts.personUid(QStringLiteral("cd456"), 60000, 60002), 60001);
        // Asked again, even with another range: the same number.
        QCOMPARE(*accounts.personUid(QStringLiteral("ab123"), 70000, 70010), 60000);
        QCOMPARE(*accounts.existingUid(QStringLiteral("cd456")), std::optional<qint64>(60001));
        QCOMPARE(*accounts.personUid(QStringLiteral("ef789"), 60000, 60002), 60002);
        const Result<qint64> full = accounts.personUid(QStringLiteral("gh012"), 60000, 60002);
        QVERIFY(!full);
        QVERIFY2(full.error().message.contains(QStringLiteral("60000–60002")),
                 qPrintable(full.error().message));
        QCOMPARE(*accounts.existingUid(QStringLiteral("gh012")), std::optional<qint64>());
        // Several at once (the SSH page's people): only those with a number, each with theirs.
        const QHash<QString, qint64> expected{{QStringLiteral("ab123"), 60000},
                                              {QStringLiteral("ef789"), 60002}};
        QCOMPARE(*accounts.existingUids(
                     {QStringLiteral("ab123"), QStringLiteral("gh012"), QStringLiteral("ef789")}),
                 expected);
        QVERIFY(accounts.existingUids({})->isEmpty());
    }

    void shellFollowsMembersAndTheSitesStatus()
    {
        const QString active = siteWith(QStringLiteral("active"), SiteStatus::Active,
                                        {member(QStringLiteral("ab123"), Role::Owner),
                                         member(QStringLiteral("cd456"), Role::SshUser),
                                         member(QStringLiteral("ef789"), Role::Supporter, at(100)),
                                         member(QStringLiteral("gh012"), Role::Supporter, at(-100))});
        const QString suspended = siteWith(QStringLiteral("suspended"), SiteStatus::Suspended,
                                           {member(QStringLiteral("ab123"), Role::Owner)});
        QVERIFY(!active.isEmpty() && !suspended.isEmpty());
        ShellAccessStore accounts(m_fx.db());
        Result<QList<ShellSite>> sites = accounts.sitesOfHost(QStringLiteral("local"), at());
        MWS_VERIFY_OK(sites);
        QCOMPARE(sites->size(), 2);
        for (const ShellSite &site : *sites) {
            QStringList people;
            for (const auto &person : site.people)
                people << person.crsid;
            if (site.siteId == active)
                QCOMPARE(people, (QStringList{QStringLiteral("ab123"), QStringLiteral("cd456"),
                                              QStringLiteral("ef789")}));
            else
                QCOMPARE(people, QStringList());
        }
        QCOMPARE(*accounts.shellSitesOf(QStringLiteral("ab123"), at()), QStringList{active});
        QCOMPARE(*accounts.shellSitesOf(QStringLiteral("gh012"), at()), QStringList());
        QVERIFY(accounts.sitesOfHost(QStringLiteral("elsewhere"), at())->isEmpty());
        QCOMPARE(*accounts.hostOfSite(active), QStringLiteral("local"));
    }

    void aHostPublishesItsSshd()
    {
        ShellAccessStore accounts(m_fx.db());
        QCOMPARE(accounts.sshHost(QStringLiteral("local")).error().kind, Error::Kind::NotFound);
        SshHost host{QStringLiteral("local"),
                     QStringLiteral("shell.example.test"),
                     2222,
                     QStringLiteral("t-"),
                     {QStringLiteral("ssh-ed25519 AAAA"), QStringLiteral("ssh-rsa BBBB")},
                     QStringLiteral("/srv/sites"),
                     QStringLiteral("127.0.0.1:3306"),
                     at()};
        MWS_VERIFY_OK(accounts.publishHost(host));
        host.port = 22;
        MWS_VERIFY_OK(accounts.publishHost(host));
        const Result<SshHost> read = accounts.sshHost(QStringLiteral("local"));
        MWS_VERIFY_OK(read);
        QCOMPARE(read->address, host.address);
        QCOMPARE(read->port, 22);
        QCOMPARE(read->userPrefix, QStringLiteral("t-"));
        QCOMPARE(read->publicKeys, host.publicKeys);
        QCOMPARE(read->sitesRoot, QStringLiteral("/srv/sites"));
        QCOMPARE(read->tunnelTo, QStringLiteral("127.0.0.1:3306"));
    }
};

QTEST_GUILESS_MAIN(TestStoreShellAccess)
#include "tst_store_shellaccess.moc"
