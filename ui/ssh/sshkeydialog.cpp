// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshkeydialog.h"

#include "dialogs/dialogparts.h"
#include "validate/sshpublickey.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

// A .pub file is one line; anything much longer is not one (the parser says so of what is read).
constexpr qint64 maximumKeyFile = SshPublicKey::maximumLineLength + 1024;

QString problemOf(const Error &error)
{
    return error.fields.isEmpty() ? error.message : error.fields.first().message;
}

} // namespace

AddSshKeyDialog::AddSshKeyDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = startDialog(
        this, "addSshKeyDialog", tr("Add an SSH key"),
        tr("Paste your public key (the contents of a .pub file, like ~/.ssh/id_ed25519.pub), or import "
           "the file. Never give your private key: it stays on your computer."));
    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Public key:"), this);
    m_key = new QPlainTextEdit(this);
    m_key->setObjectName(QStringLiteral("sshKeyText"));
    m_key->setAccessibleName(tr("Public key"));
    m_key->setTabChangesFocus(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(QStringLiteral("ssh-ed25519 AAAA… you@laptop")); // untranslated: a key line
    keyLabel->setBuddy(m_key);
    auto *import = new QPushButton(tr("&Import .pub file…"), this);
    import->setObjectName(QStringLiteral("importSshKey"));
    keyRow->addWidget(keyLabel);
    keyRow->addStretch();
    keyRow->addWidget(import);
    layout->addLayout(keyRow);
    layout->addWidget(m_key, 1);

    auto *form = new QFormLayout;
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("sshKeyComment"));
    m_comment->setPlaceholderText(tr("The key's own comment"));
    form->addRow(tr("&Comment (optional):"), m_comment);
    layout->addLayout(form);
    m_check = problemLabel(this, "sshKeyCheck");
    layout->addWidget(m_check);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Add key"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("sshKeyOk"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, &AddSshKeyDialog::importFile);
    connect(m_key, &QPlainTextEdit::textChanged, this, &AddSshKeyDialog::validate);
    connect(m_comment, &QLineEdit::textChanged, this, &AddSshKeyDialog::validate);
    validate();
    resize(640, 340);
}

QString AddSshKeyDialog::keyLine() const
{
    return m_key->toPlainText().trimmed();
}

QString AddSshKeyDialog::comment() const
{
    return m_comment->text().trimmed();
}

void AddSshKeyDialog::importFile()
{
    auto *files =
        new QFileDialog(this, tr("Import a public key"), QDir::home().filePath(QStringLiteral(".ssh")),
                        tr("Public keys (*.pub);;All files (*)"));
    files->setObjectName(QStringLiteral("importSshKeyFile"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &AddSshKeyDialog::readFile);
    files->open();
}

void AddSshKeyDialog::readFile(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 could not be read: %2").arg(path, file.errorString());
    else if (file.size() > maximumKeyFile)
        problem = tr("%1 is too large to be a public key.").arg(path);
    if (!problem.isEmpty()) {
        m_check->setText(problemsHtml(this, {problem}));
        return;
    }
    // Shown as read, so that what the parser says of it (a private key) is about what the user sees.
    m_key->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
}

void AddSshKeyDialog::validate()
{
    m_ok->setEnabled(false);
    if (keyLine().isEmpty()) {
        m_check->clear();
        return;
    }
    Result<SshPublicKey> key = SshPublicKey::parse(keyLine());
    if (!key.ok()) {
        m_check->setText(problemsHtml(this, {problemOf(key.error())}));
        return;
    }
    if (const QString problem = SshPublicKey::commentProblem(comment()); !problem.isEmpty()) {
        m_check->setText(problemsHtml(this, {problem}));
        return;
    }
    const QString keyComment = comment().isEmpty() ? key->comment() : comment();
    m_check->setText(
        (keyComment.isEmpty()
             ? tr("Type %1, fingerprint %2.").arg(key->type(), key->fingerprint())
             : tr("Type %1, fingerprint %2, comment “%3”.").arg(key->type(), key->fingerprint(), keyComment))
            .toHtmlEscaped());
    m_ok->setEnabled(true);
}

} // namespace mws::ui
