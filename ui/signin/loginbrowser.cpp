// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signin/loginbrowser.h"

#include <QDesktopServices>
#include <QProcess>

namespace mws::ui {

bool openLoginUrl(const QUrl &url)
{
    const QString browser = qEnvironmentVariable("MWS_BROWSER");
    if (browser.isEmpty())
        return QDesktopServices::openUrl(url);
    QStringList command = QProcess::splitCommand(browser);
    if (command.isEmpty())
        return false;
    const QString program = command.takeFirst();
    return QProcess::startDetached(program, command << url.toString());
}

} // namespace mws::ui
