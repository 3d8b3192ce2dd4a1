// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Terminal tab against a real host: the panel with shell access, a real sshd with the panel's
// drop-in, and the app signed in as a site's owner, whose key only the system keychain holds (no
// file on disk, so the system ssh could not use it). Connect logs in with it over libssh as the
// owner's own account, the host key checked against the panel's SSHFP records (a known_hosts entry
// that contradicts the host is refused); what is typed runs there and its output is on the
// screen, the terminal's size reaches the host when the window changes, a shell that exits marks
// its tab ended, and closing a tab ends the owner's session on the host.
#include "appcontroller.h"
#include "auth/secretstore.h"
#include "browseruser.h"
#include "mainwindow.h"
#include "shellfixture.h"
#include "signin/signinwindow.h"
#include "ssh/sshkeyring.h"
#include "terminal/terminalpage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

#include <pwd.h>

using namespace mws::test;
using mws::ui::TerminalPage;

namespace {

// How many processes run as user: the session's sshd and its shell while one is open.
int processesOf(const QString &user)
{
    const passwd *entry = ::getpwnam(user.toLocal8Bit().constData());
    if (!entry)
        return -1;
    const QByteArray uid = QByteArray::number(entry->pw_uid);
    int count = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!pid.at(0).isDigit() || !status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Uid:") && line.mid(4).simplified().split(' ').value(0) == uid)
                ++count;
    }
    return count;
}

// The screen's lines, each without the blanks after it.
QStringList screenLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << line.trimmed();
    return lines;
}

} // namespace

class TestTerminalShell : public QObject
{
    Q_OBJECT

private:
    ShellFixture m_shell;
    BrowserUser m_browser{QStringLiteral("test0201")};
    QTemporaryDir m_home;
    std::unique_ptr<mws::ui::AppController> m_app;

    template <typename T = QWidget> T *child(const char *name)
    {
        return m_app->mainWindow()->findChild<T *>(QLatin1String(name));
    }
    TerminalPage *page() { return child<TerminalPage>("terminalPage"); }
    QString status() { return child<QLabel>("terminalStatus")->text(); }
    QString owner() { return m_shell.user(QStringLiteral("test0201")); }
    QString knownHostsFile() { return m_home.filePath(QStringLiteral(".ssh/known_hosts")); }

    void connectOnce()
    {
        auto *connect = child<QPushButton>("terminalConnectButton");
        QTRY_VERIFY_WITH_TIMEOUT(connect->isEnabled(), 15000);
        QTest::mouseClick(connect, Qt::LeftButton);
    }
    // Types line into the current session, as keys, and Return.
    void type(const QString &line)
    {
        auto *tabs = child<QTabWidget>("terminalSessions");
        QWidget *session = tabs->currentWidget()->findChild<QWidget *>(QStringLiteral("terminalSession"));
        QVERIFY(session);
        QWidget *keys = session->focusProxy() ? session->focusProxy() : session;
        QTest::keyClicks(keys, line);
        QTest::keyClick(keys, Qt::Key_Return);
    }
    bool screenShows(int index, const QString &line)
    {
        return QTest::qWaitFor([&] { return screenLines(page()->screenText(index)).contains(line); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("Accounts and groups are made by root (the build root runs tests as root).");
        QStandardPaths::setTestModeEnabled(true);
        if (!TerminalPage::hasEmbeddedTerminal())
            QSKIP("built without QTermWidget: the page opens the platform's terminal instead");
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        const QString error = m_shell.start(QStringLiteral("127.0.0.1"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The owner's key: its public half added to their keys, its private half in the keychain.
        const LoginKey key = m_shell.makeKey(QStringLiteral("owner@keychain"));
        QVERIFY(key.key.ok());
        QVERIFY(!m_shell.uploadKey(m_shell.two.ownerA, key).isEmpty());
        QFile::remove(key.privateFile);
        mws::SecretStore secrets(mws::SecretStore::appService());
        auto added = mws::sshkeyring::add(secrets, {key.key.fingerprint, QStringLiteral("owner@keychain")},
                                          key.key.privateText.toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), 15000);
        QVERIFY2(added.result(), qPrintable(added.result() ? QString() : added.result().error().fullText()));
        const QString rendered = m_shell.two.panel().hostRoot() + QStringLiteral("/ssh/keys/") + owner();
        const QByteArray keyBody = key.key.publicLine.toUtf8().split(' ').value(1);
        QTRY_VERIFY2_WITH_TIMEOUT(readBytes(rendered).contains(keyBody), qPrintable(m_shell.why()), 20000);

        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        m_app = std::make_unique<mws::ui::AppController>();
        m_app->start(m_shell.two.panel().url(QString()).toString());
        QTest::mouseClick(m_app->signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->mainWindow()->currentSiteId(), m_shell.two.siteA, 10000);
        child<QTabWidget>("sitePages")->setCurrentWidget(page());
        auto *keys = child<QComboBox>("terminalKey");
        const int index = keys->findText(QStringLiteral("owner@keychain (in the keychain)"));
        QVERIFY2(index >= 0, qPrintable(keys->currentText()));
        keys->setCurrentIndex(index);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    // known_hosts says the host has other keys: an impostor, as far as the app can tell.
    void aChangedHostKeyIsRefused()
    {
        QString lines;
        for (const QString &type : {QStringLiteral("ed25519"), QStringLiteral("ecdsa")}) {
            const GeneratedSshKey other = makeSshKey(m_shell.scratch.path(), type);
            QVERIFY(other.ok());
            lines += QStringLiteral("[127.0.0.1]:%1 %2\n")
                         .arg(m_shell.sshd.port())
                         .arg(other.publicLine.section(QLatin1Char(' '), 0, 1));
        }
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".ssh"))));
        QFile file(knownHostsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.toUtf8());
        file.close();
        connectOnce();
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("has changed")), qPrintable(status()),
                                  30000);
        QCOMPARE(page()->sessionCount(), 0);
        QVERIFY(QFile::remove(knownHostsFile()));
    }

    void aKeyFromTheKeychainOpensAShellAsTheOwner()
    {
        connectOnce();
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("Logged in")), qPrintable(status()),
                                  30000);
        QCOMPARE(page()->sessionCount(), 1);
        QCOMPARE(child<QTabWidget>("terminalSessions")->tabText(0), owner() + QStringLiteral("@127.0.0.1"));
        // The key the panel vouched for is in known_hosts now, for the system's ssh too.
        QVERIFY(
            readBytes(knownHostsFile()).contains("[127.0.0.1]:" + QByteArray::number(m_shell.sshd.port())));
        type(QStringLiteral("echo $((6*7)) ; id -un"));
        QVERIFY2(screenShows(0, QStringLiteral("42")), qPrintable(page()->screenText(0)));
        QVERIFY2(screenShows(0, owner()), qPrintable(page()->screenText(0)));
        QVERIFY(processesOf(owner()) > 0);
    }

    void theHostsTerminalFollowsTheWindowsSize()
    {
        QSize size;
        QTRY_VERIFY((size = page()->screenSize(0)).width() > 10);
        type(QStringLiteral("stty size"));
        QVERIFY2(screenShows(0, QStringLiteral("%1 %2").arg(size.height()).arg(size.width())),
                 qPrintable(page()->screenText(0)));
        QWidget *window = m_app->mainWindow();
        window->resize(window->width() + 160, window->height() + 120);
        QTRY_VERIFY_WITH_TIMEOUT(page()->screenSize(0).width() > size.width(), 10000);
        const QSize bigger = page()->screenSize(0);
        type(QStringLiteral("stty size"));
        QVERIFY2(screenShows(0, QStringLiteral("%1 %2").arg(bigger.height()).arg(bigger.width())),
                 qPrintable(page()->screenText(0)));
    }

    void aShellThatExitsMarksItsTabEnded()
    {
        const int before = processesOf(owner());
        connectOnce();
        QTRY_COMPARE_WITH_TIMEOUT(page()->sessionCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(processesOf(owner()) > before, 15000);
        type(QStringLiteral("exit"));
        const QString title = owner() + QStringLiteral("@127.0.0.1");
        QTRY_COMPARE_WITH_TIMEOUT(child<QTabWidget>("terminalSessions")->tabText(1),
                                  title + QStringLiteral(" (ended)"), 15000);
        // Its connection went with it.
        QTRY_COMPARE_WITH_TIMEOUT(processesOf(owner()), before, 15000);
        QCOMPARE(child<QTabWidget>("terminalSessions")->tabText(0), title);
    }

    void closingATabEndsTheSessionOnTheHost()
    {
        auto *tabs = child<QTabWidget>("terminalSessions");
        QMetaObject::invokeMethod(tabs, "tabCloseRequested", Q_ARG(int, 1));
        QCOMPARE(page()->sessionCount(), 1);
        QVERIFY(processesOf(owner()) > 0);
        QMetaObject::invokeMethod(tabs, "tabCloseRequested", Q_ARG(int, 0));
        QCOMPARE(page()->sessionCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(processesOf(owner()), 0, 15000);
    }
};

QTEST_MAIN(TestTerminalShell)
#include "tst_terminalshell.moc"
