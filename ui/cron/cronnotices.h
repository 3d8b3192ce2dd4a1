// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/accountwatch.h"

namespace mws::session {
class CronWatch;
}

namespace mws::ui {

// The cron area's row of the watch table: a failed or timed-out run of any of the account's
// sites, said once (session::CronWatch decides what is new).
class CronNotices : public AccountWatch
{
    Q_OBJECT

public:
    CronNotices(session::AccountSession &session, QObject *parent);

    void checkNow() override;
    session::CronWatch *watch() const { return m_watch; }

    static AccountWatch *make(session::AccountSession &session, QObject *parent);

private:
    session::CronWatch *m_watch;
};

} // namespace mws::ui
