// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Two sites on one real host, as the isolation suites need them: the panel as root with real
// Apache and PHP-FPM, staff and two owners signed in, site A (a.test, the attacker's) and site B
// (b.test, the victim's), each with a vhost serving public_html.
#include "hostingfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

namespace mws::test {

inline bool chownTo(const QString &user, const QString &path)
{
    return QProcess::execute(QStringLiteral("chown"),
                             {QStringLiteral("-h"), user + QLatin1Char(':') + user, path}) == 0;
}

// Writes a file as if user had: owned by them, with mode.
inline bool writeOwned(const QString &user, const QString &path, const QByteArray &text, mode_t mode = 0644)
{
    return writeText(path, text) && chownTo(user, path) &&
           ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

inline qint64 pidIn(const QString &pidFile)
{
    return readBytes(pidFile).trimmed().toLongLong();
}

// A field of /proc/<pid>/status ("Uid", "VmHWM"), white space folded.
inline QString procStatus(qint64 pid, const QByteArray &field)
{
    for (const QByteArray &line : readBytes(QStringLiteral("/proc/%1/status").arg(pid)).split('\n'))
        if (line.startsWith(field + ':'))
            return QString::fromUtf8(line.mid(field.size() + 1).simplified());
    return {};
}

class TwoSiteFixture
{
public:
    ApiFixture fixture;
    HttpClient http;
    std::unique_ptr<HostingClient> hosting;
    QString ownerA, ownerB, staff;
    QString siteA, siteB;

    PanelProcess &panel() { return fixture.panel(); }
    QString home(const QString &site) { return panel().sitesRoot() + QLatin1Char('/') + site; }
    QString hostFile(const QString &relative) { return panel().hostRoot() + QLatin1Char('/') + relative; }
    QString pidFile(const QString &service)
    {
        return hostFile(QStringLiteral("run/pids/%1.pid").arg(service));
    }
    int sitePort(const QString &site)
    {
        return readBytes(hostFile(QStringLiteral("sites/%1/port").arg(site))).trimmed().toInt();
    }
    Page fetch(const QString &host, const QString &path = QStringLiteral("/"))
    {
        return fetchPage(panel().httpPort(), host, path);
    }

    // Starts everything; an empty string when it worked, else what failed.
    QString start(PanelProcess::Options options = {})
    {
        options.staff = {QStringLiteral("test0100")};
        options.webServers = true;
        QString error;
        if (!fixture.start(options, &error))
            return error;
        hosting = std::make_unique<HostingClient>(http, panel());
        const QString firstStaff = signIn(http, panel(), QStringLiteral("test0100"), &error);
        if (firstStaff.isEmpty())
            return error;
        staff = signIn(http, panel(), QStringLiteral("test0100"), &error, firstStaff);
        ownerA = signIn(http, panel(), QStringLiteral("test0201"), &error);
        ownerB = signIn(http, panel(), QStringLiteral("test0202"), &error);
        if (staff.isEmpty() || ownerA.isEmpty() || ownerB.isEmpty())
            return error;
        siteA = createSite(QStringLiteral("Attacker"), QStringLiteral("test0201"));
        siteB = createSite(QStringLiteral("Victim"), QStringLiteral("test0202"));
        if (siteA.isEmpty() || siteB.isEmpty())
            return QStringLiteral("the sites could not be created");
        for (const auto &[site, token, domain] : {std::tuple{siteA, ownerA, QStringLiteral("a.test")},
                                                  std::tuple{siteB, ownerB, QStringLiteral("b.test")}}) {
            const QJsonObject job =
                hosting->apply("POST", site, QStringLiteral("/vhosts"),
                               {{QStringLiteral("name"), QStringLiteral("main")},
                                {QStringLiteral("documentRoot"), QStringLiteral("public_html")},
                                {QStringLiteral("domains"), QJsonArray{domain}}},
                               token);
            if (job.value(QStringLiteral("state")).toString() != QLatin1String("succeeded"))
                return QStringLiteral("%1's vhost was not made: %2")
                    .arg(domain, QString::fromUtf8(QJsonDocument(job).toJson(QJsonDocument::Compact)));
        }
        return {};
    }

    QString createSite(const QString &name, const QString &owner)
    {
        const HttpReply created =
            http.sendJson("POST", panel().url(QStringLiteral("/api/v1/sites")),
                          {{QStringLiteral("name"), name},
                           {QStringLiteral("contactEmail"), QStringLiteral("web@example.org")},
                           {QStringLiteral("owner"), owner}},
                          staff);
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString() : QString();
    }

    // Writes a file into site's document root, as the site's user.
    bool writePage(const QString &site, const QString &name, const QByteArray &text)
    {
        return writeOwned(site, home(site) + QStringLiteral("/public_html/") + name, text);
    }
};

} // namespace mws::test
