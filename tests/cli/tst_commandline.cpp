#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The installed programs as a user runs them: real processes, real output.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess process;
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

    void panelAnswersOnLoopback()
    {
        QProcess panel;
        panel.setProcessChannelMode(QProcess::SeparateChannels);
        panel.start(QStringLiteral(MWS_PANELD_BINARY), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(panel.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return panel.canReadLine(); }, 15000));
        const QString line = QString::fromUtf8(panel.readLine());
        const auto match = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(match.captured(1)))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        reply->deleteLater();

        panel.terminate();
        QVERIFY(panel.waitForFinished(10000));
    }

    void panelRefusesABadPort()
    {
        int code = -1;
        run(QStringLiteral(MWS_PANELD_BINARY), {QStringLiteral("--port"), QStringLiteral("99999")}, &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
