// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The SSH page and the members on the Overview page, against a real panel: the app signed in
// through the test WLS as the owner of a site. Keys are listed from the panel, added by pasting
// or importing a .pub file (shown with the fingerprint ssh-keygen gives), refused before sending
// when they are private keys, generated here (the private half written 0600, read back by
// ssh-keygen with its passphrase; an existing file replaced only after asking), and removed after
// a confirmation. Members are added with a role,
// a bad CRSid is refused as it is typed, and removing the last owner shows the panel's refusal.
#include "apitestbase.h"
#include "appcontroller.h"
#include "browseruser.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "session/siteresourceloader.h"
#include "signedinapp.h"
#include "signin/signinwindow.h"
#include "ssh/sshpage.h"
#include "sshkeygen.h"
#include "toplevel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace mws::test;
using mws::ui::MessageBox;

namespace {

// A file's permission bits, as ls -l shows them; -1 if it cannot be read.
int fileMode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// What ssh-keygen makes of a file: its standard output (empty if it failed).
QString sshKeygen(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// A key line's type and base64, without its comment.
QString typeAndBody(const QString &line)
{
    return line.section(QLatin1Char(' '), 0, 1);
}

// Where the keys table shows a key's fingerprint.
constexpr int fingerprintColumn = 4;

} // namespace

class TestSshPage : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    QTemporaryDir m_keys;

    mws::ui::SshPage *sshPage() { return child<mws::ui::SshPage>("sshPage"); }

    // The owner's keys as the panel has them: their fingerprints.
    QStringList keysOnPanel()
    {
        const HttpReply keys =
            m_http.getJson(panel().url(QStringLiteral("/api/v1/me/ssh-keys")), m_ownerToken);
        QStringList fingerprints;
        for (const QJsonValue &key : keys.json().value(QStringLiteral("items")).toArray())
            fingerprints << key.toObject().value(QStringLiteral("fingerprint")).toString();
        return fingerprints;
    }

    QWidget *openAddKeyDialog(const char *button = "addSshKey", const char *name = "addSshKeyDialog")
    {
        showTab("sshPage");
        auto *add = child<QPushButton>(button);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 15000); }();
        QTest::mouseClick(add, Qt::LeftButton);
        QWidget *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = topLevel(QLatin1String(name))) != nullptr); }();
        return dialog;
    }

    QWidget *openGenerateDialog() { return openAddKeyDialog("generateSshKey", "sshKeyGenDialog"); }

    // Types into one of the generate dialog's fields, replacing what it held.
    static void typeInto(QWidget *dialog, const char *field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    QWidget *openMemberDialog(const char *button)
    {
        showTab("overviewPage");
        auto *open = child<QPushButton>(button);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 15000); }();
        QTest::mouseClick(open, Qt::LeftButton);
        QWidget *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = topLevel("memberDialog")) != nullptr); }();
        return dialog;
    }

    void selectMember(const QString &crsid)
    {
        auto *members = child<QTableView>("membersView");
        QTRY_VERIFY_WITH_TIMEOUT(column(members, 0).contains(crsid), 15000);
        members->selectRow(int(column(members, 0).indexOf(crsid)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        QString error;
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Shell Lab"), &error), qPrintable(error));

        // The owner has one key already, added elsewhere (another computer, the panel's API).
        const GeneratedSshKey laptop =
            makeSshKey(m_keys.path(), QStringLiteral("ed25519"), 0, QStringLiteral("owner@laptop"));
        QVERIFY(laptop.ok());
        const HttpReply added = m_http.sendJson("POST", panel().url(QStringLiteral("/api/v1/me/ssh-keys")),
                                                {{QStringLiteral("key"), laptop.publicLine}}, m_ownerToken);
        QCOMPARE(added.status, 201);

        QVERIFY(startApp());
    }

    void cleanupTestCase() { stopApp(); }

    void thePageListsMyKeysFromThePanel()
    {
        showTab("sshPage");
        QTRY_VERIFY_WITH_TIMEOUT(sshPage()->keysLoader()->isConfirmed(), 15000);
        auto *keys = child<QTableView>("sshKeysView");
        QCOMPARE(keys->model()->rowCount(), 1);
        QCOMPARE(column(keys, 0), QStringList{QStringLiteral("ssh-ed25519")});
        QCOMPARE(column(keys, 1), QStringList{QStringLiteral("owner@laptop")});
        QCOMPARE(column(keys, fingerprintColumn), keysOnPanel());
        QVERIFY(column(keys, fingerprintColumn).constFirst().startsWith(QLatin1String("SHA256:")));
    }

    // This panel serves no host, so no host of its offers shell access (/ssh is a 404): a
    // sentence, not an error box.
    void aSiteWithoutShellAccessSaysSo()
    {
        showTab("sshPage");
        QTRY_VERIFY_WITH_TIMEOUT(!sshPage()->accessLoader()->isLoading(), 15000);
        auto *note = child<QLabel>("sshAccessNote");
        QVERIFY(!sshPage()->accessLoader()->isLoaded());
        QVERIFY2(note->text().contains(QLatin1String("offers no shell access")), qPrintable(note->text()));
        QVERIFY(!child<QTableView>("sshPeopleView")->isVisible());
        QVERIFY(!topLevel("sshKeyError"));
        // The keys work all the same.
        QVERIFY(child<QPushButton>("addSshKey")->isEnabled());
    }

    void addingAPastedKeyShowsItsFingerprint()
    {
        const GeneratedSshKey desktop =
            makeSshKey(m_keys.path(), QStringLiteral("ed25519"), 0, QStringLiteral("owner@desktop"));
        QVERIFY(desktop.ok());
        QWidget *dialog = openAddKeyDialog();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("sshKeyOk"));
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sshKeyText"))->setPlainText(desktop.publicLine);
        QVERIFY(ok->isEnabled());
        // Before it is sent, the dialog shows the fingerprint ssh-keygen -l gives.
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("sshKeyCheck"))->text().contains(desktop.fingerprint));
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *keys = child<QTableView>("sshKeysView");
        QTRY_VERIFY_WITH_TIMEOUT(column(keys, fingerprintColumn).contains(desktop.fingerprint), 15000);
        QVERIFY(column(keys, 1).contains(QStringLiteral("owner@desktop")));
        QVERIFY(keysOnPanel().contains(desktop.fingerprint));
        QVERIFY(!topLevel("sshKeyError"));
    }

    void aKeyIsImportedFromAPubFile()
    {
        const GeneratedSshKey work =
            makeSshKey(m_keys.path(), QStringLiteral("ecdsa"), 0, QStringLiteral("owner@work"));
        QVERIFY(work.ok());
        const QString path = m_keys.filePath(QStringLiteral("work.pub"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(work.publicLine.toLatin1() + '\n');
        file.close();

        QWidget *dialog = openAddKeyDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importSshKey")), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog *>(QStringLiteral("importSshKeyFile"))) !=
                    nullptr);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
        QTRY_COMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sshKeyText"))->toPlainText(),
                     work.publicLine);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sshKeyOk")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            column(child<QTableView>("sshKeysView"), fingerprintColumn).contains(work.fingerprint), 15000);
    }

    void aPastedPrivateKeyIsRefusedAndNothingIsSent()
    {
        const QStringList before = keysOnPanel();
        const GeneratedSshKey secret = makeSshKey(m_keys.path(), QStringLiteral("ed25519"));
        QVERIFY(secret.ok());
        QWidget *dialog = openAddKeyDialog();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sshKeyText"))->setPlainText(secret.privateText);
        const QString check = dialog->findChild<QLabel *>(QStringLiteral("sshKeyCheck"))->text();
        QVERIFY2(check.contains(QLatin1String("private key")), qPrintable(check));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("sshKeyOk"));
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton); // a disabled button does nothing
        QVERIFY(dialog->isVisible());
        static_cast<QDialog *>(dialog)->reject();
        QTest::qWait(200);
        QCOMPARE(keysOnPanel(), before);
        QCOMPARE(child<QTableView>("sshKeysView")->model()->rowCount(), before.size());
    }

    void generatingAKeyAddsItAndWritesItsPrivateHalf()
    {
        QWidget *dialog = openGenerateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenComment"))->text(),
                 QStringLiteral("test0002@") + QSysInfo::machineHostName());
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("sshKeyGenPath"))
                    ->text()
                    .endsWith(QLatin1String("id_ed25519_mws")));
        const QString path = m_keys.filePath(QStringLiteral("generated/id_ed25519_mws"));
        const QString passphrase = QStringLiteral("correct horse battery");
        typeInto(dialog, "sshKeyGenComment", QStringLiteral("owner@generated"));
        typeInto(dialog, "sshKeyGenPassphrase", passphrase);
        typeInto(dialog, "sshKeyGenRepeat", passphrase);
        typeInto(dialog, "sshKeyGenPath", path);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // Said where the private half went and how ssh uses it.
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = topLevel<QMessageBox>(QStringLiteral("sshKeyGenerated"))) != nullptr,
                                 15000);
        QVERIFY2(done->text().contains(QStringLiteral("ssh -i ") + path), qPrintable(done->text()));
        done->close();
        QVERIFY(!topLevel("sshKeyError"));

        // The private file is the owner's alone, the public one readable by all.
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(path + QStringLiteral(".pub")), 0644);
        // ssh-keygen opens it with the passphrase, and finds the key the panel has.
        const QString publicLine =
            sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), path});
        QVERIFY(publicLine.startsWith(QLatin1String("ssh-ed25519 AAAA")));
        QVERIFY(sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("wrong"),
                           QStringLiteral("-f"), path})
                    .isEmpty());
        QFile pub(path + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(typeAndBody(QString::fromUtf8(pub.readAll()).trimmed()), typeAndBody(publicLine));
        const QString fingerprint =
            sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), path + QStringLiteral(".pub")})
                .section(QLatin1Char(' '), 1, 1);
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
        QVERIFY(keysOnPanel().contains(fingerprint));

        auto *keys = child<QTableView>("sshKeysView");
        QTRY_VERIFY_WITH_TIMEOUT(column(keys, fingerprintColumn).contains(fingerprint), 15000);
        const int row = int(column(keys, fingerprintColumn).indexOf(fingerprint));
        QCOMPARE(column(keys, 0).at(row), QStringLiteral("ssh-ed25519"));
        QCOMPARE(column(keys, 1).at(row), QStringLiteral("owner@generated"));
    }

    void mismatchedPassphrasesSendNothing()
    {
        const QStringList before = keysOnPanel();
        QWidget *dialog = openGenerateDialog();
        QVERIFY(dialog);
        const QString path = m_keys.filePath(QStringLiteral("mismatch"));
        typeInto(dialog, "sshKeyGenPath", path);
        typeInto(dialog, "sshKeyGenPassphrase", QStringLiteral("one passphrase"));
        typeInto(dialog, "sshKeyGenRepeat", QStringLiteral("another one"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk"));
        QVERIFY(!ok->isEnabled());
        const QString check = dialog->findChild<QLabel *>(QStringLiteral("sshKeyGenCheck"))->text();
        QVERIFY2(check.contains(QLatin1String("passphrases differ")), qPrintable(check));
        QTest::mouseClick(ok, Qt::LeftButton); // a disabled button does nothing
        QVERIFY(dialog->isVisible());
        // Typed the same twice, it may go.
        typeInto(dialog, "sshKeyGenRepeat", QStringLiteral("one passphrase"));
        QVERIFY(ok->isEnabled());
        static_cast<QDialog *>(dialog)->reject();
        QTest::qWait(300);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(keysOnPanel(), before);
    }

    void anExistingFileIsReplacedOnlyAfterAsking()
    {
        const QString path = m_keys.filePath(QStringLiteral("existing"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older key\n");
        old.close();
        const QStringList before = keysOnPanel();
        QWidget *dialog = openGenerateDialog();
        QVERIFY(dialog);
        typeInto(dialog, "sshKeyGenPath", path);
        // Said no: the file is as it was, nothing sent, the dialog still open.
        MessageBox::setNextAnswer(MessageBox::No);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk")), Qt::LeftButton);
        QTest::qWait(500);
        QVERIFY(dialog->isVisible());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older key\n"));
        old.close();
        QCOMPARE(keysOnPanel(), before);
        // Said yes: replaced by the new key (no passphrase: ssh-keygen reads it without one).
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sshKeyGenOk")), Qt::LeftButton);
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = topLevel<QMessageBox>(QStringLiteral("sshKeyGenerated"))) != nullptr,
                                 15000);
        done->close();
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), QString(), QStringLiteral("-f"), path})
                    .startsWith(QLatin1String("ssh-ed25519 ")));
        QCOMPARE(keysOnPanel().size(), before.size() + 1);
    }

    void removingAKeyAfterConfirmingRemovesIt()
    {
        showTab("sshPage");
        // The list the earlier functions changed is reloaded first: a reload clears the selection.
        QTRY_VERIFY_WITH_TIMEOUT(
            sshPage()->keysLoader()->isConfirmed() && !sshPage()->keysLoader()->isLoading(), 15000);
        auto *keys = child<QTableView>("sshKeysView");
        const QStringList before = column(keys, fingerprintColumn);
        const int row = int(column(keys, 1).indexOf(QStringLiteral("owner@laptop")));
        QVERIFY(row >= 0);
        const QString gone = before.at(row);
        auto *remove = child<QPushButton>("removeSshKey");
        QTRY_VERIFY_WITH_TIMEOUT((keys->selectRow(row), remove->isEnabled()), 15000);
        // Said no first: nothing happens.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(keysOnPanel().contains(gone));
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!column(keys, fingerprintColumn).contains(gone), 15000);
        QCOMPARE(column(keys, fingerprintColumn).size(), before.size() - 1);
        QVERIFY(!keysOnPanel().contains(gone));
    }

    void aMemberIsAddedByCrsidWithARole()
    {
        QWidget *dialog = openMemberDialog("addMember");
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("memberCrsid")),
                         QStringLiteral("test0003"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("memberRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("ssh")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("memberOk"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *members = child<QTableView>("membersView");
        QTRY_VERIFY_WITH_TIMEOUT(column(members, 0).contains(QStringLiteral("test0003")), 15000);
        const int row = int(column(members, 0).indexOf(QStringLiteral("test0003")));
        QCOMPARE(column(members, 1).at(row), QStringLiteral("SSH only"));
        QVERIFY(!topLevel("membersError"));
    }

    void aBadCrsidIsRefusedWithAClearMessage()
    {
        QWidget *dialog = openMemberDialog("addMember");
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("memberCrsid")),
                         QStringLiteral("Jane Doe"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("memberProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("CRSid")), qPrintable(problem->text()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("memberOk"))->isEnabled());
        static_cast<QDialog *>(dialog)->reject();
    }

    void aRoleIsChanged()
    {
        selectMember(QStringLiteral("test0003"));
        QWidget *dialog = openMemberDialog("changeMemberRole");
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("memberCrsid"))->text(),
                 QStringLiteral("test0003"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("memberRole"));
        QCOMPARE(role->currentData().toString(), QStringLiteral("ssh"));
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("memberOk")), Qt::LeftButton);
        auto *members = child<QTableView>("membersView");
        QTRY_VERIFY_WITH_TIMEOUT(
            column(members, 1).value(int(column(members, 0).indexOf(QStringLiteral("test0003")))) ==
                QLatin1String("Administrator"),
            15000);
    }

    void removingTheLastOwnerShowsThePanelsRefusal()
    {
        selectMember(QStringLiteral("test0002"));
        auto *remove = child<QPushButton>("removeMember");
        QTRY_VERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *refusal = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((refusal = topLevel<QMessageBox>(QStringLiteral("membersError"))) != nullptr,
                                 15000);
        QVERIFY2(refusal->text().contains(QLatin1String("last owner")), qPrintable(refusal->text()));
        refusal->close();
        QVERIFY(column(child<QTableView>("membersView"), 0).contains(QStringLiteral("test0002")));
    }

    void removingAMemberAfterConfirmingRemovesThem()
    {
        selectMember(QStringLiteral("test0003"));
        auto *remove = child<QPushButton>("removeMember");
        QTRY_VERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !column(child<QTableView>("membersView"), 0).contains(QStringLiteral("test0003")), 15000);
        const HttpReply members = m_http.getJson(
            panel().url(QStringLiteral("/api/v1/sites/%1/members").arg(m_siteId)), m_ownerToken);
        QVERIFY(!members.body.contains("test0003"));
    }
};

QTEST_MAIN(TestSshPage)
#include "tst_sshpage.moc"
