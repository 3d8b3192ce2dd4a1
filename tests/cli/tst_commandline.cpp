// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The installed programs as a user runs them: real processes, real output.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess process;
        mws::test::keepSanitizerReports(process, QFileInfo(program).fileName());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, args);
        if (!process.waitForFinished(30000))
            return QStringLiteral("<timeout>");
        if (exitCode)
            *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("app") << QStringLiteral(MWS_ADMIN_BINARY) << QStringLiteral("mws-admin");
        QTest::newRow("panel") << QStringLiteral(MWS_PANELD_BINARY) << QStringLiteral("mws-paneld");
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        int code = -1;
        const QString version = run(program, {QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(version.trimmed(), name + QLatin1Char(' ') + QStringLiteral(MWS_VERSION));

        const QString help = run(program, {QStringLiteral("--help")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(help.contains(QStringLiteral("Usage: ")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("--version")));
        QVERIFY(help.contains(QStringLiteral("--help")));
    }

    // mws-paneld --check-config names every bad key, and accepts a good file.
    void panelChecksItsConfiguration_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        const QString good =
            QStringLiteral("[server]\nlisten = 127.0.0.1:0\npublic_url = http://127.0.0.1:1\n"
                           "[database]\npath = panel.sqlite\n"
                           "[raven]\nkeys = 2:raven.pem\n");
        QTest::newRow("good") << good << 0 << QStringList{QStringLiteral("configuration OK")};
        QTest::newRow("unknown key") << good + QStringLiteral("[tokens]\nlifetime = 3\n") << 1
                                     << QStringList{QStringLiteral("tokens/lifetime"),
                                                    QStringLiteral("unknown setting")};
        QTest::newRow("plain HTTP in public")
            << QString(good).replace(QStringLiteral("127.0.0.1:0"), QStringLiteral("0.0.0.0:8080")) << 1
            << QStringList{QStringLiteral("server/listen"), QStringLiteral("loopback")};
        QTest::newRow("test key not allowed")
            << QString(good).replace(QStringLiteral("2:raven.pem"), QStringLiteral("901:raven.pem")) << 1
            << QStringList{QStringLiteral("allow_test_keys")};
        QTest::newRow("no keys") << QString(good).replace(QStringLiteral("keys = 2:raven.pem"), QString())
                                 << 1 << QStringList{QStringLiteral("raven/keys")};
        QTest::newRow("bad number") << good + QStringLiteral("[tokens]\nlifetime_days = many\n") << 1
                                    << QStringList{QStringLiteral("tokens/lifetime_days")};
        const QString host =
            good + QStringLiteral("[host]\nenabled = true\nroot = host\nsites_root = sites\n");
        QTest::newRow("cgroup not a cgroup path") << host + QStringLiteral("cgroup = ../sites\n") << 1
                                                  << QStringList{QStringLiteral("host/cgroup")};
        QTest::newRow("people_cgroup not a cgroup path")
            << host + QStringLiteral(
                          "ssh_enabled = true\npeople_root = people\npeople_cgroup = user.slice/../x\n")
            << 1 << QStringList{QStringLiteral("host/people_cgroup")};
        // As root each site gets its own user, and its backend port must be out of the kernel's
        // ephemeral range, or any process could be handed it by connect().
        if (::geteuid() == 0)
            QTest::newRow("backend ports among the ephemeral ones")
                << host + QStringLiteral("backend_ports = 40000-40999\n") << 1
                << QStringList{QStringLiteral("host/backend_ports"), QStringLiteral("ip_local_port_range")};
        QTest::newRow("unreadable key file")
            << QString(good).replace(QStringLiteral("raven.pem"), QStringLiteral("missing.pem")) << 1
            << QStringList{QStringLiteral("missing.pem")};
    }

    void panelChecksItsConfiguration()
    {
        QFETCH(QString, config);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        QTemporaryDir dir;
        QProcess keygen;
        keygen.start(QStringLiteral("openssl"),
                     {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                      QStringLiteral("-out"), dir.filePath(QStringLiteral("private.pem"))});
        QVERIFY(keygen.waitForFinished(30000) && keygen.exitCode() == 0);
        keygen.start(QStringLiteral("openssl"),
                     {QStringLiteral("pkey"), QStringLiteral("-in"),
                      dir.filePath(QStringLiteral("private.pem")), QStringLiteral("-pubout"),
                      QStringLiteral("-out"), dir.filePath(QStringLiteral("raven.pem"))});
        QVERIFY(keygen.waitForFinished(30000) && keygen.exitCode() == 0);
        QFile file(dir.filePath(QStringLiteral("paneld.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();

        QProcess panel;
        mws::test::keepSanitizerReports(panel, QStringLiteral("mws-paneld"));
        panel.start(QStringLiteral(MWS_PANELD_BINARY),
                    {QStringLiteral("--config"), file.fileName(), QStringLiteral("--check-config")});
        QVERIFY(panel.waitForFinished(30000));
        const QString output =
            QString::fromUtf8(panel.readAllStandardOutput() + panel.readAllStandardError());
        QCOMPARE(panel.exitCode(), exitCode);
        for (const QString &mention : mentions)
            QVERIFY2(output.contains(mention), qPrintable(output));
    }

    void panelWithoutAConfigurationSaysSo()
    {
        int code = -1;
        QProcess panel;
        mws::test::keepSanitizerReports(panel, QStringLiteral("mws-paneld"));
        panel.start(QStringLiteral(MWS_PANELD_BINARY),
                    {QStringLiteral("--config"), QStringLiteral("/nonexistent/paneld.conf")});
        QVERIFY(panel.waitForFinished(30000));
        code = panel.exitCode();
        QCOMPARE(code, 1);
        QVERIFY(
            QString::fromUtf8(panel.readAllStandardError()).contains(QLatin1String("No configuration file")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
