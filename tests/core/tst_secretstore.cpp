// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/secretstore.h"

#include <qt6keychain/keychain.h>
#include <QTest>
#include <QUuid>

using mws::Error;
using mws::SecretStore;

namespace {

template <typename T> T wait(QFuture<T> future)
{
    // The keychain answers over D-Bus, so the event loop must run while we wait.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("keychain call did not finish in 20 s");
    return future.result();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    bool m_haveBackend = false;

private Q_SLOTS:
    void initTestCase()
    {
        // isAvailable() only says a backend library loads; with no session bus it still cannot work.
        m_haveBackend = QKeychain::isAvailable() && !qEnvironmentVariableIsSet("MWS_TEST_NO_KEYRING");
        qInfo("keychain backend: %s (test harness: %s)", m_haveBackend ? "available" : "none",
              qEnvironmentVariableIsSet("MWS_TEST_KEYRING")
                  ? qPrintable(qEnvironmentVariable("MWS_TEST_KEYRING"))
                  : "none started");
        // Where the harness started a keyring, a missing backend is a failure, not a skip.
        if (qEnvironmentVariableIsSet("MWS_TEST_KEYRING"))
            QVERIFY(m_haveBackend);
    }

    void roundTrip()
    {
        if (!m_haveBackend)
            QSKIP("no keychain backend on this machine (no Secret Service or KWallet); see the no-backend "
                  "test");
        SecretStore store(QStringLiteral("uk.ac.cam.mws.admin.test"));
        const QString key = QStringLiteral("https://panel.example.test/u/") + QUuid::createUuid().toString();
        using namespace Qt::StringLiterals;
        // Binary, with a NUL inside: _ba keeps all 14 bytes of the literal and reads none past it.
        const QByteArray secret = "tok-\x00\x01\xff-binary"_ba;

        QVERIFY(wait(store.write(key, secret)).ok());
        const auto read = wait(store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(read.value(), secret);

        QVERIFY(wait(store.write(key, "replaced")).ok());
        QCOMPARE(wait(store.read(key)).value(), QByteArray("replaced"));

        QVERIFY(wait(store.remove(key)).ok());
        const auto gone = wait(store.read(key));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        // Removing what is not there is not an error: sign-out must be idempotent.
        QVERIFY(wait(store.remove(key)).ok());
    }

    void withoutABackendNothingIsStored()
    {
        if (m_haveBackend)
            QSKIP("a keychain backend exists here; the no-backend path runs where none does");
        SecretStore store(QStringLiteral("uk.ac.cam.mws.admin.test"));
        const auto written = wait(store.write(QStringLiteral("k"), "secret"));
        QVERIFY(!written.ok());
        qInfo("refused: %s", qPrintable(written.error().fullText()));
        QCOMPARE(written.error().kind, Error::Kind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
