// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/hostingrequest.h"
#include "changes/changenotice.h"
#include "model/hosting.h"
#include "pages/sitepage.h"

#include <QPointer>

namespace mws::api {
class PanelClient;
}

namespace mws::ui {

class HostingController;

// The pages that show what a site serves (Web sites, PHP, Apache). A page shows one site's
// hosting and turns what the user edits into a HostingRequest; it never applies a change itself:
// its HostingController (shared by the three) loads the hosting, previews the request, shows
// the diff, applies it as a job and reports the result. (What changes no configuration, a
// certificate request, a page may send itself: setPanel().)
class HostingPage : public SitePage
{
    Q_OBJECT

public:
    using SitePage::SitePage;

    // Handed on to the controller, which loads the site's hosting once for all its pages.
    void setSite(const SiteView &view) override;
    void refresh() override;
    void setController(HostingController *controller);

    virtual void showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) = 0;
    virtual void clear() = 0;
    // Offline, or the caller may not change the site: everything is shown, nothing can be sent.
    virtual void setReadOnly(bool readOnly) = 0;
    // For a page that also sends what applies no configuration itself (a certificate request:
    // the panel makes a key and its CSR at once): the site's client, the hosting's ETag and the
    // site's own host name, given with each hosting shown. Most pages need none of it.
    virtual void setPanel(api::PanelClient *client, const QByteArray &etag, const QString &siteHostname)
    {
        Q_UNUSED(client);
        Q_UNUSED(etag);
        Q_UNUSED(siteHostname);
    }

Q_SIGNALS:
    void changeRequested(const mws::api::HostingRequest &request, const mws::ui::ChangeNotice &notice);
    // The hosting changed outside a job (a certificate request): load it again.
    void reloadRequested();

private:
    QPointer<HostingController> m_controller;
};

} // namespace mws::ui
