#include "ssh/keychooser.h"

#include "ssh/sitelogin.h"

#include <QDir>
#include <QFileDialog>

namespace mws::ui {

namespace {

const QString anotherKey = QStringLiteral("?"); // the item data of "Another private key…"

} // namespace

KeyChooser::KeyChooser(const QString &objectName, QWidget *parent) : QComboBox(parent)
{
    setObjectName(objectName);
    for (const sitelogin::KeyChoice &choice : sitelogin::availableKeys(QDir::homePath()))
        addItem(choice.label,
                choice.credentials.method == SshCredentials::Method::Agent ? QString() : choice.credentials.keyFile);
    addItem(tr("Another private key…"), anotherKey);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index).toString() == anotherKey)
            chooseFile();
    });
}

std::optional<SshCredentials> KeyChooser::credentials() const
{
    const QString keyFile = currentData().toString();
    if (keyFile == anotherKey)
        return std::nullopt;
    return keyFile.isEmpty() ? SshCredentials::fromAgent() : SshCredentials::fromKeyFile(keyFile);
}

void KeyChooser::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Log in with a private key"), QDir::home().filePath(QStringLiteral(".ssh")));
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

} // namespace mws::ui
