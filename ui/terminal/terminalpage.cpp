// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminal/terminalpage.h"

#include "session/accountsession.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QVBoxLayout>

#ifdef MWS_HAVE_QTERMWIDGET
#include <qtermwidget.h>

#include <csignal>
#endif

namespace mws::ui {

using terminal::SshConnection;
using terminal::TerminalCommand;

TerminalPage::TerminalPage(QWidget *parent) : SitePage(parent)
{
    setObjectName(QStringLiteral("terminalPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Terminal"), this));

    auto *row = new QHBoxLayout;
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
        m_fetching = false;
        m_message.clear();
    }
    m_view = view;
    updateState();
}

void TerminalPage::setCommandBuilder(CommandBuilder builder)
{
    m_builder = std::move(builder);
}

void TerminalPage::updateState()
{
    const bool selected = !m_view.siteId.isEmpty();
    m_connect->setEnabled(selected && !m_view.offline && !m_fetching);
    if (!selected)
        m_status->setText(tr("Select a site to open a shell on it."));
    else if (m_view.offline)
        m_status->setText(tr("The panel cannot be reached, so the app cannot connect to this site."));
    else if (m_fetching)
        m_status->setText(tr("Asking the panel how to connect…"));
    else
        m_status->setText(m_message);
}

void TerminalPage::onConnectClicked()
{
    if (!m_view.session || !m_view.session->client() || m_view.siteId.isEmpty() || m_view.offline)
        return;
    m_fetching = true;
    updateState();
    const quint64 generation = m_generation;
    terminal::fetchSshConnection(*m_view.session->client(), m_view.siteId)
        .then(this, [this, generation](const Result<SshConnection> &answer) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            m_message = refusal(answer);
            if (m_message.isEmpty()) {
                connectTo(*answer);
                return;
            }
            updateState();
        });
}

QString TerminalPage::refusal(const Result<SshConnection> &answer)
{
    if (!answer.ok())
        return answer.error().kind == Error::Kind::NotFound
                   ? tr("This site's host does not offer shell access.")
                   : tr("Could not find out how to connect: %1").arg(answer.error().message);
    if (!answer->shell)
        return tr("You have no shell access on this site; its owner or an administrator can give it to you.");
    return {};
}

void TerminalPage::connectTo(const SshConnection &connection)
{
    const QString knownHosts = writeKnownHosts(connection);
    const TerminalCommand command =
        m_builder ? m_builder(connection, knownHosts) : terminal::sshCommand(connection, knownHosts);
    const QString title = connection.username + QLatin1Char('@') + connection.host;
    m_message.clear();
    if (hasEmbeddedTerminal())
        openSession(command, title);
    else
        openExternalTerminal(command);
    updateState();
}

QString TerminalPage::writeKnownHosts(const SshConnection &connection)
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

void TerminalPage::openExternalTerminal(const TerminalCommand &command)
{
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

QTermWidget *termAt(const QTabWidget *tabs, int index)
{
    return qobject_cast<QTermWidget *>(tabs->widget(index));
}

} // namespace

void TerminalPage::openSession(const TerminalCommand &command, const QString &title)
{
    auto *term = new QTermWidget(0, m_sessions);
    term->setObjectName(QStringLiteral("terminalSession"));
    term->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    // The app's theme: dark text on white in the light one, light on black in the dark one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString scheme = dark ? QStringLiteral("WhiteOnBlack") : QStringLiteral("BlackOnWhite");
    if (QTermWidget::availableColorSchemes().contains(scheme))
        term->setColorScheme(scheme);
    term->setShellProgram(command.program);
    term->setArgs(command.arguments);
    const int index = m_sessions->addTab(term, title);
    m_sessions->setCurrentIndex(index);
    connect(term, &QTermWidget::finished, this, [this, term, title] {
        const int at = m_sessions->indexOf(term);
        if (at >= 0)
            m_sessions->setTabText(at, tr("%1 (ended)").arg(title));
    });
    term->startShellProgram();
    term->setFocus();
}

void TerminalPage::closeSession(int index)
{
    QTermWidget *term = termAt(m_sessions, index);
    if (!term)
        return;
    m_sessions->removeTab(index);
    term->disconnect(this);
    // A hang-up first, as when a terminal window closes: ssh ends its connection itself.
    if (const int pid = term->getShellPID(); pid > 0)
        ::kill(pid, SIGHUP);
    delete term;
}

int TerminalPage::sessionCount() const
{
    return m_sessions->count();
}

QString TerminalPage::screenText(int index) const
{
    QTermWidget *term = termAt(m_sessions, index);
    if (!term)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    term->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

qint64 TerminalPage::sessionProcessId(int index) const
{
    QTermWidget *term = termAt(m_sessions, index);
    return term ? term->getShellPID() : 0;
}

#else

void TerminalPage::openSession(const TerminalCommand &, const QString &) {}

void TerminalPage::closeSession(int) {}

int TerminalPage::sessionCount() const
{
    return 0;
}

QString TerminalPage::screenText(int) const
{
    return {};
}

qint64 TerminalPage::sessionProcessId(int) const
{
    return 0;
}

#endif

void TerminalPage::closeSessions()
{
    while (sessionCount() > 0)
        closeSession(sessionCount() - 1);
}

} // namespace mws::ui
