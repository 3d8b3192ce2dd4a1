// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/hostingcontroller.h"

#include "api/hostingrequest.h"
#include "changes/changeflow.h"
#include "hosting/hostingpage.h"
#include "jobs/jobspanel.h"
#include "models/sitelistmodel.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"

#include <QEvent>
#include <QLabel>

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

// What the hosting pages show: the panel's catalogue (kept per account; asked first, so that a
// panel without web servers is asked once) and the site's hosting.
constexpr int catalogueIndex = 0;
constexpr int hostingIndex = 1;

QList<session::SiteResource> hostingResources(const QString &siteId)
{
    using session::SiteResource;
    return {SiteResource::of<model::HostingCatalogue>(QStringLiteral("hosting/catalogue"),
                                                      [](api::PanelClient *client, const QByteArray &etag) {
                                                          return api::HostingClient(*client).catalogue(etag);
                                                      }),
            SiteResource::of<model::SiteHosting>(QStringLiteral("site/%1/hosting").arg(siteId),
                                                 [siteId](api::PanelClient *client, const QByteArray &etag) {
                                                     return api::HostingClient(*client).hosting(siteId, etag);
                                                 })};
}

} // namespace

HostingController::HostingController(QObject *owner, JobsPanel *jobs)
    : QObject(owner), m_jobs(jobs), m_loader(new session::SiteResourceLoader(&hostingResources, this)),
      m_flow(new ChangeFlow(jobs, this))
{
    connect(m_loader, &session::SiteResourceLoader::loading, this, [this] { showNothing(QString()); });
    connect(m_loader, &session::SiteResourceLoader::loaded, this, &HostingController::showLoaded);
    connect(m_loader, &session::SiteResourceLoader::failed, this, &HostingController::showFailure);
    connect(m_loader, &session::SiteResourceLoader::settled, this, [this] {
        m_reloading = false;
        updateReadOnly();
    });
    connect(m_flow, &ChangeFlow::finished, this, &HostingController::reloadAfterChange);
    connect(m_flow, &ChangeFlow::reloadNeeded, this, &HostingController::reloadAfterChange);
    connect(m_flow, &ChangeFlow::busyChanged, this, &HostingController::updateReadOnly);
    // Jobs started elsewhere (another window, another person) change the hosting too.
    connect(jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) {
        if (job.siteId == m_view.siteId && m_loader->isLoaded() && !m_flow->isBusy() && !m_reloading)
            m_loader->reload();
    });
}

HostingController *HostingController::shared(const SitePageContext &context)
{
    if (auto *known = context.owner->findChild<HostingController *>(QString(), Qt::FindDirectChildrenOnly))
        return known;
    return new HostingController(context.owner, context.jobs);
}

void HostingController::addPage(HostingPage *page)
{
    page->setController(this);
    m_pages << page;
    connect(page, &HostingPage::reloadRequested, m_loader, &session::SiteResourceLoader::reload);
    auto *cover = new QLabel(page);
    cover->setObjectName(QStringLiteral("hostingExplanation"));
    cover->setWordWrap(true);
    cover->setAlignment(Qt::AlignCenter);
    cover->setAutoFillBackground(true);
    cover->setMargin(24);
    cover->setGeometry(page->rect());
    new CoverFilter(cover, page);
    m_explanations << cover;
    connect(page, &HostingPage::changeRequested, this,
            [this, page](const api::HostingRequest &request, const ChangeNotice &notice) {
                if (!m_view.session || !m_loader->isLoaded())
                    return;
                m_flow->run(m_view.session->client(), m_view.siteId, request, notice,
                            m_loader->etag(hostingIndex), page->window(), page);
            });
    cover->setText(tr("No site selected."));
    page->setReadOnly(true);
}

bool HostingController::siteIsActive(QString *explanation) const
{
    const auto site = m_view.site();
    if (!site) {
        *explanation = tr("No site selected.");
        return false;
    }
    if (site->status != model::SiteStatus::Active) {
        *explanation =
            tr("%1 is not active (%2). Web sites, PHP and Apache settings can be changed while a site is "
               "active.")
                .arg(site->name, statusText(site->status));
        return false;
    }
    return true;
}

void HostingController::setSite(const SiteView &view)
{
    const bool sameSite = view.session == m_view.session && view.siteId == m_view.siteId;
    const bool backOnline = sameSite && m_view.offline && !view.offline;
    m_view = view;
    if (view.session && !m_watched.contains(view.session.data())) {
        m_watched.insert(view.session.data());
        connect(view.session.data(), &QObject::destroyed, this, [this, session = view.session.data()] {
            m_withoutHosting.remove(session);
            m_watched.remove(session);
        });
    }
    QString explanation;
    if (!siteIsActive(&explanation)) {
        if (!sameSite || m_loader->isLoaded() || m_loader->isLoading() || m_loader->siteId().isEmpty())
            showNothing(explanation);
        m_loader->unload();
    } else if (const auto why = m_withoutHosting.constFind(view.session.data());
               why != m_withoutHosting.cend()) {
        m_loader->unload();
        showNothing(*why);
    } else {
        m_loader->setSite(view.session, view.siteId);
        // What the cache showed while offline is confirmed (or replaced) once the panel answers.
        if (backOnline && m_loader->isLoaded() && !m_loader->isConfirmed() && !m_loader->isLoading())
            m_loader->reload();
    }
    updateReadOnly();
}

void HostingController::refresh()
{
    if (!m_view.session || m_view.siteId.isEmpty())
        return;
    m_withoutHosting.remove(m_view.session.data());
    if (m_loader->isLoading()) // asked already, by another of the pages
        return;
    if (m_loader->isLoaded())
        m_loader->reload();
    else
        setSite(m_view);
}

bool HostingController::isBusy() const
{
    return m_flow->isBusy() || (m_reloading && m_loader->isLoading());
}

void HostingController::reloadAfterChange()
{
    // A site being loaded for the first time (another one than the change's, switched to
    // meanwhile) gets the current hosting anyway; a reload would only drop its cached copy.
    if (m_loader->isLoading() && !m_loader->isLoaded())
        return;
    m_reloading = true;
    m_loader->reload();
    updateReadOnly();
}

void HostingController::showLoaded()
{
    const auto hosting = model::SiteHosting::fromJson(m_loader->value(hostingIndex));
    const auto catalogue = model::HostingCatalogue::fromJson(m_loader->value(catalogueIndex));
    const auto site = m_view.site();
    for (HostingPage *page : std::as_const(m_pages)) {
        if (!page)
            continue;
        page->setPanel(m_view.session ? m_view.session->client() : nullptr, m_loader->etag(hostingIndex),
                       site ? site->hostname : QString());
        page->showHosting(hosting, catalogue);
    }
    showExplanation(QString());
    updateReadOnly();
}

void HostingController::showNothing(const QString &explanation)
{
    for (HostingPage *page : std::as_const(m_pages))
        if (page)
            page->clear();
    showExplanation(explanation.isEmpty() ? tr("Loading the site's web hosting…") : explanation);
    updateReadOnly();
}

void HostingController::showFailure(const Error &error)
{
    if (error.kind == Error::Kind::Unavailable || error.httpStatus == 503) {
        // Kept for the account until File → Refresh: asking again for every site would only wait.
        const QString why =
            tr("There are no web sites, PHP or Apache settings to show: %1 Use File → Refresh to "
               "ask again.")
                .arg(error.message);
        if (m_view.session)
            m_withoutHosting.insert(m_view.session.data(), why);
        showNothing(why);
    } else if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout) {
        showNothing(tr("The site's web hosting could not be loaded: the control panel cannot be reached."));
    } else {
        showNothing(tr("The site's web hosting could not be loaded: %1").arg(error.message));
    }
}

void HostingController::updateReadOnly()
{
    const bool readOnly =
        m_view.offline || isBusy() || !m_view.mayChange || !m_loader->isLoaded() || !m_loader->isConfirmed();
    for (HostingPage *page : std::as_const(m_pages))
        if (page)
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

void HostingPage::setController(HostingController *controller)
{
    m_controller = controller;
}

void HostingPage::setSite(const SiteView &view)
{
    if (m_controller)
        m_controller->setSite(view);
}

void HostingPage::refresh()
{
    if (m_controller)
        m_controller->refresh();
}

} // namespace mws::ui
