// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "pages/sitepage.h"

class QLabel;
class QPushButton;

namespace mws::ui {

class MembersEditor;

// A site at a glance: status, addresses, who has access (changed here by those who may: the page
// table's rule), and the quick actions.
class OverviewPage : public SitePage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSite(const SiteView &view) override;
    void showSite(const model::Site &site, const QString &myCrsid);
    void clear();

Q_SIGNALS:
    void openInBrowserRequested(const QUrl &url);

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_address;
    QLabel *m_siteId;
    QLabel *m_contact;
    QLabel *m_description;
    QPushButton *m_open;
    QPushButton *m_copySsh;
    MembersEditor *m_members;
    QString m_sshCommand;
    QUrl m_siteUrl;
};

} // namespace mws::ui
