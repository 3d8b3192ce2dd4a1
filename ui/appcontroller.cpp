// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appcontroller.h"

#include "cache/offlinecache.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "models/accountsitetreemodel.h"
#include "session/accountsession.h"
#include "signin/signinwindow.h"

#include <QStatusBar>

#include <optional>

namespace mws::ui {

AppController::AppController(QObject *parent)
    : QObject(parent), m_secrets(SecretStore::appService()),
      m_accounts(&m_secrets, auth::AccountStore::defaultListPath()),
      m_signIn(std::make_unique<SignInWindow>())
{
    connect(m_signIn.get(), &SignInWindow::signedIn, this,
            [this](const auth::Account &account, const QString &token) {
                // The token is used for this session whatever happens; it is remembered only in a keychain.
                m_accounts.add(account, token).then(this, [this, account, token](const Status &saved) {
                    const bool firstWindow = !m_main || !m_main->isVisible();
                    openAccount(account, token, true);
                    updateKnownPanels();
                    if (firstWindow) // signed in at start: the other remembered accounts join it
                        openRemembered(false);
                    // Opened, not waited for: this runs as the keychain's answer arrives.
                    if (!saved.ok() && m_main)
                        MessageBox::warning(
                            m_main.get(), tr("Sign-in not remembered"),
                            tr("You are signed in, but MWS Admin cannot remember it for next time:\n%1")
                                .arg(saved.error().message));
                });
            });
}

AppController::~AppController() = default;

void AppController::start(const QString &panelUrl, const QByteArray &pinnedCertificate, bool signInNow)
{
    updateKnownPanels();
    m_signIn->setPinnedCertificate(pinnedCertificate);
    if (!panelUrl.isEmpty())
        m_signIn->setPanelUrl(panelUrl);

    const QList<auth::Account> accounts = m_accounts.accounts();
    const bool onThatPanel = panelUrl.isEmpty() ||
                             std::any_of(accounts.begin(), accounts.end(), [&](const auth::Account &account) {
                                 return account.panelUrl == QUrl(panelUrl);
                             });
    if (accounts.isEmpty() || !onThatPanel) {
        showSignIn();
        if (signInNow)
            m_signIn->startSignIn();
        return;
    }
    openRemembered(true);
}

void AppController::updateKnownPanels()
{
    QStringList known;
    for (const auth::Account &account : m_accounts.accounts())
        if (!known.contains(account.panelUrl.toString()))
            known.append(account.panelUrl.toString());
    m_signIn->setKnownPanels(known);
}

void AppController::openRemembered(bool makeFirstCurrent)
{
    // The tokens come from the keychain one by one; the groups are added once all have answered,
    // so they appear in the order of the list, not of the keychain's replies.
    struct Batch
    {
        QList<auth::Account> accounts;
        QList<std::optional<Result<QString>>> tokens;
        qsizetype left = 0;
    };
    auto batch = std::make_shared<Batch>();
    for (const auth::Account &account : m_accounts.accounts())
        if (!sessionFor(account))
            batch->accounts.append(account);
    batch->tokens.resize(batch->accounts.size());
    batch->left = batch->accounts.size();
    for (qsizetype i = 0; i < batch->accounts.size(); ++i) {
        m_accounts.token(batch->accounts[i])
            .then(this, [this, batch, i, makeFirstCurrent](const Result<QString> &token) {
                batch->tokens[i] = token;
                if (--batch->left > 0)
                    return;
                bool makeCurrent = makeFirstCurrent;
                QStringList problems;
                QUrl failedPanel;
                for (qsizetype j = 0; j < batch->accounts.size(); ++j) {
                    const auth::Account &account = batch->accounts[j];
                    const Result<QString> &result = *batch->tokens[j];
                    if (sessionFor(account))
                        continue;
                    if (!result.ok()) {
                        problems.append(tr("%1: %2").arg(accountLabel(account), result.error().message));
                        if (failedPanel.isEmpty())
                            failedPanel = account.panelUrl;
                        continue;
                    }
                    openAccount(account, result.value(), makeCurrent);
                    makeCurrent = false;
                }
                if (problems.isEmpty())
                    return;
                if (m_main && !m_main->sessions().isEmpty())
                    m_main->statusBar()->showMessage(
                        tr("Some accounts could not be opened. %1").arg(problems.join(QLatin1String("; "))));
                else
                    showSignIn(tr("Sign in again: %1").arg(problems.join(QLatin1Char('\n'))), failedPanel);
            });
    }
}

session::AccountSession *AppController::sessionFor(const auth::Account &account) const
{
    for (const auto &session : m_sessions)
        if (session && session->account() == account)
            return session;
    return nullptr;
}

void AppController::ensureMainWindow()
{
    if (m_main)
        return;
    m_main = std::make_unique<MainWindow>();
    connect(m_main.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_main.get(), &MainWindow::addAccountRequested, this, [this] { showSignIn(); });
    connect(m_main.get(), &MainWindow::currentAccountChanged, this, [this](session::AccountSession *session) {
        if (session) // the account used last opens selected next time
            (void)m_accounts.markUsed(session->account());
    });
}

session::AccountSession *AppController::openAccount(const auth::Account &account, const QString &token,
                                                    bool makeCurrent)
{
    ensureMainWindow();
    session::AccountSession *session = sessionFor(account);
    if (session) {
        // Signed in again (the panel had refused the old token): same group, new token.
        session->client()->setToken(token);
        session->start();
        if (makeCurrent)
            m_main->selectSite(session, {});
    } else {
        auto cache = std::make_unique<cache::OfflineCache>(
            cache::OfflineCache::defaultPath(account.panelUrl, account.crsid));
        session = new session::AccountSession(account, token, std::move(cache), this);
        connect(session, &session::AccountSession::signInNeeded, this, [this, session] {
            const auth::Account &refused = session->account();
            showSignIn(tr("The control panel at %1 asked %2 to sign in again.")
                           .arg(refused.panelUrl.toString(), refused.crsid),
                       refused.panelUrl);
        });
        m_sessions.append(session);
        m_main->addSession(session, makeCurrent);
        session->start();
    }
    m_signIn->hide();
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    return session;
}

void AppController::showSignIn(const QString &message, const QUrl &panel)
{
    if (!panel.isEmpty())
        m_signIn->setPanelUrl(panel.toString());
    m_signIn->showMessage(message);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    if (m_main && m_main->sessions().isEmpty())
        m_main->hide();
}

void AppController::signOut(session::AccountSession *session)
{
    if (!session)
        return;
    const auth::Account account = session->account();
    const QPointer<session::AccountSession> signingOut = session;
    // Requests still in flight meet the revoked token: that is no reason to ask for a sign-in.
    disconnect(session, &session::AccountSession::signInNeeded, this, nullptr);
    // Revoke on the server first, then forget locally; offline, forgetting locally still happens.
    session->client()
        ->revokeToken(QStringLiteral("current"))
        .then(this, [this, account, signingOut](const Status &) {
            m_accounts.remove(account).then(this, [this, account, signingOut](const Status &) {
                if (signingOut) {
                    if (m_main)
                        m_main->removeSession(signingOut);
                    m_sessions.removeAll(signingOut);
                    signingOut->deleteLater();
                }
                m_sessions.removeAll(nullptr);
                updateKnownPanels();
                if (m_sessions.isEmpty()) {
                    if (m_main)
                        m_main->hide();
                    showSignIn(tr("You have signed out."));
                } else if (m_main) {
                    m_main->statusBar()->showMessage(tr("Signed out of %1.").arg(accountLabel(account)),
                                                     10000);
                }
            });
        });
}

} // namespace mws::ui
