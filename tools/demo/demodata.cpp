#include "demodata.h"

#include "database.h"
#include "panelharness.h"
#include "store.h"

#include <QJsonObject>

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

bool seedDemoData(test::HttpClient &http, test::PanelProcess &panel, const QString &databasePath,
                  QString *error)
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

    // No API starts jobs yet (hosting work will), so the demo shows one in the store.
    store::Database::Options options;
    options.sqlitePath = databasePath;
    auto database = store::Database::open(options, QStringLiteral("demo-seed"));
    if (!database.ok()) {
        *error = database.error().fullText();
        return false;
    }
    store::Store store(*database.value());
    model::Job job;
    job.siteId = firstSite;
    job.kind = QStringLiteral("apply configuration");
    job.state = model::JobState::Running;
    job.progress = 100;
    job.createdBy = QStringLiteral("test0001");
    job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    if (auto created = store.createJob(job); created.ok()) {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-590);
        (void)store.appendJobLog(created->id, QStringLiteral("Rendered 2 vhost files"), at);
        (void)store.appendJobLog(created->id, QStringLiteral("apache2ctl -t: Syntax OK"), at);
        (void)store.appendJobLog(created->id, QStringLiteral("Graceful reload; health check passed"), at);
        (void)store.finishJob(created->id, model::JobState::Succeeded, {}, {}, at);
    }
    return true;
}

} // namespace mws::demo
