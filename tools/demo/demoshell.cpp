// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoshell.h"

#include "sshkeygen.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace mws::demo {

namespace {

constexpr int loginTimeoutMs = 30000; // the panel makes accounts and key files every second

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
           file.setPermissions(permissions);
}

} // namespace

DemoShell::~DemoShell()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        if (!m_agent.waitForFinished(5000))
            m_agent.kill();
        m_agent.waitForFinished(5000);
    }
}

bool DemoShell::isPossible(QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("the people's accounts are made by root, and the demo does not run as root");
        return false;
    }
    return test::SshServer::isAvailable(why);
}

bool DemoShell::prepare(const QString &directory, test::PanelProcess::Options &options, QString *error)
{
    m_directory = directory;
    if (!m_sshd.prepare(directory + QStringLiteral("/sshd"), error))
        return false;
    options.shellAccess = true;
    options.sshHostKeyFiles = m_sshd.hostPublicKeyFiles();
    options.sshPort = m_sshd.port();
    options.sshLogFile = m_sshd.logFile();
    options.sshAddress = QStringLiteral("127.0.0.1"); // the app connects to it itself
    return true;
}

bool DemoShell::start(test::PanelProcess &panel, test::HttpClient &http, const QString &crsid, QString *error)
{
    const QString dropIn = panel.hostRoot() + QStringLiteral("/ssh/sshd.conf");
    if (!m_sshd.start(m_directory + QStringLiteral("/sshd"), {QStringLiteral("Include ") + dropIn}, error))
        return false;
    const test::GeneratedSshKey key =
        test::makeSshKey(m_directory, QStringLiteral("ed25519"), 0, crsid + QStringLiteral("@demo"));
    if (!key.ok()) {
        *error = QStringLiteral("ssh-keygen could not make the demo person's key");
        return false;
    }
    if (!writeKey(key.publicLine, key.privateText, error) || !startAgent(error))
        return false;
    const QString token = test::signIn(http, panel, crsid, error);
    if (token.isEmpty())
        return false;
    const test::HttpReply added = http.sendJson("POST", panel.url(QStringLiteral("/api/v1/me/ssh-keys")),
                                                {{QStringLiteral("key"), key.publicLine}}, token);
    if (added.status != 201) {
        *error = QStringLiteral("adding the demo key answered %1: %2")
                     .arg(added.status)
                     .arg(QString::fromUtf8(added.body) + added.error);
        return false;
    }
    QString said;
    QDeadlineTimer deadline(loginTimeoutMs);
    while (!canLogIn(panel.personUser(crsid), &said)) {
        if (deadline.hasExpired()) {
            *error = QStringLiteral("%1 could not log in to the demo's sshd: %2\nsshd's log ends:\n%3")
                         .arg(crsid, said, m_sshd.log().right(1500));
            return false;
        }
        QThread::msleep(250);
    }
    return true;
}

bool DemoShell::writeKey(const QString &publicLine, const QString &privateText, QString *error)
{
    const QString sshDir = home() + QStringLiteral("/.ssh");
    if (!QDir().mkpath(sshDir) ||
        !QFile::setPermissions(sshDir,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
        !writeFile(sshDir + QStringLiteral("/id_ed25519"), privateText.toLatin1(),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !writeFile(sshDir + QStringLiteral("/id_ed25519.pub"), publicLine.toLatin1() + '\n',
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                       QFileDevice::ReadOther) ||
        !writeFile(m_directory + QStringLiteral("/known_hosts"), m_sshd.knownHosts().toLatin1(),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot write the demo person's key under %1").arg(home());
        return false;
    }
    return true;
}

bool DemoShell::startAgent(QString *error)
{
    test::stopWithParent(m_agent);
    m_agent.setProcessChannelMode(QProcess::MergedChannels);
    m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), agentSocket()});
    QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(agentSocket()) && !deadline.hasExpired() &&
           m_agent.state() != QProcess::NotRunning)
        QThread::msleep(20);
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), agentSocket());
    add.setProcessEnvironment(environment);
    add.setProcessChannelMode(QProcess::MergedChannels);
    add.setStandardInputFile(QProcess::nullDevice());
    add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), home() + QStringLiteral("/.ssh/id_ed25519")});
    if (add.waitForFinished(10000) && add.exitStatus() == QProcess::NormalExit && add.exitCode() == 0)
        return true;
    *error = QStringLiteral("the demo's ssh-agent did not take the key: %1%2")
                 .arg(QString::fromUtf8(m_agent.readAll()), QString::fromUtf8(add.readAll()));
    return false;
}

bool DemoShell::canLogIn(const QString &user, QString *said)
{
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::MergedChannels);
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start(
        QStringLiteral("ssh"),
        {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
         QString::number(m_sshd.port()), QStringLiteral("-i"), home() + QStringLiteral("/.ssh/id_ed25519"),
         QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
         QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
         QStringLiteral("UserKnownHostsFile=") + m_directory + QStringLiteral("/known_hosts"),
         QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
         QStringLiteral("ConnectTimeout=10"), user + QStringLiteral("@127.0.0.1"), QStringLiteral("true")});
    if (!ssh.waitForFinished(30000))
        ssh.kill();
    ssh.waitForFinished(5000);
    *said = QString::fromUtf8(ssh.readAll()).trimmed();
    return ssh.exitStatus() == QProcess::NormalExit && ssh.exitCode() == 0;
}

void DemoShell::applyTo(QProcessEnvironment &environment) const
{
    // An X server reached through $HOME/.Xauthority is still reached after HOME changes.
    const QString xauthority = environment.value(QStringLiteral("HOME")) + QStringLiteral("/.Xauthority");
    if (!environment.contains(QStringLiteral("XAUTHORITY")) && QFileInfo::exists(xauthority))
        environment.insert(QStringLiteral("XAUTHORITY"), xauthority);
    environment.insert(QStringLiteral("HOME"), home());
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), agentSocket());
}

void DemoShell::applyToThisProcess() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    applyTo(environment);
    for (const char *name : {"HOME", "SSH_AUTH_SOCK", "XAUTHORITY"})
        if (environment.contains(QLatin1String(name)))
            qputenv(name, environment.value(QLatin1String(name)).toLocal8Bit());
}

} // namespace mws::demo
