// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mws::ui {

// "Add key…" on the SSH page: an OpenSSH public key pasted, or imported from a .pub file, read
// by the parser the panel uses (validate/sshpublickey.h) as it is typed: what is wrong with it
// (a private key, a second line, an RSA key too short) is said before anything is sent, and a
// good key shows its type and fingerprint to compare with ssh-keygen -l.
class AddSshKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSshKeyDialog(QWidget *parent = nullptr);

    // The key line as given (the panel reads it again), and the comment to give it instead of the
    // line's own; empty: the line's own.
    QString keyLine() const;
    QString comment() const;

private:
    void importFile();
    void readFile(const QString &path);
    void validate();

    QPlainTextEdit *m_key;
    QLineEdit *m_comment;
    QLabel *m_check;
    QPushButton *m_ok;
};

} // namespace mws::ui
