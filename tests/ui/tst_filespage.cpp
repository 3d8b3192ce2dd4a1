// The Files page against a real host: the panel with shell access, a real sshd with the panel's
// drop-in, and the app signed in as a site's owner. The owner's private key is in ~/.ssh; the
// page logs in with it as the owner's own account (the host key checked against the panel's
// SSHFP records), opens in the site's home, makes a folder, uploads a file into it (on disk,
// the person's), downloads it, refuses a bad name, renames and deletes, and cannot open the
// other site's home.
#include "appcontroller.h"
#include "browseruser.h"
#include "dialogs/messagebox.h"
#include "files/filespage.h"
#include "mainwindow.h"
#include "shellfixture.h"
#include "signin/signinwindow.h"
#include "toplevel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>

#include <pwd.h>
#include <sys/stat.h>

using namespace mws::test;
using mws::ui::FilesPage;
using mws::ui::MessageBox;

namespace {

uid_t ownerOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_uid : uid_t(-1);
}

} // namespace

class TestFilesPage : public QObject
{
    Q_OBJECT

private:
    ShellFixture m_shell;
    BrowserUser m_browser{QStringLiteral("test0201")};
    QTemporaryDir m_home;
    LoginKey m_key;
    std::unique_ptr<mws::ui::AppController> m_app;

    TwoSiteFixture &two() { return m_shell.two; }
    QString homeA() { return two().home(two().siteA); }
    template <typename T = QWidget> T *child(const char *name)
    {
        return m_app->mainWindow()->findChild<T *>(QLatin1String(name));
    }
    FilesPage *page() { return child<FilesPage>("filesPage"); }
    QString status() { return child<QLabel>("filesStatus")->text(); }
    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }

    void select(const QString &shownName)
    {
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
        const QString error = m_shell.start(QStringLiteral("127.0.0.1"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_key = m_shell.makeKey(QStringLiteral("owner@laptop"));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".ssh"))));
        QVERIFY(QFile::copy(m_key.privateFile, m_home.filePath(QStringLiteral(".ssh/id_ed25519"))));
        QFile pub(m_home.filePath(QStringLiteral(".ssh/id_ed25519.pub")));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(m_key.key.publicLine.toUtf8() + '\n');
        pub.close();
        QVERIFY(!m_shell.uploadKey(two().ownerA, m_key).isEmpty());
        const QString owner = m_shell.user(QStringLiteral("test0201"));
        QVERIFY2(m_shell.waitUntil(
                     [&] { return m_shell.ssh(owner, m_key, QStringLiteral("true")).exitCode == 0; }),
                 qPrintable(m_shell.why()));

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

    void connectsWithTheKeyInDotSshAndOpensTheSitesHome()
    {
        QCOMPARE(child<QComboBox>("filesKey")->currentText(), QStringLiteral("~/.ssh/id_ed25519"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("filesConnect")->isEnabled(), 15000);
        click("filesConnect");
        QTRY_VERIFY2_WITH_TIMEOUT(!page()->currentFolder().isEmpty(), qPrintable(status()), 30000);
        QCOMPARE(page()->currentFolder(), homeA());
        QVERIFY2(status().contains(QStringLiteral("SHA256:")), qPrintable(status()));
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

    void disconnecting()
    {
        click("filesConnect"); // reads Disconnect now
        QVERIFY(!page()->isConnected());
        QVERIFY(page()->shownNames().isEmpty());
        QVERIFY(!child<QPushButton>("filesUpload")->isEnabled());
    }
};

QTEST_MAIN(TestFilesPage)
#include "tst_filespage.moc"
