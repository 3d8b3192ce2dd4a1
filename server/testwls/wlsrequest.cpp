// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wlsrequest.h"

#include <QSet>
#include <QUrl>

namespace mws::testwls {

namespace {

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

const QStringList WlsRequest::protocolNames{
    QStringLiteral("ver"),  QStringLiteral("url"), QStringLiteral("desc"),   QStringLiteral("aauth"),
    QStringLiteral("iact"), QStringLiteral("msg"), QStringLiteral("params"), QStringLiteral("date"),
    QStringLiteral("skew"), QStringLiteral("fail")};

QString WlsRequest::formValue(const QString &name) const
{
    for (const auto &[key, value] : formItems) {
        if (key == name)
            return value;
    }
    return {};
}

WlsRequest WlsRequest::fromItems(const raven::FormItems &items, const QStringList &formNames)
{
    WlsRequest request;
    QSet<QString> seen;
    QString duplicate;
    QString unknown;
    QHash<QString, QString> values;
    for (const auto &[name, value] : items) {
        if (formNames.contains(name)) {
            request.formItems.append({name, value});
            continue;
        }
        if (!protocolNames.contains(name)) {
            unknown = name;
            continue;
        }
        if (seen.contains(name))
            duplicate = name;
        seen.insert(name);
        values.insert(name, value);
        request.protocolItems.append({name, value});
    }

    // The url first: it decides whether any failure below can be sent back to the WAA.
    request.url = values.value(QStringLiteral("url"));
    const QUrl url(request.url, QUrl::StrictMode);
    request.urlUsable = url.isValid() && !url.host().isEmpty() && !url.hasFragment() &&
                        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    request.params = values.value(QStringLiteral("params"));
    request.fail = values.value(QStringLiteral("fail")) == QLatin1String("yes");

    const auto fail = [&request](int status, const QString &message) {
        if (!request.failureStatus) {
            request.failureStatus = status;
            request.failureMessage = message;
        }
    };

    bool verOk = false;
    const QString verText = values.value(QStringLiteral("ver"));
    const int ver = verText.toInt(&verOk);
    if (!verOk || verText != QString::number(ver))
        fail(530, QStringLiteral("ver is missing or not a number"));
    else if (ver < 1 || ver > 3)
        fail(520, QStringLiteral("unsupported protocol version %1").arg(ver));
    else
        request.replyVersion = ver;

    if (!duplicate.isEmpty())
        fail(530, QStringLiteral("parameter %1 given more than once").arg(duplicate));
    if (!unknown.isEmpty())
        fail(530, QStringLiteral("unknown parameter %1").arg(unknown.left(40)));
    if (!request.urlUsable)
        fail(530, QStringLiteral("url is missing or not an absolute http(s) URL"));

    request.desc = values.value(QStringLiteral("desc"));
    request.msg = values.value(QStringLiteral("msg"));
    if (!isPrintableAscii(request.desc) || !isPrintableAscii(request.msg))
        fail(530, QStringLiteral("desc and msg must be printable ASCII"));

    request.iact = values.value(QStringLiteral("iact"));
    if (!request.iact.isEmpty() && request.iact != QLatin1String("yes") &&
        request.iact != QLatin1String("no"))
        fail(530, QStringLiteral("iact must be yes or no"));

    const QString aauth = values.value(QStringLiteral("aauth"));
    request.aauth = aauth.isEmpty() ? QStringList{QStringLiteral("pwd")} : aauth.split(QLatin1Char(','));
    if (!request.aauth.contains(QLatin1String("pwd")))
        fail(510, QStringLiteral("none of the requested authentication types is available"));
    return request;
}

} // namespace mws::testwls
