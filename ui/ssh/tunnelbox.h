// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/sshaccess.h"
#include "pages/sitepage.h"
#include "ssh/sshconnection.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QPushButton;

namespace mws {
class SshTunnel;
}

namespace mws::ui {

class KeyChooser;

// The SSH page's database tunnel: a local port on 127.0.0.1 forwarded over SSH, as the signed-in
// person, to the database server of the selected site's host (the one forward its sshd allows),
// with the details to connect with and a command to copy. The host key is checked against the
// panel's SSHFP records first. It closes when the site changes.
class TunnelBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit TunnelBox(QWidget *parent = nullptr);
    ~TunnelBox() override;

    void setSite(const SiteView &view);
    quint16 localPort() const { return m_localPort; } // 0 while closed
    QString clientCommand() const;                    // "mariadb --host=127.0.0.1 --port=…"

private:
    void onOpenClicked();
    void openTunnel(const model::SshAccess &access, const SshCredentials &credentials);
    void close();
    void setMessage(const QString &message);
    void updateState();

    SiteView m_view;
    quint64 m_generation = 0;
    bool m_opening = false;
    QString m_message;
    std::unique_ptr<SshTunnel> m_tunnel;
    quint16 m_localPort = 0;

    KeyChooser *m_key = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace mws::ui
