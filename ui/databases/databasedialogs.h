// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mws::ui {

// A new database's or database user's name: the site's prefix shown before the part typed, the
// whole name checked by the shared validator (validate/databasenames.h) as it is typed, and, for a
// database, its collation. OK is enabled only for a name the panel would take.
class DatabaseNameDialog : public QDialog
{
    Q_OBJECT

public:
    using Problem = std::function<QString(const QString &name)>;

    // collations empty: no collation is asked (a user).
    DatabaseNameDialog(const char *objectName, const QString &title, const QString &intro,
                       const QString &prefix, Problem problem, const QStringList &collations,
                       QWidget *parent);

    QString name() const;
    QString collation() const;

private:
    void check();

    QString m_prefix;
    Problem m_problem;
    QLineEdit *m_suffix;
    QComboBox *m_collation = nullptr;
    QLabel *m_problemLabel;
    QPushButton *m_ok;
};

// A change that loses data (dropping a database, importing over one): what is lost, and the
// database's name typed back; the action is enabled only once the name typed is the database's.
class TypedNameDialog : public QDialog
{
    Q_OBJECT

public:
    struct Text
    {
        const char *objectName; // the dialog's
        const char *fieldName;  // its line edit's
        QString title;
        QString explanation; // what is lost
        QString prompt;      // "Type the name … to drop it:"
        QString action;      // the button: "&Drop"
    };
    TypedNameDialog(const Text &text, const QString &name, QWidget *parent);

    QString typedName() const;

private:
    QLineEdit *m_typed;
};

// A password the panel made, shown this once with Copy; nothing keeps it once the dialog is closed.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &user, const QString &password, QWidget *parent);
    ~PasswordDialog() override;

private:
    QLineEdit *m_password;
};

} // namespace mws::ui
