// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminal/terminalpage.h"

#include "hostlogin/keychooser.h"
#include "hostlogin/usableaccess.h"
#include "session/accountsession.h"
#include "ssh/sitelogin.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QVBoxLayout>

#ifdef MWS_HAVE_QTERMWIDGET
#include "terminal/shelltab.h"
#endif

namespace mws::ui {

using terminal::TerminalCommand;

TerminalPage::TerminalPage(QWidget *parent) : SitePage(parent)
{
    setObjectName(QStringLiteral("terminalPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Terminal"), this));

    auto *row = new QHBoxLayout;
    if (hasEmbeddedTerminal()) {
        auto *keyLabel = new QLabel(tr("&Log in with:"), this);
        m_key = new KeyChooser(QStringLiteral("terminalKey"), this);
        keyLabel->setBuddy(m_key);
        row->addWidget(keyLabel);
        row->addWidget(m_key);
    }
    m_connect = hasEmbeddedTerminal()
                    ? namedButton(tr("C&onnect"), QStringLiteral("terminalConnectButton"), this,
                                  tr("Open a shell on this site's host in a new tab"))
                    : namedButton(tr("&Open in Terminal"), QStringLiteral("terminalConnectButton"), this,
                                  tr("Open a shell on this site's host in your system's terminal"));
    row->addWidget(m_connect);
    m_status = valueLabel(this, "terminalStatus");
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    m_sessions = new QTabWidget(this);
    m_sessions->setObjectName(QStringLiteral("terminalSessions"));
    m_sessions->setTabsClosable(true);
    m_sessions->setDocumentMode(true);
    m_sessions->setVisible(hasEmbeddedTerminal());
    layout->addWidget(m_sessions, 1);
    if (!hasEmbeddedTerminal())
        layout->addStretch(1);

    connect(m_connect, &QPushButton::clicked, this, &TerminalPage::onConnectClicked);
    connect(m_sessions, &QTabWidget::tabCloseRequested, this, &TerminalPage::closeSession);
    updateState();
}

TerminalPage::~TerminalPage()
{
    closeSessions();
}

bool TerminalPage::hasEmbeddedTerminal()
{
#ifdef MWS_HAVE_QTERMWIDGET
    return true;
#else
    return false;
#endif
}

void TerminalPage::setSite(const SiteView &view)
{
    if (view.session != m_view.session || view.siteId != m_view.siteId) {
        closeSessions();
        ++m_generation;
        m_busy = false;
        m_connecting.reset();
        m_message.clear();
    }
    m_view = view;
    updateState();
}

void TerminalPage::setMessage(const QString &message)
{
    m_message = message;
    updateState();
}

void TerminalPage::updateState()
{
    const bool selected = !m_view.siteId.isEmpty();
    m_connect->setEnabled(selected && !m_view.offline && !m_busy);
    if (m_key)
        m_key->setEnabled(!m_busy);
    if (!selected)
        m_status->setText(tr("Select a site to open a shell on it."));
    else if (m_view.offline)
        m_status->setText(tr("The panel cannot be reached, so the app cannot connect to this site."));
    else
        m_status->setText(m_message);
}

void TerminalPage::onConnectClicked()
{
    if (!m_view.session || !m_view.session->client() || m_view.siteId.isEmpty() || m_view.offline)
        return;
    if (hasEmbeddedTerminal())
        return logIn();
    m_busy = true;
    setMessage(tr("Asking the panel how to connect…"));
    const quint64 generation = m_generation;
    terminal::fetchSshConnection(*m_view.session->client(), m_view.siteId)
        .then(this, [this, generation](const Result<terminal::SshConnection> &answer) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_message = refusal(answer);
            if (m_message.isEmpty())
                openExternalTerminal(*answer);
            updateState();
        });
}

void TerminalPage::logIn()
{
    const quint64 generation = m_generation;
    prepareSiteLogin(
        *m_key, m_view, this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_busy = true;
            setMessage(tr("Asking the panel how to connect…"));
        },
        [this, generation](const std::optional<SiteLogin> &login, const QString &why) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!login)
                return setMessage(why);
            connectWith(login->access, login->credentials);
        });
}

void TerminalPage::connectWith(const model::SshAccess &access, const SshCredentials &credentials)
{
    m_connecting = std::make_unique<SshConnection>();
    m_busy = true;
    setMessage(tr("Connecting to %1…").arg(access.host));
    const quint64 generation = m_generation;
    m_connecting
        ->connectToHost(sitelogin::connectionOptions(access, credentials, sitelogin::knownHostsFile()))
        .then(this, [this, generation, access, credentials](const Result<HostKeyVerdict> &connected) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!connected.ok()) {
                m_connecting.reset();
                if (KeyChooser::needsPassphrase(credentials, connected.error())) {
                    setMessage(tr("The key needs its passphrase."));
                    return m_key->askPassphrase(credentials,
                                                [this, generation, access](const SshCredentials &with) {
                                                    if (generation == m_generation)
                                                        connectWith(access, with);
                                                });
                }
                return setMessage(connected.error().message);
            }
            openShell(std::move(m_connecting), access.username + QLatin1Char('@') + access.host,
                      connected->fingerprint);
        });
}

QString TerminalPage::refusal(const Result<terminal::SshConnection> &answer)
{
    if (!answer.ok())
        return answer.error().kind == Error::Kind::NotFound
                   ? tr("This site's host does not offer shell access.")
                   : tr("Could not find out how to connect: %1").arg(answer.error().message);
    if (!answer->shell)
        return tr("You have no shell access on this site; its owner or an administrator can give it to you.");
    return {};
}

QString TerminalPage::writeKnownHosts(const terminal::SshConnection &connection)
{
    if (connection.hostKeys.isEmpty())
        return {};
    if (!m_knownHosts)
        m_knownHosts = std::make_unique<QTemporaryDir>();
    // One file per connection: a session started earlier keeps reading its own.
    QTemporaryFile file(m_knownHosts->filePath(QStringLiteral("known_hosts-XXXXXX")));
    file.setAutoRemove(false);
    if (!m_knownHosts->isValid() || !file.open() ||
        file.write(terminal::knownHostsText(connection).toUtf8()) < 0)
        return {};
    return file.fileName();
}

void TerminalPage::openExternalTerminal(const terminal::SshConnection &connection)
{
    const TerminalCommand command = terminal::sshCommand(connection, writeKnownHosts(connection));
    const terminal::Platform platform = terminal::currentPlatform();
    QString scriptPath;
    if (platform == terminal::Platform::MacOS) {
        QTemporaryFile script(QDir::tempPath() + QStringLiteral("/mws-ssh-XXXXXX.command"));
        script.setAutoRemove(false);
        if (!script.open() || script.write(terminal::terminalScript(command).toUtf8()) < 0) {
            m_message = tr("Could not write the script the terminal runs.");
            return;
        }
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        scriptPath = script.fileName();
    }
    const TerminalCommand outer = terminal::externalTerminalCommand(command, platform, scriptPath);
    if (!QProcess::startDetached(outer.program, outer.arguments))
        m_message = tr("Could not start the terminal (%1).").arg(outer.program);
    else
        m_message = tr("The connection opened in your system's terminal.");
}

#ifdef MWS_HAVE_QTERMWIDGET

namespace {

ShellTab *shellAt(const QTabWidget *tabs, int index)
{
    return qobject_cast<ShellTab *>(tabs->widget(index));
}

} // namespace

void TerminalPage::openShell(std::unique_ptr<SshConnection> connection, const QString &title,
                             const QString &fingerprint)
{
    auto *tab = new ShellTab(std::move(connection), m_sessions);
    const int index = m_sessions->addTab(tab, title);
    m_sessions->setCurrentIndex(index);
    const auto ended = [this, tab, title] {
        const int at = m_sessions->indexOf(tab);
        if (at >= 0)
            m_sessions->setTabText(at, tr("%1 (ended)").arg(title));
    };
    connect(tab, &ShellTab::ended, this, ended);
    tab->setFocus();
    setMessage(tr("Starting the shell…"));
    tab->start().then(
        this, [this, tab = QPointer<ShellTab>(tab), title, fingerprint, ended](const Status &started) {
            if (!tab)
                return;
            if (!started) {
                ended();
                return setMessage(started.error().message);
            }
            setMessage(tr("Logged in as %1 (host key %2, as the panel says).").arg(title, fingerprint));
        });
}

void TerminalPage::closeSession(int index)
{
    ShellTab *tab = shellAt(m_sessions, index);
    if (!tab)
        return;
    m_sessions->removeTab(index);
    tab->disconnect(this);
    delete tab; // its shell and connection closed: the session on the host ends
}

int TerminalPage::sessionCount() const
{
    return m_sessions->count();
}

QString TerminalPage::screenText(int index) const
{
    const ShellTab *tab = shellAt(m_sessions, index);
    return tab ? tab->screenText() : QString();
}

QSize TerminalPage::screenSize(int index) const
{
    const ShellTab *tab = shellAt(m_sessions, index);
    return tab ? tab->screenSize() : QSize();
}

#else

void TerminalPage::openShell(std::unique_ptr<SshConnection>, const QString &, const QString &) {}

void TerminalPage::closeSession(int) {}

int TerminalPage::sessionCount() const
{
    return 0;
}

QString TerminalPage::screenText(int) const
{
    return {};
}

QSize TerminalPage::screenSize(int) const
{
    return {};
}

#endif

void TerminalPage::closeSessions()
{
    while (sessionCount() > 0)
        closeSession(sessionCount() - 1);
}

} // namespace mws::ui
