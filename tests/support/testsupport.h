#pragma once

#include <QString>

class QProcess;

namespace mws::test {

// Waits up to timeoutMs for a TCP connect to 127.0.0.1:port to succeed.
bool waitForPort(quint16 port, int timeoutMs);

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeLoopbackPort();

// A self-signed P-256 certificate for 127.0.0.1 (openssl req), as a self-hosted panel has.
bool makeSelfSignedCertificate(const QString &keyPath, const QString &certificatePath, QString *error);

// The process gets SIGTERM when the one that started it dies, however it dies: a test that
// crashes or a demo that is killed leaves no servers behind.
void stopWithParent(QProcess &process);

} // namespace mws::test
