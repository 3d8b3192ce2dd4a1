// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's SSH access as the panel answers GET /api/v1/sites/{siteId}/ssh, and a person's key
// list: read from the API's JSON, kept in the cache as toJson() and read back unchanged, and the
// command the SSH page copies.
#include "model/sshaccess.h"
#include "model/sshkeys.h"

#include <QJsonDocument>
#include <QTest>

using namespace mws::model;

class TestSshAccess : public QObject
{
    Q_OBJECT

private:
    static QJsonObject answer()
    {
        return QJsonDocument::fromJson(R"({
            "host": "ssh.example.org", "port": 22, "username": "abc123", "shell": true,
            "people": [
                {"crsid": "abc123", "role": "owner", "shell": true, "uid": 50001, "expiresAt": null},
                {"crsid": "xyz99", "role": "ssh", "shell": true, "uid": null, "expiresAt": null},
                {"crsid": "stf1", "role": "supporter", "shell": true, "uid": 50007,
                 "expiresAt": "2026-12-07T10:00:00.000Z"}
            ],
            "hostKeys": [{"type": "ssh-ed25519", "publicKey": "ssh-ed25519 AAAAC3Nza",
                          "fingerprint": "SHA256:abc"}],
            "sshfp": [{"name": "www.example.org", "algorithm": 4, "type": 2, "fingerprint": "0a1b",
                       "record": "www.example.org. IN SSHFP 4 2 0a1b"}]
        })")
            .object();
    }

private Q_SLOTS:
    void readsThePanelsAnswer()
    {
        const SshAccess access = SshAccess::fromJson(answer());
        QCOMPARE(access.host, QStringLiteral("ssh.example.org"));
        QCOMPARE(access.port, 22);
        QCOMPARE(access.username, QStringLiteral("abc123"));
        QVERIFY(access.shell);
        QCOMPARE(access.people.size(), 3);
        QCOMPARE(toString(access.people.at(0).role), QStringLiteral("owner"));
        QCOMPARE(access.people.at(0).uid, std::optional<qint64>(50001));
        QCOMPARE(toString(access.people.at(1).role), QStringLiteral("ssh"));
        QVERIFY(!access.people.at(1).uid); // no account on the host yet
        QVERIFY(!access.people.at(1).expiresAt.isValid());
        QCOMPARE(toString(access.people.at(2).role), QStringLiteral("supporter"));
        QCOMPARE(access.people.at(2).expiresAt, QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(access.hostKeys.at(0).fingerprint, QStringLiteral("SHA256:abc"));
        QCOMPARE(access.sshfp.at(0).algorithm, 4);
        QCOMPARE(access.sshfp.at(0).type, 2);
        QCOMPARE(access.sshfp.at(0).record, QStringLiteral("www.example.org. IN SSHFP 4 2 0a1b"));
    }

    void theCacheKeepsWhatThePanelSent()
    {
        const SshAccess access = SshAccess::fromJson(answer());
        QCOMPARE(SshAccess::fromJson(access.toJson()).toJson(), access.toJson());
        QCOMPARE(access.toJson().value(QStringLiteral("people")), answer().value(QStringLiteral("people")));
        QCOMPARE(access.toJson().value(QStringLiteral("sshfp")), answer().value(QStringLiteral("sshfp")));

        SshKeyList keys;
        keys.maxKeys = 20;
        SshKey key;
        key.id = QStringLiteral("key-1");
        key.type = QStringLiteral("ssh-ed25519");
        key.comment = QStringLiteral("me@laptop");
        key.fingerprint = QStringLiteral("SHA256:abc");
        key.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        keys.items = {key};
        const SshKeyList back = SshKeyList::fromJson(keys.toJson());
        QCOMPARE(back.maxKeys, 20);
        QCOMPARE(back.items.size(), 1);
        QCOMPARE(back.items.at(0).toJson(), key.toJson());
    }

    void theCommandNamesThePortOnlyWhenItIsNot22()
    {
        SshAccess access = SshAccess::fromJson(answer());
        QCOMPARE(access.command(), QStringLiteral("ssh abc123@ssh.example.org"));
        access.port = 2222;
        QCOMPARE(access.command(), QStringLiteral("ssh -p 2222 abc123@ssh.example.org"));
        access.host.clear();
        QCOMPARE(access.command(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSshAccess)
#include "tst_sshaccess.moc"
