#pragma once

#include "api/hostingrequest.h"
#include "model/hosting.h"

#include <QMetaType>
#include <QWidget>

namespace mws::ui {

// What the user must be told before a change is applied. A destructive change (a vhost or a
// domain name going away) says what stops working and is confirmed by typing confirmText.
struct ChangeNotice
{
    QString title;        // "Add the vhost blog", "Change PHP settings"
    QString consequences; // empty for harmless changes
    QString confirmText;  // empty: a click confirms
};

// The pages that show what a site serves (Web sites, PHP, Apache). A page shows one site's
// hosting and turns what the user edits into a HostingRequest; it never sends anything itself:
// the window previews the request, shows the diff, applies it as a job and reports the result.
class HostingPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) = 0;
    virtual void clear() = 0;
    // Offline, or the caller may not change the site: everything is shown, nothing can be sent.
    virtual void setReadOnly(bool readOnly) = 0;

Q_SIGNALS:
    void changeRequested(const mws::api::HostingRequest &request, const mws::ui::ChangeNotice &notice);
};

} // namespace mws::ui

Q_DECLARE_METATYPE(mws::ui::ChangeNotice)
