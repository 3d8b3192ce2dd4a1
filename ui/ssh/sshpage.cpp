// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshpage.h"

#include "api/sshkeysrequest.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "pages/memberseditor.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "ssh/sshkeydialog.h"
#include "ssh/sshkeygendialog.h"
#include "ssh/tunnelbox.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

using session::SiteResource;

// The person's keys are the same whichever site is selected: one cache entry for the account.
QList<SiteResource> keyResources(const QString &)
{
    return {SiteResource::of<model::SshKeyList>(QStringLiteral("me/ssh-keys"),
                                                [](api::PanelClient *client, const QByteArray &etag) {
                                                    return api::SshKeysClient(*client).keys(etag);
                                                })};
}

QList<SiteResource> accessResources(const QString &siteId)
{
    return {SiteResource::of<model::SshAccess>(QStringLiteral("site/%1/ssh").arg(siteId),
                                               [siteId](api::PanelClient *client, const QByteArray &etag) {
                                                   return api::SshKeysClient(*client).sshAccess(siteId, etag);
                                               })};
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStandardItemModel *listModel(const QStringList &headers, QObject *parent)
{
    auto *model = new QStandardItemModel(0, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    return model;
}

// Each cell's text is its tooltip too: a fingerprint or a record cut short by its column is read whole.
void appendRow(QStandardItemModel *model, const QStringList &cells)
{
    QList<QStandardItem *> row;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setToolTip(cell);
        row << item;
    }
    model->appendRow(row);
}

// Puts text on the clipboard; the button says so for a moment.
void copyOnClick(QPushButton *button, std::function<QString()> text)
{
    QObject::connect(button, &QPushButton::clicked, button, [button, text = std::move(text)] {
        QApplication::clipboard()->setText(text());
        const QString label = button->text();
        button->setText(SshPage::tr("Copied"));
        button->setEnabled(false);
        QTimer::singleShot(1500, button, [button, label] {
            button->setText(label);
            button->setEnabled(true);
        });
    });
}

QLabel *noteLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = valueLabel(parent, objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SshPage::SshPage(QWidget *parent)
    : SitePage(parent), m_keysLoader(new session::SiteResourceLoader(&keyResources, this)),
      m_accessLoader(new session::SiteResourceLoader(&accessResources, this))
{
    setObjectName(QStringLiteral("sshPage"));
    auto *outer = new QVBoxLayout(this);
    m_hostDetail = addPageTitleRow(outer, tr("SSH"), this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildAccessBox());
    layout->addWidget(buildKeysBox());
    m_hostBox = buildHostBox();
    layout->addWidget(m_hostBox);
    m_tunnel = new TunnelBox(content);
    layout->addWidget(m_tunnel);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_keysLoader, &session::SiteResourceLoader::loaded, this, &SshPage::showKeys);
    connect(m_keysLoader, &session::SiteResourceLoader::failed, this, [this](const Error &error) {
        m_keysNote->setText(tr("Your keys could not be loaded: %1").arg(error.message));
    });
    connect(m_keysLoader, &session::SiteResourceLoader::settled, this, &SshPage::updateButtons);
    connect(m_accessLoader, &session::SiteResourceLoader::loaded, this, &SshPage::showAccess);
    connect(m_accessLoader, &session::SiteResourceLoader::failed, this, &SshPage::showAccessProblem);
    updateButtons();
}

QGroupBox *SshPage::buildAccessBox()
{
    auto *box = new QGroupBox(tr("Shell access to this site"), this);
    auto *layout = new QVBoxLayout(box);
    m_accessNote = noteLabel(box, "sshAccessNote");
    layout->addWidget(m_accessNote);
    m_accessContent = new QWidget(box);
    auto *content = new QVBoxLayout(m_accessContent);
    content->setContentsMargins(0, 0, 0, 0);
    auto *commandRow = new QHBoxLayout;
    m_command = valueLabel(m_accessContent, "sshCommand");
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyCommand = namedButton(tr("&Copy SSH command"), QStringLiteral("copySshCommand"), m_accessContent,
                                tr("The command that opens a shell on the site, to paste into a terminal"));
    copyOnClick(m_copyCommand, [this] { return m_access ? m_access->command() : QString(); });
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copyCommand);
    content->addLayout(commandRow);
    content->addWidget(new QLabel(tr("Who has a shell here, and why:"), m_accessContent));
    m_people = listModel({tr("Person"), tr("Role"), tr("Shell"), tr("Until")}, this);
    m_peopleView = listTable(m_people, "sshPeopleView", tr("People with shell access"), m_accessContent);
    content->addWidget(m_peopleView);
    layout->addWidget(m_accessContent);
    return box;
}

QGroupBox *SshPage::buildKeysBox()
{
    auto *box = new QGroupBox(tr("Your SSH keys"), this);
    auto *layout = new QVBoxLayout(box);
    auto *perPerson =
        new QLabel(tr("Your keys open every site where you have shell access, not only this one."), box);
    perPerson->setWordWrap(true);
    layout->addWidget(perPerson);
    m_keyModel =
        listModel({tr("Type"), tr("Comment"), tr("Added"), tr("Last used"), tr("Fingerprint")}, this);
    m_keyView = listTable(m_keyModel, "sshKeysView", tr("Your SSH keys"), box);
    layout->addWidget(m_keyView);
    auto *buttons = new QHBoxLayout;
    m_addKey = namedButton(tr("&Add key…"), QStringLiteral("addSshKey"), box,
                           tr("Paste a public key or import a .pub file"));
    m_generateKey = namedButton(tr("&Generate key…"), QStringLiteral("generateSshKey"), box,
                                tr("Make a new key pair on this computer and add its public half"));
    m_removeKey = namedButton(tr("&Remove key…"), QStringLiteral("removeSshKey"), box);
    m_keysNote = noteLabel(box, "sshKeysNote");
    buttons->addWidget(m_addKey);
    buttons->addWidget(m_generateKey);
    buttons->addWidget(m_removeKey);
    buttons->addWidget(m_keysNote, 1);
    layout->addLayout(buttons);
    connect(m_addKey, &QPushButton::clicked, this, &SshPage::addKey);
    connect(m_generateKey, &QPushButton::clicked, this, &SshPage::generateKey);
    connect(m_removeKey, &QPushButton::clicked, this, &SshPage::removeKey);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SshPage::updateButtons);
    return box;
}

QGroupBox *SshPage::buildHostBox()
{
    auto *box = new QGroupBox(tr("The host's keys"), this);
    auto *layout = new QVBoxLayout(box);
    auto *why =
        new QLabel(tr("Compare these with what ssh shows the first time it connects, or publish the SSHFP "
                      "records in the site's DNS zone so that ssh can check the host by itself."),
                   box);
    why->setWordWrap(true);
    layout->addWidget(why);
    m_hostKeys = listModel({tr("Type"), tr("Fingerprint")}, this);
    m_hostKeyView = listTable(m_hostKeys, "hostKeysView", tr("The host's key fingerprints"), box);
    layout->addWidget(m_hostKeyView);
    m_sshfp = listModel({tr("Name"), tr("SSHFP record")}, this);
    m_sshfpView = listTable(m_sshfp, "sshfpView", tr("SSHFP records"), box);
    layout->addWidget(m_sshfpView);
    auto *buttons = new QHBoxLayout;
    m_copyFingerprints = namedButton(tr("Copy &fingerprints"), QStringLiteral("copyHostFingerprints"), box);
    m_copySshfp = namedButton(tr("Copy SSHF&P records"), QStringLiteral("copySshfpRecords"), box);
    copyOnClick(m_copyFingerprints, [this] {
        QStringList lines;
        for (const model::SshHostKey &key : m_access ? m_access->hostKeys : QList<model::SshHostKey>())
            lines << key.type + QLatin1Char(' ') + key.fingerprint;
        return lines.join(QLatin1Char('\n'));
    });
    copyOnClick(m_copySshfp, [this] {
        QStringList lines;
        for (const model::SshfpRecord &record : m_access ? m_access->sshfp : QList<model::SshfpRecord>())
            lines << record.record;
        return lines.join(QLatin1Char('\n'));
    });
    buttons->addWidget(m_copyFingerprints);
    buttons->addWidget(m_copySshfp);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void SshPage::setSite(const SiteView &view)
{
    const bool sameSite = view.session == m_view.session && view.siteId == m_view.siteId;
    const bool backOnline = sameSite && m_view.offline && !view.offline;
    m_view = view;
    m_tunnel->setSite(view);
    if (!sameSite) {
        m_access.reset();
        m_accessNote->setText(tr("Loading…"));
        m_accessContent->hide();
        m_hostBox->hide();
        m_hostDetail->clear();
    }
    if (!view.site()) {
        m_keysLoader->unload();
        m_accessLoader->unload();
        m_keyModel->removeRows(0, m_keyModel->rowCount());
        return updateButtons();
    }
    m_keysLoader->setSite(view.session, view.siteId);
    // A panel without the route answers the same 404 every time: asked again on File → Refresh.
    if (view.siteId == m_withoutAccess)
        showAccessProblem(Error::make(Error::Kind::NotFound, {}));
    else
        m_accessLoader->setSite(view.session, view.siteId);
    if (backOnline)
        refresh();
    updateButtons();
}

void SshPage::refresh()
{
    m_withoutAccess.clear();
    m_keysLoader->reload();
    if (m_view.site())
        m_accessLoader->setSite(m_view.session, m_view.siteId);
    m_accessLoader->reload();
}

QString SshPage::fieldLabel(const QString &apiField) const
{
    if (apiField == QLatin1String("key"))
        return tr("Public key");
    if (apiField == QLatin1String("comment"))
        return tr("Comment");
    return {};
}

void SshPage::showAccess()
{
    if (!m_accessLoader->isLoaded())
        return;
    const model::SshAccess access = model::SshAccess::fromJson(m_accessLoader->value(0));
    m_access = access;
    m_hostDetail->setText(access.port == 22 ? access.host
                                            : QStringLiteral("%1:%2").arg(access.host).arg(access.port));
    m_accessNote->setText(access.shell ? tr("Open a shell on the site with:")
                                       : tr("Your role on this site gives you no shell. Who has one:"));
    m_command->setText(access.shell ? access.command() : QString());
    m_command->setVisible(access.shell);
    m_copyCommand->setVisible(access.shell);
    m_accessContent->show();
    showPeople(access.people);
    showHost(access);
}

void SshPage::showAccessProblem(const Error &error)
{
    if (error.kind == Error::Kind::NotFound)
        m_withoutAccess = m_view.siteId;
    m_access.reset();
    m_accessContent->hide();
    m_hostBox->hide();
    m_accessNote->setText(
        error.kind == Error::Kind::NotFound
            ? tr("This site's host offers no shell access. Your keys can be managed below all the same: "
                 "they open every other site where you have shell access.")
            : tr("Who has shell access could not be loaded: %1").arg(error.message));
}

void SshPage::showPeople(const QList<model::SshPerson> &people)
{
    m_people->removeRows(0, m_people->rowCount());
    for (const model::SshPerson &person : people)
        appendRow(m_people, {person.crsid, roleText(person.role), person.shell ? tr("Yes") : tr("No"),
                             timeText(person.expiresAt)});
    m_peopleView->resizeColumnsToContents();
}

void SshPage::showHost(const model::SshAccess &access)
{
    m_hostKeys->removeRows(0, m_hostKeys->rowCount());
    for (const model::SshHostKey &key : access.hostKeys)
        appendRow(m_hostKeys, {key.type, key.fingerprint});
    m_sshfp->removeRows(0, m_sshfp->rowCount());
    for (const model::SshfpRecord &record : access.sshfp)
        appendRow(m_sshfp, {record.name, record.record});
    m_hostKeyView->resizeColumnsToContents();
    m_sshfpView->resizeColumnsToContents();
    m_copyFingerprints->setEnabled(!access.hostKeys.isEmpty());
    m_copySshfp->setEnabled(!access.sshfp.isEmpty());
    m_hostBox->setVisible(!access.hostKeys.isEmpty() || !access.sshfp.isEmpty());
}

void SshPage::showKeys()
{
    if (!m_keysLoader->isLoaded())
        return;
    const auto before = selectedKey();
    m_keys = model::SshKeyList::fromJson(m_keysLoader->value(0));
    m_keyModel->removeRows(0, m_keyModel->rowCount());
    for (const model::SshKey &key : std::as_const(m_keys.items)) {
        appendRow(m_keyModel,
                  {key.type, key.comment, timeText(key.createdAt),
                   key.lastUsedAt.isValid() ? timeText(key.lastUsedAt) : tr("Never"), key.fingerprint});
        if (before && before->id == key.id)
            m_keyView->selectRow(m_keyModel->rowCount() - 1);
    }
    m_keyView->resizeColumnsToContents();
    updateButtons();
}

std::optional<model::SshKey> SshPage::selectedKey() const
{
    const QModelIndexList rows = m_keyView->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_keys.items.size())
        return std::nullopt;
    return m_keys.items.at(rows.first().row());
}

void SshPage::updateButtons()
{
    // Keys are the person's own: whoever sees the page may change them, once the panel has
    // confirmed what is shown.
    const bool mayChange = m_view.site() && !m_view.offline && m_keysLoader->isConfirmed() && !m_busy;
    const bool full = m_keys.maxKeys > 0 && m_keys.items.size() >= m_keys.maxKeys;
    m_addKey->setEnabled(mayChange && !full);
    m_generateKey->setEnabled(mayChange && !full);
    m_removeKey->setEnabled(mayChange && selectedKey().has_value());
    if (!m_view.site())
        m_keysNote->clear();
    else if (m_view.offline)
        m_keysNote->setText(tr("The control panel cannot be reached: your keys are shown as last seen."));
    else if (full)
        m_keysNote->setText(
            tr("You have %n key(s), as many as one person may keep.", nullptr, m_keys.maxKeys));
    else if (m_keysLoader->isConfirmed())
        m_keysNote->clear();
}

void SshPage::addKey()
{
    auto *dialog = new AddSshKeyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { sendKey(dialog->keyLine(), dialog->comment()); });
    dialog->open();
}

void SshPage::generateKey()
{
    if (!m_view.session)
        return;
    const QString comment = m_view.session->account().crsid + QLatin1Char('@') + QSysInfo::machineHostName();
    auto *dialog = new SshKeyGenDialog(comment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SshKeyGenDialog::generated, this,
            [this](const QString &publicLine, const QString &path) { sendKey(publicLine, {}, path); });
    dialog->open();
}

void SshPage::sendKey(const QString &line, const QString &comment,
                      const std::optional<QString> &privateKeyPath)
{
    if (!m_view.session)
        return;
    m_busy = true;
    updateButtons();
    QString failure = tr("The key was not added.");
    if (privateKeyPath && privateKeyPath->isEmpty())
        failure = tr("The key was not added to your keys. Its private half is in the keychain; generate "
                     "another to try again.");
    else if (privateKeyPath)
        failure = tr("The key was not added to your keys. Its private half is in %1 and its public half in "
                     "%1.pub: add that file with Add key… later.")
                      .arg(QDir::toNativeSeparators(*privateKeyPath));
    api::SshKeysClient(*m_view.session->client())
        .addKey(line, comment)
        .then(this, [this, failure, privateKeyPath](const Result<model::SshKey> &added) {
            keysChanged(added.ok() ? Status() : Status(added.error()), failure);
            if (added.ok() && privateKeyPath)
                showGenerated(*privateKeyPath);
        });
}

// Where the new key's private half is, and how ssh is told to use it.
void SshPage::showGenerated(const QString &privateKeyPath)
{
    if (privateKeyPath.isEmpty()) {
        MessageBox::show(
            window(), MessageBox::Information, tr("SSH key added"),
            tr("The new key is one of your keys now. Its private half is kept in your system's "
               "keychain, not in a file: this app's Files tab and database tunnel log in with it "
               "(the system's ssh cannot)."),
            MessageBox::PlainText, QStringLiteral("sshKeyGenerated"));
        return;
    }
    const QString path = QDir::toNativeSeparators(privateKeyPath);
    MessageBox::show(window(), MessageBox::Information, tr("SSH key added"),
                     tr("The new key is one of your keys now. Its private half was written to %1 (its "
                        "public half beside it, in %1.pub); ssh uses it when told so:\n\nssh -i %1 …")
                         .arg(path),
                     MessageBox::SelectableText | MessageBox::PlainText, QStringLiteral("sshKeyGenerated"));
}

void SshPage::removeKey()
{
    const auto key = selectedKey();
    if (!key || !m_view.session)
        return;
    const QString name = key->comment.isEmpty() ? key->fingerprint : key->comment;
    MessageBox::question(
        window(), tr("Remove the key %1?").arg(name),
        tr("%1 (%2) will no longer open any site, on any host of this panel.")
            .arg(key->fingerprint, key->type),
        MessageBox::Yes | MessageBox::Cancel,
        [this, keyId = key->id, session = m_view.session](MessageBox::Button answer) {
            if (answer != MessageBox::Yes || !session)
                return;
            m_busy = true;
            updateButtons();
            api::SshKeysClient(*session->client()).removeKey(keyId).then(this, [this](const Status &removed) {
                keysChanged(removed, tr("The key was not removed."));
            });
        });
}

// After the panel answered: the keys again from the panel, or why not.
void SshPage::keysChanged(const Status &status, const QString &failure)
{
    m_busy = false;
    updateButtons();
    if (status.ok())
        return m_keysLoader->reload();
    if (status.error().kind == Error::Kind::Cancelled)
        return;
    MessageBox::show(
        window(), MessageBox::Warning, tr("MWS Admin"),
        failure + QStringLiteral("\n\n") +
            errorDetails(status.error(), [this](const QString &field) { return fieldLabel(field); }),
        MessageBox::SelectableText | MessageBox::PlainText, QStringLiteral("sshKeyError"));
}

} // namespace mws::ui
