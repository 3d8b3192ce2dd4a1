// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshlogins.h"

#include "peopleaccounts.h"
#include "shellaccessstore.h"
#include "sshkeystore.h"
#include "store.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

namespace mws::host {

namespace {

// sshd's own words at LogLevel VERBOSE (OpenSSH 9 and 10), wherever the line starts.
const QRegularExpression acceptedLine(QStringLiteral(
    R"(Accepted publickey for (\S+) from (\S+) port (\d+) ssh2: (\S+) (SHA256:[A-Za-z0-9+/]+))"));
const QRegularExpression disconnectedLine(QStringLiteral(R"(Disconnected from user (\S+) (\S+) port (\d+))"));

} // namespace

int SshLoginLog::readNew(store::Store &store, const QDateTime &now)
{
    if (m_config.sshLogFile.isEmpty())
        return 0;
    QFile file(m_config.sshLogFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_offset = 0; // whatever sshd writes once it starts is new
        return 0;
    }
    if (m_offset < 0) { // what was there before the panel started was recorded then, or never
        m_offset = file.size();
        return 0;
    }
    if (file.size() < m_offset) { // rotated
        m_offset = 0;
        m_partial.clear();
    }
    if (!file.seek(m_offset))
        return 0;
    // At most 4 MiB a pass: a flood of lines is read over several passes, not at once.
    QByteArray text = m_partial + file.read(4 << 20);
    m_offset = file.pos();
    const qsizetype end = text.lastIndexOf('\n');
    m_partial = text.mid(end + 1).left(64 << 10);
    text.truncate(end + 1);
    int recorded = 0;
    for (const QByteArray &line : text.split('\n'))
        if (line.contains("Accepted publickey for ") || line.contains("Disconnected from user ")) {
            record(store, now, QString::fromUtf8(line));
            ++recorded;
        }
    return recorded;
}

void SshLoginLog::record(store::Store &store, const QDateTime &now, const QString &line)
{
    const QRegularExpressionMatch accepted = acceptedLine.match(line);
    const QRegularExpressionMatch disconnected =
        accepted.hasMatch() ? QRegularExpressionMatch() : disconnectedLine.match(line);
    const QRegularExpressionMatch &match = accepted.hasMatch() ? accepted : disconnected;
    if (!match.hasMatch())
        return;
    const QString user = match.captured(1);
    if (!user.startsWith(m_config.personUserPrefix))
        return;
    const QString crsid = user.mid(m_config.personUserPrefix.size());
    store::ShellAccessStore accounts(store.database());
    // Only people the panel made an account for: the host's own administrators are not recorded.
    if (Result<std::optional<qint64>> uid = accounts.existingUid(crsid); !uid || !*uid)
        return;
    QJsonObject details{{QStringLiteral("from"), match.captured(2)},
                        {QStringLiteral("port"), match.captured(3).toInt()}};
    if (accepted.hasMatch()) {
        details.insert(QStringLiteral("keyType"), accepted.captured(4));
        details.insert(QStringLiteral("fingerprint"), accepted.captured(5));
        (void)store::SshKeyStore(store.database()).markUsed(crsid, accepted.captured(5), now);
    }
    Result<QStringList> sites = accounts.shellSitesOf(crsid, now);
    for (const QString &siteId : sites ? *sites : QStringList()) {
        model::AuditEvent event;
        event.at = now;
        event.actor = crsid;
        event.siteId = siteId;
        event.action = accepted.hasMatch() ? QStringLiteral("ssh.login") : QStringLiteral("ssh.logout");
        event.target = crsid;
        event.before = QJsonValue::Null;
        event.after = details;
        if (Result<qint64> appended = store.appendAudit(event); !appended)
            qWarning("mws-paneld: could not record an SSH login: %s", qPrintable(appended.error().message));
    }
}

} // namespace mws::host
