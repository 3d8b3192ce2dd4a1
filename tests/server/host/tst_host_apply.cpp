// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Web hosting end to end: the real panel changes a site's own Apache 2.4 and PHP-FPM and the
// front (which it starts on loopback ports), and pages are fetched through the front with curl,
// over HTTP and HTTPS.
// Faults — a directive Apache refuses, a failed reload, a failed health check, a crash in the
// middle — must each leave the previous configuration serving, byte for byte.
#include "hostingfixture.h"
#include "webservers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

using namespace mws::test;

class TestHostApply : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QTemporaryDir m_ca; // a private certificate authority for uploaded certificates
    QString m_owner;
    QString m_staff;
    QString m_siteId;

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &path) { return panel().url(path); }
    QString sitePath(const QString &path) { return QStringLiteral("/api/v1/sites/%1%2").arg(m_siteId, path); }
    QString home() { return panel().sitesRoot() + QLatin1Char('/') + m_siteId; }
    QString liveFile(const QString &relative) { return panel().hostRoot() + QLatin1Char('/') + relative; }

    QJsonObject hosting(const QString &siteId = {})
    {
        const HttpReply reply = m_http.getJson(
            url(QStringLiteral("/api/v1/sites/%1/hosting").arg(siteId.isEmpty() ? m_siteId : siteId)),
            m_owner);
        return reply.json();
    }

    // The hosting's ETag: the version of each of its slices ("hosting.3;php.1").
    QByteArray ifMatch(const QString &siteId = {})
    {
        const QString site = siteId.isEmpty() ? m_siteId : siteId;
        return m_http.getJson(url(QStringLiteral("/api/v1/sites/%1/hosting").arg(site)), m_owner)
            .header("ETag");
    }

    static qint64 sliceVersion(const QByteArray &etag, const QByteArray &slice)
    {
        for (const QByteArray &part : etag.mid(1, etag.size() - 2).split(';'))
            if (part.startsWith(slice + '.'))
                return part.mid(slice.size() + 1).toLongLong();
        return -1;
    }

    static QDateTime jobTime(const QJsonObject &job, const QString &key)
    {
        return QDateTime::fromString(job.value(key).toString(), Qt::ISODateWithMs);
    }

    // Sends a change with the current version, then waits for its job to finish.
    QJsonObject apply(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      const QString &siteId = {})
    {
        const HttpReply reply =
            m_http.sendJson(method, url(path), body, m_owner, {{"If-Match", ifMatch(siteId)}});
        if (reply.status != 202) {
            qWarning("%s %s answered %d: %s", method.constData(), qPrintable(path), reply.status,
                     reply.body.constData());
            return {};
        }
        return waitForJob(reply.json().value(QStringLiteral("id")).toString());
    }

    QJsonObject waitForJob(const QString &jobId)
    {
        return HostingClient(m_http, panel()).waitForJob(jobId, m_owner);
    }

    Page fetch(const QString &host, const QString &path = QStringLiteral("/"), bool https = false,
               const QString &caFile = {})
    {
        return https ? fetchPage(panel().httpsPort(), host, path, caFile)
                     : fetchPage(panel().httpPort(), host, path);
    }

    // Waits until a page changes: Apache's graceful reload reaches every worker within seconds.
    Page fetchUntil(const QString &host, const std::function<bool(const Page &)> &done,
                    const QString &path = QStringLiteral("/"))
    {
        Page page;
        QDeadlineTimer deadline(15000);
        do {
            page = fetch(host, path);
            if (done(page))
                return page;
            QTest::qWait(100);
        } while (!deadline.hasExpired());
        return page;
    }

    QByteArray siteFiles()
    {
        QByteArray all;
        for (const QString &file :
             {QStringLiteral("sites/%1/httpd.conf"), QStringLiteral("sites/%1/fpm.conf")})
            all += readBytes(liveFile(file.arg(m_siteId)));
        return all;
    }

    bool runOpenssl(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_ca.path());
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')),
                     openssl.readAllStandardError().constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A root and an intermediate, as a real CA would sign with.
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=MWS Test Root"), QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-keyout"),
                            QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.pem")}));
        QVERIFY(writeText(
            m_ca.filePath(QStringLiteral("ca.ext")),
            "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"));
        QVERIFY(
            runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=MWS Test Intermediate"), QStringLiteral("-keyout"),
                        QStringLiteral("inter.key"), QStringLiteral("-out"), QStringLiteral("inter.csr")}));
        QVERIFY(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("inter.csr"), QStringLiteral("-CA"), QStringLiteral("root.pem"),
                            QStringLiteral("-CAkey"), QStringLiteral("root.key"), QStringLiteral("-days"),
                            QStringLiteral("4"), QStringLiteral("-extfile"), QStringLiteral("ca.ext"),
                            QStringLiteral("-out"), QStringLiteral("inter.pem")}));

        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        options.webServers = true;
        options.trustedCaFiles = {m_ca.filePath(QStringLiteral("root.pem"))};
        // "Writable for an hour" lasts three seconds here, so its switching off can be seen.
        options.docrootWritableSeconds = 3;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        const QString staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
        QVERIFY2(!staff.isEmpty(), qPrintable(error));
        m_staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, staff);
        QVERIFY2(!m_staff.isEmpty(), qPrintable(error));
        m_owner = signIn(m_http, panel(), QStringLiteral("test0101"), &error);
        QVERIFY2(!m_owner.isEmpty(), qPrintable(error));
        const HttpReply created =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("Department of Examples")},
                             {QStringLiteral("contactEmail"), QStringLiteral("web@dept.example")},
                             {QStringLiteral("owner"), QStringLiteral("test0101")}},
                            m_staff);
        QCOMPARE(created.status, 201);
        m_siteId = created.json().value(QStringLiteral("id")).toString();
    }

    void twoVhostsServeTheirOwnDocumentRoots()
    {
        QJsonObject job = apply("POST", sitePath(QStringLiteral("/vhosts")),
                                {{QStringLiteral("name"), QStringLiteral("main")},
                                 {QStringLiteral("documentRoot"), QStringLiteral("public_html")},
                                 {QStringLiteral("domains"),
                                  QJsonArray{QStringLiteral("WWW.Dept.Test"), QStringLiteral("dept.test")}}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        job = apply("POST", sitePath(QStringLiteral("/vhosts")),
                    {{QStringLiteral("name"), QStringLiteral("blog")},
                     {QStringLiteral("domains"), QJsonArray{QStringLiteral("blog.dept.test")}}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));

        const QJsonArray vhosts = hosting().value(QStringLiteral("vhosts")).toArray();
        QCOMPARE(vhosts.size(), 2);
        // Names are stored as DNS has them.
        QCOMPARE(vhosts.at(0).toObject().value(QStringLiteral("domains")).toArray().at(0).toString(),
                 QStringLiteral("www.dept.test"));
        QCOMPARE(vhosts.at(1).toObject().value(QStringLiteral("documentRoot")).toString(),
                 QStringLiteral("public_html/blog"));
        // The panel made the folders, owned by the site's own user.
        QVERIFY(QFileInfo(home() + QStringLiteral("/public_html/blog")).isDir());
        QCOMPARE(QFileInfo(home() + QStringLiteral("/public_html")).owner(), m_siteId);

        QVERIFY(writeText(home() + QStringLiteral("/public_html/index.html"), "main site\n"));
        QVERIFY(writeText(home() + QStringLiteral("/public_html/blog/index.html"), "the blog\n"));
        QVERIFY(
            writeText(home() + QStringLiteral("/public_html/info.php"),
                      "<?php echo ini_get('memory_limit'), ' ', posix_getpwuid(posix_geteuid())['name'];"));

        Page page = fetch(QStringLiteral("www.dept.test"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("main site\n"));
        QCOMPARE(fetch(QStringLiteral("dept.test")).body, QByteArray("main site\n"));
        QCOMPARE(fetch(QStringLiteral("blog.dept.test")).body, QByteArray("the blog\n"));
        // A name no site has gets the refusing default vhost, never another site.
        QCOMPARE(fetch(QStringLiteral("unknown.test")).status, 403);
        // The site's domain names come with it, so that lists can be searched by them.
        const QJsonArray domains = m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner)
                                       .json()
                                       .value(QStringLiteral("domains"))
                                       .toArray();
        QCOMPARE(domains.size(), 3);
        QCOMPARE(domains.at(0).toString(), QStringLiteral("blog.dept.test"));
        // PHP runs as the site's user, through its own pool.
        page = fetch(QStringLiteral("www.dept.test"), QStringLiteral("/info.php"));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.endsWith(' ' + m_siteId.toUtf8()), page.body.constData());
    }

    void phpSettingsReachPhp()
    {
        // The preview shows the change in the pool file and applies nothing.
        const HttpReply preview =
            m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php?preview=true"))),
                            {{QStringLiteral("settings"),
                              QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("77m")}}}},
                            m_owner);
        QCOMPARE(preview.status, 200);
        const QJsonArray files = preview.json().value(QStringLiteral("files")).toArray();
        // Only the pool changes: the vhosts' file stays byte for byte as it is.
        QVERIFY2(files.size() == 1, preview.body.constData());
        QVERIFY(files.at(0)
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("sites/%1/fpm.conf").arg(m_siteId)));
        QString diff;
        for (const QJsonValue &file : files)
            diff += file.toObject().value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.contains(QLatin1String("+php_admin_value[memory_limit] = 77M")), qPrintable(diff));
        QVERIFY(!readBytes(liveFile(QStringLiteral("sites/%1/fpm.conf").arg(m_siteId))).contains("77M"));

        const QJsonObject job =
            apply("PUT", sitePath(QStringLiteral("/php")),
                  {{QStringLiteral("settings"),
                    QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("77m")}}}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const Page page = fetchUntil(
            QStringLiteral("www.dept.test"), [](const Page &p) { return p.body.startsWith("77M "); },
            QStringLiteral("/info.php"));
        QVERIFY2(page.body.startsWith("77M "), page.body.constData());
    }

    void selfSignedCertificateServesHttps()
    {
        const QJsonObject job = apply("POST", sitePath(QStringLiteral("/vhosts/blog/tls/self-signed")));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QJsonObject tls = hosting()
                                    .value(QStringLiteral("vhosts"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("tls"))
                                    .toObject();
        QCOMPARE(tls.value(QStringLiteral("mode")).toString(), QStringLiteral("selfSigned"));
        QVERIFY(!tls.contains(QStringLiteral("privateKey")));
        QVERIFY(QDateTime::fromString(tls.value(QStringLiteral("notAfter")).toString(), Qt::ISODateWithMs) >
                QDateTime::currentDateTimeUtc().addDays(80));
        const QString certificate = m_ca.filePath(QStringLiteral("blog-self-signed.pem"));
        QVERIFY(writeText(certificate, tls.value(QStringLiteral("certificate")).toString().toUtf8()));
        // curl checks the name and the chain: only this certificate is trusted.
        const Page page = fetch(QStringLiteral("blog.dept.test"), QStringLiteral("/"), true, certificate);
        QVERIFY2(page.status == 200, qPrintable(page.error));
        QCOMPARE(page.body, QByteArray("the blog\n"));
    }

    void uploadedCertificateWithChainServesHttps()
    {
        // The key stays on the panel: the owner gets a CSR, has it signed, uploads the result.
        const HttpReply requested =
            m_http.sendJson("POST", url(sitePath(QStringLiteral("/vhosts/main/tls/request"))), {}, m_owner,
                            {{"If-Match", ifMatch()}});
        QCOMPARE(requested.status, 200);
        const QByteArray csr = requested.json().value(QStringLiteral("request")).toString().toUtf8();
        QVERIFY(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        QVERIFY(writeText(m_ca.filePath(QStringLiteral("main.csr")), csr));
        QVERIFY(writeText(m_ca.filePath(QStringLiteral("leaf.ext")),
                          "basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
                          "subjectAltName=DNS:www.dept.test,DNS:dept.test\n"));
        QVERIFY(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            QStringLiteral("main.csr"), QStringLiteral("-CA"), QStringLiteral("inter.pem"),
                            QStringLiteral("-CAkey"), QStringLiteral("inter.key"), QStringLiteral("-days"),
                            QStringLiteral("3"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext"),
                            QStringLiteral("-out"), QStringLiteral("main.pem")}));
        const QString leaf = QString::fromUtf8(readBytes(m_ca.filePath(QStringLiteral("main.pem"))));
        const QString intermediate = QString::fromUtf8(readBytes(m_ca.filePath(QStringLiteral("inter.pem"))));

        // Without the intermediate the chain does not build: refused, nothing changes.
        const QByteArray before = siteFiles();
        HttpReply refused =
            m_http.sendJson("PUT", url(sitePath(QStringLiteral("/vhosts/main/tls"))),
                            {{QStringLiteral("certificate"), leaf}}, m_owner, {{"If-Match", ifMatch()}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("chain"));
        QCOMPARE(siteFiles(), before);

        const QJsonObject job =
            apply("PUT", sitePath(QStringLiteral("/vhosts/main/tls")),
                  {{QStringLiteral("certificate"), leaf}, {QStringLiteral("chain"), intermediate}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const Page page = fetch(QStringLiteral("www.dept.test"), QStringLiteral("/"), true,
                                m_ca.filePath(QStringLiteral("root.pem")));
        QVERIFY2(page.status == 200, qPrintable(page.error));
        QCOMPARE(page.body, QByteArray("main site\n"));
        QCOMPARE(fetch(QStringLiteral("dept.test"), QStringLiteral("/"), true,
                       m_ca.filePath(QStringLiteral("root.pem")))
                     .status,
                 200);
    }

    void redirectsBehave()
    {
        QJsonObject job = apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                                {{QStringLiteral("redirectAliases"), true}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        Page page = fetch(QStringLiteral("dept.test"), QStringLiteral("/a/b?c=1"));
        QCOMPARE(page.status, 301);
        QCOMPARE(page.header("Location"),
                 QStringLiteral("http://www.dept.test:%1/a/b?c=1").arg(panel().httpPort()).toUtf8());
        QCOMPARE(fetch(QStringLiteral("www.dept.test")).status, 200);

        job = apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                    {{QStringLiteral("httpsRedirect"), true}, {QStringLiteral("hsts"), true}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        page = fetch(QStringLiteral("www.dept.test"), QStringLiteral("/x"));
        QCOMPARE(page.status, 301);
        QCOMPARE(page.header("Location"),
                 QStringLiteral("https://www.dept.test:%1/x").arg(panel().httpsPort()).toUtf8());
        page = fetch(QStringLiteral("www.dept.test"), QStringLiteral("/"), true,
                     m_ca.filePath(QStringLiteral("root.pem")));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    }

    void renameAndDelete()
    {
        QJsonObject job = apply("PATCH", sitePath(QStringLiteral("/vhosts/blog")),
                                {{QStringLiteral("name"), QStringLiteral("news")}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(QFileInfo::exists(liveFile(QStringLiteral("tls/%1/news.pem").arg(m_siteId))));
        QVERIFY(!QFileInfo::exists(liveFile(QStringLiteral("tls/%1/blog.pem").arg(m_siteId))));
        QCOMPARE(fetch(QStringLiteral("blog.dept.test")).body, QByteArray("the blog\n"));

        job = apply("DELETE", sitePath(QStringLiteral("/vhosts/news")));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(fetchUntil(QStringLiteral("blog.dept.test"), [](const Page &p) { return p.status == 403; })
                     .status,
                 403);
        QCOMPARE(hosting().value(QStringLiteral("vhosts")).toArray().size(), 1);
        // The name is free again for any site.
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites?q=blog.dept")), m_owner)
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites?q=dept.test")), m_owner)
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
    }

    void aWritableDocumentRootLocksItself()
    {
        const QString docroot = home() + QStringLiteral("/public_html");
        const QJsonObject job = apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                                      {{QStringLiteral("docrootWritable"), true}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString until = hosting()
                                  .value(QStringLiteral("vhosts"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("docrootWritableUntil"))
                                  .toString();
        QVERIFY(!until.isEmpty());
        // The site's group may write there now (its own web server runs as the site's user)…
        QVERIFY(QFileInfo(docroot).permissions().testFlag(QFileDevice::WriteGroup));
        QCOMPARE(QFileInfo(docroot).group(), m_siteId);
        // …until the panel takes it back by itself, with an audited job of its own.
        QTRY_VERIFY_WITH_TIMEOUT(hosting()
                                     .value(QStringLiteral("vhosts"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("docrootWritableUntil"))
                                     .isNull(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo(docroot).permissions().testFlag(QFileDevice::WriteGroup), 5000);
        const QJsonObject audit =
            m_http.getJson(url(sitePath(QStringLiteral("/audit?limit=1"))), m_owner).json();
        QCOMPARE(audit.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("vhost.docroot-lock"));
    }

    void aDirectiveApacheRefusesLeavesTheSiteAsItWas()
    {
        const QByteArray before = siteFiles();
        const qint64 version = hosting().value(QStringLiteral("version")).toInteger();
        // Allowed by the checker, refused by Apache: the regular expression does not compile.
        const QJsonObject job =
            apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                  {{QStringLiteral("modules"), QJsonArray{QStringLiteral("rewrite")}},
                   {QStringLiteral("directives"), QStringLiteral("RewriteRule ^(broken$ /x")}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString error = job.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("Apache refused")) &&
                     error.contains(QLatin1String("RewriteRule")) &&
                     error.contains(QStringLiteral("sites/%1/httpd.conf").arg(m_siteId)),
                 qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("staging")), qPrintable(error));
        QCOMPARE(siteFiles(), before);
        QCOMPARE(hosting().value(QStringLiteral("version")).toInteger(), version);
        QCOMPARE(fetch(QStringLiteral("www.dept.test"), QStringLiteral("/"), true,
                       m_ca.filePath(QStringLiteral("root.pem")))
                     .body,
                 QByteArray("main site\n"));
    }

    void aFailedReloadRestoresTheFiles()
    {
        const QByteArray before = siteFiles();
        const QString pidFile = liveFile(QStringLiteral("run/pids/%1.php.pid").arg(m_siteId));
        const QByteArray pid = readBytes(pidFile);
        // PHP-FPM looks dead to the panel: its pid file names no process.
        QVERIFY(writeText(pidFile, "999999\n"));
        const QJsonObject job =
            apply("PUT", sitePath(QStringLiteral("/php")),
                  {{QStringLiteral("settings"),
                    QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("99M")}}}});
        QVERIFY(writeText(pidFile, pid));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(
            job.value(QStringLiteral("error")).toString().contains(QLatin1String("could not be reloaded")),
            qPrintable(job.value(QStringLiteral("error")).toString()));
        QVERIFY(
            job.value(QStringLiteral("error")).toString().contains(QLatin1String("previous configuration")));
        QCOMPARE(siteFiles(), before);
        QVERIFY(fetch(QStringLiteral("www.dept.test"), QStringLiteral("/info.php"), true,
                      m_ca.filePath(QStringLiteral("root.pem")))
                    .body.startsWith("77M "));
    }

    void aFailedHealthCheckRollsBack()
    {
        const QByteArray before = siteFiles();
        // Valid for Apache, but the vhost then answers every request with 503.
        const QJsonObject job =
            apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                  {{QStringLiteral("httpsRedirect"), false},
                   {QStringLiteral("modules"), QJsonArray{QStringLiteral("rewrite")}},
                   {QStringLiteral("directives"), QStringLiteral("RewriteRule ^ - [R=503]")}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(job.value(QStringLiteral("error")).toString().contains(QLatin1String("503")),
                 qPrintable(job.value(QStringLiteral("error")).toString()));
        QCOMPARE(siteFiles(), before);
        // The reload of the restored files reaches Apache within moments.
        const Page page =
            fetchUntil(QStringLiteral("www.dept.test"), [](const Page &p) { return p.status == 301; });
        QCOMPARE(page.status, 301);
    }

    void aPageTurningIntoARefusalRollsBack()
    {
        const QByteArray before = siteFiles();
        // Valid for Apache, but the front page that answered 200 would answer 403.
        const QJsonObject job =
            apply("PATCH", sitePath(QStringLiteral("/vhosts/main")),
                  {{QStringLiteral("directives"),
                    QStringLiteral("<Location />\n    Require all denied\n</Location>")}});
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString error = job.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("HTTP 403")) &&
                     error.contains(QLatin1String("answered 200 before")),
                 qPrintable(error));
        QCOMPARE(siteFiles(), before);
    }

    void aCrashInTheMiddleIsUndoneAtRestart()
    {
        const QByteArray before = siteFiles();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MWS_PANELD_FAILPOINT"), QStringLiteral("after-swap"));
        panel().process().setProcessEnvironment(environment);
        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        const HttpReply reply =
            m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php"))),
                            {{QStringLiteral("settings"),
                              QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("55M")}}}},
                            m_owner, {{"If-Match", ifMatch()}});
        QCOMPARE(reply.status, 202);
        const QString jobId = reply.json().value(QStringLiteral("id")).toString();
        QVERIFY(panel().process().waitForFinished(20000));
        QCOMPARE(panel().process().exitStatus(), QProcess::CrashExit);
        // Killed after the new files went in, before any reload. The servers it supervised
        // stopped with it (nothing is left running without its supervisor); its restart brings
        // them back on the old files.
        QVERIFY(siteFiles() != before);

        panel().process().setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        QVERIFY2(panel().restart(&error), qPrintable(error));
        QCOMPARE(siteFiles(), before);
        const QJsonObject job = waitForJob(jobId);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(
            job.value(QStringLiteral("error")).toString().contains(QLatin1String("previous configuration")),
            qPrintable(job.value(QStringLiteral("error")).toString()));
        QVERIFY(fetch(QStringLiteral("www.dept.test"), QStringLiteral("/info.php"), true,
                      m_ca.filePath(QStringLiteral("root.pem")))
                    .body.startsWith("77M "));
        // And the host still takes changes.
        const QJsonObject next =
            apply("PUT", sitePath(QStringLiteral("/php")),
                  {{QStringLiteral("settings"),
                    QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("88M")}}}});
        QCOMPARE(next.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    }

    void badInputGetsFieldErrorsAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        auto vhost = [](const QJsonObject &extra) {
            QJsonObject body{{QStringLiteral("name"), QStringLiteral("extra")},
                             {QStringLiteral("domains"), QJsonArray{QStringLiteral("extra.dept.test")}}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return body;
        };
        const QString create = QStringLiteral("/vhosts");
        const QString main = QStringLiteral("/vhosts/main");
        const QString php = QStringLiteral("/php");
        QTest::newRow("domain with a space")
            << QByteArray("POST") << create
            << vhost({{QStringLiteral("domains"), QJsonArray{QStringLiteral("ex ample.test")}}})
            << QStringLiteral("domains[0]");
        QTest::newRow("wildcard domain")
            << QByteArray("POST") << create
            << vhost({{QStringLiteral("domains"), QJsonArray{QStringLiteral("*.dept.test")}}})
            << QStringLiteral("domains[0]");
        QTest::newRow("IP address") << QByteArray("POST") << create
                                    << vhost({{QStringLiteral("domains"),
                                               QJsonArray{QStringLiteral("127.0.0.1")}}})
                                    << QStringLiteral("domains[0]");
        QTest::newRow("another vhost's name")
            << QByteArray("POST") << create
            << vhost({{QStringLiteral("domains"), QJsonArray{QStringLiteral("dept.test")}}})
            << QStringLiteral("domains[0]");
        QTest::newRow("another site's service name")
            << QByteArray("POST") << create
            << vhost(
                   {{QStringLiteral("domains"), QJsonArray{QStringLiteral("site-00000000.sites.localhost")}}})
            << QStringLiteral("domains[0]");
        QTest::newRow("no domains") << QByteArray("POST") << create
                                    << vhost({{QStringLiteral("domains"), QJsonArray{}}})
                                    << QStringLiteral("domains");
        QTest::newRow("duplicate vhost name")
            << QByteArray("POST") << create << vhost({{QStringLiteral("name"), QStringLiteral("main")}})
            << QStringLiteral("name");
        QTest::newRow("bad vhost name")
            << QByteArray("POST") << create << vhost({{QStringLiteral("name"), QStringLiteral("Main Site")}})
            << QStringLiteral("name");
        QTest::newRow("document root outside")
            << QByteArray("POST") << create
            << vhost({{QStringLiteral("documentRoot"), QStringLiteral("public_html/../../etc")}})
            << QStringLiteral("documentRoot");
        QTest::newRow("absolute document root")
            << QByteArray("POST") << create
            << vhost({{QStringLiteral("documentRoot"), QStringLiteral("/etc")}})
            << QStringLiteral("documentRoot");
        QTest::newRow("Include") << QByteArray("PATCH") << main
                                 << QJsonObject{{QStringLiteral("directives"),
                                                 QStringLiteral("Include /etc/passwd")}}
                                 << QStringLiteral("directives");
        QTest::newRow("LoadModule")
            << QByteArray("PATCH") << main
            << QJsonObject{{QStringLiteral("directives"),
                            QStringLiteral("LoadModule cgi_module /usr/lib/apache2/modules/mod_cgi.so")}}
            << QStringLiteral("directives");
        QTest::newRow("Directory /") << QByteArray("PATCH") << main
                                     << QJsonObject{{QStringLiteral("directives"),
                                                     QStringLiteral(
                                                         "<Directory />\nRequire all granted\n</Directory>")}}
                                     << QStringLiteral("directives");
        QTest::newRow("rewrite not switched on")
            << QByteArray("PATCH") << main
            << QJsonObject{{QStringLiteral("modules"), QJsonArray{}},
                           {QStringLiteral("directives"), QStringLiteral("RewriteRule ^ /x")}}
            << QStringLiteral("directives");
        QTest::newRow("unknown module")
            << QByteArray("PATCH") << main
            << QJsonObject{{QStringLiteral("modules"), QJsonArray{QStringLiteral("cgi")}}}
            << QStringLiteral("modules[0]");
        QTest::newRow("HSTS without TLS")
            << QByteArray("POST") << create << vhost({{QStringLiteral("hsts"), true}})
            << QStringLiteral("hsts");
        QTest::newRow("unknown field")
            << QByteArray("PATCH") << main << QJsonObject{{QStringLiteral("serverRoot"), QStringLiteral("/")}}
            << QStringLiteral("serverRoot");
        QTest::newRow("memory_limit unit")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("77Q")}}}}
            << QStringLiteral("settings.memory_limit");
        QTest::newRow("memory_limit range")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("64G")}}}}
            << QStringLiteral("settings.memory_limit");
        QTest::newRow("ini injection")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("date.timezone"),
                                         QStringLiteral("UTC\nphp_admin_value[open_basedir] = /")}}}}
            << QStringLiteral("settings.date.timezone");
        QTest::newRow("unknown setting")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("open_basedir"), QStringLiteral("/")}}}}
            << QStringLiteral("settings.open_basedir");
        QTest::newRow("post smaller than upload")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("upload_max_filesize"), QStringLiteral("64M")},
                                        {QStringLiteral("post_max_size"), QStringLiteral("8M")}}}}
            << QStringLiteral("settings.post_max_size");
        QTest::newRow("extension not installed")
            << QByteArray("PUT") << php
            << QJsonObject{{QStringLiteral("settings"), QJsonObject{}},
                           {QStringLiteral("extensions"), QJsonArray{QStringLiteral("evil")}}}
            << QStringLiteral("extensions[0]");
        QTest::newRow("garbage certificate")
            << QByteArray("PUT") << QStringLiteral("/vhosts/main/tls")
            << QJsonObject{{QStringLiteral("certificate"), QStringLiteral("not a certificate")}}
            << QStringLiteral("certificate");
    }

    void badInputGetsFieldErrorsAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QByteArray files = siteFiles();
        const QJsonObject before = hosting();
        const HttpReply reply =
            m_http.sendJson(method, url(sitePath(path)), body, m_owner, {{"If-Match", ifMatch()}});
        QVERIFY2(reply.status == 422 || reply.status == 400, reply.body.constData());
        QStringList fields;
        for (const QJsonValue &error : reply.json().value(QStringLiteral("errors")).toArray())
            fields << error.toObject().value(QStringLiteral("field")).toString();
        QVERIFY2(fields.contains(field),
                 qPrintable(fields.join(u',') + QLatin1Char(' ') + QString::fromUtf8(reply.body)));
        QCOMPARE(hosting(), before);
        QCOMPARE(siteFiles(), files);
    }

    void versionsGuardConcurrentChanges()
    {
        const QJsonObject body{{QStringLiteral("redirectAliases"), false}};
        HttpReply reply =
            m_http.sendJson("PATCH", url(sitePath(QStringLiteral("/vhosts/main"))), body, m_owner);
        QCOMPARE(reply.status, 428);
        reply = m_http.sendJson("PATCH", url(sitePath(QStringLiteral("/vhosts/main"))), body, m_owner,
                                {{"If-Match", "\"v1\""}});
        QCOMPARE(reply.status, 412);
    }

    void oneChangeAtATimePerSite()
    {
        const QJsonObject body{{QStringLiteral("settings"),
                                QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("90M")}}}};
        const QByteArray version = ifMatch();
        const HttpReply first = m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php"))), body, m_owner,
                                                {{"If-Match", version}});
        QCOMPARE(first.status, 202);
        // Applying takes a config test and a reload at least; the second change finds it running.
        const HttpReply second = m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php"))), body, m_owner,
                                                 {{"If-Match", version}});
        QCOMPARE(second.status, 409);
        QVERIFY(second.body.contains(first.json().value(QStringLiteral("id")).toString().toUtf8()));
        QCOMPARE(waitForJob(first.json().value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    // The vhosts and the PHP settings are two slices of the site's state: a change to one does not
    // make a change to the other stale, and the queue still applies the two one after the other.
    void slicesChangeApartButApplyOneAtATime()
    {
        const QByteArray before = ifMatch();
        QVERIFY2(sliceVersion(before, "hosting") > 0 && sliceVersion(before, "php") >= 0, before.constData());
        const HttpReply vhostChange =
            m_http.sendJson("PATCH", url(sitePath(QStringLiteral("/vhosts/main"))),
                            {{QStringLiteral("redirectAliases"), false}}, m_owner, {{"If-Match", before}});
        QCOMPARE(vhostChange.status, 202);
        // Made against the same tag while the vhost change waits or runs: not stale, not refused.
        const HttpReply phpChange =
            m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php"))),
                            {{QStringLiteral("settings"),
                              QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("96M")}}}},
                            m_owner, {{"If-Match", before}});
        QCOMPARE(phpChange.status, 202);
        const QJsonObject first = waitForJob(vhostChange.json().value(QStringLiteral("id")).toString());
        const QJsonObject second = waitForJob(phpChange.json().value(QStringLiteral("id")).toString());
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        // One at a time: the second started once the first had finished.
        QVERIFY(jobTime(second, QStringLiteral("startedAt")) >= jobTime(first, QStringLiteral("finishedAt")));

        // Each slice moved on once, by its own change only.
        const QByteArray after = ifMatch();
        QCOMPARE(sliceVersion(after, "hosting"), sliceVersion(before, "hosting") + 1);
        QCOMPARE(sliceVersion(after, "php"), sliceVersion(before, "php") + 1);
        // A PHP-only change leaves the vhosts' version as it was.
        QCOMPARE(apply("PUT", sitePath(QStringLiteral("/php")),
                       {{QStringLiteral("settings"),
                         QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("128M")}}}})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(sliceVersion(ifMatch(), "hosting"), sliceVersion(after, "hosting"));
        // The old tag is stale for both slices now.
        QCOMPARE(m_http
                     .sendJson("PATCH", url(sitePath(QStringLiteral("/vhosts/main"))),
                               {{QStringLiteral("redirectAliases"), false}}, m_owner, {{"If-Match", before}})
                     .status,
                 412);
        QCOMPARE(m_http
                     .sendJson("PUT", url(sitePath(QStringLiteral("/php"))),
                               {{QStringLiteral("settings"), QJsonObject{}}}, m_owner, {{"If-Match", before}})
                     .status,
                 412);
    }

    void anotherSitesDomainIsRefused()
    {
        const HttpReply created =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("Other Department")},
                             {QStringLiteral("contactEmail"), QStringLiteral("web@other.example")},
                             {QStringLiteral("owner"), QStringLiteral("test0101")}},
                            m_staff);
        QCOMPARE(created.status, 201);
        const QString other = created.json().value(QStringLiteral("id")).toString();
        const HttpReply reply =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites/%1/vhosts").arg(other)),
                            {{QStringLiteral("name"), QStringLiteral("main")},
                             {QStringLiteral("domains"), QJsonArray{QStringLiteral("www.dept.test")}}},
                            m_owner, {{"If-Match", ifMatch(other)}});
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.body.contains("another site"));
    }

    void sshUsersCannotChangeHosting()
    {
        QString error;
        const HttpReply added = m_http.sendJson("PUT", url(sitePath(QStringLiteral("/members/test0102"))),
                                                {{QStringLiteral("role"), QStringLiteral("ssh")}}, m_owner);
        QVERIFY2(added.status == 200 || added.status == 201, added.body.constData());
        const QString ssh = signIn(m_http, panel(), QStringLiteral("test0102"), &error);
        QVERIFY2(!ssh.isEmpty(), qPrintable(error));
        const HttpReply reply =
            m_http.sendJson("PUT", url(sitePath(QStringLiteral("/php"))),
                            {{QStringLiteral("settings"), QJsonObject{}}}, ssh, {{"If-Match", ifMatch()}});
        QCOMPARE(reply.status, 403);
    }

    // Last: the site stops being active, then is active again.
    void aSuspendedSiteServesNothingUntilItIsBack()
    {
        // Serving: HTTP sends visitors to HTTPS (switched on above).
        QCOMPARE(fetch(QStringLiteral("www.dept.test"), QStringLiteral("/index.html")).status, 301);
        const HttpReply suspended = m_http.sendJson(
            "POST", url(sitePath(QStringLiteral("/suspend"))),
            {{QStringLiteral("reason"), QStringLiteral("unpaid bill")}}, m_staff, {{"If-Match", "*"}});
        QCOMPARE(suspended.status, 200);
        Page page = fetchUntil(
            QStringLiteral("www.dept.test"), [](const Page &p) { return p.status == 503; },
            QStringLiteral("/index.html"));
        QCOMPARE(page.status, 503);
        QVERIFY(page.body.contains("not available"));
        QVERIFY(!QFileInfo::exists(liveFile(QStringLiteral("sites/%1/fpm.conf").arg(m_siteId))));
        // Recorded once the job commits, a moment after Apache answers 503.
        QTRY_COMPARE_WITH_TIMEOUT(hosting().value(QStringLiteral("serving")).toBool(true), false, 10000);

        const HttpReply back = m_http.sendJson("POST", url(sitePath(QStringLiteral("/unsuspend"))), {},
                                               m_staff, {{"If-Match", "*"}});
        QCOMPARE(back.status, 200);
        page = fetchUntil(
            QStringLiteral("www.dept.test"), [](const Page &p) { return p.status == 301; },
            QStringLiteral("/index.html"));
        QCOMPARE(page.status, 301);
        page = fetch(QStringLiteral("www.dept.test"), QStringLiteral("/index.html"), true,
                     m_ca.filePath(QStringLiteral("root.pem")));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("main site\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(liveFile(QStringLiteral("sites/%1/fpm.conf").arg(m_siteId))), 10000);

        // Suspended and back at once: the second job applies to what the first leaves.
        QCOMPARE(m_http
                     .sendJson("POST", url(sitePath(QStringLiteral("/suspend"))),
                               {{QStringLiteral("reason"), QStringLiteral("mistake")}}, m_staff,
                               {{"If-Match", "*"}})
                     .status,
                 200);
        QCOMPARE(m_http
                     .sendJson("POST", url(sitePath(QStringLiteral("/unsuspend"))), {}, m_staff,
                               {{"If-Match", "*"}})
                     .status,
                 200);
        const QJsonArray jobs = m_http.getJson(url(sitePath(QStringLiteral("/jobs?limit=2"))), m_owner)
                                    .json()
                                    .value(QStringLiteral("items"))
                                    .toArray();
        for (const QJsonValue &job : jobs)
            QTRY_COMPARE_WITH_TIMEOUT(waitForJob(job.toObject().value(QStringLiteral("id")).toString())
                                          .value(QStringLiteral("state"))
                                          .toString(),
                                      QStringLiteral("succeeded"), 15000);
        QStringList kinds;
        for (const QJsonValue &job : jobs)
            kinds << job.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("site.offline"), QStringLiteral("site.online")}));
        QVERIFY(hosting().value(QStringLiteral("serving")).toBool(false));
        QCOMPARE(
            fetchUntil(QStringLiteral("www.dept.test"), [](const Page &p) { return p.status == 301; }).status,
            301);
    }
};

QTEST_GUILESS_MAIN(TestHostApply)
#include "tst_host_apply.moc"
