#include "pages/sitepages.h"

#include "hosting/hostingcontroller.h"
#include "pages/activitypage.h"
#include "pages/apachepage.h"
#include "pages/overviewpage.h"
#include "pages/phppage.h"
#include "pages/websitespage.h"

#include <algorithm>

namespace mws::ui {

namespace pagerules {

bool anyone(const SiteAccess &)
{
    return true;
}

bool siteSelected(const SiteAccess &access)
{
    return access.siteSelected;
}

bool notSshOnly(const SiteAccess &access)
{
    return access.staff || access.role != model::Role::SshUser;
}

} // namespace pagerules

namespace {

template <typename Page> SitePage *make(const SitePageContext &context)
{
    return new Page(context.parent);
}

} // namespace

QList<SitePageEntry> sitePageTable()
{
    using namespace pagerules;
    QList<SitePageEntry> table{
        {10, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Overview"), &make<OverviewPage>, anyone, anyone},
        {20, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Web sites"), &makeHostingPage<WebSitesPage>,
         siteSelected, notSshOnly},
        {30, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&PHP"), &makeHostingPage<PhpPage>, siteSelected,
         notSshOnly},
        {40, QT_TRANSLATE_NOOP("mws::ui::SitePages", "Apa&che"), &makeHostingPage<ApachePage>, siteSelected,
         notSshOnly},
        {50, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Activity"), &make<ActivityPage>, anyone, anyone},
    };
    std::stable_sort(table.begin(), table.end(),
                     [](const SitePageEntry &a, const SitePageEntry &b) { return a.order < b.order; });
    return table;
}

} // namespace mws::ui
