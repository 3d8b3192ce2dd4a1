// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "session/accountsession.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace mws::ui {

class MainWindow;
class SignInWindow;

// Decides which window the user sees: the main window with every remembered account side by
// side (each straight from its cache, its token from the keychain), or the sign-in window when
// there is none; adds an account on sign-in, removes one on sign-out, and asks again when a
// panel refuses an account's token.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // panelUrl / pinnedCertificate prefill the sign-in window (e.g. for the demo panel), which
    // shows unless an account on that panel (any, without panelUrl) is remembered.
    // signInNow: start the Raven sign-in at once when the sign-in window is shown.
    void start(const QString &panelUrl = {}, const QByteArray &pinnedCertificate = {},
               bool signInNow = false);

    SignInWindow *signInWindow() const { return m_signIn.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }
    auth::AccountStore &accounts() { return m_accounts; }

private:
    // Opens the remembered accounts not open yet, in the store's order (most recently used first).
    void openRemembered(bool makeFirstCurrent);
    session::AccountSession *openAccount(const auth::Account &account, const QString &token,
                                         bool makeCurrent);
    session::AccountSession *sessionFor(const auth::Account &account) const;
    void ensureMainWindow();
    void updateKnownPanels();
    void showSignIn(const QString &message = {}, const QUrl &panel = {});
    void signOut(session::AccountSession *session);

    SecretStore m_secrets;
    auth::AccountStore m_accounts;
    std::unique_ptr<SignInWindow> m_signIn;
    std::unique_ptr<MainWindow> m_main;
    QList<QPointer<session::AccountSession>> m_sessions;
};

} // namespace mws::ui
