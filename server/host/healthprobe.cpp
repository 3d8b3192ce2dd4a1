// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "healthprobe.h"

#include "siteaccount.h"

#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace mws::host {

namespace {

// A site's status line and headers are well under 8 KiB; more is a site flooding the panel.
constexpr qsizetype maxHeadBytes = 32 * 1024;
constexpr int timeoutMs = 2000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The front's own credentials, and the site's server's certificate as the only one trusted.
QSslConfiguration siteServerTls(const HostConfig &config, const QString &siteId)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QByteArray pem = readAll(config.frontClientKeyAndCertificate());
    const qsizetype split = pem.indexOf("-----BEGIN CERTIFICATE-----");
    tls.setPrivateKey(QSslKey(pem.left(split), QSsl::Ec));
    tls.setLocalCertificate(QSslCertificate(pem.mid(split)));
    tls.setCaCertificates(QSslCertificate::fromPath(siteServerCertificate(config, siteId)));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

struct Head
{
    int status = 0;
    QByteArray tag;
    QString error;
};

// Field values and the reason phrase: visible characters, spaces and tabs, nothing else.
bool isFieldText(QByteArrayView text)
{
    for (const char c : text)
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            return false;
    return true;
}

// ASCII only, whatever the locale.
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isToken(QByteArrayView name)
{
    static constexpr QByteArrayView extra = "!#$%&'*+-.^_`|~";
    for (const char c : name)
        if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || extra.contains(c)))
            return false;
    return !name.isEmpty();
}

// Strictly "HTTP/1.x NNN", then an optional reason; 0 for anything else.
int parseStatusLine(QByteArrayView line)
{
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || (line[7] != '0' && line[7] != '1') ||
        line[8] != ' ' || (line.size() > 12 && line[12] != ' ') || !isFieldText(line.sliced(12)))
        return 0;
    const QByteArrayView code = line.sliced(9, 3);
    if (code[0] < '1' || code[0] > '5' || !isDigit(code[1]) || !isDigit(code[2]))
        return 0;
    return code.toInt();
}

// The head up to (not including) its blank line. A folded (obs-fold) or otherwise malformed
// line makes the whole answer unusable: we never guess at what a hostile site meant.
Head parseHead(QByteArrayView head, QByteArrayView tagHeader)
{
    qsizetype end = head.indexOf("\r\n");
    Head parsed;
    const int status = parseStatusLine(head.first(end < 0 ? head.size() : end));
    if (status == 0)
        return Head{0, {}, QStringLiteral("the answer's status line is malformed")};
    bool tagSeen = false;
    while (end >= 0) {
        const qsizetype start = end + 2;
        end = head.indexOf("\r\n", start);
        const QByteArrayView line = head.sliced(start, (end < 0 ? head.size() : end) - start);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return Head{0, {}, QStringLiteral("the answer has a folded header line")};
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)) || !isFieldText(line.sliced(colon + 1)))
            return Head{0, {}, QStringLiteral("the answer has a malformed header line")};
        if (line.first(colon).compare(tagHeader, Qt::CaseInsensitive) != 0)
            continue;
        // Repeated, as Qt joined them: a tag with a second value is not the current one.
        if (tagSeen)
            parsed.tag += ", ";
        parsed.tag.append(line.sliced(colon + 1).trimmed());
        tagSeen = true;
    }
    parsed.status = status;
    return parsed;
}

// One probe's connection. It reports once and deletes itself; when its context goes first, it
// drops the connection and reports nothing.
class ProbeReader : public QObject
{
public:
    ProbeReader(QByteArray tagHeader, QObject *context, ProbeAnswer done)
        : m_tagHeader(std::move(tagHeader)), m_context(context), m_done(std::move(done))
    {
        QObject::connect(context, &QObject::destroyed, this, [this] {
            m_context = nullptr;
            finish(0, {}, {});
        });
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(0, {}, QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000));
        });
    }

    void start(const HostConfig &config, const QString &siteId, const HealthProbe &probe);

private:
    void sendRequest(const HealthProbe &probe);
    void readHead();
    void socketFailed(QAbstractSocket::SocketError error);
    void finish(int status, const QByteArray &tag, const QString &error);
    void finishLater(const QString &error)
    {
        QMetaObject::invokeMethod(this, [this, error] { finish(0, {}, error); }, Qt::QueuedConnection);
    }

    QByteArray m_tagHeader;
    QPointer<QObject> m_context;
    ProbeAnswer m_done;
    QAbstractSocket *m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_head;
    QStringList m_tlsErrors; // what made the handshake fail
    bool m_answered = false;
};

void ProbeReader::start(const HostConfig &config, const QString &siteId, const HealthProbe &probe)
{
    const QUrl &url = probe.url;
    const bool https = url.scheme() == QLatin1String("https");
    if (!https && url.scheme() != QLatin1String("http"))
        return finishLater(
            QStringLiteral("the probe's URL %1 is neither http nor https").arg(url.toString()));
    if (probe.host.isEmpty() || !isFieldText(probe.host))
        return finishLater(QStringLiteral("the probe's host name is not a valid Host header"));
    QSslSocket *tls = https ? new QSslSocket(this) : nullptr;
    m_socket = tls ? tls : new QTcpSocket(this);
    // Straight to the local servers, never through a proxy from the environment.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    // Qt itself buffers no more than the head may take (for TLS, the encrypted side too).
    m_socket->setReadBufferSize(maxHeadBytes);
    QObject::connect(m_socket, &QAbstractSocket::readyRead, this, &ProbeReader::readHead);
    QObject::connect(m_socket, &QAbstractSocket::errorOccurred, this, &ProbeReader::socketFailed);
    QObject::connect(m_socket, &QAbstractSocket::disconnected, this,
                     [this] { socketFailed(QAbstractSocket::RemoteHostClosedError); });
    m_timer.start(timeoutMs);
    const quint16 port = quint16(url.port(https ? 443 : 80));
    if (!tls) {
        QObject::connect(m_socket, &QAbstractSocket::connected, this, [this, probe] { sendRequest(probe); });
        m_socket->connectToHost(url.host(), port);
        return;
    }
    QObject::connect(tls, &QSslSocket::encrypted, this, [this, probe] { sendRequest(probe); });
    if (probe.viaSiteServer)
        tls->setSslConfiguration(siteServerTls(config, siteId));
    // The site's server has a certificate of its own, pinned, for no name in the URL.
    const bool anyName = probe.viaSiteServer;
    QObject::connect(tls, &QSslSocket::sslErrors, this, [this, tls, anyName](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            if (!anyName || error.error() != QSslError::HostNameMismatch)
                m_tlsErrors << error.errorString();
        if (m_tlsErrors.isEmpty())
            tls->ignoreSslErrors(errors);
    });
    tls->connectToHostEncrypted(url.host(), port);
}

void ProbeReader::sendRequest(const HealthProbe &probe)
{
    QByteArray target =
        probe.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    m_socket->write("GET " + target + " HTTP/1.1\r\nHost: " + probe.host +
                    "\r\nUser-Agent: mws-paneld (health check)\r\nAccept: */*\r\nConnection: close\r\n\r\n");
}

// Takes only what the head may still need, so the body beyond one read is never even copied.
void ProbeReader::readHead()
{
    while (!m_answered && m_head.size() < maxHeadBytes) {
        const QByteArray chunk = m_socket->read(maxHeadBytes - m_head.size());
        if (chunk.isEmpty())
            return;
        const qsizetype from = std::max<qsizetype>(0, m_head.size() - 3);
        m_head += chunk;
        if (const qsizetype end = m_head.indexOf("\r\n\r\n", from); end >= 0) {
            const Head head = parseHead(QByteArrayView(m_head).first(end), m_tagHeader);
            return finish(head.status, head.tag, head.error);
        }
    }
    if (!m_answered)
        finish(0, {}, QStringLiteral("the answer's headers are larger than %1 KiB").arg(maxHeadBytes / 1024));
}

void ProbeReader::socketFailed(QAbstractSocket::SocketError error)
{
    if (m_answered)
        return;
    readHead(); // what arrived before the error may have been the whole head
    if (m_answered)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError)
        finish(0, {}, QStringLiteral("the connection closed before the answer's headers ended"));
    else if (error == QAbstractSocket::SslHandshakeFailedError && !m_tlsErrors.isEmpty())
        // Qt names only the first problem, which may be the host name we would have ignored.
        finish(0, {}, QStringLiteral("TLS handshake failed: %1").arg(m_tlsErrors.join(QStringLiteral("; "))));
    else
        finish(0, {}, m_socket->errorString());
}

void ProbeReader::finish(int status, const QByteArray &tag, const QString &error)
{
    if (m_answered)
        return;
    m_answered = true;
    m_timer.stop();
    if (m_socket)
        m_socket->abort();
    deleteLater();
    // Last: done may well delete the context, which is no parent of this.
    if (m_context)
        m_done(status, tag, error);
}

} // namespace

void askProbe(const HostConfig &config, const QString &siteId, const HealthProbe &probe, QObject *context,
              ProbeAnswer done)
{
    auto *reader = new ProbeReader(probe.tagHeader, context, std::move(done));
    reader->start(config, siteId, probe);
}

} // namespace mws::host
