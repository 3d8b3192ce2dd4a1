// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The words for the panel's codes: every job kind and audit action the OpenAPI document lists
// (x-codes: what the panel writes) has words from an area, no area words a code the panel never
// writes, and a code no area knows is shown readably in the jobs panel and the Activity page.
#include "areas.h"
#include "jobs/jobspanel.h"
#include "models/activitymodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSet>
#include <QTest>

using namespace mws;
using mws::ui::CodeLabels;

namespace {

// The codes documented for one property of one schema.
QSet<QString> documentedCodes(const QString &schema, const QString &property)
{
    QFile file(QStringLiteral(MWS_SOURCE_DIR "/docs/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the OpenAPI document");
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray codes = document.value(QStringLiteral("components"))
                                 .toObject()
                                 .value(QStringLiteral("schemas"))
                                 .toObject()
                                 .value(schema)
                                 .toObject()
                                 .value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(property)
                                 .toObject()
                                 .value(QStringLiteral("x-codes"))
                                 .toArray();
    QSet<QString> set;
    for (const QJsonValue &code : codes)
        set.insert(code.toString());
    return set;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

class TestCodeLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCodeHasWords_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("property");
        QTest::newRow("job kinds") << "Job" << "kind";
        QTest::newRow("audit actions") << "AuditEvent" << "action";
    }
    void everyDocumentedCodeHasWords()
    {
        QFETCH(QString, schema);
        QFETCH(QString, property);
        const QSet<QString> documented = documentedCodes(schema, property);
        QVERIFY2(documented.size() >= 10, "the OpenAPI document lists no x-codes");
        const CodeLabels labels = ui::codeLabels();
        const bool kinds = property == QLatin1String("kind");
        const QStringList worded = kinds ? labels.jobKindCodes() : labels.actionCodes();
        const QSet<QString> wordedSet(worded.begin(), worded.end());
        QCOMPARE(sorted(documented - wordedSet), QStringList()); // written by the panel, no words
        QCOMPARE(sorted(wordedSet - documented), QStringList()); // words for what is never written
        for (const QString &code : documented) {
            const QString text = kinds ? labels.jobKind(code) : labels.action(code);
            QVERIFY2(!text.isEmpty() && text != CodeLabels::readable(code), qPrintable(code));
        }
    }

    void unknownCodesAreReadable()
    {
        const CodeLabels labels = ui::codeLabels();
        QCOMPARE(labels.jobKind(QStringLiteral("site.backup")), QStringLiteral("Site backup"));
        QCOMPARE(labels.action(QStringLiteral("dns.zone-update")), QStringLiteral("Dns zone update"));
        QCOMPARE(labels.action(QStringLiteral("  ")), QString());
        QCOMPARE(labels.action(QString()), QString());
        QCOMPARE(CodeLabels().jobKind(QStringLiteral("vhost.create")), QStringLiteral("Vhost create"));
    }

    void theJobsPanelShowsTheWords()
    {
        ui::JobsPanel jobs(ui::codeLabels());
        jobs.showSite(QStringLiteral("site-x"));
        model::Job check;
        check.id = QStringLiteral("job-1");
        check.siteId = QStringLiteral("site-x");
        check.kind = QStringLiteral("site.check");
        check.state = model::JobState::Succeeded;
        check.progress = 100;
        jobs.addJob(check, nullptr);
        model::Job backup = check;
        backup.id = QStringLiteral("job-2");
        backup.kind = QStringLiteral("site.backup");
        backup.state = model::JobState::Queued;
        backup.progress = 0;
        jobs.addJob(backup, nullptr);
        auto *list = jobs.findChild<QListWidget *>(QStringLiteral("jobList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Site backup — waiting, 0%"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Check that the site answers — done"));
    }

    void theActivityShowsTheWords()
    {
        ui::ActivityModel activity(ui::codeLabels());
        model::AuditEvent php;
        php.siteId = QStringLiteral("site-x");
        php.actor = QStringLiteral("abc123");
        php.action = QStringLiteral("php.update");
        php.target = QStringLiteral("php");
        model::AuditEvent future = php;
        future.action = QStringLiteral("dns.update");
        activity.setEvents({php, future});
        QCOMPARE(activity.data(activity.index(0, ui::ActivityModel::What)).toString(),
                 QStringLiteral("Changed PHP settings"));
        QCOMPARE(activity.data(activity.index(1, ui::ActivityModel::What)).toString(),
                 QStringLiteral("Dns update"));
    }
};

QTEST_MAIN(TestCodeLabels)
#include "tst_codelabels.moc"
