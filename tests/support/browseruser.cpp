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
