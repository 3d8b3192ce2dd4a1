// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Databases page end to end: the app signed in through the test WLS to a real panel with
// [mariadb] on and a private MariaDB. The owner creates a database and a user through the page's
// dialogs (the name checked as it is typed), grants the user read-write in the grants matrix,
// resets its password (shown once in a dialog) and writes a row as that user with the new
// password; exports the database to a file and imports it back over rows deleted since; drops the
// database only with its name typed back.
#include "apitestbase.h"
#include "databases/databasespage.h"
#include "databases/databasetransferbar.h"
#include "dialogs/messagebox.h"
#include "mariadbserver.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "signedinapp.h"
#include "toplevel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace mws::test;
using mws::ui::MessageBox;

class TestDatabasesPage : public QObject, private SignedInSite
{
    Q_OBJECT

private:
    MariaDbServer m_mariadb; // outlives the panel and the app
    QString m_prefix;

    mws::ui::DatabasesPage *page() { return child<mws::ui::DatabasesPage>("databasesPage"); }
    QTableView *databasesView() { return child<QTableView>("databasesView"); }
    QTableView *usersView() { return child<QTableView>("databaseUsersView"); }
    QString db() const { return m_prefix + QStringLiteral("shop"); }
    QString user() const { return m_prefix + QStringLiteral("app"); }

    void clickWhenEnabled(const char *button)
    {
        auto *push = child<QPushButton>(button);
        QTRY_VERIFY_WITH_TIMEOUT(push->isEnabled(), 30000);
        QTest::mouseClick(push, Qt::LeftButton);
    }

    QJsonObject listing()
    {
        return m_http
            .getJson(panel().url(QStringLiteral("/api/v1/sites/%1/databases").arg(m_siteId)), m_ownerToken)
            .json();
    }

    QString levelOnPanel(const QString &database = {})
    {
        const QString on = database.isEmpty() ? db() : database;
        for (const QJsonValue &value : listing().value(QStringLiteral("users")).toArray())
            if (value[QStringLiteral("name")].toString() == user())
                for (const QJsonValue &grant : value[QStringLiteral("grants")].toArray())
                    if (grant[QStringLiteral("database")].toString() == on)
                        return grant[QStringLiteral("level")].toString();
        return QStringLiteral("none");
    }

    // Types the part after the prefix into a name dialog and creates.
    void createThroughDialog(const char *dialogName, const QString &suffix)
    {
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel(QString::fromLatin1(dialogName))) != nullptr);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("databaseNamePrefix"))->text(), m_prefix);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("databaseNameSuffix"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(name, QStringLiteral("Bad-Name"));
        QVERIFY(!ok->isEnabled()); // the shared validator refuses it before anything is sent
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("databaseNameProblem"))->text().isEmpty());
        name->clear();
        QTest::keyClicks(name, suffix);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    // The password dialog, its password read and the dialog closed.
    QString takePassword()
    {
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = topLevel(QStringLiteral("databasePasswordDialog"))); },
                             30000))
            return {};
        const QString password = dialog->findChild<QLineEdit *>(QStringLiteral("databasePassword"))->text();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyDatabasePassword")),
                          Qt::LeftButton);
        qobject_cast<QDialog *>(dialog)->reject();
        return password;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!MariaDbServer::isAvailable(&error))
            QSKIP(qPrintable(error));
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")));
        QVERIFY2(m_mariadb.start(&error), qPrintable(error));
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        options.webServers = true;
        options.extraConfig =
            QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\n").arg(m_mariadb.socketPath());
        QVERIFY2(startPanelWithSite(options, QStringLiteral("Database Lab"), &error), qPrintable(error));
        m_prefix = listing().value(QStringLiteral("prefix")).toString();
        QVERIFY(!m_prefix.isEmpty());
        QVERIFY(startApp());
    }

    void cleanupTestCase() { stopApp(); }

    void aSiteWithoutDatabasesSaysSo()
    {
        showTab("databasesPage");
        QTRY_VERIFY_WITH_TIMEOUT(page()->loader()->isConfirmed(), 15000);
        QCOMPARE(databasesView()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("databasesNote")->text().contains(QStringLiteral("no databases")));
        QVERIFY(child<QLabel>("databasesConnection")->text().contains(QStringLiteral("Open Tunnel")));
        QVERIFY(child<QPushButton>("newDatabase")->isEnabled());
        QVERIFY(!child<QPushButton>("dropDatabase")->isEnabled()); // nothing selected
    }

    void aDatabaseAndAUserAreCreatedThroughTheDialogs()
    {
        showTab("databasesPage");
        clickWhenEnabled("newDatabase");
        createThroughDialog("newDatabaseDialog", QStringLiteral("shop"));
        QTRY_COMPARE_WITH_TIMEOUT(column(databasesView(), 0), QStringList{db()}, 60000);
        QCOMPARE(column(databasesView(), 1),
                 QStringList{listing().value(QStringLiteral("collations")).toArray().at(0).toString()});
        QCOMPARE(column(databasesView(), 3), QStringList{QStringLiteral("0")});

        clickWhenEnabled("newDatabaseUser");
        createThroughDialog("newDatabaseUserDialog", QStringLiteral("app"));
        const QString first = takePassword();
        QCOMPARE(first.size(), 24);
        QTRY_COMPARE_WITH_TIMEOUT(column(usersView(), 0), QStringList{user()}, 60000);
        // The grants matrix has the user's row and the database's column, at none.
        auto *grants = child<QTableWidget>("databaseGrantsView");
        QTRY_COMPARE(grants->rowCount(), 1);
        QCOMPARE(grants->columnCount(), 1);
        // The password is nowhere in the account's cache.
        QVERIFY(!QJsonDocument(page()->loader()->value(0)).toJson().contains(first.toUtf8()));
    }

    void theGrantsMatrixGrantsReadWrite()
    {
        auto *grants = child<QTableWidget>("databaseGrantsView");
        auto *cell = qobject_cast<QComboBox *>(grants->cellWidget(0, 0));
        QVERIFY(cell);
        QTRY_VERIFY_WITH_TIMEOUT(cell->isEnabled(), 30000);
        QCOMPARE(cell->currentText(), QStringLiteral("None"));
        const int readWrite = cell->findText(QStringLiteral("Read-write"));
        cell->setCurrentIndex(readWrite);
        Q_EMIT cell->activated(readWrite); // as a choice in the popup does
        QTRY_COMPARE_WITH_TIMEOUT(levelOnPanel(), QStringLiteral("read-write"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            qobject_cast<QComboBox *>(child<QTableWidget>("databaseGrantsView")->cellWidget(0, 0))
                ->currentText(),
            QStringLiteral("Read-write"), 30000);
    }

    // The panel takes a user's whole set of grants: a cell changed on a second database leaves the
    // user's grant on the first as it was.
    void changingOneCellKeepsTheUsersOtherGrants()
    {
        const QString other = m_prefix + QStringLiteral("extra");
        const QUrl databases = panel().url(QStringLiteral("/api/v1/sites/%1/databases").arg(m_siteId));
        QCOMPARE(m_http.sendJson("POST", databases, {{QStringLiteral("name"), other}}, m_ownerToken).status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(listing().value(QStringLiteral("databases")).toArray().size(), 2, 60000);
        page()->refresh();
        auto *grants = child<QTableWidget>("databaseGrantsView");
        QTRY_COMPARE_WITH_TIMEOUT(grants->columnCount(), 2, 30000);
        int column = 0;
        while (column < grants->columnCount() && grants->horizontalHeaderItem(column)->text() != other)
            ++column;
        auto *cell = qobject_cast<QComboBox *>(grants->cellWidget(0, column));
        QVERIFY(cell);
        QTRY_VERIFY_WITH_TIMEOUT(cell->isEnabled(), 30000);
        const int readOnly = cell->findText(QStringLiteral("Read-only"));
        cell->setCurrentIndex(readOnly);
        Q_EMIT cell->activated(readOnly);
        QTRY_COMPARE_WITH_TIMEOUT(levelOnPanel(other), QStringLiteral("read-only"), 60000);
        QCOMPARE(levelOnPanel(), QStringLiteral("read-write"));
        QUrl drop = panel().url(QStringLiteral("/api/v1/sites/%1/databases/%2").arg(m_siteId, other));
        drop.setQuery(QUrlQuery{{QStringLiteral("confirmName"), other}});
        QCOMPARE(
            m_http.send("DELETE", drop, {}, {{"Authorization", "Bearer " + m_ownerToken.toUtf8()}}).status,
            202);
        QTRY_COMPARE_WITH_TIMEOUT(listing().value(QStringLiteral("databases")).toArray().size(), 1, 60000);
        page()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(grants->columnCount(), 1, 30000);
    }

    void aResetPasswordIsShownOnceAndWorks()
    {
        QString error;
        m_mariadb.sql(QStringLiteral("CREATE TABLE `%1`.t (n INT PRIMARY KEY);").arg(db()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        usersView()->selectRow(0);
        MessageBox::setNextAnswer(MessageBox::Yes);
        clickWhenEnabled("resetDatabasePassword");
        const QString password = takePassword();
        QCOMPARE(password.size(), 24);
        // Once the job has run, the new password writes a row (read-write), over the socket.
        QString written = QStringLiteral("not tried");
        const bool wrote = QTest::qWaitFor(
            [&] {
                written = m_mariadb.runAsUser(user(), password, db(), true,
                                              {QStringLiteral("INSERT INTO t VALUES (1)")});
                return written.isEmpty();
            },
            60000);
        QVERIFY2(wrote, qPrintable(written));
        QCOMPARE(m_mariadb.sql(QStringLiteral("SELECT COUNT(*) FROM `%1`.t;").arg(db()), &error).trimmed(),
                 QStringLiteral("1"));
    }

    // Export… saves a dump through the file dialog, downloaded when the job has made it; Import…
    // sends it back (the name typed back) and the rows deleted since are there again.
    void anExportIsSavedAndImportedBack()
    {
        QString error;
        m_mariadb.sql(QStringLiteral("USE `%1`; INSERT INTO t SELECT seq FROM seq_2_to_500;").arg(db()),
                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("shop.sql.gz"));
        QSignalSpy ended(page()->transfers(), &mws::ui::DatabaseTransferBar::ended);
        databasesView()->selectRow(0);
        clickWhenEnabled("exportDatabase");
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = qobject_cast<QFileDialog *>(topLevel(QStringLiteral("exportFileDialog")))) !=
                    nullptr);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, as the Save button does
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QFile dump(path);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QVERIFY(dump.read(2) == QByteArray("\x1f\x8b", 2));
        QVERIFY(child<QLabel>("transferStatus")->text().contains(QStringLiteral("Saved")));

        m_mariadb.sql(QStringLiteral("DELETE FROM `%1`.t WHERE n > 10;").arg(db()), &error);
        clickWhenEnabled("importDatabase");
        QFileDialog *open = nullptr;
        QTRY_VERIFY((open = qobject_cast<QFileDialog *>(topLevel(QStringLiteral("importFileDialog")))) !=
                    nullptr);
        open->selectFile(path);
        static_cast<QDialog *>(open)->accept();
        QWidget *confirm = nullptr;
        QTRY_VERIFY((confirm = topLevel(QStringLiteral("importDatabaseDialog"))) != nullptr);
        auto *typed = confirm->findChild<QLineEdit *>(QStringLiteral("importDatabaseName"));
        auto *import = confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!import->isEnabled());
        QTest::keyClicks(typed, db());
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 60000);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QCOMPARE(m_mariadb.sql(QStringLiteral("SELECT COUNT(*) FROM `%1`.t;").arg(db()), &error).trimmed(),
                 QStringLiteral("500"));
        // The user's grant and password were not touched by the import.
        QCOMPARE(levelOnPanel(), QStringLiteral("read-write"));
    }

    // Look Inside: the tables to choose from, the first 50 rows, the CREATE statement as SQL.
    void aTableIsLookedIntoReadOnly()
    {
        databasesView()->selectRow(0);
        clickWhenEnabled("previewDatabase");
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel(QStringLiteral("tablePreviewDialog"))) != nullptr);
        auto *rows = dialog->findChild<QTableView *>(QStringLiteral("previewRows"));
        QTRY_COMPARE_WITH_TIMEOUT(rows->model()->rowCount(), 50, 30000);
        QCOMPARE(rows->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("n"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("previewTable"))->currentText(),
                 QStringLiteral("t"));
        auto *create = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewCreate"));
        QVERIFY(create->toPlainText().startsWith(QLatin1String("CREATE TABLE `t`")));
        QVERIFY(create->isReadOnly());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewStatus"))
                    ->text()
                    .contains(QStringLiteral("more")));
        qobject_cast<QDialog *>(dialog)->reject();
    }

    void aDropNeedsTheNameTypedBack()
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("newDatabase")->isEnabled(), 30000);
        databasesView()->selectRow(0);
        clickWhenEnabled("dropDatabase");
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel(QStringLiteral("dropDatabaseDialog"))) != nullptr);
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("dropDatabaseName"));
        auto *drop = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(typed, m_prefix + QStringLiteral("shoe"));
        QVERIFY(!drop->isEnabled()); // a wrong name is refused
        // …and the panel refuses it too.
        QUrl url = panel().url(QStringLiteral("/api/v1/sites/%1/databases/%2").arg(m_siteId, db()));
        url.setQuery(QUrlQuery{{QStringLiteral("confirmName"), m_prefix + QStringLiteral("shoe")}});
        const HttpReply refused =
            m_http.send("DELETE", url, {}, {{"Authorization", "Bearer " + m_ownerToken.toUtf8()}});
        QCOMPARE(refused.status, 422);
        typed->clear();
        QTest::keyClicks(typed, db());
        QVERIFY(drop->isEnabled());
        QTest::mouseClick(drop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(databasesView()->model()->rowCount(), 0, 60000);
        QVERIFY(listing().value(QStringLiteral("databases")).toArray().isEmpty());
    }

    // The database server goes away: the panel's 503 is its own, so the page says why in the
    // panel's words and offers no change, and the account stays online.
    void aDatabaseServerThatIsDownIsSaidSoAndTheAccountStaysOnline()
    {
        m_mariadb.stop();
        page()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>("databasesNote")->text().contains(QStringLiteral("not available")), 20000);
        QVERIFY(!child<QPushButton>("newDatabase")->isEnabled());
        QVERIFY(m_window->session()->isOnline());
        QVERIFY(!child<QLabel>("offlineBanner")->isVisible());
    }
};

QTEST_MAIN(TestDatabasesPage)
#include "tst_databasespage.moc"
