#include "ssh/sshpublickey.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mws::SshPublicKey;

class TestSshPublicKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_keyCount = 0;

    // A fresh key made by ssh-keygen, and the fingerprint ssh-keygen gives for it.
    std::pair<QString, QString> makeKey(const QString &type, int bits = 0)
    {
        const QString path = m_dir.filePath(QStringLiteral("key%1").arg(++m_keyCount));
        QStringList args{QStringLiteral("-q"),
                         QStringLiteral("-t"),
                         type,
                         QStringLiteral("-N"),
                         QString(),
                         QStringLiteral("-C"),
                         QStringLiteral("someone@example.test"),
                         QStringLiteral("-f"),
                         path};
        if (bits)
            args << QStringLiteral("-b") << QString::number(bits);
        QProcess keygen;
        keygen.setStandardInputFile(QProcess::nullDevice());
        keygen.start(QStringLiteral("ssh-keygen"), args);
        if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0)
            return {};
        QFile pub(path + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return {};
        const QString line = QString::fromLatin1(pub.readAll()).trimmed();
        QProcess list;
        list.start(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-l"), QStringLiteral("-f"), pub.fileName()});
        list.waitForFinished(30000);
        const QString fingerprint =
            QString::fromLatin1(list.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
        return {line, fingerprint};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen (openssh-client) is needed to make keys to compare against");
    }

    void fingerprintMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("expectedBits");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << 0 << 256;
        QTest::newRow("rsa-3072") << QStringLiteral("rsa") << 3072 << 3072;
        QTest::newRow("ecdsa-384") << QStringLiteral("ecdsa") << 384 << 384;
    }

    void fingerprintMatchesSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(int, expectedBits);
        const auto [line, fingerprint] = makeKey(type, bits);
        QVERIFY2(!line.isEmpty(), "ssh-keygen failed");
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));

        const auto key = SshPublicKey::parse(line);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->fingerprint(), fingerprint);
        QCOMPARE(key->bits(), expectedBits);
        QCOMPARE(key->comment(), QStringLiteral("someone@example.test"));
        QCOMPARE(key->toLine(), line);
    }

    void whitespaceIsNormalised()
    {
        const auto [line, fingerprint] = makeKey(QStringLiteral("ed25519"));
        const QString messy = QStringLiteral("  ") +
                              QString(line).replace(QLatin1Char(' '), QStringLiteral(" \t ")) +
                              QStringLiteral("\r\n");
        const auto key = SshPublicKey::parse(messy);
        QVERIFY(key.ok());
        QCOMPARE(key->fingerprint(), fingerprint);
        QCOMPARE(key->toLine(), line);
    }

    void badInputIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPattern");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("private key") << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc")
                                     << QStringLiteral("private key");
        QTest::newRow("type only") << QStringLiteral("ssh-ed25519") << QStringLiteral("type and a base64");
        QTest::newRow("unknown type") << QStringLiteral("ssh-foo AAAA") << QStringLiteral("Unknown key type");
        QTest::newRow("authorized_keys options")
            << QStringLiteral("command=\"/bin/sh\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
            << QStringLiteral("Options");
        QTest::newRow("not base64") << QStringLiteral("ssh-ed25519 AAAA$$$$") << QStringLiteral("base64");
        QTest::newRow("truncated body") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBad")
                                        << QStringLiteral("could not be read");
        QTest::newRow("two keys") << QStringLiteral("ssh-ed25519 AAAA a\nssh-ed25519 AAAA b")
                                  << QStringLiteral("one key per line");
        QTest::newRow("dsa") << QStringLiteral("ssh-dss AAAAB3NzaC1kc3MAAACBAP") << QStringLiteral("DSA");
    }

    void badInputIsRefusedWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPattern);
        const auto key = SshPublicKey::parse(input);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, mws::Error::Kind::Invalid);
        QVERIFY2(key.error().message.contains(reasonPattern, Qt::CaseInsensitive),
                 qPrintable(key.error().message));
        QCOMPARE(key.error().fields.size(), 1);
        QCOMPARE(key.error().fields.first().field, QStringLiteral("key"));
    }

    void mismatchedTypeIsRefused()
    {
        const auto [line, fingerprint] = makeKey(QStringLiteral("ed25519"));
        const QString body = line.section(QLatin1Char(' '), 1, 1);
        const auto key = SshPublicKey::parse(QStringLiteral("ssh-rsa ") + body);
        QVERIFY(!key.ok());
    }

    void shortRsaKeyIsRefused()
    {
        const auto [line, fingerprint] = makeKey(QStringLiteral("rsa"), 1024);
        if (line.isEmpty())
            QSKIP("this ssh-keygen refuses to make 1024-bit RSA keys");
        const auto key = SshPublicKey::parse(line);
        QVERIFY(!key.ok());
        QVERIFY(key.error().message.contains(QLatin1String("2048")));
    }
};

QTEST_GUILESS_MAIN(TestSshPublicKey)
#include "tst_sshpublickey.moc"
