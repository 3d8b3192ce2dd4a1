// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "areas.h"
#include "dialogs/messagebox.h"
#include "jobs/jobspanel.h"
#include "language.h"
#include "models/accountsitetreemodel.h"
#include "session/accountsession.h"
#include "sites/sitenavigator.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mws::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_labels(codeLabels())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MWS Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mws-admin.svg")));

    auto *splitter = new QSplitter(this);
    m_navigator = new SiteNavigator(splitter);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    m_offlineBanner = new QLabel(right);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px "
                                                  "solid #e0c36b; border-radius: 4px; padding: 8px; }"));
    m_offlineBanner->hide();
    for (const AccountBarEntry &entry : accountBarTable()) {
        m_accountBars << entry.create(right);
        rightLayout->addWidget(m_accountBars.last());
    }
    rightLayout->addWidget(m_offlineBanner);
    m_pages = new QTabWidget(right);
    m_pages->setObjectName(QStringLiteral("sitePages"));
    rightLayout->addWidget(m_pages);
    splitter->addWidget(m_navigator);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 760});
    setCentralWidget(splitter);

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobs = new JobsPanel(m_labels, jobsDock);
    jobsDock->setWidget(m_jobs);
    buildPages();
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    resizeDocks({jobsDock}, {170}, Qt::Vertical);

    connect(m_navigator, &SiteNavigator::currentChanged, this, &MainWindow::showCurrent);
    connect(m_jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) {
        const QString text = job.state == model::JobState::Succeeded
                                 ? tr("“%1” finished.").arg(m_labels.jobKind(job.kind))
                                 : tr("“%1” ended: %2").arg(m_labels.jobKind(job.kind), job.error);
        showNotice(text);
    });

    buildMenus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1100, 720);
    updateOnline();
    updateAccountActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    const SitePageContext context{m_pages, m_jobs, m_pages, &m_labels};
    for (const SitePageEntry &entry : sitePageTable()) {
        SitePage *page = entry.create(context);
        m_pages->addTab(page, QCoreApplication::translate("mws::ui::SitePages", entry.title));
        m_sitePages.append({entry, page, true});
    }
}

// Shows the pages the current person may see, each told about the current site.
void MainWindow::updatePages()
{
    const auto site = m_current ? m_current->site(m_currentSiteId) : std::nullopt;
    const QString siteId = site ? m_currentSiteId : QString();
    const SiteAccess access = SiteAccess::of(m_current, siteId);
    const bool offline = m_current && !m_current->isOnline();
    bool visibilityChanged = false;
    for (int i = 0; i < m_sitePages.size(); ++i) {
        PageSlot &slot = m_sitePages[i];
        const bool visible = slot.entry.visibleTo(access);
        visibilityChanged = visibilityChanged || visible != slot.visible;
        slot.visible = visible;
        m_pages->setTabVisible(i, visible);
        slot.page->setSite({m_current, siteId, offline, slot.entry.mayChange(access)});
    }
    if (visibilityChanged || m_pageActions.isEmpty())
        updatePageActions();
}

// The View menu lists the pages seen, in tab order, with Ctrl+1, Ctrl+2, … in that order.
void MainWindow::updatePageActions()
{
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    int number = 0;
    for (const PageSlot &slot : std::as_const(m_sitePages)) {
        if (!slot.visible)
            continue;
        auto *action = new QAction(QCoreApplication::translate("mws::ui::SitePages", slot.entry.title), this);
        if (++number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this,
                [this, page = slot.page] { m_pages->setCurrentWidget(page); });
        m_viewMenu->insertAction(m_pagesEnd, action);
        m_pageActions.append(action);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_refresh = file->addAction(tr("&Refresh"), this, [this] {
        for (session::AccountSession *session : sessions())
            session->refreshSites();
        if (m_current && !m_currentSiteId.isEmpty())
            m_current->refreshSite(m_currentSiteId);
        for (const PageSlot &slot : std::as_const(m_sitePages))
            slot.page->refresh();
        for (const QList<AccountWatch *> &watches : std::as_const(m_watches))
            for (AccountWatch *watch : watches)
                watch->checkNow();
    });
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Ask every account's control panel for what changed"));
    file->addSeparator();
    QAction *add = file->addAction(tr("&Add account…"), this, &MainWindow::addAccountRequested);
    add->setObjectName(QStringLiteral("addAccountAction"));
    add->setStatusTip(
        tr("Sign in to another control panel, or as someone else, beside the accounts open now"));
    for (const AccountBar *bar : std::as_const(m_accountBars))
        file->addActions(bar->fileActions());
    m_goToMenu = file->addMenu(tr("&Go to account"));
    m_goToMenu->setObjectName(QStringLiteral("goToAccountMenu"));
    m_signOut = file->addAction(tr("Sign &out"), this, [this] {
        if (m_current)
            Q_EMIT signOutRequested(m_current);
    });
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_navigator->setContextActions({m_refresh, m_signOut});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *find = view->addAction(tr("&Find site"), m_navigator, &SiteNavigator::focusSearch);
    find->setShortcut(QKeySequence::Find);
    m_pagesEnd = view->addSeparator(); // the pages' actions come before it (updatePageActions)
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const Theme current = savedTheme();
    for (const auto &[theme, name] :
         {std::pair{Theme::System, tr("&System")}, std::pair{Theme::Light, tr("&Light")},
          std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction *action = themeMenu->addAction(name, this, [theme] { applyTheme(theme, true); });
        action->setCheckable(true);
        action->setChecked(theme == current);
        themes->addAction(action);
    }
    view->addMenu(new LanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MWS Admin"), this, [this] {
        MessageBox::about(this, tr("About MWS Admin"),
                          tr("<p><b>MWS Admin</b> %1</p><p>Desktop administration for the Managed Web "
                             "Service.</p>")
                              .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addSession(session::AccountSession *session, bool makeCurrent)
{
    if (!session || sessions().contains(session))
        return;
    connect(session, &session::AccountSession::sitesChanged, this, [this, session] {
        if (session == m_current)
            updateSiteDetails();
    });
    connect(session, &session::AccountSession::siteDetailsChanged, this,
            [this, session](const QString &siteId) {
                if (session == m_current && siteId == m_currentSiteId)
                    updateSiteDetails();
            });
    connect(session, &session::AccountSession::onlineChanged, this, [this, session] {
        if (session == m_current)
            updateOnline();
    });
    connect(session, &session::AccountSession::failure, this, [this, session](const Error &error) {
        statusBar()->showMessage(tr("%1: %2").arg(accountLabel(session->account()), error.message), 10000);
    });
    QList<AccountWatch *> &watches = m_watches[session];
    for (const AccountWatchEntry &entry : accountWatchTable()) {
        AccountWatch *watch = entry.create(*session, session);
        connect(watch, &AccountWatch::notice, this,
                [this, session](const QString &siteId, const QString &text) {
                    showNotice(text, session, siteId);
                });
        watches.append(watch);
    }
    m_navigator->addAccount(session, makeCurrent);
    updateAccountActions();
}

void MainWindow::removeSession(session::AccountSession *session)
{
    if (!session)
        return;
    disconnect(session, nullptr, this, nullptr);
    qDeleteAll(m_watches.take(session));
    m_navigator->removeAccount(session);
    updateAccountActions();
}

void MainWindow::showNotice(const QString &text, session::AccountSession *session, const QString &siteId)
{
    statusBar()->showMessage(text, 10000);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || isActiveWindow())
        return;
    auto *tray = new QSystemTrayIcon(windowIcon(), this);
    if (session && !siteId.isEmpty())
        connect(tray, &QSystemTrayIcon::messageClicked, this,
                [this, account = QPointer<session::AccountSession>(session), siteId] {
                    if (account && selectSite(account, siteId)) {
                        showNormal();
                        raise();
                        activateWindow();
                    }
                });
    tray->show();
    tray->showMessage(tr("MWS Admin"), text);
    QTimer::singleShot(15000, tray, &QObject::deleteLater);
}

QList<session::AccountSession *> MainWindow::sessions() const
{
    return m_navigator->accounts();
}

bool MainWindow::selectSite(const QString &siteId)
{
    return selectSite(m_current, siteId);
}

bool MainWindow::selectSite(session::AccountSession *session, const QString &siteId)
{
    return m_navigator->selectSite(session, siteId);
}

void MainWindow::showCurrent(session::AccountSession *session, const QString &siteId)
{
    const bool accountChanged = session != m_current;
    m_current = session;
    m_currentSiteId = siteId;
    if (accountChanged) {
        m_jobs->setClient(session ? session->client() : nullptr);
        for (AccountBar *bar : std::as_const(m_accountBars))
            bar->setSession(session);
        if (session) {
            setWindowTitle(tr("%1 — MWS Admin").arg(accountLabel(session->account())));
            statusBar()->showMessage(
                tr("Signed in as %1 on %2")
                    .arg(session->account().crsid, session->account().panelUrl.toString()),
                10000);
        } else {
            setWindowTitle(tr("MWS Admin"));
        }
        updateOnline();
        updateAccountActions();
        Q_EMIT currentAccountChanged(session);
    }
    m_jobs->showSite(siteId);
    updateSiteDetails();
    if (session && !siteId.isEmpty())
        session->refreshSite(siteId);
}

void MainWindow::updateSiteDetails()
{
    updatePages();
}

void MainWindow::updateOnline()
{
    const bool offline = m_current && !m_current->isOnline();
    if (offline) {
        const auth::Account &account = m_current->account();
        m_offlineBanner->setText(tr("The control panel at %1 cannot be reached. You are seeing what was last "
                                    "loaded for %2; changes are disabled until it answers again. Retrying…")
                                     .arg(account.panelUrl.toString(), account.crsid));
    }
    m_offlineBanner->setVisible(offline);
    m_jobs->setReadOnly(offline);
    updatePages();
}

void MainWindow::updateAccountActions()
{
    const QList<session::AccountSession *> open = sessions();
    m_goToMenu->clear();
    for (int i = 0; i < open.size(); ++i) {
        session::AccountSession *session = open.at(i);
        QAction *action = m_goToMenu->addAction(accountLabel(session->account()), this,
                                                [this, session] { m_navigator->selectAccount(session); });
        action->setCheckable(true);
        action->setChecked(session == m_current);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    m_goToMenu->setEnabled(!open.isEmpty());
    m_signOut->setEnabled(m_current != nullptr);
    m_signOut->setText(m_current ? tr("Sign &out of %1").arg(accountLabel(m_current->account()))
                                 : tr("Sign &out"));
    m_refresh->setEnabled(!open.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mws::ui
