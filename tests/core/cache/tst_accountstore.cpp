// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/accountstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <qt6keychain/keychain.h>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using mws::Error;
using mws::SecretStore;
using mws::Status;
using mws::auth::Account;
using mws::auth::AccountStore;

namespace {

const QString service = QStringLiteral("uk.ac.cam.mws.admin.test");
constexpr const char *noBackend = "no keychain backend in this run; the accounts_store test has one";

template <typename T> T wait(QFuture<T> future)
{
    // The keychain answers over D-Bus, so the event loop must run while we wait.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("account store call did not finish in 20 s");
    return future.result();
}

#define VERIFY_OK(status)                                                                                    \
    do {                                                                                                     \
        const auto &s_ = (status);                                                                           \
        QVERIFY2(s_.ok(), qPrintable(s_.ok() ? QString() : s_.error().fullText()));                          \
    } while (false)

// A panel no other run has used, so keychain entries never collide.
Account account(const QString &panelName, const QString &crsid)
{
    Account a;
    a.panelUrl = QUrl(QStringLiteral("https://%1-%2.example.test/")
                          .arg(panelName, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    a.crsid = crsid;
    a.displayName = crsid.toUpper() + QStringLiteral(" on ") + panelName;
    a.tokenId = QStringLiteral("tok_") + crsid;
    return a;
}

QString uniqueToken()
{
    return QStringLiteral("mws_secret_") + QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The list as an older run of the app wrote it, for tests that cannot add through a keychain.
void writeList(const QString &path, const QList<Account> &accounts)
{
    QJsonArray list;
    for (const Account &a : accounts)
        list.append(QJsonObject{{QStringLiteral("panelUrl"), a.panelUrl.toString()},
                                {QStringLiteral("crsid"), a.crsid},
                                {QStringLiteral("displayName"), a.displayName},
                                {QStringLiteral("tokenId"), a.tokenId},
                                {QStringLiteral("pinnedCertificatePem"), QString()},
                                {QStringLiteral("lastUsed"), a.lastUsed.toString(Qt::ISODateWithMs)}});
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), list}})
                   .toJson());
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    bool m_haveBackend = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_listPath;

private Q_SLOTS:
    void initTestCase()
    {
        m_haveBackend = QKeychain::isAvailable() && !qEnvironmentVariableIsSet("MWS_TEST_NO_KEYRING");
        qInfo("keychain backend: %s", m_haveBackend ? "available" : "none");
        // Where the harness started a keyring, a missing backend is a failure, not a skip.
        if (qEnvironmentVariableIsSet("MWS_TEST_KEYRING"))
            QVERIFY(m_haveBackend);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A folder that does not exist yet, as on first start.
        m_listPath = m_dir->filePath(QStringLiteral("config/accounts.json"));
    }

    void keyNamesPanelAndPerson()
    {
        Account a;
        a.panelUrl = QUrl(QStringLiteral("https://Panel.Example/"));
        a.crsid = QStringLiteral("abc123");
        QCOMPARE(a.key(), QStringLiteral("https://panel.example/|abc123"));
        Account b = a;
        b.panelUrl = QUrl(QStringLiteral("https://panel.example"));
        b.displayName = QStringLiteral("different");
        QCOMPARE(b.key(), a.key());
        QVERIFY(a == b);
        b.crsid = QStringLiteral("xyz999");
        QVERIFY(!(a == b));
    }

    void roundTrip()
    {
        if (!m_haveBackend)
            QSKIP(noBackend);
        SecretStore secrets(service);
        AccountStore store(&secrets, m_listPath);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        QVERIFY(store.accounts().isEmpty());

        const Account a = account(QStringLiteral("panel"), QStringLiteral("abc123"));
        const QString token = uniqueToken();
        VERIFY_OK(wait(store.add(a, token)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().key(), a.key());
        QVERIFY(store.accounts().first().lastUsed.isValid());

        const auto read = wait(store.token(a));
        VERIFY_OK(read);
        QCOMPARE(read.value(), token);
        // The token is in the keychain under the account's key, not in the list.
        const auto inKeychain = wait(secrets.read(a.key()));
        VERIFY_OK(inKeychain);
        QCOMPARE(inKeychain.value(), token.toUtf8());
        const QByteArray file = readFile(m_listPath);
        QVERIFY(file.contains(a.crsid.toUtf8()));
        QVERIFY(!file.contains(token.toUtf8()));

        VERIFY_OK(wait(store.remove(a)));
        QCOMPARE(changed.size(), 2);
        QVERIFY(store.accounts().isEmpty());
        const auto gone = wait(store.token(a));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY(!readFile(m_listPath).contains(a.crsid.toUtf8()));
        // Signing out twice is not an error.
        VERIFY_OK(wait(store.remove(a)));
    }

    void twoPanelsSideBySide()
    {
        if (!m_haveBackend)
            QSKIP(noBackend);
        SecretStore secrets(service);
        AccountStore store(&secrets, m_listPath);
        // The same person on two panels is two accounts.
        const Account first = account(QStringLiteral("one"), QStringLiteral("abc123"));
        const Account second = account(QStringLiteral("two"), QStringLiteral("abc123"));
        const QString firstToken = uniqueToken();
        const QString secondToken = uniqueToken();
        VERIFY_OK(wait(store.add(first, firstToken)));
        VERIFY_OK(wait(store.add(second, secondToken)));

        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.accounts().at(0).key(), second.key());
        QCOMPARE(store.accounts().at(1).key(), first.key());
        QCOMPARE(wait(store.token(first)).value(), firstToken);
        QCOMPARE(wait(store.token(second)).value(), secondToken);

        // A new token for one replaces only that one.
        const QString renewed = uniqueToken();
        Account again = first;
        again.displayName = QStringLiteral("Renamed");
        VERIFY_OK(wait(store.add(again, renewed)));
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.accounts().at(0).displayName, QStringLiteral("Renamed"));
        QCOMPARE(wait(store.token(first)).value(), renewed);
        QCOMPARE(wait(store.token(second)).value(), secondToken);

        VERIFY_OK(wait(store.remove(first)));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(wait(store.token(second)).value(), secondToken);
        VERIFY_OK(wait(store.remove(second)));
    }

    void listSurvivesReloadWithoutTokens()
    {
        if (!m_haveBackend)
            QSKIP(noBackend);
        SecretStore secrets(service);
        Account first = account(QStringLiteral("one"), QStringLiteral("abc123"));
        first.pinnedCertificatePem =
            QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\x01\xff\n-----END CERTIFICATE-----\n");
        first.lastUsed = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::UTC);
        const Account second = account(QStringLiteral("two"), QStringLiteral("xyz999"));
        const QString firstToken = uniqueToken();
        const QString secondToken = uniqueToken();
        {
            AccountStore store(&secrets, m_listPath);
            VERIFY_OK(wait(store.add(first, firstToken)));
            VERIFY_OK(wait(store.add(second, secondToken)));
            VERIFY_OK(store.markUsed(first));
        }
        const QByteArray file = readFile(m_listPath);
        QVERIFY(!file.contains(firstToken.toUtf8()));
        QVERIFY(!file.contains(secondToken.toUtf8()));
        QVERIFY(!file.contains("mws_secret_"));

        // A restart.
        AccountStore store(&secrets, m_listPath);
        const QList<Account> loaded = store.accounts();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).key(), first.key());
        QCOMPARE(loaded.at(0).panelUrl, first.panelUrl);
        QCOMPARE(loaded.at(0).crsid, first.crsid);
        QCOMPARE(loaded.at(0).displayName, first.displayName);
        QCOMPARE(loaded.at(0).tokenId, first.tokenId);
        QCOMPARE(loaded.at(0).pinnedCertificatePem, first.pinnedCertificatePem);
        QVERIFY(loaded.at(0).lastUsed > first.lastUsed); // markUsed moved it on
        QCOMPARE(loaded.at(1).key(), second.key());
        QVERIFY(loaded.at(1).pinnedCertificatePem.isEmpty());
        QCOMPARE(wait(store.token(loaded.at(0))).value(), firstToken);
        QCOMPARE(wait(store.token(loaded.at(1))).value(), secondToken);
        VERIFY_OK(wait(store.remove(first)));
        VERIFY_OK(wait(store.remove(second)));
    }

    void markUsedPutsMostRecentFirst()
    {
        Account older = account(QStringLiteral("one"), QStringLiteral("abc123"));
        older.lastUsed = QDateTime::fromMSecsSinceEpoch(1'600'000'000'000, QTimeZone::UTC);
        Account newer = account(QStringLiteral("two"), QStringLiteral("xyz999"));
        newer.lastUsed = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::UTC);
        writeList(m_listPath, {newer, older});

        SecretStore secrets(service);
        AccountStore store(&secrets, m_listPath);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.accounts().at(0).key(), newer.key());

        VERIFY_OK(store.markUsed(older));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.accounts().at(0).key(), older.key());
        QVERIFY(store.accounts().at(0).lastUsed > newer.lastUsed);
        QCOMPARE(AccountStore(&secrets, m_listPath).accounts().at(0).key(), older.key());

        const Status unknown = store.markUsed(account(QStringLiteral("three"), QStringLiteral("nobody")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QCOMPARE(changed.size(), 1);
    }

    void damagedListIsKeptAside()
    {
        const QByteArray garbage("{\"version\": 1, \"accounts\": [ this is not JSON");
        QVERIFY(QDir().mkpath(QFileInfo(m_listPath).absolutePath()));
        {
            QFile file(m_listPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot be read.*starting with no accounts")));
        SecretStore secrets(service);
        AccountStore store(&secrets, m_listPath);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(!QFile::exists(m_listPath));
        const QFileInfo info(m_listPath);
        const QStringList aside =
            info.dir().entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(info.dir().filePath(aside.first())), garbage);

        if (m_haveBackend) {
            // And the store works on.
            const Account a = account(QStringLiteral("panel"), QStringLiteral("abc123"));
            VERIFY_OK(wait(store.add(a, uniqueToken())));
            QCOMPARE(AccountStore(&secrets, m_listPath).accounts().size(), 1);
            VERIFY_OK(wait(store.remove(a)));
        }
    }

    void withoutABackendNothingIsSaved()
    {
        if (m_haveBackend)
            QSKIP("a keychain backend exists here; the no-backend path runs where none does");
        SecretStore secrets(service);
        {
            // No list yet: none may appear.
            AccountStore store(&secrets, m_listPath);
            QSignalSpy changed(&store, &AccountStore::accountsChanged);
            const Status added =
                wait(store.add(account(QStringLiteral("panel"), QStringLiteral("abc123")), uniqueToken()));
            QVERIFY(!added.ok());
            qInfo("refused: %s", qPrintable(added.error().fullText()));
            QCOMPARE(added.error().kind, Error::Kind::Unavailable);
            QVERIFY(store.accounts().isEmpty());
            QCOMPARE(changed.size(), 0);
            QVERIFY(!QFile::exists(m_listPath));
        }

        // A list from before: it stays exactly as it was.
        Account existing = account(QStringLiteral("old"), QStringLiteral("old001"));
        existing.lastUsed = QDateTime::fromMSecsSinceEpoch(1'600'000'000'000, QTimeZone::UTC);
        writeList(m_listPath, {existing});
        const QByteArray before = readFile(m_listPath);
        AccountStore store(&secrets, m_listPath);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        QCOMPARE(store.accounts().size(), 1);
        const QString token = uniqueToken();
        const Status added =
            wait(store.add(account(QStringLiteral("panel"), QStringLiteral("abc123")), token));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Unavailable);
        QCOMPARE(readFile(m_listPath), before);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(changed.size(), 0);
        const auto read = wait(store.token(existing));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Unavailable);
        // Signing out still works: with no keychain there is no token to forget.
        VERIFY_OK(wait(store.remove(existing)));
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!readFile(m_listPath).contains(existing.crsid.toUtf8()));
        // Nothing in the folder holds the token.
        for (const QFileInfo &entry : QDir(QFileInfo(m_listPath).absolutePath()).entryInfoList(QDir::Files))
            QVERIFY2(!readFile(entry.filePath()).contains(token.toUtf8()), qPrintable(entry.filePath()));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
