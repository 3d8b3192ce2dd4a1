// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Web sites page on its own, without a panel: what it shows relative to now (a certificate's
// expiry, a writable document root's end) follows the clock the test sets.
#include "hosting/websitespage.h"
#include "mockclock.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace mws;
using mws::test::MockClock;
using mws::ui::WebSitesPage;

namespace {

const QDateTime setNow(QDate(2030, 6, 1), QTime(12, 0), QTimeZone::UTC);

model::SiteHosting hostingWith(const QDateTime &notAfter, const QDateTime &writableUntil)
{
    model::SiteHosting hosting;
    hosting.siteId = QStringLiteral("site-x");
    hosting.version = 2;
    model::Vhost main;
    main.name = QStringLiteral("main");
    main.domains = {QStringLiteral("site-x.example.org")};
    main.tls.mode = model::TlsMode::Uploaded;
    main.tls.subject = QStringLiteral("CN=site-x.example.org");
    main.tls.issuer = QStringLiteral("CN=Example CA");
    main.tls.names = main.domains;
    main.tls.notBefore = notAfter.addDays(-90);
    main.tls.notAfter = notAfter;
    main.docrootWritableUntil = writableUntil;
    hosting.vhosts = {main};
    return hosting;
}

template <typename T> T *child(QWidget &page, const char *name)
{
    auto *widget = page.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestWebSitesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void expiryIsRelativeToTheClock()
    {
        MockClock clock(setNow);
        const model::SiteHosting hosting = hostingWith(setNow.addDays(10), {});
        WebSitesPage page;
        page.showHosting(hosting, {});
        QTRY_VERIFY(page.selectVhost(QStringLiteral("main")));
        auto *expiry = child<QLabel>(page, "tlsExpiry");
        QVERIFY2(expiry->text().contains(QLatin1String("expires in 10 day")), qPrintable(expiry->text()));
        const QString badge = child<QListWidget>(page, "vhostList")->item(0)->text();
        QVERIFY2(badge.contains(QLatin1String("certificate expires in 10 day")), qPrintable(badge));

        clock.setNow(setNow.addDays(100)); // the same certificate, seen later
        page.showHosting(hosting, {});
        QVERIFY2(expiry->text().startsWith(QLatin1String("Expired on")), qPrintable(expiry->text()));
        QVERIFY(child<QListWidget>(page, "vhostList")->item(0)->text().contains(QLatin1String("expired")));

        clock.setNow(setNow.addDays(-60)); // and long before
        page.showHosting(hosting, {});
        QVERIFY2(!expiry->text().contains(QLatin1String("expire"), Qt::CaseInsensitive),
                 qPrintable(expiry->text()));
    }

    void writableDocumentRootEndsByTheClock()
    {
        MockClock clock(setNow);
        const model::SiteHosting hosting = hostingWith(setNow.addYears(1), setNow.addSecs(1800));
        WebSitesPage page;
        page.showHosting(hosting, {});
        QTRY_VERIFY(page.selectVhost(QStringLiteral("main")));
        QVERIFY(child<QCheckBox>(page, "vhostDocrootWritable")->isChecked());
        QVERIFY(
            child<QLabel>(page, "vhostWritableUntil")->text().startsWith(QLatin1String("Writable until")));

        clock.advanceSeconds(3600); // the panel has turned it off by now
        page.clear();               // (a reload of the same site keeps what looks like an edit)
        page.showHosting(hosting, {});
        QVERIFY(!child<QCheckBox>(page, "vhostDocrootWritable")->isChecked());
        QVERIFY(child<QLabel>(page, "vhostWritableUntil")->text().isEmpty());
    }
};

QTEST_MAIN(TestWebSitesPage)
#include "tst_websitespage.moc"
