#pragma once

#include <QString>

namespace mws::test {

// Waits up to timeoutMs for a TCP connect to 127.0.0.1:port to succeed.
bool waitForPort(quint16 port, int timeoutMs);

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeLoopbackPort();

// A self-signed P-256 certificate for 127.0.0.1 (openssl req), as a self-hosted panel has.
bool makeSelfSignedCertificate(const QString &keyPath, const QString &certificatePath, QString *error);

} // namespace mws::test
