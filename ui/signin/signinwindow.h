// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/accountstore.h"
#include "auth/loginsession.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mws::ui {

// Choose or add a panel and sign in with Raven in the system browser. While the browser part
// runs, the window waits, can be cancelled, and shows the link (for a browser elsewhere).
class SignInWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SignInWindow(QWidget *parent = nullptr);

    void setKnownPanels(const QStringList &urls);
    void setPanelUrl(const QString &url);
    void setPinnedCertificate(const QByteArray &pem);
    void showMessage(const QString &message);
    bool isWaiting() const;
    // Starts the sign-in with the panel shown, as the button does.
    void startSignIn();

Q_SIGNALS:
    void signedIn(const mws::auth::Account &account, const QString &token);

private:
    // The parts of the window, made by the constructor in this order.
    void addWelcome(QBoxLayout *layout);    // logo, name and what signing in is for
    QWidget *buildForm(QWidget *parent);    // the panel to sign in to
    QWidget *buildWaiting(QWidget *parent); // while the browser part runs
    void connectButtons();

    void finishSignIn(const auth::LoginSession::Success &success);
    void fail(const QString &message);
    void showForm();

    QComboBox *m_panel;
    QPushButton *m_signIn;
    QLabel *m_message;
    QLabel *m_link;
    QPushButton *m_copyLink;
    QPushButton *m_openAgain;
    QPushButton *m_cancel;
    QStackedWidget *m_stack;
    QPointer<api::PanelClient> m_client;
    QPointer<auth::LoginSession> m_session;
    QByteArray m_pinnedCertificate;
};

} // namespace mws::ui
