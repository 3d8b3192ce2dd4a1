// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signin/signinwindow.h"

#include "signin/loginbrowser.h"
#include "util/clock.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

namespace mws::ui {

SignInWindow::SignInWindow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Sign in — MWS Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mws-admin.svg")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    addWelcome(layout);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildForm(m_stack));
    m_stack->addWidget(buildWaiting(m_stack));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);
    layout->addStretch();

    connectButtons();
    resize(520, 420);
}

void SignInWindow::addWelcome(QBoxLayout *layout)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mws-admin.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("<h2>MWS Admin</h2>"), this);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Sign in with your Raven account to manage your sites on the Managed Web Service."), this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    layout->addWidget(intro);
}

QWidget *SignInWindow::buildForm(QWidget *parent)
{
    auto *form = new QWidget(parent);
    auto *formLayout = new QVBoxLayout(form);
    auto *fields = new QFormLayout;
    m_panel = new QComboBox(form);
    m_panel->setObjectName(QStringLiteral("panelUrl"));
    m_panel->setEditable(true);
    m_panel->setAccessibleName(tr("Control panel address"));
    m_panel->lineEdit()->setPlaceholderText(QStringLiteral("https://panel.mws.example"));
    m_panel->setMinimumWidth(360);
    fields->addRow(tr("&Control panel:"), m_panel);
    formLayout->addLayout(fields);
    m_signIn = new QPushButton(tr("Sign in with &Raven"), form);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    formLayout->addWidget(m_signIn, 0, Qt::AlignHCenter);
    return form;
}

QWidget *SignInWindow::buildWaiting(QWidget *parent)
{
    auto *waiting = new QWidget(parent);
    auto *waitingLayout = new QVBoxLayout(waiting);
    auto *waitingText =
        new QLabel(tr("Finish signing in in your web browser.\nThis window continues by itself once "
                      "you have allowed access."),
                   waiting);
    waitingText->setObjectName(QStringLiteral("waitingText"));
    waitingText->setAlignment(Qt::AlignHCenter);
    waitingLayout->addWidget(waitingText);
    m_link = new QLabel(waiting);
    m_link->setObjectName(QStringLiteral("loginLink"));
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_link->setWordWrap(true);
    m_link->setAlignment(Qt::AlignHCenter);
    waitingLayout->addWidget(m_link);
    auto *buttons = new QHBoxLayout;
    m_openAgain = new QPushButton(tr("&Open the browser again"), waiting);
    m_copyLink = new QPushButton(tr("Co&py link"), waiting);
    m_copyLink->setToolTip(tr("Open the link in a browser yourself, for example when none opened here."));
    m_cancel = new QPushButton(tr("Cancel"), waiting);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    buttons->addStretch();
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    waitingLayout->addLayout(buttons);
    return waiting;
}

void SignInWindow::connectButtons()
{
    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::startSignIn);
    connect(m_panel->lineEdit(), &QLineEdit::returnPressed, this, &SignInWindow::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
        showForm();
    });
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_session)
            openLoginUrl(m_session->loginUrl());
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (m_session)
            QApplication::clipboard()->setText(m_session->loginUrl().toString());
    });
}

void SignInWindow::setKnownPanels(const QStringList &urls)
{
    const QString current = m_panel->currentText();
    m_panel->clear();
    m_panel->addItems(urls);
    if (!current.isEmpty())
        m_panel->setCurrentText(current);
}

void SignInWindow::setPanelUrl(const QString &url)
{
    m_panel->setCurrentText(url);
}

void SignInWindow::setPinnedCertificate(const QByteArray &pem)
{
    m_pinnedCertificate = pem;
}

void SignInWindow::showMessage(const QString &message)
{
    m_message->setText(message);
}

bool SignInWindow::isWaiting() const
{
    return m_stack->currentIndex() == 1;
}

void SignInWindow::showForm()
{
    m_stack->setCurrentIndex(0);
    m_signIn->setEnabled(true);
    m_panel->setFocus();
}

void SignInWindow::fail(const QString &message)
{
    showForm();
    m_message->setText(message);
}

void SignInWindow::startSignIn()
{
    const QUrl url = QUrl::fromUserInput(m_panel->currentText().trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        m_message->setText(tr("Give the control panel's address, like https://panel.mws.example."));
        return;
    }
    m_message->clear();
    m_signIn->setEnabled(false);
    if (m_client)
        m_client->deleteLater();
    m_client = new api::PanelClient({url, m_pinnedCertificate}, this);
    m_session = new auth::LoginSession(m_client, tr("MWS Admin on %1").arg(QSysInfo::machineHostName()),
                                       auth::LoginSession::Purpose::SignIn, m_client);
    connect(m_session, &auth::LoginSession::openBrowser, this, [this](const QUrl &loginUrl) {
        m_link->setText(tr("If no browser opened, go to:<br><a href=\"%1\">%1</a>")
                            .arg(loginUrl.toString().toHtmlEscaped()));
        m_stack->setCurrentIndex(1);
        if (!openLoginUrl(loginUrl))
            m_message->setText(
                tr("No web browser could be opened here. Copy the link and open it in a browser."));
    });
    connect(m_session, &auth::LoginSession::succeeded, this, &SignInWindow::finishSignIn);
    connect(m_session, &auth::LoginSession::failed, this, [this](const Error &error) {
        fail(error.kind == Error::Kind::NotFound ? tr("The sign-in took too long and expired. Try again.")
                                                 : tr("Sign-in failed: %1").arg(error.message));
    });
    m_session->start();
}

void SignInWindow::finishSignIn(const auth::LoginSession::Success &success)
{
    auth::Account account;
    account.panelUrl = m_client->endpoint().baseUrl;
    account.crsid = success.tokenInfo.crsid;
    account.displayName = success.tokenInfo.crsid;
    account.tokenId = success.tokenInfo.id;
    account.pinnedCertificatePem = m_pinnedCertificate;
    account.lastUsed = Clock::nowUtc();
    showForm();
    Q_EMIT signedIn(account, success.token);
}

} // namespace mws::ui
