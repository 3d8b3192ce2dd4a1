// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browseruser.h"

#include "panelharness.h"

namespace mws::test {

void BrowserUser::openUrl(const QUrl &url)
{
    ++opened;
    HttpClient browser;
    if (!completeInBrowser(browser, url, user, &error))
        qWarning("browser: %s", qPrintable(error));
}

} // namespace mws::test
