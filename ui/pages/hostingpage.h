#pragma once

#include "api/hostingrequest.h"
#include "model/hosting.h"
#include "pages/sitepage.h"

#include <QMetaType>
#include <QPointer>

namespace mws::ui {

// What the user must be told before a change is applied. A destructive change (a vhost or a
// domain name going away) says what stops working and is confirmed by typing confirmText.
struct ChangeNotice
{
    QString title;        // "Add the vhost blog", "Change PHP settings"
    QString consequences; // empty for harmless changes
    QString confirmText;  // empty: a click confirms
};

class HostingController;

// The pages that show what a site serves (Web sites, PHP, Apache). A page shows one site's
// hosting and turns what the user edits into a HostingRequest; it never sends anything itself:
// its HostingController (shared by the three) loads the hosting, previews the request, shows
// the diff, applies it as a job and reports the result.
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

Q_SIGNALS:
    void changeRequested(const mws::api::HostingRequest &request, const mws::ui::ChangeNotice &notice);

private:
    QPointer<HostingController> m_controller;
};

} // namespace mws::ui

Q_DECLARE_METATYPE(mws::ui::ChangeNotice)
