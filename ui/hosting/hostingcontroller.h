// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/sitepage.h"
#include "util/error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;

namespace mws::session {
class SiteResourceLoader;
}

namespace mws::ui {

class ChangeFlow;
class HostingPage;
class JobsPanel;

// What drives the hosting pages (Web sites, PHP, Apache), shared by them: one
// SiteResourceLoader fills them for the selected site (the site's hosting and the panel's
// catalogue, from the offline cache first), each page's changeRequested runs a ChangeFlow with
// the hosting's ETag, new jobs go to the jobs panel, and the hosting is loaded again when one
// ends. Read-only while offline, until the panel has confirmed what the cache showed, while a
// change is under way, or for those the page table does not let change the site.
class HostingController : public QObject
{
    Q_OBJECT

public:
    HostingController(QObject *owner, JobsPanel *jobs);

    // The controller of the pages made in this context, made by the first of them.
    static HostingController *shared(const SitePageContext &context);
    void addPage(HostingPage *page);

    void setSite(const SiteView &view);
    // File → Refresh: also asks again what is kept per account (that the panel has no web servers).
    void refresh();

    session::SiteResourceLoader *loader() const { return m_loader; }
    ChangeFlow *changeFlow() const { return m_flow; }
    // A change is under way, or the hosting is being loaded again after one.
    bool isBusy() const;

private:
    void showLoaded();
    void showFailure(const Error &error);
    void showNothing(const QString &explanation);
    bool siteIsActive(QString *explanation) const;
    void reloadAfterChange();
    void updateReadOnly();
    void showExplanation(const QString &text);

    JobsPanel *m_jobs;
    SiteView m_view;
    QList<QPointer<HostingPage>> m_pages;
    QList<QLabel *> m_explanations; // over each page while there is nothing to show
    session::SiteResourceLoader *m_loader;
    ChangeFlow *m_flow;
    QHash<const session::AccountSession *, QString> m_withoutHosting; // their panels answered 503: why
    QSet<const session::AccountSession *> m_watched;
    bool m_reloading = false; // after a change: read-only until the new hosting is in
};

// The page table's factory of a hosting page: the page, handed to the shared controller.
template <typename Page> SitePage *makeHostingPage(const SitePageContext &context)
{
    auto *page = new Page(context.parent);
    HostingController::shared(context)->addPage(page);
    return page;
}

} // namespace mws::ui
