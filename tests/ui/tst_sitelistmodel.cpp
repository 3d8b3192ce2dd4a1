// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The site list's search: by name, service hostname, id and the domain names the site's vhosts
// serve, typed in either their Unicode or their ASCII (IDNA) form.
#include "models/sitelistmodel.h"

#include <QTest>

using namespace mws;

class TestSiteListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList matches(const QList<model::Site> &sites, const QString &search)
    {
        ui::SiteListModel model;
        model.setSites(sites);
        ui::SiteFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << filter.index(row, 0).data(ui::SiteListModel::SiteIdRole).toString();
        return ids;
    }

private Q_SLOTS:
    void searchFindsDomains_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << QStringLiteral("chem") << QStringList{QStringLiteral("site-1")};
        QTest::newRow("domain") << QStringLiteral("outreach.chem.example")
                                << QStringList{QStringLiteral("site-1")};
        QTest::newRow("part of a domain")
            << QStringLiteral("bookshop") << QStringList{QStringLiteral("site-2")};
        QTest::newRow("unicode form") << QStringLiteral("Bücher") << QStringList{QStringLiteral("site-2")};
        QTest::newRow("ascii form") << QStringLiteral("xn--bcher") << QStringList{QStringLiteral("site-2")};
        QTest::newRow("service hostname")
            << QStringLiteral("site-2.sites") << QStringList{QStringLiteral("site-2")};
        QTest::newRow("nothing") << QStringLiteral("nowhere.example") << QStringList{};
    }

    void searchFindsDomains()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        model::Site chemistry;
        chemistry.id = QStringLiteral("site-1");
        chemistry.name = QStringLiteral("Department of Chemistry");
        chemistry.hostname = QStringLiteral("site-1.sites.localhost");
        chemistry.domains = {QStringLiteral("www.chem.example"), QStringLiteral("outreach.chem.example")};
        model::Site shop;
        shop.id = QStringLiteral("site-2");
        shop.name = QStringLiteral("Press");
        shop.hostname = QStringLiteral("site-2.sites.localhost");
        shop.domains = {QStringLiteral("xn--bcher-kva.example"), QStringLiteral("bookshop.example")};
        QCOMPARE(matches({chemistry, shop}, search), expected);
    }
};

QTEST_MAIN(TestSiteListModel)
#include "tst_sitelistmodel.moc"
