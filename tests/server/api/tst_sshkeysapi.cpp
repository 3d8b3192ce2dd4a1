// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A person's SSH keys through the real panel: add, list and remove one's own; another person's
// keys are out of sight and reach; and bad input (private keys, options, line breaks, huge
// blobs, short RSA keys) gets a clear, field-level error and stores nothing.
#include "apitestbase.h"
#include "sshkeygen.h"
#include "sshkeystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace mws::test;

using GeneratedKey = mws::test::GeneratedSshKey;

class TestSshKeysApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QTemporaryDir m_keyDir;
    QString m_alice; // test0101
    QString m_bob;   // test0102
    QString m_carol; // test0103, for the cap
    QString m_staff; // test0100, elevated: reads the audit trail
    GeneratedKey m_rsa2048;
    GeneratedKey m_ed25519;

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &path) { return panel().url(path); }
    QUrl keysUrl() { return url(QStringLiteral("/api/v1/me/ssh-keys")); }

    GeneratedKey makeKey(const QString &type, int bits = 0)
    {
        return makeSshKey(m_keyDir.path(), type, bits, QStringLiteral("me@laptop"));
    }

    HttpReply addKey(const QJsonObject &body, const QString &token,
                     const QHash<QByteArray, QByteArray> &headers = {})
    {
        return m_http.sendJson("POST", keysUrl(), body, token, headers);
    }
    HttpReply removeKey(const QString &id, const QString &token)
    {
        return m_http.send("DELETE", url(QStringLiteral("/api/v1/me/ssh-keys/") + id), {},
                           {{"Authorization", "Bearer " + token.toLatin1()}});
    }
    QJsonArray keysOf(const QString &token)
    {
        const HttpReply listed = m_http.getJson(keysUrl(), token);
        if (listed.status != 200)
            return {};
        return listed.json().value(QStringLiteral("items")).toArray();
    }
    // The audit events of SSH keys by this person, newest first.
    QJsonArray auditOf(const QString &crsid)
    {
        return m_http.getJson(url(QStringLiteral("/api/v1/audit?action=sshkey.&actor=") + crsid), m_staff)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }
    // What a refused request could have touched: the stored keys (read beside the panel) and
    // the audit trail.
    QByteArray snapshot()
    {
        QByteArray all;
        auto opened = m_fixture.openStore();
        if (!opened)
            return "no store";
        for (const char *crsid : {"test0101", "test0102", "test0103"}) {
            const auto keys =
                mws::store::SshKeyStore(opened->store().database()).keysOf(QString::fromLatin1(crsid));
            all += keys.ok() ? QByteArray::number(keys->size()) : QByteArray("error");
            for (const mws::model::SshKey &key : keys.ok() ? *keys : QList<mws::model::SshKey>())
                all += key.id.toLatin1() + key.fingerprint.toLatin1() + key.comment.toUtf8();
            all += QJsonDocument(auditOf(QString::fromLatin1(crsid))).toJson();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QFAIL("ssh-keygen (openssh-client) makes the keys these tests send");
        QVERIFY(m_keyDir.isValid());
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        const QString staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
        QVERIFY2(!staff.isEmpty(), qPrintable(error));
        m_staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, staff);
        QVERIFY2(!m_staff.isEmpty(), qPrintable(error));
        for (auto [crsid, token] :
             {std::pair{"test0101", &m_alice}, {"test0102", &m_bob}, {"test0103", &m_carol}}) {
            *token = signIn(m_http, panel(), QString::fromLatin1(crsid), &error);
            QVERIFY2(!token->isEmpty(), qPrintable(error));
        }
        m_rsa2048 = makeKey(QStringLiteral("rsa"), 2048);
        QVERIFY(!m_rsa2048.publicLine.isEmpty());
        m_ed25519 = makeKey(QStringLiteral("ed25519"));
        QVERIFY(!m_ed25519.publicLine.isEmpty());
    }

    void addListAndRemove()
    {
        QVERIFY(keysOf(m_alice).isEmpty());
        const HttpReply added = addKey({{QStringLiteral("key"), m_ed25519.publicLine}}, m_alice);
        QCOMPARE(added.status, 201);
        const QJsonObject key = added.json();
        const QString id = key.value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("key-")), added.body.constData());
        QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(key.value(QStringLiteral("bits")).toInt(), 256);
        QCOMPARE(key.value(QStringLiteral("comment")).toString(), QStringLiteral("me@laptop"));
        QCOMPARE(key.value(QStringLiteral("fingerprint")).toString(), m_ed25519.fingerprint);
        QVERIFY(!key.value(QStringLiteral("createdAt")).toString().isEmpty());
        QVERIFY(key.value(QStringLiteral("lastUsedAt")).isNull());
        QVERIFY(!key.contains(QStringLiteral("crsid")));

        const QJsonArray listed = keysOf(m_alice);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject(), key);

        QJsonArray audit = auditOf(QStringLiteral("test0101"));
        QVERIFY(!audit.isEmpty());
        QJsonObject event = audit.first().toObject();
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("sshkey.add"));
        QCOMPARE(event.value(QStringLiteral("target")).toString(), m_ed25519.fingerprint);
        QVERIFY(event.value(QStringLiteral("siteId")).toString().isEmpty());

        // The same key again is refused, and says so.
        const HttpReply again = addKey({{QStringLiteral("key"), m_ed25519.publicLine}}, m_alice);
        QCOMPARE(again.status, 409);
        QVERIFY2(again.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("already")),
                 again.body.constData());

        QCOMPARE(removeKey(id, m_alice).status, 204);
        QVERIFY(keysOf(m_alice).isEmpty());
        QCOMPARE(removeKey(id, m_alice).status, 404);
        audit = auditOf(QStringLiteral("test0101"));
        event = audit.first().toObject();
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("sshkey.remove"));
        QCOMPARE(event.value(QStringLiteral("target")).toString(), m_ed25519.fingerprint);
    }

    void acceptedKeysMatchSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << 256;
        QTest::newRow("ecdsa-256") << QStringLiteral("ecdsa") << 256;
        QTest::newRow("ecdsa-384") << QStringLiteral("ecdsa") << 384;
        QTest::newRow("ecdsa-521") << QStringLiteral("ecdsa") << 521;
        QTest::newRow("rsa-3072") << QStringLiteral("rsa") << 3072;
    }

    void acceptedKeysMatchSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        const GeneratedKey generated = makeKey(type, type == QLatin1String("ed25519") ? 0 : bits);
        QVERIFY2(!generated.publicLine.isEmpty(), "ssh-keygen failed");
        QCOMPARE(generated.bits, bits);
        const HttpReply added = addKey({{QStringLiteral("key"), generated.publicLine},
                                        {QStringLiteral("comment"), QStringLiteral("work laptop")}},
                                       m_alice);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(QStringLiteral("fingerprint")).toString(), generated.fingerprint);
        QCOMPARE(added.json().value(QStringLiteral("bits")).toInt(), bits);
        QCOMPARE(added.json().value(QStringLiteral("type")).toString(),
                 generated.publicLine.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(added.json().value(QStringLiteral("comment")).toString(), QStringLiteral("work laptop"));
        QCOMPARE(removeKey(added.json().value(QStringLiteral("id")).toString(), m_alice).status, 204);
    }

    void anIdempotencyKeyAddsOnce()
    {
        const QJsonObject body{{QStringLiteral("key"), m_ed25519.publicLine}};
        const HttpReply first = addKey(body, m_bob, {{"Idempotency-Key", "add-my-key-1"}});
        QCOMPARE(first.status, 201);
        const HttpReply replayed = addKey(body, m_bob, {{"Idempotency-Key", "add-my-key-1"}});
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replayed.json(), first.json());
        QCOMPARE(keysOf(m_bob).size(), 1);
        QCOMPARE(addKey({{QStringLiteral("key"), m_rsa2048.publicLine}}, m_bob,
                        {{"Idempotency-Key", "add-my-key-1"}})
                     .status,
                 422);
        QCOMPARE(removeKey(first.json().value(QStringLiteral("id")).toString(), m_bob).status, 204);
    }

    void onePersonCannotSeeOrRemoveAnothersKey()
    {
        const HttpReply added = addKey({{QStringLiteral("key"), m_ed25519.publicLine}}, m_alice);
        QCOMPARE(added.status, 201);
        const QString id = added.json().value(QStringLiteral("id")).toString();
        // The same public key is Bob's to add too: it is his key in his list, not Alice's.
        QVERIFY(keysOf(m_bob).isEmpty());
        const QByteArray before = snapshot();
        const HttpReply removed = removeKey(id, m_bob);
        QCOMPARE(removed.status, 404);
        QVERIFY(
            !removed.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("test0101")));
        QCOMPARE(snapshot(), before);
        QCOMPARE(keysOf(m_alice).size(), 1);
        QCOMPARE(removeKey(id, m_alice).status, 204);
        // Signed out, nothing at all.
        QCOMPARE(m_http.getJson(keysUrl()).status, 401);
    }

    void badInputIsRefusedClearlyAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto withKey = [](const QString &key) {
            return QJsonDocument(QJsonObject{{QStringLiteral("key"), key}}).toJson(QJsonDocument::Compact);
        };
        const QString line = m_ed25519.publicLine;
        QTest::newRow("private key pasted") << withKey(m_ed25519.privateText) << 422 << QStringLiteral("key")
                                            << QStringLiteral("private key");
        QTest::newRow("authorized_keys options")
            << withKey(QStringLiteral("command=\"/bin/sh\",no-pty ") + line) << 422 << QStringLiteral("key")
            << QStringLiteral("Options");
        QTest::newRow("restrict option") << withKey(QStringLiteral("restrict ") + line) << 422
                                         << QStringLiteral("key") << QStringLiteral("Options");
        QTest::newRow("comment with a line break") << withKey(line + QStringLiteral("\nrm -rf ~")) << 422
                                                   << QStringLiteral("key") << QStringLiteral("line breaks");
        QTest::newRow("comment override with a line break")
            << QJsonDocument(QJsonObject{{QStringLiteral("key"), line},
                                         {QStringLiteral("comment"), QStringLiteral("me\nroot")}})
                   .toJson(QJsonDocument::Compact)
            << 422 << QStringLiteral("comment") << QStringLiteral("line breaks");
        QTest::newRow("two keys") << withKey(line + QLatin1Char('\n') + m_rsa2048.publicLine) << 422
                                  << QStringLiteral("key") << QStringLiteral("one key per line");
        QTest::newRow("20 KiB") << withKey(QStringLiteral("ssh-rsa ") + QString(20 * 1024, QLatin1Char('A')))
                                << 422 << QStringLiteral("key") << QStringLiteral("16 KiB");
        QTest::newRow("1 MiB blob") << withKey(QStringLiteral("ssh-rsa ") +
                                               QString(1 << 20, QLatin1Char('A')))
                                    << 413 << QString() << QStringLiteral("at most 1048576 bytes");
        QTest::newRow("rsa 2048") << withKey(m_rsa2048.publicLine) << 422 << QStringLiteral("key")
                                  << QStringLiteral("at least 3072 bits");
        QTest::newRow("unknown type") << withKey(QStringLiteral("ssh-foo AAAAB3NzaC1yc2E")) << 422
                                      << QStringLiteral("key") << QStringLiteral("Unknown key type");
        QTest::newRow("bad base64") << withKey(QStringLiteral("ssh-ed25519 AAAA$$$$")) << 422
                                    << QStringLiteral("key") << QStringLiteral("base64");
        QTest::newRow("type and body disagree")
            << withKey(QStringLiteral("ssh-rsa ") + line.section(QLatin1Char(' '), 1, 1)) << 422
            << QStringLiteral("key") << QStringLiteral("says it is ssh-rsa");
        QTest::newRow("empty") << withKey(QString()) << 422 << QStringLiteral("key")
                               << QStringLiteral("empty");
        QTest::newRow("no key") << QByteArray("{}") << 422 << QStringLiteral("key") << QString();
        QTest::newRow("key not a string")
            << QByteArray("{\"key\": 5}") << 422 << QStringLiteral("key") << QString();
        QTest::newRow("unknown field")
            << QByteArray("{\"key\": \"") + line.toLatin1() + "\", \"crsid\": \"test0102\"}" << 422
            << QStringLiteral("crsid") << QString();
        QTest::newRow("not JSON") << QByteArray("ssh-ed25519 AAAA") << 400 << QString() << QString();
    }

    void badInputIsRefusedClearlyAndStoresNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const QByteArray before = snapshot();
        const HttpReply reply = m_http.send(
            "POST", keysUrl(), body,
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_alice.toLatin1()}});
        QVERIFY2(reply.status == status || (status == 400 && reply.status == 422),
                 reply.body.left(2000).constData());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject problem = reply.json();
        QString said = problem.value(QStringLiteral("detail")).toString();
        bool named = field.isEmpty();
        for (const QJsonValue &error : problem.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject fieldError = error.toObject();
            if (fieldError.value(QStringLiteral("field")).toString() == field) {
                named = true;
                said += QLatin1Char(' ') + fieldError.value(QStringLiteral("message")).toString();
            }
        }
        QVERIFY2(named, reply.body.left(2000).constData());
        if (!reason.isEmpty())
            QVERIFY2(said.contains(reason, Qt::CaseInsensitive), qPrintable(said));
        QCOMPARE(snapshot(), before);
    }

    void aPersonKeepsAtMostTwentyKeys()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            const GeneratedKey key = makeKey(QStringLiteral("ed25519"));
            const HttpReply added = addKey({{QStringLiteral("key"), key.publicLine}}, m_carol);
            QCOMPARE(added.status, 201);
            ids.append(added.json().value(QStringLiteral("id")).toString());
        }
        const HttpReply listed = m_http.getJson(keysUrl(), m_carol);
        QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 20);
        QCOMPARE(listed.json().value(QStringLiteral("maxKeys")).toInt(), 20);
        const QByteArray before = snapshot();
        const HttpReply over =
            addKey({{QStringLiteral("key"), makeKey(QStringLiteral("ed25519")).publicLine}}, m_carol);
        QCOMPARE(over.status, 409);
        QVERIFY2(
            over.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("20 SSH keys")),
            over.body.constData());
        QCOMPARE(snapshot(), before);
        // Removing one makes room again.
        QCOMPARE(removeKey(ids.first(), m_carol).status, 204);
        QCOMPARE(
            addKey({{QStringLiteral("key"), makeKey(QStringLiteral("ed25519")).publicLine}}, m_carol).status,
            201);
    }
};

QTEST_GUILESS_MAIN(TestSshKeysApi)
#include "tst_sshkeysapi.moc"
