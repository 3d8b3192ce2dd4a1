#include "mainwindow.h"

#include "jobs/jobspanel.h"
#include "models/sitelistmodel.h"
#include "pages/activitypage.h"
#include "pages/overviewpage.h"
#include "session/accountsession.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mws::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MWS Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mws-admin.svg")));

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("siteSearch"));
    m_search->setPlaceholderText(tr("Search sites (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search sites by name, address or ID"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_sites = new SiteListModel(this);
    m_filter = new SiteFilterModel(this);
    m_filter->setSourceModel(m_sites);
    m_siteList = new QListView(left);
    m_siteList->setObjectName(QStringLiteral("siteList"));
    m_siteList->setAccessibleName(tr("Sites"));
    m_siteList->setModel(m_filter);
    m_siteList->setUniformItemSizes(true);
    m_siteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_siteList);
    m_emptyList = new QLabel(tr("No sites yet."), left);
    m_emptyList->setWordWrap(true);
    leftLayout->addWidget(m_emptyList);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    m_offlineBanner = new QLabel(right);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setText(
        tr("The control panel cannot be reached. You are seeing what was last loaded; changes "
           "are disabled until it answers again. Retrying…"));
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px "
                                                  "solid #e0c36b; border-radius: 4px; padding: 8px; }"));
    m_offlineBanner->hide();
    rightLayout->addWidget(m_offlineBanner);
    m_pages = new QTabWidget(right);
    m_pages->setObjectName(QStringLiteral("sitePages"));
    m_overview = new OverviewPage(m_pages);
    m_activity = new ActivityPage(m_pages);
    m_pages->addTab(m_overview, tr("&Overview"));
    m_pages->addTab(m_activity, tr("&Activity"));
    rightLayout->addWidget(m_pages);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 820});
    setCentralWidget(splitter);

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobs = new JobsPanel(jobsDock);
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    resizeDocks({jobsDock}, {170}, Qt::Vertical);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SiteFilterModel::setSearchText);
    connect(m_siteList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::siteSelected);
    connect(m_overview, &OverviewPage::openInBrowserRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) {
        const QString text = job.state == model::JobState::Succeeded
                                 ? tr("Job %1 finished.").arg(job.kind)
                                 : tr("Job %1 ended: %2").arg(job.kind, job.error);
        statusBar()->showMessage(text, 10000);
        if (QSystemTrayIcon::isSystemTrayAvailable() && !isActiveWindow()) {
            auto *tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
            tray->showMessage(tr("MWS Admin"), text);
            QTimer::singleShot(15000, tray, &QObject::deleteLater);
        }
    });

    buildMenus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1100, 720);
    updateSites();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, [this] {
        if (m_session) {
            m_session->refreshSites();
            if (!m_currentSiteId.isEmpty())
                m_session->refreshSite(m_currentSiteId);
        }
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Add account…"), this, &MainWindow::addAccountRequested);
    m_switchMenu = file->addMenu(tr("S&witch account"));
    m_switchMenu->setObjectName(QStringLiteral("switchAccountMenu"));
    m_switchMenu->setEnabled(false);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find site"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("&Overview"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_pages->setCurrentWidget(m_overview); });
    view->addAction(tr("&Activity"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_pages->setCurrentWidget(m_activity); });
    view->addSeparator();
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MWS Admin"), this, [this] {
        QMessageBox::about(this, tr("About MWS Admin"),
                           tr("<p><b>MWS Admin</b> %1</p><p>Desktop administration for the Managed Web "
                              "Service.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setOtherAccounts(const QList<std::pair<QString, QString>> &accounts)
{
    m_switchMenu->clear();
    for (const auto &[key, label] : accounts)
        m_switchMenu->addAction(label, this, [this, key] { Q_EMIT switchAccountRequested(key); });
    m_switchMenu->setEnabled(!accounts.isEmpty());
}

void MainWindow::setSession(session::AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_jobs->setClient(session ? session->client() : nullptr);
    m_currentSiteId.clear();
    if (session) {
        connect(session, &session::AccountSession::sitesChanged, this, &MainWindow::updateSites);
        connect(session, &session::AccountSession::siteDetailsChanged, this, &MainWindow::updateSiteDetails);
        connect(session, &session::AccountSession::onlineChanged, this, &MainWindow::updateOnline);
        connect(session, &session::AccountSession::failure, this,
                [this](const Error &error) { statusBar()->showMessage(error.message, 10000); });
        setWindowTitle(
            tr("%1 on %2 — MWS Admin").arg(session->account().crsid, session->account().panelUrl.host()));
        statusBar()->showMessage(tr("Signed in as %1 on %2")
                                     .arg(session->account().crsid, session->account().panelUrl.toString()));
        updateOnline(session->isOnline());
    }
    updateSites();
}

void MainWindow::updateSites()
{
    const QString keep = m_currentSiteId;
    m_sites->setSites(m_session ? m_session->sites() : QList<model::Site>());
    m_emptyList->setVisible(m_sites->rowCount() == 0);
    m_emptyList->setText(m_session && !m_session->isOnline()
                             ? tr("No sites were saved from an earlier visit.")
                             : tr("You have no sites on this panel yet."));
    if (!keep.isEmpty() && selectSite(keep))
        return;
    if (m_filter->rowCount() > 0 && !m_siteList->currentIndex().isValid())
        m_siteList->setCurrentIndex(m_filter->index(0, 0));
}

bool MainWindow::selectSite(const QString &siteId)
{
    const QModelIndex source = m_sites->indexOf(siteId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_siteList->setCurrentIndex(index);
    return true;
}

void MainWindow::siteSelected()
{
    const QString siteId = m_siteList->currentIndex().data(SiteListModel::SiteIdRole).toString();
    if (siteId == m_currentSiteId)
        return updateSiteDetails(siteId);
    m_currentSiteId = siteId;
    m_jobs->showSite(siteId);
    updateSiteDetails(siteId);
    if (m_session && !siteId.isEmpty())
        m_session->refreshSite(siteId);
}

void MainWindow::updateSiteDetails(const QString &siteId)
{
    if (!m_session || siteId != m_currentSiteId)
        return;
    const auto site = m_session->site(siteId);
    if (!site) {
        m_overview->clear();
        m_activity->setEvents({});
        return;
    }
    m_overview->showSite(*site, m_session->members(siteId), m_session->account().crsid);
    m_activity->setEvents(m_session->activity(siteId));
}

void MainWindow::updateOnline(bool online)
{
    m_offlineBanner->setVisible(!online);
    m_jobs->setReadOnly(!online);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mws::ui
