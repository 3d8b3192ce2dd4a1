// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the staff fleet's listing of every VM on four hypervisors (private libvirtds with
// the test driver, a quarter of the VMs paused and a quarter shut off), beside four concurrent
// `virsh list --all` over the same sockets in the same run; and the per-keystroke filter time of
// the fleet's proxy model. Goals: listing ≤ 1.2× virsh; filter median ≤ 2 ms at 5,000 VMs,
// enforced with --enforce-floor.
//
//   bench_fleet [--vms N]… [--rounds N] [--enforce-floor]
#include "fleethost.h"
#include "staff/fleet.h"
#include "staff/fleetmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using mws::Fleet;
using mws::test::FleetHost;

namespace {

constexpr int hostCount = 4;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs `start`, then the event loop until `count` of `signal` came, or 60 s passed; false on the
// timeout. Connected first: a signal may come inside `start` (a future that finished before its
// continuation was attached runs it at once).
template <typename Signal, typename Start> bool waitFor(Fleet &fleet, Signal signal, int count, Start start)
{
    QEventLoop loop;
    int seen = 0;
    const auto connection = QObject::connect(&fleet, signal, &loop, [&] {
        if (++seen == count)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&loop] { loop.exit(1); });
    start();
    const bool ok = seen >= count || loop.exec() == 0;
    QObject::disconnect(connection);
    return ok;
}

struct Figures
{
    std::vector<double> firstListing; // into an empty model
    std::vector<double> refresh;      // the same again, rows updated in place
    std::vector<double> virsh;
    std::vector<double> keystrokes;
    int failures = 0;
};

std::unique_ptr<Fleet> openFleet(const std::vector<std::unique_ptr<FleetHost>> &hosts)
{
    QList<mws::HypervisorSpec> specs;
    for (const auto &host : hosts)
        specs.append({host->name(), host->cluster(), host->uri()});
    Fleet::Options options;
    options.refreshIntervalMs = 0;
    options.refreshOnConnect = false;
    auto fleet = std::make_unique<Fleet>(specs, options);
    if (!waitFor(*fleet, &Fleet::hypervisorConnected, hostCount, [&fleet] { fleet->start(); }))
        return nullptr;
    return fleet;
}

double timedRefresh(Fleet &fleet, int expectedRows, int *failures)
{
    QElapsedTimer clock;
    clock.start();
    const bool ok = waitFor(fleet, &Fleet::refreshed, hostCount, [&fleet] { fleet.refreshAll(); });
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!ok || fleet.model()->rowCount() != expectedRows)
        ++*failures;
    return ms;
}

double timedVirsh(const std::vector<std::unique_ptr<FleetHost>> &hosts, int perHost, int *failures)
{
    std::vector<std::unique_ptr<QProcess>> runs;
    QElapsedTimer clock;
    clock.start();
    for (const auto &host : hosts) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), host->uri(),
                                                     QStringLiteral("list"), QStringLiteral("--all")});
    }
    for (const auto &run : runs) {
        if (!run->waitForFinished(60000) || run->exitCode() != 0)
            ++*failures;
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    for (const auto &run : runs) {
        if (run->readAllStandardOutput().trimmed().split('\n').size() != perHost)
            ++*failures;
    }
    return ms;
}

// Types a few searches a person would, a keystroke at a time, then deletes them again.
void timeKeystrokes(mws::FleetModel *model, Figures &figures)
{
    mws::FleetProxyModel proxy(model);
    proxy.sort(mws::FleetModel::NameColumn);
    const QStringList searches = {QStringLiteral("hv-a2-vm-012"), QStringLiteral("paused"),
                                  QStringLiteral("cluster-b"), QStringLiteral("vm-0999")};
    for (const QString &search : searches) {
        for (qsizetype length = 1; length <= search.size(); ++length) {
            QElapsedTimer clock;
            clock.start();
            proxy.setSearchText(search.left(length));
            figures.keystrokes.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        for (qsizetype length = search.size() - 1; length >= 0; --length) {
            QElapsedTimer clock;
            clock.start();
            proxy.setSearchText(search.left(length));
            figures.keystrokes.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    if (proxy.rowCount() != model->rowCount())
        ++figures.failures;
}

bool measure(QTextStream &out, int vms, int rounds, Figures &figures)
{
    const int perHost = vms / hostCount;
    std::vector<std::unique_ptr<FleetHost>> hosts;
    QString error;
    for (int i = 0; i < hostCount; ++i) {
        const QString cluster = i < 2 ? QStringLiteral("cluster-a") : QStringLiteral("cluster-b");
        hosts.push_back(std::make_unique<FleetHost>(
            QStringLiteral("hv-%1%2").arg(QLatin1Char(i < 2 ? 'a' : 'b')).arg(1 + i % 2), cluster));
        if (!hosts.back()->start(perHost, &error)) {
            out << "bench: " << error << Qt::endl;
            return false;
        }
    }
    std::unique_ptr<Fleet> fleet;
    for (int round = 0; round < rounds; ++round) {
        figures.virsh.push_back(timedVirsh(hosts, perHost, &figures.failures));
        fleet = openFleet(hosts); // opening is not timed: the app keeps its connections
        if (!fleet) {
            out << "bench: the fleet did not connect" << Qt::endl;
            return false;
        }
        figures.firstListing.push_back(timedRefresh(*fleet, perHost * hostCount, &figures.failures));
        figures.refresh.push_back(timedRefresh(*fleet, perHost * hostCount, &figures.failures));
    }
    timeKeystrokes(fleet->model(), figures);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption vmsOption(QStringLiteral("vms"), QStringLiteral("VMs in all (repeatable)."),
                                       QStringLiteral("N"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption floorOption(QStringLiteral("enforce-floor"),
                                         QStringLiteral("Fail below the goals."));
    parser.addOptions({vmsOption, roundsOption, floorOption});
    parser.process(app);
    QStringList counts = parser.values(vmsOption);
    if (counts.isEmpty())
        counts = {QStringLiteral("1000"), QStringLiteral("5000")};
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTextStream out(stdout);

    QString why;
    if (!mws::test::LibvirtDaemon::isAvailable(&why)) {
        out << "bench: " << why << Qt::endl;
        return 1;
    }
    bool withinGoals = true;
    int failures = 0;
    for (const QString &count : counts) {
        const int vms = std::max(hostCount, count.toInt());
        Figures figures;
        if (!measure(out, vms, rounds, figures))
            return 1;
        const double ratio = median(figures.firstListing) / median(figures.virsh);
        const double keystroke = median(figures.keystrokes);
        out << QStringLiteral(
                   "%1 VMs on %2 hypervisors (private libvirtds, test driver), medians of %3 rounds\n")
                   .arg(vms)
                   .arg(hostCount)
                   .arg(rounds);
        out << QStringLiteral("  list with state  Fleet %1 ms (in place again %2 ms)   virsh list --all ×%3 "
                              "%4 ms   ratio %5 (goal ≤ 1.20)\n")
                   .arg(median(figures.firstListing), 0, 'f', 1)
                   .arg(median(figures.refresh), 0, 'f', 1)
                   .arg(hostCount)
                   .arg(median(figures.virsh), 0, 'f', 1)
                   .arg(ratio, 0, 'f', 2);
        out << QStringLiteral("  filter keystroke over %1 rows, sorted by name  median %2 ms  max %3 ms  "
                              "(%4 keystrokes; goal median ≤ 2 ms)\n")
                   .arg(vms)
                   .arg(keystroke, 0, 'f', 3)
                   .arg(*std::max_element(figures.keystrokes.cbegin(), figures.keystrokes.cend()), 0, 'f', 3)
                   .arg(figures.keystrokes.size());
        out << QStringLiteral("  failures %1\n").arg(figures.failures);
        out.flush();
        withinGoals = withinGoals && ratio <= 1.2 && keystroke <= 2.0;
        failures += figures.failures;
    }
    if (failures > 0)
        return 1;
    return withinGoals || !parser.isSet(floorOption) ? 0 : 2;
}
