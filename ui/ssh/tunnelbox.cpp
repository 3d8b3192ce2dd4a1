// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/tunnelbox.h"

#include "hostlogin/keychooser.h"
#include "hostlogin/usableaccess.h"
#include "session/accountsession.h"
#include "ssh/sitelogin.h"
#include "ssh/sshtunnel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

TunnelBox::TunnelBox(QWidget *parent) : QGroupBox(tr("Database tunnel"), parent)
{
    setObjectName(QStringLiteral("tunnelBox"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("Log in &with:"), this);
    m_key = new KeyChooser(QStringLiteral("tunnelKey"), this);
    keyLabel->setBuddy(m_key);
    m_open = namedButton(tr("Open &Tunnel"), QStringLiteral("tunnelOpen"), this,
                         tr("Forward a local port to this site's database server over SSH"));
    m_copy = namedButton(tr("Cop&y Command"), QStringLiteral("tunnelCopy"), this,
                         tr("Copy a command that connects the MariaDB client through the tunnel"));
    row->addWidget(keyLabel);
    row->addWidget(m_key);
    row->addWidget(m_open);
    row->addWidget(m_copy);
    row->addStretch(1);
    layout->addLayout(row);
    m_status = valueLabel(this, "tunnelStatus");
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, &TunnelBox::onOpenClicked);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(clientCommand()); });
    updateState();
}

TunnelBox::~TunnelBox()
{
    close();
}

void TunnelBox::setSite(const SiteView &view)
{
    if (view.session != m_view.session || view.siteId != m_view.siteId) {
        close();
        m_message.clear();
    }
    m_view = view;
    updateState();
}

QString TunnelBox::clientCommand() const
{
    return m_localPort == 0 ? QString()
                            : QStringLiteral("mariadb --host=127.0.0.1 --port=%1").arg(m_localPort);
}

void TunnelBox::onOpenClicked()
{
    if (m_tunnel) {
        close();
        return setMessage(tr("The tunnel is closed."));
    }
    if (!m_view.session || !m_view.session->client() || m_view.siteId.isEmpty() || m_view.offline)
        return;
    const quint64 generation = m_generation;
    prepareSiteLogin(
        *m_key, m_view, this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_opening = true;
            setMessage(tr("Asking the panel where the database server is…"));
        },
        [this, generation](const std::optional<SiteLogin> &login, const QString &why) {
            if (generation != m_generation)
                return;
            m_opening = false;
            if (!login)
                return setMessage(why);
            if (login->access.tunnelHost.isEmpty())
                return setMessage(tr("This site's host does not say where its database server is."));
            openTunnel(login->access, login->credentials);
        });
}

void TunnelBox::openTunnel(const model::SshAccess &access, const SshCredentials &credentials)
{
    m_tunnel = std::make_unique<SshTunnel>(access.tunnelHost, quint16(access.tunnelPort));
    m_opening = true;
    setMessage(tr("Opening the tunnel through %1…").arg(access.host));
    const quint64 generation = m_generation;
    m_tunnel->open(sitelogin::connectionOptions(access, credentials, sitelogin::knownHostsFile()))
        .then(this, [this, generation, access, credentials](const Result<quint16> &opened) {
            if (generation != m_generation)
                return;
            m_opening = false;
            if (!opened.ok()) {
                m_tunnel.reset();
                if (KeyChooser::needsPassphrase(credentials, opened.error())) {
                    setMessage(tr("The key needs its passphrase."));
                    return m_key->askPassphrase(credentials,
                                                [this, generation, access](const SshCredentials &with) {
                                                    if (generation == m_generation)
                                                        openTunnel(access, with);
                                                });
                }
                return setMessage(opened.error().message);
            }
            m_localPort = *opened;
            setMessage(tr("Connect to host 127.0.0.1, port %1: it is the database server at %2:%3 on %4, "
                          "reached as %5. It stays open while this page shows the site.")
                           .arg(m_localPort)
                           .arg(access.tunnelHost)
                           .arg(access.tunnelPort)
                           .arg(access.host, access.username));
        });
}

void TunnelBox::close()
{
    ++m_generation;
    m_opening = false;
    m_localPort = 0;
    m_tunnel.reset();
}

void TunnelBox::setMessage(const QString &message)
{
    m_message = message;
    updateState();
}

void TunnelBox::updateState()
{
    const bool selected = !m_view.siteId.isEmpty();
    m_key->setEnabled(!m_tunnel && !m_opening);
    m_open->setText(m_tunnel && !m_opening ? tr("Close &Tunnel") : tr("Open &Tunnel"));
    m_open->setEnabled(selected && !m_opening && (m_tunnel || !m_view.offline));
    m_copy->setEnabled(m_localPort != 0);
    m_status->setText(m_message);
}

} // namespace mws::ui
