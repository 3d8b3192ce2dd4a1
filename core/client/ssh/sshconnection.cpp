// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshconnection.h"

#include "threads/blockingworker.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <libssh/libssh.h>
#include <poll.h>
#include <vector>

namespace mws {

SshCredentials SshCredentials::fromKeyFile(const QString &path, const QByteArray &passphrase)
{
    return SshCredentials{Method::KeyFile, path, {}, passphrase};
}

SshCredentials SshCredentials::fromKeyText(const QByteArray &text, const QByteArray &passphrase)
{
    return SshCredentials{Method::KeyText, {}, text, passphrase};
}

SshCredentials SshCredentials::fromAgent()
{
    return SshCredentials{Method::Agent, {}, {}, {}};
}

// The session and the hooks are used on the worker's thread only, by the jobs and the cleanup.
struct SshConnection::Private
{
    Private() : worker(QStringLiteral("mws-ssh"), [this] { close(); }) {}

    void connectToHost(const Options &options, QPromise<Result<HostKeyVerdict>> &promise);
    Result<ssh_session> openSession(const Options &options, const QString &knownHosts,
                                    const QPromise<Result<HostKeyVerdict>> &promise) const;
    Status authenticate(ssh_session connecting, const Options &options) const;
    void close();

    ssh_session session = nullptr; // set once connected and authenticated
    QMutex hooksMutex;             // hooks are added from any thread
    std::vector<std::function<void()>> closeHooks;
    BlockingWorker worker; // last: stopped, and the session closed, before the rest goes
};

namespace {

QString lastError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

QString describeHost(const SshConnection::Options &options)
{
    return options.port == 22 ? options.host : QStringLiteral("%1:%2").arg(options.host).arg(options.port);
}

// ssh_connect() without blocking, so that a cancel or the deadline ends the wait for a silent
// server; SSH_AGAIN when either came first.
int connectCancellably(ssh_session session, int timeoutSeconds,
                       const QPromise<Result<HostKeyVerdict>> &promise)
{
    ssh_set_blocking(session, 0);
    const QDeadlineTimer deadline{std::chrono::seconds(timeoutSeconds)};
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(session)) == SSH_AGAIN && !promise.isCanceled() && !deadline.hasExpired()) {
        const socket_t socket = ssh_get_fd(session);
        const bool writing = ssh_get_poll_flags(session) & SSH_WRITE_PENDING;
        pollfd watched{socket, static_cast<short>(POLLIN | (writing ? POLLOUT : 0)), 0};
        // Short waits: a cancel is seen within one.
        if (socket == SSH_INVALID_SOCKET || ::poll(&watched, 1, 50) < 0)
            QThread::msleep(5);
    }
    ssh_set_blocking(session, 1); // the rest is bounded by SSH_OPTIONS_TIMEOUT
    return rc;
}

Result<ssh_key> loadPrivateKey(const SshCredentials &credentials)
{
    const QByteArray passphrase = credentials.passphrase;
    const char *secret = passphrase.isEmpty() ? nullptr : passphrase.constData();
    ssh_key key = nullptr;
    int rc = SSH_ERROR;
    if (credentials.method == SshCredentials::Method::KeyFile) {
        const QByteArray path = credentials.keyFile.toUtf8();
        rc = ssh_pki_import_privkey_file(path.constData(), secret, nullptr, nullptr, &key);
    } else {
        rc = ssh_pki_import_privkey_base64(credentials.keyText.constData(), secret, nullptr, nullptr, &key);
    }
    if (rc != SSH_OK) {
        const QString which = credentials.method == SshCredentials::Method::KeyFile
                                  ? credentials.keyFile
                                  : SshConnection::tr("the stored key");
        return Error::make(Error::Kind::Invalid,
                           SshConnection::tr("Could not read the private key %1: it is not a key, or the "
                                             "passphrase is wrong.")
                               .arg(which));
    }
    return key;
}

} // namespace

Result<ssh_session> SshConnection::Private::openSession(const Options &options, const QString &knownHosts,
                                                        const QPromise<Result<HostKeyVerdict>> &promise) const
{
    ssh_session connecting = ssh_new();
    if (!connecting)
        return Error::make(Error::Kind::Backend, SshConnection::tr("Could not start an SSH session."));
    const QByteArray host = options.host.toUtf8();
    const QByteArray user = options.user.toUtf8();
    const QByteArray knownHostsPath = knownHosts.toUtf8();
    const unsigned int port = options.port;
    const long timeout = options.timeoutSeconds;
    const bool processConfig = false; // ~/.ssh/config must not change what the app does
    ssh_options_set(connecting, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(connecting, SSH_OPTIONS_PORT, &port);
    ssh_options_set(connecting, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(connecting, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(connecting, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(connecting, SSH_OPTIONS_KNOWNHOSTS, knownHostsPath.constData());
    const QByteArray algorithms = hostkeys::hostKeyAlgorithms(options.trust.sshfpRecords);
    if (!algorithms.isEmpty())
        ssh_options_set(connecting, SSH_OPTIONS_HOSTKEYS, algorithms.constData());
    const int rc = connectCancellably(connecting, options.timeoutSeconds, promise);
    if (rc != SSH_OK) {
        const QString reason = lastError(connecting);
        ssh_free(connecting);
        if (promise.isCanceled())
            return Error::make(Error::Kind::Cancelled, SshConnection::tr("Connecting was cancelled."));
        if (rc == SSH_AGAIN)
            return Error::make(Error::Kind::Timeout, SshConnection::tr("%1 did not answer within %n seconds.",
                                                                       nullptr, options.timeoutSeconds)
                                                         .arg(describeHost(options)));
        return Error::make(Error::Kind::Network,
                           SshConnection::tr("Could not connect to %1.").arg(describeHost(options)), reason);
    }
    return connecting;
}

Status SshConnection::Private::authenticate(ssh_session connecting, const Options &options) const
{
    int rc = SSH_AUTH_ERROR;
    if (options.credentials.method == SshCredentials::Method::Agent) {
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            return Error::make(Error::Kind::Unavailable, SshConnection::tr("No SSH agent is running."));
        rc = ssh_userauth_agent(connecting, nullptr);
    } else {
        const Result<ssh_key> key = loadPrivateKey(options.credentials);
        if (!key)
            return key.error();
        rc = ssh_userauth_publickey(connecting, nullptr, *key);
        ssh_key_free(*key);
    }
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return Error::make(
            Error::Kind::Network,
            SshConnection::tr("The connection to %1 failed while signing in.").arg(describeHost(options)),
            lastError(connecting));
    return Error::make(
        Error::Kind::Unauthenticated,
        SshConnection::tr("%1 refused the key for the user %2.").arg(describeHost(options), options.user),
        lastError(connecting));
}

void SshConnection::Private::connectToHost(const Options &options, QPromise<Result<HostKeyVerdict>> &promise)
{
    close();
    HostTrust trust = options.trust;
    if (trust.knownHostsFile.isEmpty())
        trust.knownHostsFile = hostkeys::defaultKnownHostsFile();
    Result<ssh_session> connecting = openSession(options, trust.knownHostsFile, promise);
    if (!connecting) {
        promise.addResult(connecting.error());
        return;
    }
    // Checked before any credential is sent: an impostor learns nothing from us.
    Result<HostKeyVerdict> verdict = hostkeys::verify(*connecting, trust, describeHost(options));
    Status signedIn = verdict ? authenticate(*connecting, options) : Status(verdict.error());
    if (signedIn && promise.isCanceled())
        signedIn = Error::make(Error::Kind::Cancelled, SshConnection::tr("Connecting was cancelled."));
    if (!signedIn) {
        ssh_disconnect(*connecting);
        ssh_free(*connecting);
        promise.addResult(signedIn.error());
        return;
    }
    session = *connecting;
    promise.addResult(std::move(verdict));
}

void SshConnection::Private::close()
{
    std::vector<std::function<void()>> hooks;
    {
        QMutexLocker lock(&hooksMutex);
        hooks.swap(closeHooks);
    }
    for (const auto &hook : hooks)
        hook();
    if (!session)
        return;
    ssh_disconnect(session);
    ssh_free(session);
    session = nullptr;
}

SshConnection::SshConnection(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

SshConnection::~SshConnection()
{
    d->worker.stop();
}

QFuture<Result<HostKeyVerdict>> SshConnection::connectToHost(const Options &options)
{
    return d->worker.callWithPromise<Result<HostKeyVerdict>>(
        [state = d.get(), options](QPromise<Result<HostKeyVerdict>> &promise) {
            state->connectToHost(options, promise);
        });
}

QFuture<bool> SshConnection::isConnected()
{
    return d->worker.call([state = d.get()] { return state->session && ssh_is_connected(state->session); });
}

BlockingWorker &SshConnection::worker()
{
    return d->worker;
}

ssh_session_struct *SshConnection::sessionHandle() const
{
    return d->session;
}

void SshConnection::addCloseHook(std::function<void()> hook)
{
    QMutexLocker lock(&d->hooksMutex);
    d->closeHooks.push_back(std::move(hook));
}

} // namespace mws
