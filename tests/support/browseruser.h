// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace mws::test {

// The person at the browser when the app opens a sign-in link: registered as the URL handler
// (QDesktopServices::setUrlHandler(…, &browser, "openUrl")), it signs in at the test WLS as user
// and allows the app, as completeInBrowser() does.
class BrowserUser : public QObject
{
    Q_OBJECT

public:
    explicit BrowserUser(const QString &crsid = QStringLiteral("test0002"), QObject *parent = nullptr)
        : QObject(parent), user(crsid)
    {}

    QString user;  // who signs in
    QString error; // why the last sign-in failed, if it did
    int opened = 0;

public Q_SLOTS:
    void openUrl(const QUrl &url);
};

} // namespace mws::test
