// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sshconnection.h"
#include "util/error.h"

#include <QComboBox>

#include <functional>
#include <optional>

namespace mws::ui {

// Which key the app logs in to a host with: the running agent, the keys the app keeps in the
// keychain (sshkeyring.h), each private key in ~/.ssh that has its public half beside it, or
// another file the person picks ("Another private key…" opens a file dialog named after the
// chooser: objectName + "File").
class KeyChooser : public QComboBox
{
    Q_OBJECT

public:
    using Resolved = std::function<void(const std::optional<SshCredentials> &, const QString &why)>;

    KeyChooser(const QString &objectName, QWidget *parent = nullptr);

    // What the current choice logs in with, given to then; a key in the keychain is read from it
    // first. With "Another private key…" chosen (and no key found since) the file dialog opens
    // and then is not called; a key the keychain cannot give comes with nothing and why.
    void resolve(Resolved then);
    void chooseFile();
    // Looks again (a key made since), keeping what was chosen and files picked by hand; with no
    // key chosen before, the first one found is.
    void refresh();
    void showPopup() override;

    // Whether failing to log in with credentials may be a passphrase missing: a key, tried
    // without one, that could not be read.
    static bool needsPassphrase(const SshCredentials &credentials, const Error &failure);
    // Asks for the passphrase of credentials' key (a dialog named objectName + "Passphrase");
    // then gets the credentials with it, unless the person cancels.
    void askPassphrase(const SshCredentials &credentials, std::function<void(const SshCredentials &)> then);

private:
    void addFound();
};

} // namespace mws::ui
