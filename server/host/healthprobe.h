#pragma once

#include "hostconfig.h"
#include "siteparts.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace mws::host {

// Asks one probe and reports the answer's status and tag (status 0 and why, when there was
// none). Only the status line and headers are read: the body, which the site's owner writes,
// never is, so a site answering with gigabytes cannot swell the panel. A probe straight to a
// site's own server presents the front's client certificate and pins the site's.
using ProbeAnswer = std::function<void(int status, const QByteArray &tag, const QString &error)>;
void askProbe(QNetworkAccessManager &network, const HostConfig &config, const QString &siteId,
              const HealthProbe &probe, QObject *context, ProbeAnswer done);

} // namespace mws::host
