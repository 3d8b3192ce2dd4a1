#include "pages/sitepage.h"

#include "session/accountsession.h"

namespace mws::ui {

std::optional<model::Site> SiteView::site() const
{
    return session && !siteId.isEmpty() ? session->site(siteId) : std::nullopt;
}

SiteAccess SiteAccess::of(const session::AccountSession *session, const QString &siteId)
{
    SiteAccess access;
    if (!session || siteId.isEmpty() || !session->site(siteId))
        return access;
    access.siteSelected = true;
    access.staff = session->isStaff();
    for (const model::SiteMember &member : session->members(siteId))
        if (member.crsid == session->account().crsid)
            access.role = member.role;
    return access;
}

QString SitePage::fieldLabel(const QString &apiField) const
{
    Q_UNUSED(apiField);
    return {};
}

} // namespace mws::ui
