// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Files page and the SSH page's database tunnel against a real host: the panel with shell
// access, a real sshd with the panel's drop-in, a real MariaDB as the host's database server,
// and the app signed in as a site's owner, who has no key yet. A key is generated in the app
// (its private half in ~/.ssh, with a passphrase) and uploaded; the Files page finds it, asks for
// its passphrase and logs in as the owner's own account (the host key checked against the
// panel's SSHFP records), opens in the site's home, makes a folder, uploads a file into it (on disk, the
// person's), downloads it, refuses a bad name, renames and deletes, and cannot open the other
// site's home. Transfers queue under the list: several uploads and a download run one after the
// other, one cancelled while it waits never runs, a failed one is retried and resumes, and what
// waits when the session ends is cancelled. The tunnel forwards a local port over SSH to MariaDB, and a query
// goes through.
#include "appcontroller.h"
#include "browseruser.h"
#include "dialogs/messagebox.h"
#include "files/filespage.h"
#include "files/transferqueue.h"
#include "mainwindow.h"
#include "mariadbserver.h"
#include "shellfixture.h"
#include "signin/signinwindow.h"
#include "ssh/tunnelbox.h"
#include "toplevel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mws::test;
using mws::ui::FilesPage;
using mws::ui::MessageBox;
using mws::ui::Transfer;
using mws::ui::TransferQueue;

namespace {

uid_t ownerOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_uid : uid_t(-1);
}

// Bytes no two files of the tests share: `kib` KiB from `seed` on.
QByteArray someBytes(int kib, char seed)
{
    QByteArray bytes(kib * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(seed + i * 7 + i / 1031);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFilesPage : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_mariadb; // outlives the panel and sshd
    ShellFixture m_shell;
    BrowserUser m_browser{QStringLiteral("test0201")};
    QTemporaryDir m_home;
    const QString m_passphrase = QStringLiteral("a passphrase for the tests");
    std::unique_ptr<mws::ui::AppController> m_app;

    TwoSiteFixture &two() { return m_shell.two; }
    QString homeA() { return two().home(two().siteA); }
    template <typename T = QWidget> T *child(const char *name)
    {
        return m_app->mainWindow()->findChild<T *>(QLatin1String(name));
    }
    FilesPage *page() { return child<FilesPage>("filesPage"); }
    QString status() { return child<QLabel>("filesStatus")->text(); }
    void click(const char *button)
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(button)->isEnabled(), 15000);
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }

    // Once the folder is listed again (a listing clears the selection).
    void select(const QString &shownName)
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("filesPath")->isEnabled(), 15000);
        auto *view = child<QTableView>("filesView");
        const qsizetype row = page()->shownNames().indexOf(shownName);
        QVERIFY2(row >= 0, qPrintable(page()->shownNames().join(QLatin1Char(' '))));
        view->selectRow(int(row));
    }

    // Answers the named input dialog the page opened with text.
    void answer(const QString &dialogName, const QString &text)
    {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<QInputDialog>(dialogName)) != nullptr);
        dialog->setTextValue(text);
        dialog->accept();
    }

    TransferQueue *queue() { return page()->transfers(); }
    Transfer::State stateOf(int row) { return queue()->transfer(row).state; }
    QString shownState(int row)
    {
        return queue()->data(queue()->index(row, TransferQueue::StateColumn)).toString();
    }
    void selectTransfer(int row) { child<QTableView>("filesQueueView")->selectRow(row); }
    // Several files at once from the upload dialog (as a multiple selection gives them).
    void uploadFromDialog(const QStringList &files)
    {
        click("filesUpload");
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page()->findChild<QFileDialog *>(QStringLiteral("filesUploadFrom"))) !=
                        nullptr &&
                    dialog->isVisible());
        Q_EMIT dialog->filesSelected(files);
        dialog->reject();
    }

    void chooseFile(const QString &dialogName, const QString &path)
    {
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = page()->findChild<QFileDialog *>(dialogName)) != nullptr && files->isVisible());
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("Accounts and groups are made by root (the build root runs tests as root).");
        QStandardPaths::setTestModeEnabled(true);
        // The person's own key where OpenSSH keeps it, and no agent: the page offers that file.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        QString error;
        QVERIFY2(MariaDbServer::isAvailable(&error), qPrintable(error));
        QVERIFY2(m_mariadb.start(&error), qPrintable(error));
        error =
            m_shell.start(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1:%1").arg(m_mariadb.port()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        m_app = std::make_unique<mws::ui::AppController>();
        m_app->start(two().panel().url(QString()).toString());
        QTest::mouseClick(m_app->signInWindow()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->mainWindow()->currentSiteId(), two().siteA, 10000);
        child<QTabWidget>("sitePages")->setCurrentWidget(page());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    // The owner has no key yet: one is made in the app (the private half in ~/.ssh, with a
    // passphrase) and its public half added to their keys; the host renders it for their account.
    void generatesAKeyInTheAppAndUploadsIt()
    {
        child<QTabWidget>("sitePages")->setCurrentWidget(child("sshPage"));
        auto *generate = child<QPushButton>("generateSshKey");
        QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 15000);
        QTest::mouseClick(generate, Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel(QStringLiteral("sshKeyGenDialog"))) != nullptr);
        const QString privateFile = m_home.filePath(QStringLiteral(".ssh/id_ed25519_mws"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenPath"))->text(), privateFile);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenPassphrase")), m_passphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenRepeat")), m_passphrase);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk")), Qt::LeftButton);
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = topLevel<QMessageBox>(QStringLiteral("sshKeyGenerated"))) != nullptr,
                                 15000);
        done->close();
        QFile pub(privateFile + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray keyBody = pub.readAll().split(' ').value(1);
        QVERIFY(keyBody.startsWith("AAAA"));
        const QString rendered = two().panel().hostRoot() + QStringLiteral("/ssh/keys/") +
                                 m_shell.user(QStringLiteral("test0201"));
        QTRY_VERIFY2_WITH_TIMEOUT(readBytes(rendered).contains(keyBody), qPrintable(m_shell.why()), 20000);
        child<QTabWidget>("sitePages")->setCurrentWidget(page());
    }

    void connectsWithThatKeyAndOpensTheSitesHome()
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("filesConnect")->isEnabled(), 15000);
        click("filesConnect");
        // The key made a moment ago is found, and its passphrase asked for.
        QCOMPARE(child<QComboBox>("filesKey")->currentText(), QStringLiteral("~/.ssh/id_ed25519_mws"));
        answer(QStringLiteral("filesKeyPassphrase"), m_passphrase);
        QTRY_VERIFY2_WITH_TIMEOUT(!page()->currentFolder().isEmpty(), qPrintable(status()), 30000);
        QCOMPARE(page()->currentFolder(), homeA());
        QVERIFY2(status().contains(QStringLiteral("SHA256:")), qPrintable(status()));
        // The key the panel vouched for is in known_hosts now, for the system's ssh too.
        const QByteArray knownHosts = readBytes(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        QVERIFY2(knownHosts.contains("[127.0.0.1]:" + QByteArray::number(m_shell.sshd.port()) + ' '),
                 knownHosts.constData());
        QCOMPARE(child<QLineEdit>("filesPath")->text(), homeA());
        // What the host has in the home, as the page shows it (folders end in "/").
        QDir home(homeA());
        for (const QString &name : home.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            QVERIFY2(page()->shownNames().contains(name) ||
                         page()->shownNames().contains(name + QLatin1Char('/')),
                     qPrintable(name));
    }

    void makesAFolderAndUploadsIntoIt()
    {
        click("filesNewFolder");
        answer(QStringLiteral("filesFolderName"), QStringLiteral("uploads"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->shownNames().contains(QStringLiteral("uploads/")), 15000);
        const QString folder = homeA() + QStringLiteral("/uploads");
        QVERIFY(QFileInfo(folder).isDir());
        // Made by the person's own account, not the site's and not root.
        const passwd *person = ::getpwnam(m_shell.user(QStringLiteral("test0201")).toLocal8Bit().constData());
        QVERIFY(person);
        QCOMPARE(ownerOf(folder), person->pw_uid);

        auto *path = child<QLineEdit>("filesPath");
        path->setText(folder);
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page()->currentFolder(), folder, 15000);

        const QString local = m_home.filePath(QStringLiteral("hello.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Hello from the desktop\n").repeated(5000));
        file.close();
        click("filesUpload");
        chooseFile(QStringLiteral("filesUploadFrom"), local);
        QTRY_VERIFY2_WITH_TIMEOUT(page()->shownNames().contains(QStringLiteral("hello.txt")),
                                  qPrintable(status()), 30000);
        QFile uploaded(folder + QStringLiteral("/hello.txt"));
        QVERIFY(uploaded.open(QIODevice::ReadOnly));
        QCOMPARE(uploaded.readAll(), QByteArray("Hello from the desktop\n").repeated(5000));
        QCOMPARE(ownerOf(uploaded.fileName()), ownerOf(folder));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/.hello.txt.part")));
    }

    void downloadsWhatItShows()
    {
        select(QStringLiteral("hello.txt"));
        QTRY_VERIFY(child<QPushButton>("filesDownload")->isEnabled());
        const QString target = m_home.filePath(QStringLiteral("copy.txt"));
        click("filesDownload");
        chooseFile(QStringLiteral("filesDownloadTo"), target);
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QStringLiteral("Downloaded")), qPrintable(status()),
                                  30000);
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("Hello from the desktop\n").repeated(5000));
    }

    void refusesABadNameAndRenames()
    {
        select(QStringLiteral("hello.txt"));
        click("filesRename");
        answer(QStringLiteral("filesNewName"), QStringLiteral("../escape.txt"));
        QTRY_VERIFY2(status().contains(QStringLiteral("cannot be a name")), qPrintable(status()));
        QVERIFY(page()->shownNames().contains(QStringLiteral("hello.txt")));
        QVERIFY(!QFileInfo::exists(homeA() + QStringLiteral("/escape.txt")));

        select(QStringLiteral("hello.txt"));
        click("filesRename");
        answer(QStringLiteral("filesNewName"), QStringLiteral("greeting.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->shownNames().contains(QStringLiteral("greeting.txt")), 15000);
        QVERIFY(!page()->shownNames().contains(QStringLiteral("hello.txt")));
        QVERIFY(QFileInfo::exists(homeA() + QStringLiteral("/uploads/greeting.txt")));
    }

    void setsPermissionsAndRefusesWhatIsNotAMode()
    {
        const QString file = homeA() + QStringLiteral("/uploads/greeting.txt");
        select(QStringLiteral("greeting.txt"));
        click("filesPermissions");
        answer(QStringLiteral("filesMode"), QStringLiteral("640"));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(file).permissions() & 0x0777, QFileDevice::Permissions(0x0640),
                                  15000);
        select(QStringLiteral("greeting.txt"));
        click("filesPermissions");
        answer(QStringLiteral("filesMode"), QStringLiteral("4755"));
        QTRY_VERIFY2(status().contains(QStringLiteral("is not a mode")), qPrintable(status()));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0640);
    }

    void uploadsWhatIsDroppedOnTheList()
    {
        const QString local = m_home.filePath(QStringLiteral("dropped.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("dropped\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(local)});
        QWidget *viewport = child<QTableView>("filesView")->viewport();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QTRY_VERIFY2_WITH_TIMEOUT(page()->shownNames().contains(QStringLiteral("dropped.txt")),
                                  qPrintable(status()), 15000);
        QCOMPARE(readBytes(homeA() + QStringLiteral("/uploads/dropped.txt")), QByteArray("dropped\n"));
    }

    // A download and three uploads queue and run one at a time; the third upload, cancelled
    // while it waits, never runs.
    void queuesTransfersAndCancelsOneThatWaits()
    {
        const QString folder = homeA() + QStringLiteral("/uploads");
        // What the tests before uploaded and downloaded is listed, done: cleared, the list goes.
        QVERIFY(queue()->rowCount() > 0);
        QVERIFY(!child("filesQueue")->isHidden());
        click("filesQueueClear");
        QCOMPARE(queue()->rowCount(), 0);
        QVERIFY(child("filesQueue")->isHidden());
        select(QStringLiteral("greeting.txt"));
        const QString copy = m_home.filePath(QStringLiteral("greeting-copy.txt"));
        click("filesDownload");
        chooseFile(QStringLiteral("filesDownloadTo"), copy);
        QCOMPARE(queue()->rowCount(), 1);
        QVERIFY(!child("filesQueue")->isHidden());

        QStringList locals;
        QList<QByteArray> contents;
        for (const char *name : {"one.bin", "two.bin", "three.bin"}) {
            locals << m_home.filePath(QLatin1String(name));
            contents << someBytes(200 + 50 * int(contents.size()), name[1]);
            QVERIFY(writeFile(locals.last(), contents.last()));
        }
        uploadFromDialog(locals);
        QCOMPARE(queue()->rowCount(), 4);
        // One runs at a time: the rest wait behind it, the last upload certainly.
        int running = 0;
        for (int row = 0; row < 4; ++row)
            running += stateOf(row) == Transfer::State::Running ? 1 : 0;
        QCOMPARE(running, 1);
        QCOMPARE(stateOf(3), Transfer::State::Waiting);
        QCOMPARE(shownState(3), QStringLiteral("Waiting"));
        const QAbstractItemModel *model = queue();
        QCOMPARE(model->data(model->index(0, TransferQueue::DirectionColumn)).toString(),
                 QStringLiteral("Download"));
        QCOMPARE(model->data(model->index(1, TransferQueue::DirectionColumn)).toString(),
                 QStringLiteral("Upload"));
        QCOMPARE(model->data(model->index(3, TransferQueue::NameColumn)).toString(),
                 QStringLiteral("three.bin"));
        QCOMPARE(model->data(model->index(3, TransferQueue::SizeColumn)).toString(),
                 QLocale().formattedDataSize(contents[2].size()));

        selectTransfer(3);
        click("filesQueueCancel");
        QCOMPARE(stateOf(3), Transfer::State::Cancelled);
        QCOMPARE(shownState(3), QStringLiteral("Cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(!queue()->isRunning(), 30000);
        for (int row = 0; row < 3; ++row)
            QVERIFY2(stateOf(row) == Transfer::State::Done, qPrintable(shownState(row)));
        QCOMPARE(shownState(0), QStringLiteral("Done"));
        QCOMPARE(stateOf(3), Transfer::State::Cancelled);
        QCOMPARE(readBytes(copy), readBytes(folder + QStringLiteral("/greeting.txt")));
        QCOMPARE(readBytes(folder + QStringLiteral("/one.bin")), contents[0]);
        QCOMPARE(readBytes(folder + QStringLiteral("/two.bin")), contents[1]);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/three.bin")));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/.three.bin.part")));
        QTRY_VERIFY_WITH_TIMEOUT(page()->shownNames().contains(QStringLiteral("two.bin")), 15000);
    }

    // An upload into a folder it may not write fails and says why; once half of it is on the host
    // (as a dropped link leaves it) and the folder writable again, it is retried and resumes.
    void aFailedTransferIsRetriedAndResumes()
    {
        const QString folder = homeA() + QStringLiteral("/uploads");
        const QByteArray content = someBytes(300, 'f');
        const QString local = m_home.filePath(QStringLiteral("four.bin"));
        QVERIFY(writeFile(local, content));
        struct stat before = {};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &before), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
        uploadFromDialog({local});
        const int row = queue()->rowCount() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(row), Transfer::State::Failed, 15000);
        QVERIFY2(shownState(row).startsWith(QStringLiteral("Failed: ")), qPrintable(shownState(row)));
        QVERIFY(!queue()->transfer(row).reason.isEmpty());

        const QString partial = folder + QStringLiteral("/.four.bin.part");
        const qint64 half = content.size() / 2;
        QVERIFY(writeFile(partial, content.left(half)));
        QCOMPARE(::chown(QFile::encodeName(partial).constData(), before.st_uid, before.st_gid), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), before.st_mode & 07777), 0);
        selectTransfer(row);
        click("filesQueueRetry");
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(row), Transfer::State::Done, 15000);
        QCOMPARE(queue()->transfer(row).resumedFrom, half);
        QCOMPARE(readBytes(folder + QStringLiteral("/four.bin")), content);
        QVERIFY(!QFileInfo::exists(partial));

        click("filesQueueClear");
        QCOMPARE(queue()->rowCount(), 0);
        QVERIFY(child("filesQueue")->isHidden());
    }

    void theOtherSitesHomeStaysShut()
    {
        const QString before = page()->currentFolder();
        auto *path = child<QLineEdit>("filesPath");
        path->setText(two().home(two().siteB));
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(path->isEnabled(), 15000);
        QTRY_COMPARE(path->text(), before);
        QCOMPARE(page()->currentFolder(), before);
        QVERIFY2(!status().isEmpty(), "no reason was shown");
    }

    void deletesAFolderWithWhatIsInIt()
    {
        click("filesUp");
        QTRY_COMPARE_WITH_TIMEOUT(page()->currentFolder(), homeA(), 15000);
        select(QStringLiteral("uploads/"));
        MessageBox::setNextAnswer(MessageBox::Yes);
        click("filesDelete");
        QTRY_VERIFY_WITH_TIMEOUT(!page()->shownNames().contains(QStringLiteral("uploads/")), 15000);
        QVERIFY(!QFileInfo::exists(homeA() + QStringLiteral("/uploads")));
    }

    void theTunnelReachesTheDatabaseServer()
    {
        child<QTabWidget>("sitePages")->setCurrentWidget(child("sshPage"));
        auto *open = child<QPushButton>("tunnelOpen");
        QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 15000);
        QVERIFY(!child<QPushButton>("tunnelCopy")->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(child<QComboBox>("tunnelKey")->currentText(), QStringLiteral("~/.ssh/id_ed25519_mws"));
        answer(QStringLiteral("tunnelKeyPassphrase"), m_passphrase);
        auto *box = child<mws::ui::TunnelBox>("tunnelBox");
        QTRY_VERIFY2_WITH_TIMEOUT(box->localPort() != 0, qPrintable(child<QLabel>("tunnelStatus")->text()),
                                  30000);
        QCOMPARE(box->clientCommand(),
                 QStringLiteral("mariadb --host=127.0.0.1 --port=%1").arg(box->localPort()));
        QVERIFY(child<QPushButton>("tunnelCopy")->isEnabled());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("tunnel"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(box->localPort());
            db.setDatabaseName(m_mariadb.database());
            db.setUserName(m_mariadb.user());
            db.setPassword(m_mariadb.password());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("CREATE TABLE visits (n INT)")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO visits VALUES (42)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tunnel"));
        QString error;
        QCOMPARE(m_mariadb.sql(QStringLiteral("SELECT n FROM app.visits"), &error).trimmed(),
                 QStringLiteral("42"));
        QTest::mouseClick(open, Qt::LeftButton); // reads Close Tunnel now
        QCOMPARE(box->localPort(), quint16(0));
        QVERIFY(!child<QPushButton>("tunnelCopy")->isEnabled());
        child<QTabWidget>("sitePages")->setCurrentWidget(page());
    }

    // A key whose private half only the system keychain holds: no file is written, and the Files
    // tab logs in with it.
    void aKeyKeptInTheKeychainLogsInToo()
    {
        click("filesConnect"); // Disconnect first
        QVERIFY(!page()->isConnected());
        const QStringList before = QDir(m_home.filePath(QStringLiteral(".ssh"))).entryList(QDir::Files);
        child<QTabWidget>("sitePages")->setCurrentWidget(child("sshPage"));
        QTest::mouseClick(child<QPushButton>("generateSshKey"), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel(QStringLiteral("sshKeyGenDialog"))) != nullptr);
        auto *comment = dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenComment"));
        comment->clear();
        QTest::keyClicks(comment, QStringLiteral("owner@keychain"));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("sshKeyGenKeychain")),
                          Qt::LeftButton);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenPath"))->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk")), Qt::LeftButton);
        QMessageBox *done = nullptr;
        QPointer<QLabel> check = dialog->findChild<QLabel *>(QStringLiteral("sshKeyGenCheck"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            (done = topLevel<QMessageBox>(QStringLiteral("sshKeyGenerated"))) != nullptr,
            qPrintable(check ? check->text() : QStringLiteral("(the dialog has closed)")), 15000);
        QVERIFY2(done->text().contains(QStringLiteral("keychain")), qPrintable(done->text()));
        done->close();
        QCOMPARE(QDir(m_home.filePath(QStringLiteral(".ssh"))).entryList(QDir::Files), before);
        // The host has both keys for the owner's account.
        const QString rendered = two().panel().hostRoot() + QStringLiteral("/ssh/keys/") +
                                 m_shell.user(QStringLiteral("test0201"));
        QTRY_VERIFY2_WITH_TIMEOUT(readBytes(rendered).count("ssh-ed25519 ") == 2, qPrintable(m_shell.why()),
                                  20000);
        child<QTabWidget>("sitePages")->setCurrentWidget(page());

        auto *keys = child<QComboBox>("filesKey");
        keys->showPopup(); // looks again
        const int index = keys->findText(QStringLiteral("owner@keychain (in the keychain)"));
        QVERIFY2(index >= 0, qPrintable(keys->currentText()));
        keys->setCurrentIndex(index);
        keys->hidePopup();
        click("filesConnect");
        QTRY_VERIFY2_WITH_TIMEOUT(page()->currentFolder() == homeA(), qPrintable(status()), 30000);
    }

    // What runs or waits when the session ends is cancelled, and says so.
    void disconnecting()
    {
        QStringList locals;
        for (const char *name : {"first.bin", "second.bin"}) {
            locals << m_home.filePath(QLatin1String(name));
            QVERIFY(writeFile(locals.last(), someBytes(100, name[0])));
        }
        uploadFromDialog(locals);
        QCOMPARE(stateOf(1), Transfer::State::Waiting);
        click("filesConnect"); // reads Disconnect now
        QCOMPARE(stateOf(1), Transfer::State::Cancelled);
        QVERIFY2(shownState(1).contains(QStringLiteral("session ended")), qPrintable(shownState(1)));
        QVERIFY(stateOf(0) == Transfer::State::Done || stateOf(0) == Transfer::State::Cancelled);
        QVERIFY(!QFileInfo::exists(homeA() + QStringLiteral("/second.bin")));
        QVERIFY(!child<QPushButton>("filesQueueRetry")->isEnabled());
        QVERIFY(!page()->isConnected());
        QVERIFY(page()->shownNames().isEmpty());
        QVERIFY(!child<QPushButton>("filesUpload")->isEnabled());
    }
};

QTEST_MAIN(TestFilesPage)
#include "tst_filespage.moc"
