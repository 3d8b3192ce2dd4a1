// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/sshaccess.h"
#include "model/sshkeys.h"
#include "pages/sitepage.h"
#include "util/result.h"

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mws::session {
class SiteResourceLoader;
}

namespace mws::ui {

class TunnelBox;

// The SSH page: how to reach the selected site's shell (the command to copy), who has a shell
// there and why, the signed-in person's own keys (added and removed here; they open every site
// where the person has a shell, not only this one), and the host's key fingerprints and SSHFP
// records. Two cached loaders: the person's keys, and the site's SSH access; a panel that does
// not answer the latter yet (404) leaves that part saying so, and the keys still work. Read-only
// while offline and until the panel has confirmed what the cache showed.
class SshPage : public SitePage
{
    Q_OBJECT

public:
    explicit SshPage(QWidget *parent = nullptr);

    void setSite(const SiteView &view) override;
    void refresh() override;
    QString fieldLabel(const QString &apiField) const override;

    session::SiteResourceLoader *keysLoader() const { return m_keysLoader; }
    session::SiteResourceLoader *accessLoader() const { return m_accessLoader; }

private:
    QGroupBox *buildAccessBox();
    QGroupBox *buildKeysBox();
    QGroupBox *buildHostBox();
    void showAccess();
    void showAccessProblem(const Error &error);
    void showPeople(const QList<model::SshPerson> &people);
    void showHost(const model::SshAccess &access);
    void showKeys();
    void addKey();
    void generateKey();
    // privateKeyPath: for a generated key, where its private half was written (empty: the
    // keychain keeps it); nothing for a key pasted or imported.
    void sendKey(const QString &line, const QString &comment,
                 const std::optional<QString> &privateKeyPath = {});
    void showGenerated(const QString &privateKeyPath);
    void removeKey();
    void keysChanged(const Status &status, const QString &failure);
    std::optional<model::SshKey> selectedKey() const;
    void updateButtons();

    SiteView m_view;
    session::SiteResourceLoader *m_keysLoader;
    session::SiteResourceLoader *m_accessLoader;
    QString m_withoutAccess; // the site whose /ssh the panel does not answer (404), until a refresh
    model::SshKeyList m_keys;
    std::optional<model::SshAccess> m_access;
    bool m_busy = false;

    QLabel *m_hostDetail;
    QLabel *m_accessNote;
    QWidget *m_accessContent;
    QLabel *m_command;
    QPushButton *m_copyCommand;
    QStandardItemModel *m_people;
    QTableView *m_peopleView;
    QLabel *m_keysNote;
    QStandardItemModel *m_keyModel;
    QTableView *m_keyView;
    QPushButton *m_addKey;
    QPushButton *m_generateKey;
    QPushButton *m_removeKey;
    QGroupBox *m_hostBox;
    TunnelBox *m_tunnel;
    QStandardItemModel *m_hostKeys;
    QTableView *m_hostKeyView;
    QStandardItemModel *m_sshfp;
    QTableView *m_sshfpView;
    QPushButton *m_copyFingerprints;
    QPushButton *m_copySshfp;
};

} // namespace mws::ui
