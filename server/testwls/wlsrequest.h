// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "formencoding.h"

#include <QString>
#include <QStringList>

namespace mws::testwls {

// A WAA's request to the test WLS, checked the way the protocol asks. A request that cannot be
// served still yields what is needed to answer it: a status, and the url if one can take it.
struct WlsRequest
{
    // Names of the protocol; a POST of the login form carries its own fields on top.
    static const QStringList protocolNames;

    static WlsRequest fromItems(const raven::FormItems &items, const QStringList &formNames = {});

    int replyVersion = 1; // the version to answer in: the requested one if supported, else 1
    QString url;
    bool urlUsable = false; // an absolute http(s) URL the answer can be appended to
    QString desc;
    QString msg;
    QStringList aauth;
    QString iact; // "", "yes" or "no"
    QString params;
    bool fail = false;

    int failureStatus = 0; // 0: the request can be served
    QString failureMessage;

    raven::FormItems protocolItems; // as received, for the hidden fields of the login form
    raven::FormItems formItems;     // userid, pwd, cancel, ... of a POST
    QString formValue(const QString &name) const;
};

} // namespace mws::testwls
