// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: how fast the desktop opens a remembered account from its cache, how much memory it
// holds at rest, and how long each keystroke of a site search takes — with 10 and 10,000 sites.
// Prints figures; asserts nothing about speed. Runs itself twice per size: once to prepare an
// account (keychain entry + cache file), once, as a fresh process, to measure.
//
//   bench_desktop [--sites N]...      (needs a keychain: run under tests/support/with-keyring.sh)
#include "appcontroller.h"
#include "auth/accountstore.h"
#include "cache/offlinecache.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <unistd.h>

namespace {

// Sites in the list as shown (search applied): the children of every account row.
int shownSites(const QAbstractItemModel *model)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->rowCount(model->index(row, 0));
    return count;
}

const QUrl unreachablePanel(QStringLiteral("http://127.0.0.1:9")); // discard port: refused at once

// Milliseconds since this process was created, from /proc (so exec and library loading count).
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const double startTicks = fields.value(21).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int prepare(int siteCount)
{
    mws::SecretStore secrets(QStringLiteral("uk.ac.cam.mws.admin"));
    mws::auth::AccountStore accounts(&secrets, mws::auth::AccountStore::defaultListPath());
    mws::auth::Account account;
    account.panelUrl = unreachablePanel;
    account.crsid = QStringLiteral("bench01");
    account.lastUsed = QDateTime::currentDateTimeUtc();
    auto added = accounts.add(account, QStringLiteral("mws_bench-token"));
    if (!QTest::qWaitFor([&] { return added.isFinished(); }, 20000) || !added.result().ok()) {
        QTextStream(stderr) << "bench_desktop: no keychain (run under with-keyring.sh)" << Qt::endl;
        return 1;
    }
    QJsonArray sites;
    for (int i = 0; i < siteCount; ++i) {
        mws::model::Site site;
        site.id = QStringLiteral("site-%1").arg(i, 8, 16, QLatin1Char('0'));
        site.name = QStringLiteral("Site %1 of the bench").arg(i);
        site.hostname = QStringLiteral("site%1.mws.example").arg(i);
        site.contactEmail = QStringLiteral("web@example.test");
        site.status = mws::model::SiteStatus::Active;
        site.createdAt = site.updatedAt = QDateTime::currentDateTimeUtc();
        sites.append(site.toJson());
    }
    mws::cache::OfflineCache cache(mws::cache::OfflineCache::defaultPath(account.panelUrl, account.crsid));
    auto opened = cache.open();
    if (!QTest::qWaitFor([&] { return opened.isFinished(); }, 20000) || !opened.result().ok())
        return 1;
    auto put = cache.put(QStringLiteral("sites"), QJsonDocument(sites).toJson(QJsonDocument::Compact),
                         "\"bench\"", QDateTime::currentDateTimeUtc());
    if (!QTest::qWaitFor([&] { return put.isFinished(); }, 60000))
        return 1;
    return put.result().ok() ? 0 : 1;
}

int measure(int siteCount)
{
    QTextStream out(stdout);
    mws::ui::AppController controller;
    double paintedAt = -1;
    controller.start();
    if (!QTest::qWaitFor([&] { return controller.mainWindow() != nullptr; }, 20000))
        return 1;
    auto *list = controller.mainWindow()->findChild<QTreeView *>(QStringLiteral("siteList"));
    // The first paint of the list with every site in it (under the one account, expanded) is
    // when the user sees their sites.
    struct PaintWatch : QObject
    {
        QTreeView *list;
        int expected;
        double *paintedAt;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && *paintedAt < 0 && shownSites(list->model()) == expected &&
                list->isExpanded(list->model()->index(0, 0)))
                *paintedAt = processAgeMs();
            return false;
        }
    } watch;
    watch.list = list;
    watch.expected = siteCount;
    watch.paintedAt = &paintedAt;
    list->viewport()->installEventFilter(&watch);
    if (!QTest::qWaitFor([&] { return paintedAt >= 0; }, 60000)) {
        out << "bench_desktop: the site list never showed " << siteCount << " sites" << Qt::endl;
        return 1;
    }
    QTest::qWait(1000); // at rest
    const long rss = rssKiB();

    auto *search = controller.mainWindow()->findChild<QLineEdit *>(QStringLiteral("siteSearch"));
    const QString typed = QStringLiteral("site 99");
    QList<double> keystrokes;
    for (const QChar c : typed) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(search, c.toLatin1());
        list->viewport()->repaint();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    out << QStringLiteral("%1 sites: start → site list painted from the cache %2 ms; RSS at rest %3 MiB; "
                          "search per keystroke median %4 ms, worst %5 ms (%6 matches for \"%7\")")
               .arg(siteCount)
               .arg(paintedAt, 0, 'f', 0)
               .arg(rss / 1024.0, 0, 'f', 1)
               .arg(keystrokes.at(keystrokes.size() / 2), 0, 'f', 2)
               .arg(keystrokes.last(), 0, 'f', 2)
               .arg(shownSites(list->model()))
               .arg(typed)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mws-admin"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--prepare"))
        return prepare(args.at(2).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("--measure"))
        return measure(args.at(2).toInt());

    QList<int> sizes;
    for (int i = 1; i + 1 < args.size(); i += 2)
        if (args.at(i) == QLatin1String("--sites"))
            sizes.append(args.at(i + 1).toInt());
    if (sizes.isEmpty())
        sizes = {10, 10000};
    for (const int size : sizes) {
        // Each size starts from nothing: no settings, no cache, no keychain entry of an earlier run.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        for (const char *phase : {"--prepare", "--measure"}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QApplication::applicationFilePath(), {QLatin1String(phase), QString::number(size)});
            if (!child.waitForFinished(180000) || child.exitCode() != 0) {
                QTextStream(stderr) << "bench_desktop: " << phase << ' ' << size << " failed" << Qt::endl;
                return 1;
            }
        }
    }
    return 0;
}
