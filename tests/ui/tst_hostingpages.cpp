// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Web hosting from the desktop, end to end: the app signed in through the test WLS to a real
// panel that drives real Apache and PHP-FPM. A site owner adds a vhost, changes PHP and Apache
// settings and deletes the vhost, every change through the diff dialog and the jobs panel, and
// the pages are fetched from Apache with curl to see each change take effect (or, for a
// directive Apache refuses, not take effect).
#include "apitestbase.h"
#include "appcontroller.h"
#include "browseruser.h"
#include "hosting/hostingcontroller.h"
#include "mainwindow.h"
#include "session/siteresourceloader.h"
#include "signin/signinwindow.h"
#include "toplevel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace mws::test;

namespace {

struct Fetched
{
    int status = 0;
    QByteArray body;
    QString error;
};

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestHostingPages : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    BrowserUser m_browser;
    QTemporaryDir m_files;
    QString m_siteId;
    std::unique_ptr<mws::ui::AppController> m_app;
    mws::ui::MainWindow *m_window = nullptr;

    PanelProcess &panel() { return m_fixture.panel(); }
    template <typename T = QWidget> T *child(const char *name)
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    mws::ui::HostingController *hosting() { return m_window->findChild<mws::ui::HostingController *>(); }
    void showTab(const char *page) { child<QTabWidget>("sitePages")->setCurrentWidget(child(page)); }
    QString docroot()
    {
        return panel().sitesRoot() + QLatin1Char('/') + m_siteId + QStringLiteral("/public_html/main");
    }

    Fetched fetch(const QString &host, const QString &path = QStringLiteral("/"))
    {
        return curlFetch(QStringLiteral("http"), panel().httpPort(), host, path, {});
    }

    // Over HTTPS; tls says how curl checks the certificate (--cacert FILE, or -k).
    Fetched fetchHttps(const QString &host, const QStringList &tls)
    {
        return curlFetch(QStringLiteral("https"), panel().httpsPort(), host, QStringLiteral("/"), tls);
    }

    Fetched curlFetch(const QString &scheme, quint16 port, const QString &host, const QString &path,
                      const QStringList &extra)
    {
        QProcess curl;
        curl.start(
            QStringLiteral("curl"),
            QStringList{QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("-"),
                        QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("--max-time"),
                        QStringLiteral("10"), QStringLiteral("--resolve"),
                        QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(port)} +
                extra + QStringList{QStringLiteral("%1://%2:%3%4").arg(scheme, host).arg(port).arg(path)});
        Fetched page;
        // Waits with the event loop running, so the app keeps working meanwhile.
        if (!QTest::qWaitFor([&curl] { return curl.state() == QProcess::NotRunning; }, 20000))
            curl.kill();
        QByteArray out = curl.readAllStandardOutput();
        const qsizetype split = out.lastIndexOf('\n');
        page.status = out.mid(split + 1).toInt();
        page.body = out.left(split);
        page.error = QString::fromUtf8(curl.readAllStandardError());
        return page;
    }

    Fetched fetchUntil(const QString &host, const QString &path,
                       const std::function<bool(const Fetched &)> &done)
    {
        Fetched page;
        QDeadlineTimer deadline(15000);
        do {
            page = fetch(host, path);
            if (done(page))
                break;
            QTest::qWait(100);
        } while (!deadline.hasExpired());
        return page;
    }

    // The newest job in the jobs panel, as it reads ("hosting.… — done").
    QString newestJob()
    {
        auto *jobs = child<QListWidget>("jobList");
        return jobs->count() > 0 ? jobs->item(0)->text() : QString();
    }

    // Waits for the diff dialog, checks what it shows, and applies; returns the diff's text.
    QString reviewAndApply()
    {
        QString text;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(topLevel("diffDialog"), 15000);
            QWidget *dialog = topLevel("diffDialog");
            for (auto *view : dialog->findChildren<QPlainTextEdit *>(QStringLiteral("diffView"))) {
                QVERIFY(view->isReadOnly());
                text += view->toPlainText();
            }
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyChange"));
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY(!topLevel("diffDialog"));
        }();
        return text;
    }

    // After a change: the job ends as expected and the hosting is loaded again.
    void waitForJob(const QString &state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(newestJob().endsWith(state), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!hosting()->isBusy(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        options.webServers = true;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));

        // Staff make an active site for test0002.
        HttpClient http;
        const QString staff = signIn(http, panel(), QStringLiteral("test0001"), &error);
        const QString elevated = signIn(http, panel(), QStringLiteral("test0001"), &error, staff);
        QVERIFY2(!elevated.isEmpty(), qPrintable(error));
        const HttpReply created =
            http.sendJson("POST", panel().url(QStringLiteral("/api/v1/sites")),
                          {{QStringLiteral("name"), QStringLiteral("GUI Hosting Lab")},
                           {QStringLiteral("contactEmail"), QStringLiteral("w@gui.test")},
                           {QStringLiteral("owner"), QStringLiteral("test0002")}},
                          elevated);
        QCOMPARE(created.status, 201);
        m_siteId = created.json().value(QStringLiteral("id")).toString();

        // The owner signs in through the app.
        m_app = std::make_unique<mws::ui::AppController>();
        m_app->start(panel().url(QString()).toString());
        QTest::mouseClick(m_app->signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);
        m_window = m_app->mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSiteId(), m_siteId, 10000);
        // The hosting tabs come after the overview, and are filled once the hosting is loaded.
        auto *tabs = child<QTabWidget>("sitePages");
        QCOMPARE(tabs->widget(1)->objectName(), QStringLiteral("webSitesPage"));
        QCOMPARE(tabs->widget(2)->objectName(), QStringLiteral("phpPage"));
        QCOMPARE(tabs->widget(3)->objectName(), QStringLiteral("apachePage"));
        QTRY_VERIFY_WITH_TIMEOUT(hosting()->loader()->isLoaded(), 15000);
        QTRY_VERIFY(child<QPushButton>("addVhost")->isEnabled());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void addAVhostAndServeAPage()
    {
        showTab("webSitesPage");
        QCOMPARE(child<QListWidget>("vhostList")->count(), 0);
        QTest::mouseClick(child<QPushButton>("addVhost"), Qt::LeftButton);
        QTRY_VERIFY(topLevel("addVhostDialog"));
        QWidget *dialog = topLevel("addVhostDialog");
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("newVhostOk"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newVhostName")),
                         QStringLiteral("main"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("newVhostDocumentRoot"))->text(),
                 QStringLiteral("public_html/main"));
        auto *domains = dialog->findChild<QPlainTextEdit *>(QStringLiteral("newVhostDomains"));
        // A name with a space is refused as it is typed.
        QTest::keyClicks(domains, QStringLiteral("www gui.test"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("newVhostDomainsCheck"))->text().isEmpty());
        domains->setPlainText(QStringLiteral("WWW.Gui.Test"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newVhostDomainsCheck"))
                    ->text()
                    .contains(QLatin1String("www.gui.test")));
        QTest::mouseClick(ok, Qt::LeftButton);

        const QString diff = reviewAndApply();
        QVERIFY2(diff.contains(QLatin1String("www.gui.test")), qPrintable(diff));
        waitForJob(QStringLiteral("done"));
        auto *list = child<QListWidget>("vhostList");
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("www.gui.test")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("HTTP only")));
        QCOMPARE(child<QPlainTextEdit>("vhostDomains")->toPlainText(), QStringLiteral("www.gui.test"));
        // Without a certificate HSTS cannot be switched on, and the page says why.
        QVERIFY(!child<QCheckBox>("vhostHsts")->isEnabled());
        QVERIFY(!child<QCheckBox>("vhostHsts")->toolTip().isEmpty());
        QVERIFY(child<QPushButton>("tlsSelfSigned")->isVisible());

        QVERIFY(writeText(docroot() + QStringLiteral("/index.html"), "made from the desktop\n"));
        const Fetched page = fetch(QStringLiteral("www.gui.test"));
        QVERIFY2(page.status == 200, qPrintable(page.error));
        QCOMPARE(page.body, QByteArray("made from the desktop\n"));
    }

    void inlineChecksOfTheVhostForm()
    {
        showTab("webSitesPage");
        auto *domains = child<QPlainTextEdit>("vhostDomains");
        auto *apply = child<QPushButton>("vhostApply");
        QVERIFY(!apply->isEnabled());
        domains->setPlainText(QStringLiteral("www.gui.test\nbücher.test"));
        QTRY_VERIFY(child<QLabel>("vhostDomainsCheck")->text().contains(QLatin1String("xn--bcher-kva.test")));
        QVERIFY(apply->isEnabled());
        child<QLineEdit>("vhostDocumentRoot")->setText(QStringLiteral("/etc"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!child<QLabel>("vhostProblems")->text().isEmpty());
        QTest::mouseClick(child<QPushButton>("vhostRevert"), Qt::LeftButton);
        QCOMPARE(domains->toPlainText(), QStringLiteral("www.gui.test"));
        QVERIFY(!apply->isEnabled());
    }

    void phpSettingsReachPhp()
    {
        showTab("phpPage");
        auto *editor = child<QPlainTextEdit>("phpEditor");
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("memory_limit = 96M\n"));
        auto *apply = child<QPushButton>("phpApply");
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 5000);
        QTest::mouseClick(apply, Qt::LeftButton);
        const QString diff = reviewAndApply();
        QVERIFY2(diff.contains(QLatin1String("memory_limit")), qPrintable(diff));
        waitForJob(QStringLiteral("done"));

        QVERIFY(writeText(docroot() + QStringLiteral("/limit.php"), "<?php echo ini_get('memory_limit');"));
        const Fetched page = fetchUntil(QStringLiteral("www.gui.test"), QStringLiteral("/limit.php"),
                                        [](const Fetched &p) { return p.body == "96M"; });
        QVERIFY2(page.body == "96M", page.body.constData());
    }

    void aDirectiveApacheRefusesIsReportedAndChangesNothing()
    {
        showTab("apachePage");
        auto *vhost = child<QComboBox>("apacheVhost");
        QTRY_COMPARE(vhost->currentData().toString(), QStringLiteral("main"));
        auto *directives = child<QPlainTextEdit>("apacheDirectives");
        auto *problems = child<QLabel>("apacheProblems");
        auto *apply = child<QPushButton>("apacheApply");

        // Refused as it is typed: nothing to send.
        directives->setPlainText(QStringLiteral("Include /etc/passwd"));
        QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible() && !problems->text().isEmpty(), 5000);
        QVERIFY(!apply->isEnabled());

        // Allowed by the checker, refused by apache2 -t: the job fails and says why.
        auto *rewrite = child<QCheckBox>("apacheModule_rewrite");
        QVERIFY(rewrite);
        rewrite->setChecked(true);
        directives->setPlainText(QStringLiteral("RewriteRule ^(broken$ /x"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 5000);
        QTest::mouseClick(apply, Qt::LeftButton);
        reviewAndApply();
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>("applyResult"), 60000);
        QMessageBox *result = topLevel<QMessageBox>("applyResult");
        QVERIFY2(result->text().contains(QLatin1String("RewriteRule")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("Nothing was changed")), qPrintable(result->text()));
        QVERIFY(newestJob().endsWith(QLatin1String("failed")));
        result->close();
        QTRY_VERIFY(!topLevel("applyResult"));
        QTRY_VERIFY_WITH_TIMEOUT(!hosting()->isBusy(), 15000);

        const Fetched page = fetch(QStringLiteral("www.gui.test"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("made from the desktop\n"));
        // The user's edits are still there to be fixed.
        QCOMPARE(directives->toPlainText(), QStringLiteral("RewriteRule ^(broken$ /x"));
        QTest::mouseClick(child<QPushButton>("apacheRevert"), Qt::LeftButton);
    }

    // The vhost's TLS section: a self-signed certificate that HTTPS then serves, an upload the
    // panel refuses field by field, and removing the certificate behind a confirmation.
    void theVhostsCertificateFromTheTlsSection()
    {
        showTab("webSitesPage");
        QCOMPARE(child<QListWidget>("vhostList")->count(), 1);
        QVERIFY(child<QPushButton>("tlsSelfSigned")->isVisible());
        QTRY_VERIFY(child<QPushButton>("tlsSelfSigned")->isEnabled());
        QVERIFY(!child<QPushButton>("tlsRemove")->isEnabled());

        // 1. A self-signed certificate: the diff, the job, then HTTPS answers with it.
        QTest::mouseClick(child<QPushButton>("tlsSelfSigned"), Qt::LeftButton);
        QString diff = reviewAndApply();
        QVERIFY2(diff.contains(QLatin1String("SSLCertificateFile")), qPrintable(diff));
        waitForJob(QStringLiteral("done"));
        QTRY_VERIFY(child<QLabel>("tlsMode")->text().contains(QLatin1String("Self-signed")));
        QVERIFY(child<QLabel>("tlsExpiry")->isVisible());
        QVERIFY(!child<QLabel>("tlsExpiry")->text().isEmpty());
        const QDate expires = QDate::currentDate().addDays(90);
        QVERIFY2(child<QLabel>("tlsExpiry")->text().contains(QString::number(expires.year())),
                 qPrintable(child<QLabel>("tlsExpiry")->text()));
        QVERIFY(child<QLabel>("tlsNames")->text().contains(QLatin1String("www.gui.test")));
        QVERIFY(child<QListWidget>("vhostList")->item(0)->text().contains(QLatin1String("HTTPS until")));
        QVERIFY(child<QPushButton>("tlsRemove")->isEnabled());

        // Only the certificate the panel reports is trusted: curl checks the name and the chain.
        HttpClient http;
        QString error;
        const QString owner = signIn(http, panel(), QStringLiteral("test0002"), &error);
        QVERIFY2(!owner.isEmpty(), qPrintable(error));
        const HttpReply hostingReply =
            http.getJson(panel().url(QStringLiteral("/api/v1/sites/%1/hosting").arg(m_siteId)), owner);
        QCOMPARE(hostingReply.status, 200);
        const QJsonObject tls = hostingReply.json()
                                    .value(QStringLiteral("vhosts"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("tls"))
                                    .toObject();
        QCOMPARE(tls.value(QStringLiteral("mode")).toString(), QStringLiteral("selfSigned"));
        const QByteArray certificatePem = tls.value(QStringLiteral("certificate")).toString().toUtf8();
        QVERIFY(certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        const QString caFile = m_files.filePath(QStringLiteral("gui-self-signed.pem"));
        QVERIFY(writeText(caFile, certificatePem));
        const QStringList trustIt{QStringLiteral("--cacert"), caFile};
        Fetched page = fetchHttps(QStringLiteral("www.gui.test"), trustIt);
        QVERIFY2(page.status == 200, qPrintable(page.error));
        QCOMPARE(page.body, QByteArray("made from the desktop\n"));

        // 2. An upload the panel refuses: the field and the reason are shown, nothing changes.
        QVERIFY(child<QPushButton>("tlsUpload")->isEnabled());
        QTest::mouseClick(child<QPushButton>("tlsUpload"), Qt::LeftButton);
        QTRY_VERIFY(topLevel("uploadCertificateDialog"));
        QWidget *upload = topLevel("uploadCertificateDialog");
        auto *certificate = upload->findChild<QPlainTextEdit *>(QStringLiteral("uploadCertificate"));
        auto *ok = upload->findChild<QPushButton *>(QStringLiteral("uploadOk"));
        QVERIFY(!ok->isEnabled());
        // Not even PEM: the dialog says so as it is typed.
        QTest::keyClicks(certificate, QStringLiteral("not a certificate"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(upload->findChild<QLabel *>(QStringLiteral("uploadProblem"))
                    ->text()
                    .contains(QLatin1String("PEM")));
        // PEM armour round garbage: only the panel can tell.
        certificate->setPlainText(QStringLiteral("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n"
                                                 "-----END CERTIFICATE-----\n"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!topLevel("uploadCertificateDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>("applyResult"), 15000);
        QVERIFY(!topLevel("diffDialog"));
        QMessageBox *result = topLevel<QMessageBox>("applyResult");
        const QString refusal = result->text();
        // The panel's field error: which field, and what is wrong with it, said once.
        QVERIFY2(refusal.contains(QStringLiteral("• Certificate: The certificate could not be read")),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("PEM block is damaged")), qPrintable(refusal));
        QCOMPARE(refusal.count(QLatin1String("could not be read")), 1);
        result->close();
        QTRY_VERIFY(!topLevel("applyResult"));
        QTRY_VERIFY_WITH_TIMEOUT(!hosting()->isBusy(), 15000);
        QVERIFY(child<QLabel>("tlsMode")->text().contains(QLatin1String("Self-signed")));
        page = fetchHttps(QStringLiteral("www.gui.test"), trustIt);
        QVERIFY2(page.status == 200, qPrintable(page.error));

        // 3. Removing the certificate: what stops working, confirmed by the vhost's name.
        QVERIFY(child<QPushButton>("tlsRemove")->isEnabled());
        QTest::mouseClick(child<QPushButton>("tlsRemove"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(topLevel("diffDialog"), 15000);
        QWidget *dialog = topLevel("diffDialog");
        auto *consequences = dialog->findChild<QWidget *>(QStringLiteral("changeConsequences"));
        QVERIFY(consequences);
        const QString notice = consequences->findChild<QLabel *>()->text();
        QVERIFY2(notice.contains(QLatin1String("HTTPS stops working for www.gui.test")), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("HTTP only")), qPrintable(notice));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyChange"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmText"));
        QVERIFY(confirm);
        QVERIFY(!apply->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("mai"));
        QVERIFY(!apply->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("n"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        waitForJob(QStringLiteral("done"));
        QTRY_VERIFY(child<QLabel>("tlsMode")->text().contains(QLatin1String("HTTP only")));
        QVERIFY(child<QListWidget>("vhostList")->item(0)->text().contains(QLatin1String("HTTP only")));
        QVERIFY(!child<QPushButton>("tlsRemove")->isEnabled());

        // The site's certificate is gone from HTTPS: it no longer verifies, and the refusing
        // default vhost answers for the name instead of the site.
        QDeadlineTimer deadline(15000);
        do {
            page = fetchHttps(QStringLiteral("www.gui.test"), trustIt);
            if (page.status == 0)
                break;
            QTest::qWait(100);
        } while (!deadline.hasExpired());
        QVERIFY2(page.status == 0, page.body.constData());
        page = fetchHttps(QStringLiteral("www.gui.test"), {QStringLiteral("-k")});
        QCOMPARE(page.status, 403);
        QVERIFY(page.body != QByteArray("made from the desktop\n"));
        page = fetch(QStringLiteral("www.gui.test"));
        QVERIFY2(page.status == 200, qPrintable(page.error));
        QCOMPARE(page.body, QByteArray("made from the desktop\n"));
    }

    void deletingTheVhostIsConfirmedByItsName()
    {
        showTab("webSitesPage");
        QCOMPARE(child<QListWidget>("vhostList")->count(), 1);
        QTest::mouseClick(child<QPushButton>("deleteVhost"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(topLevel("diffDialog"), 15000);
        QWidget *dialog = topLevel("diffDialog");
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyChange"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmText"));
        QVERIFY(confirm);
        QVERIFY(!apply->isEnabled());
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->text().contains(QLatin1String("www.gui.test"));
        }));
        QTest::keyClicks(confirm, QStringLiteral("mai"));
        QVERIFY(!apply->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("n"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        waitForJob(QStringLiteral("done"));
        QTRY_COMPARE(child<QListWidget>("vhostList")->count(), 0);
        const Fetched page = fetchUntil(QStringLiteral("www.gui.test"), QStringLiteral("/"),
                                        [](const Fetched &p) { return p.status == 403; });
        QCOMPARE(page.status, 403);
    }
};

QTEST_MAIN(TestHostingPages)
#include "tst_hostingpages.moc"
