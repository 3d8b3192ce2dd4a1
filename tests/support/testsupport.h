// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

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

// Whether this build has AddressSanitizer (the asan preset), and with it every program of the
// project the tests start. Its allocator pads every block and keeps freed ones in a quarantine
// (256 MiB) to catch their later use, so a process's peak memory is then the sanitizer's, not the
// program's: a test that bounds memory checks the bound in the other builds only, and says so.
constexpr bool underAddressSanitizer()
{
#ifdef __SANITIZE_ADDRESS__ // GCC's -fsanitize=address (Clang's too)
    return true;
#else
    return false;
#endif
}

// The exit code of a sanitized process that reported (tests/support/sanitized-test.sh sets it).
constexpr int sanitizerExitCode = 66;

// For a program of the project that a test starts: when it ends with sanitizerExitCode, what it
// wrote to standard error is copied into the run's report folder ($MWS_SANITIZER_REPORTS), where
// sanitized-test.sh prints it and fails the test. AddressSanitizer and LeakSanitizer write their
// reports there themselves; GCC's UndefinedBehaviorSanitizer, loaded beside AddressSanitizer,
// writes only to standard error, which the test may never read. Nothing is read away: the test
// still gets all of it. Outside a sanitized run it does nothing.
void keepSanitizerReports(QProcess &process, const QString &program);

// The process gets SIGTERM when the one that started it dies, however it dies: a test that
// crashes or a demo that is killed leaves no servers behind.
void stopWithParent(QProcess &process);

} // namespace mws::test
