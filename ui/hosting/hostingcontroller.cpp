#include "hosting/hostingcontroller.h"

#include "hosting/changeflow.h"
#include "hosting/hostingloader.h"
#include "jobs/jobspanel.h"
#include "pages/apachepage.h"
#include "pages/phppage.h"
#include "pages/websitespage.h"
#include "session/accountsession.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>

namespace mws::ui {

namespace {

// Keeps a label over the whole of its parent page, while it is shown.
class CoverFilter : public QObject
{
public:
    CoverFilter(QLabel *cover, QWidget *page) : QObject(cover), m_cover(cover)
    {
        page->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_cover->setGeometry(static_cast<QWidget *>(watched)->rect());
        return false;
    }

private:
    QLabel *m_cover;
};

} // namespace

HostingController::HostingController(QTabWidget *tabs, int index, JobsPanel *jobs)
    : QObject(tabs), m_tabs(tabs), m_loader(new HostingLoader(this)), m_flow(new ChangeFlow(this))
{
    m_webSites = new WebSitesPage(tabs);
    m_php = new PhpPage(tabs);
    m_apache = new ApachePage(tabs);
    m_webSites->setObjectName(QStringLiteral("webSitesPage"));
    m_php->setObjectName(QStringLiteral("phpPage"));
    m_apache->setObjectName(QStringLiteral("apachePage"));
    tabs->insertTab(index, m_webSites, tr("&Web sites"));
    tabs->insertTab(index + 1, m_php, tr("&PHP"));
    tabs->insertTab(index + 2, m_apache, tr("Apa&che"));

    for (HostingPage *page : pages()) {
        auto *cover = new QLabel(page);
        cover->setObjectName(QStringLiteral("hostingExplanation"));
        cover->setWordWrap(true);
        cover->setAlignment(Qt::AlignCenter);
        cover->setAutoFillBackground(true);
        cover->setMargin(24);
        cover->setGeometry(page->rect());
        cover->hide();
        new CoverFilter(cover, page);
        m_explanations << cover;
        connect(page, &HostingPage::changeRequested, this,
                [this](const api::HostingRequest &request, const ChangeNotice &notice) {
                    if (!m_session || !m_loader->isLoaded())
                        return;
                    m_flow->run(m_session->client(), m_siteId, request, notice, m_loader->etag(),
                                m_tabs->window());
                });
    }

    connect(m_loader, &HostingLoader::cleared, this, [this](const QString &explanation) {
        for (HostingPage *page : pages())
            page->clear();
        showExplanation(explanation.isEmpty() ? tr("Loading the site's web hosting…") : explanation);
        updateReadOnly();
    });
    connect(m_loader, &HostingLoader::loaded, this,
            [this](const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) {
                const auto site = m_session ? m_session->site(m_siteId) : std::nullopt;
                m_webSites->setPanel(m_session ? m_session->client() : nullptr, m_loader->etag(),
                                     site ? site->hostname : QString());
                for (HostingPage *page : pages())
                    page->showHosting(hosting, catalogue);
                showExplanation(QString());
                updateReadOnly();
            });
    connect(m_webSites, &WebSitesPage::reloadRequested, m_loader, &HostingLoader::reload);
    connect(m_flow, &ChangeFlow::jobStarted, jobs, &JobsPanel::addJob);
    const auto reloadAfterChange = [this] {
        m_reloading = true;
        m_loader->reload();
        updateReadOnly();
    };
    connect(m_flow, &ChangeFlow::finished, this, reloadAfterChange);
    connect(m_flow, &ChangeFlow::reloadNeeded, this, reloadAfterChange);
    connect(m_loader, &HostingLoader::settled, this, [this] {
        m_reloading = false;
        updateReadOnly();
    });
    connect(m_flow, &ChangeFlow::busyChanged, this, &HostingController::updateReadOnly);
    // Jobs started elsewhere (another window, another person) change the hosting too.
    connect(jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) {
        if (job.siteId == m_siteId && m_loader->isLoaded() && !m_flow->isBusy())
            m_loader->reload();
    });
    showExplanation(tr("No site selected."));
    updateReadOnly();
}

QList<HostingPage *> HostingController::pages() const
{
    return {m_webSites, m_php, m_apache};
}

void HostingController::setSite(session::AccountSession *session, const QString &siteId)
{
    m_session = session;
    m_siteId = siteId;
    // SSH-only members see the hosting but may not change it; staff in staff mode may.
    m_mayChange = true;
    if (session && !session->isStaff())
        for (const model::SiteMember &member : session->members(siteId))
            if (member.crsid == session->account().crsid && member.role == model::Role::SshUser)
                m_mayChange = false;
    m_loader->setSite(session, siteId);
    updateReadOnly();
}

void HostingController::reload()
{
    if (m_session && !m_siteId.isEmpty())
        m_loader->refresh();
}

void HostingController::setOffline(bool offline)
{
    m_offline = offline;
    updateReadOnly();
}

bool HostingController::isBusy() const
{
    return m_flow->isBusy() || (m_reloading && m_loader->isLoading());
}

void HostingController::updateReadOnly()
{
    const bool readOnly = m_offline || isBusy() || !m_mayChange || !m_loader->isLoaded();
    for (HostingPage *page : pages())
        page->setReadOnly(readOnly);
}

void HostingController::showExplanation(const QString &text)
{
    for (QLabel *cover : std::as_const(m_explanations)) {
        cover->setText(text);
        cover->setVisible(!text.isEmpty());
        if (!text.isEmpty()) {
            cover->setGeometry(cover->parentWidget()->rect());
            cover->raise();
        }
    }
}

} // namespace mws::ui
