// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

class QAbstractSocket;

namespace mws::panel {

// What the gate makes of the start of a request: wait for more, let it through, or refuse it
// with status (400, 411, 413 or 431) and a detail for the client.
struct HeadVerdict
{
    enum class Kind
    {
        Incomplete,
        Accept,
        Refuse
    };
    Kind kind = Kind::Incomplete;
    int status = 0;
    QString detail;
    QByteArray method; // for the log, when the request line was in
};

// QtHttpServer 6.8 holds a request whole in memory (socket buffer and its own copy) before any
// handler sees it, however large it says it is. The gate sits on each connection before
// QtHttpServer does: its readyRead slot runs first on every emission, reads the head of the
// request being received, and refuses one whose head or body could not be held in bounded
// memory before QtHttpServer reads the body. A refused connection gets a problem+json answer
// and is closed; what the client still sends is read and thrown away for a short while, so that
// it sees the answer rather than a reset.
class RequestGate : public QObject
{
    Q_OBJECT

public:
    // The request line and headers, with any blank lines before them.
    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    // How long a refused connection is drained before it is cut.
    static constexpr int drainMs = 2000;

    // Call before QtHttpServer is given the socket (so that this slot is connected first). The
    // gate lives as long as the socket.
    static void attach(QAbstractSocket *socket);

    // Judges the first bytes of a request (at most maxHeadBytes + 1 of them are looked at).
    static HeadVerdict judge(QByteArrayView start, qint64 maxBodyBytes);

private:
    explicit RequestGate(QAbstractSocket *socket);

    void onReadyRead();
    // The current request's first bytes, leaving the socket as QtHttpServer left it; false when
    // that could not be done.
    bool requestStart(QByteArray *start);
    void refuse(const HeadVerdict &verdict);
    void discardInput();

    QAbstractSocket *m_socket;
    // The current request's head was judged and let through: QtHttpServer is reading its body.
    bool m_headAccepted = false;
};

} // namespace mws::panel
