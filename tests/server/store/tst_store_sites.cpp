// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sites, members, listing and searching, and hostile strings as plain data.

#include "storefixture.h"

#include <QRegularExpression>
#include <QTest>

using mws::Error;
using mws::Result;
using mws::model::Role;
using mws::model::Site;
using mws::model::SiteMember;
using mws::model::SiteStatus;
using mws::store::Page;
using mws::store::SiteQuery;
using mws::test::at;

namespace {

Site newSite(const QString &name, const QString &hostname = {})
{
    Site site;
    site.name = name;
    site.description = QStringLiteral("The %1 site").arg(name);
    site.contactEmail = name + QStringLiteral("@example.test");
    site.hostname = hostname;
    site.requestedBy = QStringLiteral("ab123");
    return site;
}

SiteMember member(const QString &siteId, const QString &crsid, Role role, const QDateTime &expiresAt = {})
{
    return SiteMember{siteId, crsid, role, expiresAt, QStringLiteral("ab123"), at()};
}

QStringList namesOf(const Page<Site> &page)
{
    QStringList names;
    for (const Site &site : page.items)
        names << site.name;
    return names;
}

} // namespace

class TestStoreSites : public mws::test::StoreTest
{
    Q_OBJECT

private:
    // Creates the site or fails the test; returns its id.
    QString create(const Site &site)
    {
        Result<Site> created = m_fx.store().createSite(site, at());
        if (!created)
            qFatal("createSite(%s) failed: %s", qPrintable(site.name),
                   qPrintable(created.error().fullText()));
        return created->id;
    }

    Result<Page<Site>> list(SiteQuery query, const QDateTime &now = at())
    {
        return m_fx.store().listSites(query, now);
    }

private Q_SLOTS:
    void createAndRead()
    {
        auto &store = m_fx.store();
        Site site = newSite(QStringLiteral("physics"), QStringLiteral("physics.example.test"));
        site.status = SiteStatus::Active;
        site.version = 42;         // ignored: a new site starts at 1
        site.createdAt = at(-999); // ignored: now is the creation time
        Result<Site> created = store.createSite(site, at());
        MWS_VERIFY_OK(created);
        QVERIFY2(QRegularExpression(QStringLiteral("^site-[0-9a-f]{8}$")).match(created->id).hasMatch(),
                 qPrintable(created->id));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->createdAt, at());
        QCOMPARE(created->updatedAt, at());

        Result<Site> read = store.site(created->id);
        MWS_VERIFY_OK(read);
        QCOMPARE(read->name, QStringLiteral("physics"));
        QCOMPARE(read->description, QStringLiteral("The physics site"));
        QCOMPARE(read->contactEmail, QStringLiteral("physics@example.test"));
        QCOMPARE(mws::model::toString(read->status), mws::model::toString(SiteStatus::Active));
        QCOMPARE(read->hostname, QStringLiteral("physics.example.test"));
        QCOMPARE(read->requestedBy, QStringLiteral("ab123"));
        QVERIFY(read->suspensionReason.isEmpty());
        QCOMPARE(read->toJson(), created->toJson());

        MWS_VERIFY_ERROR(store.site(QStringLiteral("site-00000000")), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.createSite(newSite(QStringLiteral("  ")), at()), Error::Kind::Invalid);
    }

    void explicitIdsAreKeptAndUnique()
    {
        auto &store = m_fx.store();
        Site site = newSite(QStringLiteral("chosen"));
        site.id = QStringLiteral("site-chosen");
        Result<Site> created = store.createSite(site, at());
        MWS_VERIFY_OK(created);
        QCOMPARE(created->id, QStringLiteral("site-chosen"));
        site.name = QStringLiteral("another name");
        MWS_VERIFY_ERROR(store.createSite(site, at()), Error::Kind::Conflict);
    }

    void namesAreUnique()
    {
        auto &store = m_fx.store();
        const QString first = create(newSite(QStringLiteral("chemistry")));
        Result<Site> duplicate = store.createSite(newSite(QStringLiteral("chemistry")), at(5));
        MWS_VERIFY_ERROR(duplicate, Error::Kind::Conflict);
        QVERIFY(duplicate.error().message.contains(QLatin1String("chemistry")));
        QCOMPARE(list({})->total, 1);

        // Renaming onto a taken name is refused too, and changes nothing.
        const QString second = create(newSite(QStringLiteral("biology")));
        Site renamed = store.site(second).value();
        renamed.name = QStringLiteral("chemistry");
        renamed.description = QStringLiteral("changed");
        MWS_VERIFY_ERROR(store.updateSite(renamed, 1, at(10)), Error::Kind::Conflict);
        Result<Site> unchanged = store.site(second);
        QCOMPARE(unchanged->name, QStringLiteral("biology"));
        QCOMPARE(unchanged->description, QStringLiteral("The biology site"));
        QCOMPARE(unchanged->version, 1);
        QCOMPARE(store.site(first)->name, QStringLiteral("chemistry"));
    }

    void updateBumpsTheVersion()
    {
        auto &store = m_fx.store();
        const QString id = create(newSite(QStringLiteral("maths")));
        Site changed = store.site(id).value();
        changed.description = QStringLiteral("Numbers");
        changed.status = SiteStatus::Suspended;
        changed.suspensionReason = QStringLiteral("unpaid");
        changed.requestedBy = QStringLiteral("zz999"); // not changeable
        Result<Site> updated = store.updateSite(changed, 1, at(60));
        MWS_VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->updatedAt, at(60));
        QCOMPARE(updated->createdAt, at());
        QCOMPARE(updated->description, QStringLiteral("Numbers"));
        QCOMPARE(mws::model::toString(updated->status), mws::model::toString(SiteStatus::Suspended));
        QCOMPARE(updated->suspensionReason, QStringLiteral("unpaid"));
        QCOMPARE(updated->requestedBy, QStringLiteral("ab123"));
        QCOMPARE(store.site(id)->toJson(), updated->toJson());

        MWS_VERIFY_OK(store.updateSite(updated.value(), 2, at(61)));
        QCOMPARE(store.site(id)->version, 3);
    }

    void staleVersionIsRefusedAndChangesNothing()
    {
        auto &store = m_fx.store();
        const QString id = create(newSite(QStringLiteral("history")));
        Site first = store.site(id).value();
        Site second = first;
        first.description = QStringLiteral("first writer");
        second.description = QStringLiteral("second writer");
        MWS_VERIFY_OK(store.updateSite(first, 1, at(10)));

        Result<Site> stale = store.updateSite(second, 1, at(20));
        MWS_VERIFY_ERROR(stale, Error::Kind::PreconditionFailed);
        qInfo("refused: %s", qPrintable(stale.error().message));
        Result<Site> stored = store.site(id);
        QCOMPARE(stored->description, QStringLiteral("first writer"));
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->updatedAt, at(10));

        Site missing = first;
        missing.id = QStringLiteral("site-ffffffff");
        MWS_VERIFY_ERROR(store.updateSite(missing, 1, at()), Error::Kind::NotFound);
    }

    void membersHaveOneRolePerPerson()
    {
        auto &store = m_fx.store();
        const QString id = create(newSite(QStringLiteral("music")));
        MWS_VERIFY_OK(store.putMember(member(id, QStringLiteral("cd456"), Role::Admin)));
        MWS_VERIFY_OK(store.putMember(member(id, QStringLiteral("ab123"), Role::Owner)));
        MWS_VERIFY_OK(store.putMember(member(id, QStringLiteral("cd456"), Role::SshUser)));

        Result<QList<SiteMember>> members = store.members(id);
        MWS_VERIFY_OK(members);
        QCOMPARE(members->size(), 2);
        QCOMPARE(members->at(0).crsid, QStringLiteral("ab123"));
        QCOMPARE(mws::model::toString(members->at(0).role), mws::model::toString(Role::Owner));
        QCOMPARE(members->at(1).crsid, QStringLiteral("cd456"));
        QCOMPARE(mws::model::toString(members->at(1).role), mws::model::toString(Role::SshUser));
        QCOMPARE(members->at(1).addedBy, QStringLiteral("ab123"));
        QCOMPARE(members->at(1).createdAt, at());
        QVERIFY(!members->at(1).expiresAt.isValid());

        MWS_VERIFY_OK(store.removeMember(id, QStringLiteral("cd456")));
        MWS_VERIFY_ERROR(store.removeMember(id, QStringLiteral("cd456")), Error::Kind::NotFound);
        QCOMPARE(store.members(id)->size(), 1);

        MWS_VERIFY_ERROR(
            store.putMember(member(QStringLiteral("site-none"), QStringLiteral("ab123"), Role::Owner)),
            Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.members(QStringLiteral("site-none")), Error::Kind::NotFound);
    }

    void expiredMembershipsDoNotCount()
    {
        auto &store = m_fx.store();
        const QString id = create(newSite(QStringLiteral("support")));
        MWS_VERIFY_OK(store.putMember(member(id, QStringLiteral("st001"), Role::Supporter, at(3600))));

        Result<std::optional<SiteMember>> during = store.membership(id, QStringLiteral("st001"), at(3599));
        MWS_VERIFY_OK(during);
        QVERIFY(during->has_value());
        QCOMPARE(mws::model::toString((*during)->role), mws::model::toString(Role::Supporter));
        QCOMPARE((*during)->expiresAt, at(3600));

        Result<std::optional<SiteMember>> after = store.membership(id, QStringLiteral("st001"), at(3600));
        MWS_VERIFY_OK(after);
        QVERIFY(!after->has_value());
        QVERIFY(!store.membership(id, QStringLiteral("nobody"), at())->has_value());
        // Still listed, so that owners see it lapsed.
        QCOMPARE(store.members(id)->size(), 1);

        // Only current memberships put a site on someone's list.
        SiteQuery mine;
        mine.memberCrsid = QStringLiteral("st001");
        QCOMPARE(list(mine, at(3599))->total, 1);
        QCOMPARE(list(mine, at(3600))->total, 0);
    }

    void listingPagesAndTotals()
    {
        const QStringList names{QStringLiteral("echo"),    QStringLiteral("alpha"),   QStringLiteral("golf"),
                                QStringLiteral("charlie"), QStringLiteral("foxtrot"), QStringLiteral("bravo"),
                                QStringLiteral("delta")};
        for (const QString &name : names)
            create(newSite(name));

        Result<Page<Site>> all = list({});
        MWS_VERIFY_OK(all);
        QCOMPARE(all->total, 7);
        QCOMPARE(namesOf(all.value()),
                 QStringList({"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"}));

        SiteQuery page;
        page.offset = 2;
        page.limit = 3;
        Result<Page<Site>> middle = list(page);
        MWS_VERIFY_OK(middle);
        QCOMPARE(middle->total, 7);
        QCOMPARE(namesOf(middle.value()), QStringList({"charlie", "delta", "echo"}));

        page.offset = 6;
        QCOMPARE(namesOf(list(page).value()), QStringList({"golf"}));
        page.offset = 7;
        Result<Page<Site>> past = list(page);
        QCOMPARE(past->total, 7);
        QVERIFY(past->items.isEmpty());

        page.offset = -1;
        MWS_VERIFY_ERROR(list(page), Error::Kind::Invalid);
        page.offset = 0;
        page.limit = 0;
        MWS_VERIFY_ERROR(list(page), Error::Kind::Invalid);
        page.limit = mws::store::maxPageSize + 1;
        MWS_VERIFY_ERROR(list(page), Error::Kind::Invalid);
    }

    void searchingAndFiltering()
    {
        auto &store = m_fx.store();
        const QString physics =
            create(newSite(QStringLiteral("Physics"), QStringLiteral("www.phy.example.test")));
        const QString chemistry =
            create(newSite(QStringLiteral("chemistry"), QStringLiteral("chem.example.test")));
        Site suspended = newSite(QStringLiteral("astrophysics"), QStringLiteral("ast.example.test"));
        suspended.status = SiteStatus::Suspended;
        const QString astro = create(suspended);
        MWS_VERIFY_OK(store.putMember(member(chemistry, QStringLiteral("ab123"), Role::Owner)));
        MWS_VERIFY_OK(store.putMember(member(physics, QStringLiteral("ab1234"), Role::Admin)));
        MWS_VERIFY_OK(store.putMember(member(astro, QStringLiteral("ab123"), Role::Supporter, at(-1))));

        const auto search = [&](const QString &text) {
            SiteQuery query;
            query.text = text;
            return namesOf(list(query).value());
        };
        QCOMPARE(search(QStringLiteral("PHYSICS")), QStringList({"Physics", "astrophysics"})); // any case
        QCOMPARE(search(QStringLiteral("chem.EXAMPLE")), QStringList({"chemistry"}));          // hostname
        QCOMPARE(search(physics.mid(5, 6)), QStringList({"Physics"})); // part of the id
        // A CRSid matches exactly, and only current members.
        QCOMPARE(search(QStringLiteral("ab123")), QStringList({"chemistry"}));
        QCOMPARE(search(QStringLiteral("ab12")), QStringList());
        QCOMPARE(search(QStringLiteral("nothing")), QStringList());

        SiteQuery filtered;
        filtered.status = SiteStatus::Suspended;
        QCOMPARE(namesOf(list(filtered).value()), QStringList({"astrophysics"}));
        filtered.status = SiteStatus::Requested;
        filtered.text = QStringLiteral("physics");
        Result<Page<Site>> combined = list(filtered);
        QCOMPARE(namesOf(combined.value()), QStringList({"Physics"}));
        QCOMPARE(combined->total, 1);

        SiteQuery mine;
        mine.memberCrsid = QStringLiteral("ab123");
        QCOMPARE(namesOf(list(mine).value()), QStringList({"chemistry"}));
        mine.text = QStringLiteral("phys");
        QCOMPARE(list(mine)->total, 0);
    }

    void hostileStringsAreData()
    {
        auto &store = m_fx.store();
        const QStringList hostile{QStringLiteral("'; DROP TABLE sites; --"),
                                  QStringLiteral("100% pure"),
                                  QStringLiteral("under_score"),
                                  QStringLiteral("back\\slash"),
                                  QStringLiteral("\"double\" and 'single' quotes"),
                                  QStringLiteral("?$1 :name @p {{id}}"),
                                  QStringLiteral("unicode: caf\u00e9 \u2603 \U0001F600"),
                                  QStringLiteral("percentless"),
                                  QStringLiteral("underscoreless"),
                                  QStringLiteral("backslashless")};
        QHash<QString, QString> ids;
        for (const QString &name : hostile) {
            Site site = newSite(name, name + QStringLiteral(".host"));
            site.description = name;
            site.suspensionReason = name;
            ids.insert(name, create(site));
        }
        QCOMPARE(list({})->total, hostile.size()); // the table is still there

        for (const QString &name : hostile) {
            Result<Site> read = store.site(ids.value(name));
            MWS_VERIFY_OK(read);
            QCOMPARE(read->name, name);
            QCOMPARE(read->description, name);
            QCOMPARE(read->suspensionReason, name);
            QCOMPARE(read->hostname, name + QStringLiteral(".host"));
        }

        const auto search = [&](const QString &text) {
            SiteQuery query;
            query.text = text;
            return namesOf(list(query).value());
        };
        // Wildcards and the escape character match themselves only.
        QCOMPARE(search(QStringLiteral("%")), QStringList({"100% pure"}));
        QCOMPARE(search(QStringLiteral("_")), QStringList({"under_score"}));
        QCOMPARE(search(QStringLiteral("\\")), QStringList({"back\\slash"}));
        QCOMPARE(search(QStringLiteral("'; DROP")), QStringList({"'; DROP TABLE sites; --"}));
        QCOMPARE(search(QStringLiteral("\"double\"")), QStringList({"\"double\" and 'single' quotes"}));
        QCOMPARE(search(QStringLiteral("?$1")), QStringList({"?$1 :name @p {{id}}"}));
        QCOMPARE(search(QStringLiteral("\u2603 \U0001F600")),
                 QStringList({"unicode: caf\u00e9 \u2603 \U0001F600"}));
        QCOMPARE(search(QStringLiteral("' OR '1'='1")), QStringList());

        // As a member's CRSid, too.
        const QString injected = QStringLiteral("x' OR 1=1 --");
        MWS_VERIFY_OK(
            store.putMember(member(ids.value(QStringLiteral("percentless")), injected, Role::Admin)));
        QCOMPARE(search(injected), QStringList({"percentless"}));
        SiteQuery mine;
        mine.memberCrsid = injected;
        QCOMPARE(namesOf(list(mine).value()), QStringList({"percentless"}));
        QVERIFY(store.membership(ids.value(QStringLiteral("percentless")), injected, at())->has_value());
        QCOMPARE(list({})->total, hostile.size());
    }
};

QTEST_GUILESS_MAIN(TestStoreSites)
#include "tst_store_sites.moc"
