// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/keygen.h"

#include <QDialog>
#include <QFileDevice>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mws::ui {

// "Generate key…" on the SSH page: a new Ed25519 pair made here, its private half written to a
// file (0600, the public line beside it as .pub, 0644) and its public half given to the page to
// send. Asks for a comment, an optional passphrase (twice, the two must match) and the file; an
// existing file is overwritten only after asking. Or, if asked, the private half goes to the
// system keychain instead (sshkeyring.h), and no file is written. The key is made and written off the GUI
// thread.
class SshKeyGenDialog : public QDialog
{
    Q_OBJECT

public:
    // comment: the comment shown at first ("crsid@machine").
    explicit SshKeyGenDialog(const QString &comment, QWidget *parent = nullptr);

    // Where the private key goes unless the user says otherwise: ~/.ssh/id_ed25519_mws.
    static QString defaultPath();
    QString privateKeyPath() const;

Q_SIGNALS:
    // The pair was made and written: the public line to send, the private key's file (empty
    // when the keychain keeps it). The dialog closes (accepted) right after.
    void generated(const QString &publicLine, const QString &privateKeyPath);

public Q_SLOTS:
    void reject() override; // not while a key is being written

private:
    // Off the GUI thread: the pair, the folder (0700 if made here), the private file, the .pub.
    static Result<SshKeyPair> makeAndWrite(const QByteArray &passphrase, const QString &comment,
                                           const QString &path);
    static Status writeFile(const QString &path, const QByteArray &data,
                            QFileDevice::Permissions permissions);
    void validate();
    void chooseFile();
    void confirmAndGenerate();
    void generate();
    void setWorking(bool working);
    void finished(const Result<SshKeyPair> &pair);

    QLineEdit *m_comment;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_path;
    QCheckBox *m_keychain;
    QLabel *m_check;
    QPushButton *m_browse;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace mws::ui
