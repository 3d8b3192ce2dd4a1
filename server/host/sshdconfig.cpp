// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshdconfig.h"

#include "renderer.h"

#include <QCryptographicHash>

namespace mws::host {

QByteArray renderSshdDropIn(const HostConfig &config)
{
    QStringList lines{
        QStringLiteral("# Rendered by mws-paneld: shell access for the people it manages."),
        QStringLiteral("PermitRootLogin no"),
        // The sites' own users run their web servers; a key a site's code writes into its home
        // must open nothing, not even a forward.
        QStringLiteral("DenyUsers %1").arg(siteUnixUserPattern()),
        QStringLiteral("Match Group %1").arg(QLatin1String(peopleGroup)),
        QStringLiteral("    AuthorizedKeysFile %1/%u").arg(config.sshKeysDir()),
        QStringLiteral("    AuthorizedKeysCommand none"),
        QStringLiteral("    AuthorizedPrincipalsFile none"),
        QStringLiteral("    AuthenticationMethods publickey"),
        QStringLiteral("    PubkeyAuthentication yes"),
        QStringLiteral("    PasswordAuthentication no"),
        QStringLiteral("    KbdInteractiveAuthentication no"),
        QStringLiteral("    HostbasedAuthentication no"),
        QStringLiteral("    AllowAgentForwarding no"),
        QStringLiteral("    AllowStreamLocalForwarding no"),
        QStringLiteral("    X11Forwarding no"),
        QStringLiteral("    PermitTunnel no"),
        QStringLiteral("    PermitListen none"),
        QStringLiteral("    GatewayPorts no"),
        QStringLiteral("    AllowTcpForwarding local"),
        QStringLiteral("    PermitOpen %1").arg(config.tunnelTarget),
        QStringLiteral("    PermitUserRC no"),
    };
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray renderAuthorizedKeys(const HostConfig &config, const QList<model::SshKey> &keys)
{
    QByteArray out = "# Rendered by mws-paneld from the keys in the person's panel profile.\n";
    const QByteArray options =
        "restrict,pty,port-forwarding,permitopen=\"" + config.tunnelTarget.toUtf8() + "\" ";
    for (const model::SshKey &key : keys) {
        // The parser let through no newline, control character or quote in a comment.
        out += options + key.type.toUtf8() + ' ' + key.keyBase64.toUtf8();
        if (!key.comment.isEmpty())
            out += ' ' + key.comment.toUtf8();
        out += '\n';
    }
    return out;
}

SshfpRecord sshfpOf(const QString &publicKeyLine)
{
    const QStringList fields = publicKeyLine.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    SshfpRecord record;
    const QString type = fields.value(0);
    if (type == QLatin1String("ssh-rsa"))
        record.algorithm = 1;
    else if (type.startsWith(QLatin1String("ecdsa-sha2-")))
        record.algorithm = 3;
    else if (type == QLatin1String("ssh-ed25519"))
        record.algorithm = 4;
    const auto decoded =
        QByteArray::fromBase64Encoding(fields.value(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        record.algorithm = 0;
        return record;
    }
    const QByteArray digest = QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256);
    record.fingerprint = QString::fromLatin1(digest.toHex());
    record.sha256 =
        QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
    return record;
}

} // namespace mws::host
