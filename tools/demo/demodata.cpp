// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodata.h"

#include "database.h"
#include "democron.h"
#include "demodatabases.h"
#include "panelharness.h"
#include "store.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

namespace mws::demo {

namespace {

struct DemoSite
{
    const char *name;
    const char *description;
    const char *owner;
    const char *status; // after creation
};

const DemoSite demoSites[] = {
    {"Department of Chemistry", "Public pages of the department", "test0001", "active"},
    {"History Society", "Talks, events and the society's archive", "test0001", "active"},
    {"Research Group Blog", "The group's news and publications", "test0001", "active"},
    {"Old Conference 2019", "Kept for the record; turned off", "test0001", "disabled"},
    {"Choir Website", "Concerts and rehearsal schedule", "test0003", "active"},
};

} // namespace

bool runJob(test::HttpClient &http, test::PanelProcess &panel, const QString &token, const QByteArray &method,
            const QString &path, const QJsonObject &body, QString *error)
{
    const test::HttpReply queued = http.sendJson(method, panel.url(path), body, token, {{"If-Match", "*"}});
    if (queued.status != 202) {
        *error = QStringLiteral("%1 %2: %3")
                     .arg(QString::fromLatin1(method), path, QString::fromUtf8(queued.body));
        return false;
    }
    const QString job = queued.json().value(QStringLiteral("id")).toString();
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const QJsonObject state =
            http.getJson(panel.url(QStringLiteral("/api/v1/jobs/") + job), token).json();
        if (state.value(QStringLiteral("state")) == QLatin1String("succeeded"))
            return true;
        if (state.value(QStringLiteral("state")) == QLatin1String("failed")) {
            *error = state.value(QStringLiteral("error")).toString();
            return false;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("the demo's job %1 did not finish").arg(job);
    return false;
}

bool seedDemoData(test::HttpClient &http, test::PanelProcess &panel, const QString &databasePath,
                  QString *error, DemoDatabases *databases)
{
    const QString staff = test::signIn(http, panel, QStringLiteral("test0001"), error);
    if (staff.isEmpty())
        return false;
    const QString elevated = test::signIn(http, panel, QStringLiteral("test0001"), error, staff);
    if (elevated.isEmpty())
        return false;
    const auto call = [&](const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        return http.sendJson(method, panel.url(path), body, elevated, {{"If-Match", "*"}});
    };

    QString firstSite;
    for (const DemoSite &site : demoSites) {
        const test::HttpReply created =
            call("POST", QStringLiteral("/api/v1/sites"),
                 {{QStringLiteral("name"), QLatin1String(site.name)},
                  {QStringLiteral("description"), QLatin1String(site.description)},
                  {QStringLiteral("contactEmail"), QStringLiteral("webmaster@example.ac.uk")},
                  {QStringLiteral("owner"), QLatin1String(site.owner)}});
        if (created.status != 201) {
            *error = QString::fromUtf8(created.body);
            return false;
        }
        const QString id = created.json().value(QStringLiteral("id")).toString();
        if (firstSite.isEmpty())
            firstSite = id;
        const QString members = QStringLiteral("/api/v1/sites/%1/members/").arg(id);
        call("PUT", members + QStringLiteral("test0002"),
             {{QStringLiteral("role"), QStringLiteral("admin")}});
        call("PUT", members + QStringLiteral("test0004"), {{QStringLiteral("role"), QStringLiteral("ssh")}});
        if (QLatin1String(site.status) == QLatin1String("disabled"))
            call("POST", QStringLiteral("/api/v1/sites/%1/disable").arg(id));
    }
    call("PATCH", QStringLiteral("/api/v1/sites/") + firstSite,
         {{QStringLiteral("description"),
           QStringLiteral("Public pages of the Yusuf Hamied Department of Chemistry")}});

    // Someone else asks for a site, which staff have not approved yet.
    const QString requester = test::signIn(http, panel, QStringLiteral("test0002"), error);
    http.sendJson("POST", panel.url(QStringLiteral("/api/v1/sites")),
                  {{QStringLiteral("name"), QStringLiteral("Student Radio")},
                   {QStringLiteral("contactEmail"), QStringLiteral("radio@example.ac.uk")}},
                  requester);
    // Staff mode ends here: the demo user continues as an ordinary site owner.
    http.send("DELETE", panel.url(QStringLiteral("/api/v1/me/tokens/current")), {},
              {{"Authorization", "Bearer " + elevated.toLatin1()}});

    // Real hosting on the demo's own Apache and PHP-FPM: vhosts with pages, PHP settings, TLS.
    const QString owner = test::signIn(http, panel, QStringLiteral("test0001"), error);
    if (owner.isEmpty())
        return false;
    const auto apply = [&](const QByteArray &method, const QString &path, const QJsonObject &body) {
        return runJob(http, panel, owner, method, path, body, error);
    };
    const QString vhosts = QStringLiteral("/api/v1/sites/%1/vhosts").arg(firstSite);
    if (!apply("POST", vhosts,
               {{QStringLiteral("name"), QStringLiteral("main")},
                {QStringLiteral("documentRoot"), QStringLiteral("public_html")},
                {QStringLiteral("domains"),
                 QJsonArray{QStringLiteral("www.chem.example"), QStringLiteral("chem.example")}},
                {QStringLiteral("redirectAliases"), true},
                {QStringLiteral("modules"), QJsonArray{QStringLiteral("rewrite"), QStringLiteral("expires")}},
                {QStringLiteral("directives"),
                 QStringLiteral("ExpiresByType image/png \"access plus 1 week\"\nRewriteRule ^old-news/(.*)$ "
                                "/news/$1 [R=301,L]\n")}}) ||
        !apply("POST", vhosts,
               {{QStringLiteral("name"), QStringLiteral("outreach")},
                {QStringLiteral("domains"), QJsonArray{QStringLiteral("outreach.chem.example")}}}) ||
        !apply("POST", QStringLiteral("/api/v1/sites/%1/vhosts/main/tls/self-signed").arg(firstSite), {}) ||
        !apply("PUT", QStringLiteral("/api/v1/sites/%1/php").arg(firstSite),
               {{QStringLiteral("settings"),
                 QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("256M")},
                             {QStringLiteral("upload_max_filesize"), QStringLiteral("32M")},
                             {QStringLiteral("post_max_size"), QStringLiteral("40M")},
                             {QStringLiteral("date.timezone"), QStringLiteral("Europe/London")}}}}))
        return false;
    const QString home = panel.sitesRoot() + QLatin1Char('/') + firstSite;
    // The pages belong to the site's own user, as if its owner had put them there: the panel's
    // shell access gives the site's members access to its home as that user, which cannot change
    // files of root's.
    struct stat homeOwner = {};
    const bool chownPages = ::geteuid() == 0 && ::stat(QFile::encodeName(home).constData(), &homeOwner) == 0;
    for (const auto &[file, text] :
         {std::pair{QStringLiteral("/public_html/index.html"),
                    QByteArray("<h1>Department of Chemistry</h1>\n")},
          std::pair{QStringLiteral("/public_html/outreach/index.html"), QByteArray("<h1>Outreach</h1>\n")},
          std::pair{QStringLiteral("/public_html/info.php"), QByteArray("<?php phpinfo();\n")}}) {
        QFile page(home + file);
        if (page.open(QIODevice::WriteOnly))
            page.write(text);
        page.close();
        if (chownPages &&
            ::chown(QFile::encodeName(page.fileName()).constData(), homeOwner.st_uid, homeOwner.st_gid) != 0)
            qWarning("demo: cannot give %s to the site's user", qPrintable(page.fileName()));
    }
    // The demo user's SSH keys (public halves only; no one holds the private ones), for the SSH page.
    for (const char *key :
         {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKG7Alb9caSCo1gXkFdWcccDeXwsalpCADZ6YU4Aaafk test0001@laptop",
          "ecdsa-sha2-nistp256 "
          "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEzn2okgbR9h086LNzBN8+kkQJ+"
          "PgwicHnF3dYm4wRBGnLOFmst8Cl/6Q0GmSsPAFmAR79wNqFekJ3ZXaKHXWQc= test0001@desktop"})
        http.sendJson("POST", panel.url(QStringLiteral("/api/v1/me/ssh-keys")),
                      {{QStringLiteral("key"), QLatin1String(key)}}, owner);
    Q_UNUSED(databasePath);
    if (databases && !databases->seed(http, panel, owner, firstSite, error))
        return false;
    return seedDemoCron(http, panel, owner, firstSite, error);
}

} // namespace mws::demo
