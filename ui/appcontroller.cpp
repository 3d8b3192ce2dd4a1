#include "appcontroller.h"

#include "cache/offlinecache.h"
#include "mainwindow.h"
#include "session/accountsession.h"
#include "signin/signinwindow.h"

#include <QMessageBox>

namespace mws::ui {

AppController::AppController(QObject *parent)
    : QObject(parent), m_secrets(QStringLiteral("uk.ac.cam.mws.admin")),
      m_accounts(&m_secrets, auth::AccountStore::defaultListPath()),
      m_signIn(std::make_unique<SignInWindow>())
{
    connect(m_signIn.get(), &SignInWindow::signedIn, this,
            [this](const auth::Account &account, const QString &token) {
                // The token is used for this session whatever happens; it is remembered only in a keychain.
                m_accounts.add(account, token).then(this, [this, account, token](const Status &saved) {
                    openAccount(account, token);
                    if (!saved.ok() && m_main)
                        QMessageBox::warning(
                            m_main.get(), tr("Sign-in not remembered"),
                            tr("You are signed in, but MWS Admin cannot remember it for next time:\n%1")
                                .arg(saved.error().message));
                });
            });
}

AppController::~AppController() = default;

void AppController::start(const QString &panelUrl, const QByteArray &pinnedCertificate, bool signInNow)
{
    QStringList known;
    for (const auth::Account &account : m_accounts.accounts())
        if (!known.contains(account.panelUrl.toString()))
            known.append(account.panelUrl.toString());
    m_signIn->setKnownPanels(known);
    m_signIn->setPinnedCertificate(pinnedCertificate);
    if (!panelUrl.isEmpty())
        m_signIn->setPanelUrl(panelUrl);

    const QList<auth::Account> accounts = m_accounts.accounts();
    if (accounts.isEmpty() || (!panelUrl.isEmpty() && accounts.first().panelUrl != QUrl(panelUrl))) {
        showSignIn();
        if (signInNow)
            m_signIn->startSignIn();
        return;
    }
    const auth::Account account = accounts.first();
    m_accounts.token(account).then(this, [this, account](const Result<QString> &token) {
        if (!token.ok())
            return showSignIn(tr("Sign in again: %1").arg(token.error().message));
        openAccount(account, token.value());
    });
}

void AppController::openAccount(const auth::Account &account, const QString &token)
{
    if (m_session)
        m_session->deleteLater();
    auto cache = std::make_unique<cache::OfflineCache>(
        cache::OfflineCache::defaultPath(account.panelUrl, account.crsid));
    m_session = new session::AccountSession(account, token, std::move(cache), this);
    connect(m_session, &session::AccountSession::signInNeeded, this,
            [this] { showSignIn(tr("The control panel asked you to sign in again.")); });
    (void)m_accounts.markUsed(account);
    if (!m_main) {
        m_main = std::make_unique<MainWindow>();
        connect(m_main.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
        connect(m_main.get(), &MainWindow::addAccountRequested, this, [this] { showSignIn(); });
        connect(m_main.get(), &MainWindow::switchAccountRequested, this, &AppController::switchTo);
        connect(&m_accounts, &auth::AccountStore::accountsChanged, this, &AppController::offerOtherAccounts);
    }
    m_main->setSession(m_session);
    offerOtherAccounts();
    m_session->start();
    m_signIn->hide();
    m_main->show();
}

void AppController::offerOtherAccounts()
{
    if (!m_main)
        return;
    QList<std::pair<QString, QString>> others;
    for (const auth::Account &account : m_accounts.accounts())
        if (!m_session || !(account == m_session->account()))
            others.append({account.key(), tr("%1 on %2").arg(account.crsid, account.panelUrl.host())});
    m_main->setOtherAccounts(others);
}

void AppController::switchTo(const QString &accountKey)
{
    for (const auth::Account &account : m_accounts.accounts()) {
        if (account.key() != accountKey)
            continue;
        m_accounts.token(account).then(this, [this, account](const Result<QString> &token) {
            if (!token.ok())
                return showSignIn(tr("Sign in again: %1").arg(token.error().message));
            openAccount(account, token.value());
        });
        return;
    }
}

void AppController::showSignIn(const QString &message)
{
    m_signIn->showMessage(message);
    m_signIn->show();
    m_signIn->raise();
    if (m_main && !m_session)
        m_main->hide();
}

void AppController::signOut()
{
    if (!m_session)
        return showSignIn();
    const auth::Account account = m_session->account();
    // Revoke on the server first, then forget locally; offline, forgetting locally still happens.
    m_session->client()->revokeToken(QStringLiteral("current")).then(this, [this, account](const Status &) {
        m_accounts.remove(account).then(this, [this](const Status &) {
            if (m_main)
                m_main->setSession(nullptr);
            if (m_session)
                m_session->deleteLater();
            m_session = nullptr;
            if (m_main)
                m_main->hide();
            showSignIn(tr("You have signed out."));
        });
    });
}

} // namespace mws::ui
