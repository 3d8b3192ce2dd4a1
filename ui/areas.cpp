// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "areas.h"

#include "cron/cronlabels.h"
#include "cron/cronnotices.h"
#include "cron/cronpage.h"
#include "databases/databaselabels.h"
#include "databases/databasespage.h"
#include "files/filespage.h"
#include "hosting/apachepage.h"
#include "hosting/hostingcontroller.h"
#include "hosting/hostinglabels.h"
#include "hosting/phppage.h"
#include "hosting/websitespage.h"
#include "pages/activitypage.h"
#include "pages/overviewpage.h"
#include "pages/sitelabels.h"
#include "siterequests/siterequestbanner.h"
#include "ssh/sshlabels.h"
#include "ssh/sshpage.h"
#include "staff/staffbanner.h"
#include "staff/stafflabels.h"
#include "terminal/terminalpage.h"

#include <algorithm>

namespace mws::ui {

QList<SitePageEntry> sitePageTable()
{
    using namespace pagerules;
    QList<SitePageEntry> table{
        {10, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Overview"), &makePage<OverviewPage>, anyone,
         managesMembers},
        {20, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Web sites"), &makeHostingPage<WebSitesPage>,
         siteSelected, notSshOnly},
        {30, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&PHP"), &makeHostingPage<PhpPage>, siteSelected,
         notSshOnly},
        {40, QT_TRANSLATE_NOOP("mws::ui::SitePages", "Apa&che"), &makeHostingPage<ApachePage>, siteSelected,
         notSshOnly},
        {42, QT_TRANSLATE_NOOP("mws::ui::SitePages", "C&ron"), &makePage<CronPage>, siteSelected, notSshOnly},
        {43, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Databases"), &makePage<DatabasesPage>, siteSelected,
         notSshOnly},
        {45, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&SSH"), &makePage<SshPage>, siteSelected, anyone},
        {50, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Activity"), &makePage<ActivityPage>, anyone, anyone},
        {60, QT_TRANSLATE_NOOP("mws::ui::SitePages", "F&iles"), &makePage<FilesPage>, siteSelected, anyone},
        {70, QT_TRANSLATE_NOOP("mws::ui::SitePages", "&Terminal"), &makePage<TerminalPage>, siteSelected,
         anyone},
    };
    std::stable_sort(table.begin(), table.end(),
                     [](const SitePageEntry &a, const SitePageEntry &b) { return a.order < b.order; });
    return table;
}

CodeLabels codeLabels()
{
    CodeLabels labels;
    labels.add(siteLabels());     // Overview and Activity: sites, members, sign-in, staff mode
    labels.add(hostingLabels());  // Web sites, PHP and Apache
    labels.add(sshLabels());      // SSH: keys and shell access
    labels.add(cronLabels());     // Cron: jobs and their runs
    labels.add(databaseLabels()); // Databases: MariaDB databases, users and grants
    labels.add(staffLabels());    // Staff console: the fleet's inventory, VM actions
    return labels;
}

QList<AccountWatchEntry> accountWatchTable()
{
    return {
        {&CronNotices::make}, // Cron: failed runs
    };
}

QList<AccountBarEntry> accountBarTable()
{
    return {
        {[](QWidget *parent) {
            return new StaffBanner(parent);
        }}, // Staff mode: its banner, File > Enter Staff Mode
        {[](QWidget *parent) {
            return new SiteRequestBanner(parent);
        }}, // Site requests: File > Request a Site…, and the request's note
    };
}

} // namespace mws::ui
