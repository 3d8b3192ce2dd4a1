// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshkeygendialog.h"

#include "auth/secretstore.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "ssh/sshkeyring.h"
#include "validate/sshpublickey.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

constexpr QFile::Permissions privateMode = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions publicMode = privateMode | QFile::ReadGroup | QFile::ReadOther;

QLineEdit *passwordField(QWidget *parent, const char *objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(objectName));
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

SshKeyGenDialog::SshKeyGenDialog(const QString &comment, QWidget *parent) : QDialog(parent)
{
    auto *layout =
        startDialog(this, "sshKeyGenDialog", tr("Generate an SSH key"),
                    tr("A new Ed25519 key is made on this computer. Its private half is written to "
                       "the file below and never leaves it; its public half is added to your keys."));
    auto *form = new QFormLayout;
    m_comment = new QLineEdit(comment, this);
    m_comment->setObjectName(QStringLiteral("sshKeyGenComment"));
    form->addRow(tr("&Comment:"), m_comment);
    m_passphrase = passwordField(this, "sshKeyGenPassphrase");
    m_passphrase->setPlaceholderText(tr("Optional, but it protects the key if the file is copied"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_repeat = passwordField(this, "sshKeyGenRepeat");
    form->addRow(tr("&Repeat the passphrase:"), m_repeat);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::toNativeSeparators(defaultPath()), this);
    m_path->setObjectName(QStringLiteral("sshKeyGenPath"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("sshKeyGenBrowse"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(tr("Private key &file:"), pathRow);
    m_keychain = new QCheckBox(tr("&Keep the private key in the system keychain instead of a file"), this);
    m_keychain->setObjectName(QStringLiteral("sshKeyGenKeychain"));
    m_keychain->setToolTip(
        tr("The app's Files tab and database tunnel can use it; the system's ssh cannot."));
    form->addRow(QString(), m_keychain);
    layout->addLayout(form);
    m_check = problemLabel(this, "sshKeyGenCheck");
    layout->addWidget(m_check);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("sshKeyGenOk"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &SshKeyGenDialog::confirmAndGenerate);
    connect(m_cancel, &QPushButton::clicked, this, &SshKeyGenDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SshKeyGenDialog::chooseFile);
    for (QLineEdit *field : {m_comment, m_passphrase, m_repeat, m_path})
        connect(field, &QLineEdit::textChanged, this, &SshKeyGenDialog::validate);
    connect(m_keychain, &QCheckBox::toggled, this, [this](bool inKeychain) {
        m_path->setEnabled(!inKeychain);
        m_browse->setEnabled(!inKeychain);
        validate();
    });
    validate();
    resize(560, sizeHint().height());
}

QString SshKeyGenDialog::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".ssh/id_ed25519_mws"));
}

QString SshKeyGenDialog::privateKeyPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir::home().absoluteFilePath(path));
}

void SshKeyGenDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void SshKeyGenDialog::validate()
{
    QStringList problems;
    if (const QString problem = SshPublicKey::commentProblem(m_comment->text().trimmed()); !problem.isEmpty())
        problems << problem;
    if (m_passphrase->text() != m_repeat->text())
        problems << tr("The two passphrases differ.");
    const QString path = privateKeyPath();
    const bool toFile = !m_keychain->isChecked(); // else no file is written
    if (toFile && path.isEmpty())
        problems << tr("Say where the private key is to be written.");
    else if (toFile && QFileInfo(path).isDir())
        problems << tr("%1 is a folder: name a file in it.").arg(QDir::toNativeSeparators(path));
    m_check->setText(problemsHtml(this, problems));
    m_ok->setEnabled(problems.isEmpty() && !m_busy);
}

void SshKeyGenDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Where to write the private key"), privateKeyPath());
    files->setObjectName(QStringLiteral("sshKeyGenFile"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    // The overwrite question is asked once, by this dialog, when the key is generated.
    files->setOption(QFileDialog::DontConfirmOverwrite);
    connect(files, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_path->setText(QDir::toNativeSeparators(path)); });
    files->open();
}

void SshKeyGenDialog::confirmAndGenerate()
{
    const QString path = privateKeyPath();
    const QString pub = path + QStringLiteral(".pub");
    if (m_keychain->isChecked() || (!QFileInfo::exists(path) && !QFileInfo::exists(pub)))
        return generate();
    const QString existing = QDir::toNativeSeparators(QFileInfo::exists(path) ? path : pub);
    MessageBox::question(
        this, tr("Replace %1?").arg(existing),
        tr("%1 exists already. If you replace it, the key it holds is lost for good.").arg(existing),
        MessageBox::Yes | MessageBox::No, [this](MessageBox::Button answer) {
            if (answer == MessageBox::Yes)
                generate();
        });
}

// Writes data to path with exactly these permissions, also when the file was there already (its
// old mode is changed before a byte is written).
Status SshKeyGenDialog::writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) ||
        !file.setPermissions(permissions) || file.write(data) != data.size() || !file.flush())
        return Error::make(Error::Kind::Backend,
                           tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

// Off the GUI thread: the pair, the folder (0700 if made here), the private file, then the .pub.
Result<SshKeyPair> SshKeyGenDialog::makeAndWrite(const QByteArray &passphrase, const QString &comment,
                                                 const QString &path)
{
    Result<SshKeyPair> pair = keygen::ed25519(passphrase, comment);
    if (!pair.ok())
        return pair;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && !QDir().mkdir(folder, privateMode | QFile::ExeOwner) &&
        !QDir().mkpath(folder))
        return Error::make(Error::Kind::Backend, tr("The folder %1 could not be made.").arg(folder));
    if (Status written = writeFile(path, pair->privateKey, privateMode); !written.ok())
        return written.error();
    if (Status written =
            writeFile(path + QStringLiteral(".pub"), pair->publicLine.toUtf8() + '\n', publicMode);
        !written.ok())
        return written.error();
    return pair;
}

void SshKeyGenDialog::generate()
{
    setWorking(true);
    m_check->setText(tr("Generating the key…").toHtmlEscaped());
    if (!m_keychain->isChecked()) {
        QtConcurrent::run(&makeAndWrite, m_passphrase->text().toUtf8(), m_comment->text().trimmed(),
                          privateKeyPath())
            .then(this, [this](const Result<SshKeyPair> &pair) { finished(pair); });
        return;
    }
    // Made off the GUI thread, then given to the keychain; listed once the keychain has it.
    QtConcurrent::run(&keygen::ed25519, m_passphrase->text().toUtf8(), m_comment->text().trimmed())
        .then(this, [this](const Result<SshKeyPair> &pair) {
            if (!pair.ok())
                return finished(pair);
            auto *secrets = new SecretStore(SecretStore::appService(), this);
            sshkeyring::add(*secrets, {pair->fingerprint, m_comment->text().trimmed()}, pair->privateKey)
                .then(this, [this, secrets, pair](const Status &kept) {
                    secrets->deleteLater();
                    finished(kept.ok() ? pair : Result<SshKeyPair>(kept.error()));
                });
        });
}

// While the key is made and written nothing can be changed, and the dialog stays open.
void SshKeyGenDialog::setWorking(bool working)
{
    m_busy = working;
    const QList<QWidget *> fields{m_comment, m_passphrase, m_repeat, m_keychain, m_cancel};
    for (QWidget *widget : fields)
        widget->setEnabled(!working);
    m_path->setEnabled(!working && !m_keychain->isChecked());
    m_browse->setEnabled(!working && !m_keychain->isChecked());
    if (working)
        m_ok->setEnabled(false);
}

void SshKeyGenDialog::finished(const Result<SshKeyPair> &pair)
{
    setWorking(false);
    if (!pair.ok()) {
        validate();
        m_check->setText(problemsHtml(this, {pair.error().message}));
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    Q_EMIT generated(pair->publicLine, m_keychain->isChecked() ? QString() : privateKeyPath());
    accept();
}

} // namespace mws::ui
