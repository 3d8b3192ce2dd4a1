// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostlogin/keychooser.h"

#include "auth/secretstore.h"
#include "ssh/sitelogin.h"
#include "ssh/sshkeyring.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>

namespace mws::ui {

namespace {

const QString anotherKey = QStringLiteral("?");             // "Another private key…"
const QString keychainPrefix = QStringLiteral("keychain:"); // then the key's fingerprint

} // namespace

KeyChooser::KeyChooser(const QString &objectName, QWidget *parent) : QComboBox(parent)
{
    setObjectName(objectName);
    addFound();
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index).toString() == anotherKey)
            chooseFile();
    });
}

void KeyChooser::addFound()
{
    const QList<sitelogin::KeyChoice> found = sitelogin::availableKeys(QDir::homePath());
    // The agent first, then the keychain's keys, then the files.
    for (const sitelogin::KeyChoice &choice : found)
        if (choice.credentials.method == SshCredentials::Method::Agent)
            addItem(choice.label, QString());
    for (const KeychainSshKey &key : sshkeyring::list())
        addItem(tr("%1 (in the keychain)").arg(key.comment.isEmpty() ? key.fingerprint : key.comment),
                keychainPrefix + key.fingerprint);
    for (const sitelogin::KeyChoice &choice : found)
        if (choice.credentials.method == SshCredentials::Method::KeyFile)
            addItem(choice.label, choice.credentials.keyFile);
    addItem(tr("Another private key…"), anotherKey);
}

void KeyChooser::refresh()
{
    const QString chosen = currentData().toString();
    QStringList before;
    for (int index = 0; index < count(); ++index)
        before << itemData(index).toString();
    clear();
    addFound();
    // Files picked by hand stay, before "Another private key…".
    for (const QString &path : std::as_const(before))
        if (!path.isEmpty() && path != anotherKey && !path.startsWith(keychainPrefix) && findData(path) < 0)
            insertItem(count() - 1, QDir::toNativeSeparators(path), path);
    const int index = chosen == anotherKey ? 0 : findData(chosen);
    setCurrentIndex(index >= 0 ? index : 0);
}

void KeyChooser::showPopup()
{
    refresh();
    QComboBox::showPopup();
}

void KeyChooser::resolve(Resolved then)
{
    if (currentData().toString() == anotherKey)
        refresh(); // a key made since the list was filled
    const QString chosen = currentData().toString();
    if (chosen == anotherKey)
        return chooseFile();
    if (chosen.isEmpty())
        return then(SshCredentials::fromAgent(), {});
    if (!chosen.startsWith(keychainPrefix))
        return then(SshCredentials::fromKeyFile(chosen), {});
    auto *secrets = new SecretStore(SecretStore::appService(), this);
    sshkeyring::privateKey(*secrets, chosen.mid(keychainPrefix.size()))
        .then(this, [secrets, then = std::move(then), label = currentText()](const Result<QByteArray> &key) {
            secrets->deleteLater();
            if (!key.ok())
                return then(
                    std::nullopt,
                    tr("The key %1 could not be read from the keychain: %2").arg(label, key.error().message));
            SshCredentials credentials = SshCredentials::fromKeyText(*key);
            credentials.keyFile = label; // what a passphrase question names
            then(credentials, {});
        });
}

void KeyChooser::chooseFile()
{
    auto *files =
        new QFileDialog(this, tr("Log in with a private key"), QDir::home().filePath(QStringLiteral(".ssh")));
    files->setObjectName(objectName() + QStringLiteral("File"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const int other = count() - 1;
        insertItem(other, QDir::toNativeSeparators(path), path);
        setCurrentIndex(other);
    });
    connect(files, &QFileDialog::rejected, this, [this] { setCurrentIndex(0); });
    files->open();
}

bool KeyChooser::needsPassphrase(const SshCredentials &credentials, const Error &failure)
{
    return failure.kind == Error::Kind::Invalid && credentials.method != SshCredentials::Method::Agent &&
           credentials.passphrase.isEmpty();
}

void KeyChooser::askPassphrase(const SshCredentials &credentials,
                               std::function<void(const SshCredentials &)> then)
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(objectName() + QStringLiteral("Passphrase"));
    ask->setWindowTitle(tr("Passphrase"));
    ask->setLabelText(tr("The passphrase of %1:").arg(QDir::toNativeSeparators(credentials.keyFile)));
    ask->setTextEchoMode(QLineEdit::Password);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this,
            [credentials, then = std::move(then)](const QString &passphrase) {
                SshCredentials with = credentials;
                with.passphrase = passphrase.toUtf8();
                then(with);
            });
    ask->open();
}

} // namespace mws::ui
