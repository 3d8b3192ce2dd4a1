// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The supervisor that starts and restarts the host's servers: a service stopped and started again
// at once (a site suspended and back, a site.online apply) gets a new process, and the old one's
// end, which comes later, is not taken for the new one's (it was: the new process was let go while
// running, and the panel crashed on the null process that followed).
#include "hostconfig.h"
#include "supervisor.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mws::host;

class TestSupervisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HostConfig m_config;

    qint64 pidOf(const Supervisor &supervisor, const QString &name)
    {
        QFile file(supervisor.pidFile(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    // A server that ends a little after it is told to, as Apache finishing its requests does.
    ServiceSpec slowToStop() const
    {
        ServiceSpec spec;
        spec.name = QStringLiteral("site.web");
        spec.program = QStringLiteral("/bin/sh");
        spec.arguments = {QStringLiteral("-c"),
                          QStringLiteral("trap 'sleep 0.5; exit 0' TERM; while :; do sleep 0.1; done")};
        spec.home = m_dir.path();
        spec.reloadSignal = SIGUSR1;
        spec.stopSignal = SIGTERM;
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.root = m_dir.path();
        QVERIFY(QDir().mkpath(m_config.pidDir()));
    }

    void aServiceStoppedAndStartedAtOnceKeepsItsNewProcess()
    {
        Supervisor supervisor(m_config);
        const ServiceSpec spec = slowToStop();
        supervisor.ensureRunning(spec);
        QTRY_VERIFY(pidOf(supervisor, spec.name) > 0);
        const qint64 first = pidOf(supervisor, spec.name);

        supervisor.stop(spec);
        supervisor.ensureRunning(spec); // before the first has ended
        QTRY_VERIFY(pidOf(supervisor, spec.name) > 0);
        const qint64 second = pidOf(supervisor, spec.name);
        QVERIFY(second != first);

        // The first ends (about half a second after SIGTERM); the second is untouched by it.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(first), 0) != 0, 10000);
        QTest::qWait(1000);
        QVERIFY(supervisor.isRunning(spec.name));
        QCOMPARE(pidOf(supervisor, spec.name), second);
        QCOMPARE(::kill(pid_t(second), 0), 0);
    }

    void aServiceThatEndsByItselfIsRestarted()
    {
        Supervisor supervisor(m_config);
        const ServiceSpec spec = slowToStop();
        supervisor.ensureRunning(spec);
        QTRY_VERIFY(pidOf(supervisor, spec.name) > 0);
        const qint64 first = pidOf(supervisor, spec.name);
        QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(pidOf(supervisor, spec.name) > 0 && pidOf(supervisor, spec.name) != first,
                                 10000);
        QTRY_VERIFY(supervisor.isRunning(spec.name));
    }
};

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
