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

// Decides which window the user sees: the main window for a remembered account (straight from
// the cache, the token from the keychain), or the sign-in window; and moves between them on
// sign-in, sign-out and when the panel refuses the token.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // panelUrl / pinnedCertificate prefill the sign-in window (e.g. for the demo panel).
    // signInNow: start the Raven sign-in at once when the sign-in window is shown.
    void start(const QString &panelUrl = {}, const QByteArray &pinnedCertificate = {},
               bool signInNow = false);

    SignInWindow *signInWindow() const { return m_signIn.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }
    auth::AccountStore &accounts() { return m_accounts; }

private:
    void openAccount(const auth::Account &account, const QString &token);
    void showSignIn(const QString &message = {});
    void signOut();
    void switchTo(const QString &accountKey);
    void offerOtherAccounts();

    SecretStore m_secrets;
    auth::AccountStore m_accounts;
    std::unique_ptr<SignInWindow> m_signIn;
    std::unique_ptr<MainWindow> m_main;
    QPointer<session::AccountSession> m_session;
};

} // namespace mws::ui
