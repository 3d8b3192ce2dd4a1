// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/requestgate.h"

#include "http/jsonbody.h"
#include "http/problem.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>

namespace mws::panel {

namespace {

Q_LOGGING_CATEGORY(lcGate, "mws.paneld.requests")

// QtHttpServer skips these before a request line (left over from a previous request).
bool isLeadingSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A field name is a token (RFC 9110 5.6.2); QtHttpServer drops every header of a request with
// one that is not, so the gate refuses such a request rather than read it differently.
bool isToken(QByteArrayView name)
{
    static constexpr std::string_view punctuation = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) ||
               punctuation.find(c) != std::string_view::npos;
    });
}

HeadVerdict refusal(int status, const QString &detail)
{
    HeadVerdict verdict;
    verdict.kind = HeadVerdict::Kind::Refuse;
    verdict.status = status;
    verdict.detail = detail;
    return verdict;
}

// One header line, without its line end: a refusal, or nothing. A Content-Length is noted.
std::optional<HeadVerdict> judgeField(QByteArrayView line, qint64 maxBodyBytes, qint64 *length)
{
    // A folded line continues the previous value (obsolete, RFC 9112 5.2): refused, so that no
    // length can be spread over lines that the gate and QtHttpServer would read differently.
    if (line.front() == ' ' || line.front() == '\t')
        return refusal(400, QStringLiteral("Header lines may not be folded."));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0 || !isToken(line.first(colon)))
        return refusal(400, QStringLiteral("A header line is malformed."));
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    // Chunk sizes are not known in advance, and no route of this API needs them.
    if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
        return refusal(411, QStringLiteral("Send the body with a Content-Length; transfer codings such "
                                           "as chunked are not accepted."));
    if (name.compare("content-length", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isDigit))
        return refusal(400, QStringLiteral("The Content-Length is not a number."));
    // Longer than any acceptable length is written: too large, whatever the digits say.
    const qint64 announced = value.size() > 18 ? std::numeric_limits<qint64>::max() : value.toLongLong();
    if (*length >= 0 && announced != *length)
        return refusal(400, QStringLiteral("The request has conflicting Content-Length headers."));
    *length = announced;
    if (announced > maxBodyBytes)
        return refusal(413, QStringLiteral("The request body may be at most %1 bytes; this one announces %2.")
                                .arg(maxBodyBytes)
                                .arg(QString::fromLatin1(value.left(24))));
    return std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

// The whole answer, written straight to the socket: QtHttpServer has no request to answer.
QByteArray problemAnswer(const HeadVerdict &verdict)
{
    const QByteArray body = problemResponse(verdict.status, {}, verdict.detail).data();
    return "HTTP/1.1 " + QByteArray::number(verdict.status) + ' ' + reasonPhrase(verdict.status) +
           "\r\nContent-Type: application/problem+json\r\nContent-Length: " +
           QByteArray::number(body.size()) +
           "\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-cache\r\n\r\n" +
           body;
}

} // namespace

HeadVerdict RequestGate::judge(QByteArrayView start, qint64 maxBodyBytes)
{
    const QByteArrayView seen = start.first(qMin(start.size(), maxHeadBytes + 1));
    const HeadVerdict tooLarge = refusal(
        431, QStringLiteral("The request line and headers may be at most %1 bytes.").arg(maxHeadBytes));
    qsizetype pos = 0;
    while (pos < seen.size() && isLeadingSpace(seen[pos]))
        ++pos;
    QByteArray method;
    bool requestLine = true;
    qint64 length = -1;
    for (;;) {
        const qsizetype end = seen.indexOf('\n', pos);
        if (end < 0 && seen.size() <= maxHeadBytes)
            return {}; // incomplete: wait for more
        if (end < 0 || end >= maxHeadBytes)
            return tooLarge;
        QByteArrayView line = seen.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (requestLine) {
            const qsizetype space = line.indexOf(' ');
            method = line.first(qMin(space < 0 ? line.size() : space, qsizetype(16))).toByteArray();
            requestLine = false;
            continue;
        }
        if (line.isEmpty())
            break; // the blank line that ends the head
        if (std::optional<HeadVerdict> refused = judgeField(line, maxBodyBytes, &length)) {
            refused->method = method;
            return *refused;
        }
    }
    HeadVerdict accepted;
    accepted.kind = HeadVerdict::Kind::Accept;
    accepted.method = method;
    return accepted;
}

void RequestGate::attach(QAbstractSocket *socket)
{
    // A request being received stays in the socket's buffer until QtHttpServer has all of it, so
    // the buffer must hold the largest acceptable one; past that, the socket reads no further.
    socket->setReadBufferSize(maxHeadBytes + JsonBody::maxBytes + 64 * 1024);
    new RequestGate(socket);
}

RequestGate::RequestGate(QAbstractSocket *socket) : QObject(socket), m_socket(socket)
{
    connect(socket, &QIODevice::readyRead, this, &RequestGate::onReadyRead);
}

void RequestGate::onReadyRead()
{
    // QtHttpServer starts a transaction at a request's first byte and commits it once the
    // request is whole, so with none started the buffer begins at a request.
    if (!m_socket->isTransactionStarted()) {
        m_headAccepted = false;
        if (m_socket->bytesAvailable() == 0)
            return;
    } else if (m_headAccepted) {
        return; // QtHttpServer is reading a body the gate has let through
    }
    QByteArray start;
    if (!requestStart(&start)) {
        qCWarning(lcGate, "could not look at a request's head; closing the connection");
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        m_socket->abort();
        return;
    }
    const HeadVerdict verdict = judge(start, JsonBody::maxBytes);
    if (verdict.kind == HeadVerdict::Kind::Accept)
        m_headAccepted = true;
    else if (verdict.kind == HeadVerdict::Kind::Refuse)
        refuse(verdict);
}

bool RequestGate::requestStart(QByteArray *start)
{
    if (!m_socket->isTransactionStarted()) {
        *start = m_socket->peek(maxHeadBytes + 1);
        return true;
    }
    // QtHttpServer has read part of this request inside its transaction: go back to the
    // request's first byte, look, then read again what it had read, so its state is unchanged.
    const qint64 unread = m_socket->bytesAvailable();
    m_socket->rollbackTransaction();
    const qint64 consumed = m_socket->bytesAvailable() - unread;
    *start = m_socket->peek(maxHeadBytes + 1);
    m_socket->startTransaction();
    return consumed >= 0 && m_socket->skip(consumed) == consumed;
}

void RequestGate::refuse(const HeadVerdict &verdict)
{
    // No path: it may carry a token. The detail says what was refused.
    const QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(verdict.method)},
                            {QStringLiteral("status"), verdict.status},
                            {QStringLiteral("refused"), verdict.detail},
                            {QStringLiteral("peer"), m_socket->peerAddress().toString()}};
    qCInfo(lcGate).noquote() << QJsonDocument(entry).toJson(QJsonDocument::Compact);
    // QtHttpServer reads nothing more of this connection, and what it had read is let go.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    discardInput();
    connect(m_socket, &QIODevice::readyRead, this, &RequestGate::discardInput);
    m_socket->write(problemAnswer(verdict));
    m_socket->flush();
    // Closing with unread input would reset the connection, and the client could lose the
    // answer; so the rest is read and dropped for a while, then the connection is cut.
    QTimer::singleShot(drainMs, this, [socket = m_socket] { socket->abort(); });
}

void RequestGate::discardInput()
{
    char sink[16 * 1024];
    while (m_socket->read(sink, sizeof sink) > 0) {
    }
}

} // namespace mws::panel
