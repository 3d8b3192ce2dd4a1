// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshkeygen.h"
#include "validate/sshpublickey.h"

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

    // A fresh key made by ssh-keygen, and the fingerprint ssh-keygen gives for it.
    std::pair<QString, QString> makeKey(const QString &type, int bits = 0)
    {
        const mws::test::GeneratedSshKey key = mws::test::makeSshKey(m_dir.path(), type, bits);
        return {key.publicLine, key.fingerprint};
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
        QTest::newRow("comment with a line break")
            << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI me\nrm -rf /")
            << QStringLiteral("line breaks");
        QTest::newRow("comment with a control character")
            << QStringLiteral(
                   "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE2kqjYfVfXtQbDYl5ykkhI3q4bqLQmD1lJUG0QdTYwh "
                   "me\x1b[31m")
            << QStringLiteral("control characters");
        QTest::newRow("over 16 KiB") << QStringLiteral("ssh-rsa ") + QString(20000, QLatin1Char('A'))
                                     << QStringLiteral("16 KiB");
        QTest::newRow("options, no type first")
            << QStringLiteral("no-pty,from=\"10.0.0.1\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
            << QStringLiteral("Options");
        QTest::newRow("certificate") << QStringLiteral("ssh-ed25519-cert-v01@openssh.com AAAA")
                                     << QStringLiteral("Unknown key type");
        QTest::newRow("ssh2 format") << QStringLiteral("---- BEGIN SSH2 PUBLIC KEY ----")
                                     << QStringLiteral("RFC 4716");
        QTest::newRow("private key line")
            << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----") << QStringLiteral("private key");
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

    // The floor is 3072 bits: 2048, ssh-keygen's old default, is refused.
    void shortRsaKeyIsRefused()
    {
        const auto [line, fingerprint] = makeKey(QStringLiteral("rsa"), 2048);
        QVERIFY2(!line.isEmpty(), "ssh-keygen failed");
        const auto key = SshPublicKey::parse(line);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().message.contains(QLatin1String("3072")), qPrintable(key.error().message));
        QVERIFY2(key.error().message.contains(QLatin1String("2048")), qPrintable(key.error().message));
    }

    void acceptedTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("ecdsa-256") << QStringLiteral("ecdsa") << 256;
        QTest::newRow("ecdsa-521") << QStringLiteral("ecdsa") << 521;
        QTest::newRow("rsa-4096") << QStringLiteral("rsa") << 4096;
    }

    void acceptedTypes()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        const auto [line, fingerprint] = makeKey(type, bits);
        QVERIFY2(!line.isEmpty(), "ssh-keygen failed");
        const auto key = SshPublicKey::parse(line);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->fingerprint(), fingerprint);
        QCOMPARE(key->bits(), bits);
    }

    // A body with a byte more than its fields, or a field cut short, is not a key.
    void trailingOrMissingBytesAreRefused()
    {
        const auto [line, fingerprint] = makeKey(QStringLiteral("ed25519"));
        const QByteArray blob = QByteArray::fromBase64(line.section(QLatin1Char(' '), 1, 1).toLatin1());
        for (const QByteArray &changed : {blob + QByteArray(1, 'x'), blob.chopped(1)}) {
            const auto key =
                SshPublicKey::parse(QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(changed.toBase64()));
            QVERIFY(!key.ok());
            QVERIFY2(key.error().message.contains(QLatin1String("could not be read")),
                     qPrintable(key.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestSshPublicKey)
#include "tst_sshpublickey.moc"
