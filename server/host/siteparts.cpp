// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "siteparts.h"

#include "cronpart.h"
#include "hostfiles.h"
#include "hostingslice.h"
#include "hostingstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <csignal>

namespace mws::host {

namespace {

QString staged(const HostConfig &config, const QString &relative)
{
    return config.stagingDir() + QLatin1Char('/') + relative;
}

QString live(const HostConfig &config, const QString &relative)
{
    return config.root + QLatin1Char('/') + relative;
}

QStringList existing(const HostConfig &config, const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        if (QFileInfo::exists(live(config, path)))
            out << path;
    return out;
}

void testWith(QObject *context, const QString &program, const QStringList &arguments, const RunAs &runAs,
              const QString &server, std::function<void(const QString &)> done)
{
    runProcess(context, program, arguments, runAs, [server, done](int exitCode, const QString &output) {
        done(exitCode == 0 ? QString()
                           : QStringLiteral("%1 refused the configuration:\n%2").arg(server, output));
    });
}

// ---- parts ----

class WebServerPart final : public SitePart
{
public:
    QString name() const override { return QStringLiteral("web server configuration"); }
    QString server() const override { return QStringLiteral("web"); }
    bool readBySite() const override { return true; }
    SiteFiles render(const PartContext &context, const store::SiteState &state) const override
    {
        const model::SiteHosting hosting = store::hostingOf(state);
        const QByteArray file = renderSiteWebServer(context.config, hosting, context.slot);
        return file.isEmpty() ? SiteFiles() : SiteFiles{{siteWebServerFile(hosting.siteId), file}};
    }
    QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const override
    {
        return existing(config, {siteWebServerFile(siteId)});
    }
    // The logs and temporary files the site's servers write, and each vhost's document root
    // (writable by the site's group while the owner asked for that).
    QList<QPair<QString, QString>> homeFolders(const store::SiteState &state,
                                               const QDateTime &now) const override
    {
        const model::SiteHosting hosting = store::hostingOf(state);
        QList<QPair<QString, QString>> folders{{QStringLiteral("public_html"), QStringLiteral("0750")},
                                               {QStringLiteral("logs"), QStringLiteral("0750")},
                                               {QStringLiteral("tmp"), QStringLiteral("0700")}};
        for (const model::Vhost &vhost : hosting.vhosts) {
            const bool writable = vhost.docrootWritableUntil.isValid() && vhost.docrootWritableUntil > now;
            folders.append({vhost.documentRoot, writable ? QStringLiteral("2770") : QStringLiteral("0750")});
        }
        return folders;
    }
};

class PhpPart final : public SitePart
{
public:
    QString name() const override { return QStringLiteral("PHP-FPM pool"); }
    QString server() const override { return QStringLiteral("php"); }
    bool readBySite() const override { return true; }
    SiteFiles render(const PartContext &context, const store::SiteState &state) const override
    {
        const model::SiteHosting hosting = store::hostingOf(state);
        const QByteArray file = renderSitePhp(context.config, hosting);
        return file.isEmpty() ? SiteFiles() : SiteFiles{{sitePhpFile(hosting.siteId), file}};
    }
    QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const override
    {
        return existing(config, {sitePhpFile(siteId)});
    }
};

class TlsPart final : public SitePart
{
public:
    QString name() const override { return QStringLiteral("certificates"); }
    QString server() const override { return QStringLiteral("front"); }
    bool readBySite() const override { return false; }
    SiteFiles render(const PartContext &, const store::SiteState &state) const override
    {
        return renderSiteCertificates(store::hostingOf(state));
    }
    QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const override
    {
        QStringList paths;
        QDirIterator files(live(config, siteTlsDir(siteId)), QDir::Files);
        while (files.hasNext())
            paths << siteTlsDir(siteId) + QLatin1Char('/') + QFileInfo(files.next()).fileName();
        return paths;
    }
};

class FrontRoutesPart final : public SitePart
{
public:
    QString name() const override { return QStringLiteral("front routes"); }
    QString server() const override { return QStringLiteral("front"); }
    bool readBySite() const override { return false; }
    SiteFiles render(const PartContext &context, const store::SiteState &state) const override
    {
        const model::SiteHosting hosting = store::hostingOf(state);
        const QByteArray file = renderFrontRoutes(context.config, hosting, context.slot, context.tlsRoot);
        return file.isEmpty() ? SiteFiles() : SiteFiles{{siteFrontFile(hosting.siteId), file}};
    }
    QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const override
    {
        return existing(config, {siteFrontFile(siteId)});
    }
};

// ---- servers ----

QList<HealthProbe> siteServerProbes(const model::SiteHosting &hosting, const SiteSlot &slot,
                                    const SiteFiles &files)
{
    QList<HealthProbe> probes;
    const QByteArray file = files.value(siteWebServerFile(hosting.siteId));
    if (file.isEmpty())
        return probes;
    for (const model::Vhost &vhost : hosting.vhosts)
        probes << HealthProbe{vhost.mainDomain(),
                              QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(slot.port)),
                              vhost.mainDomain().toLatin1(),
                              "X-MWS-Config",
                              configTag(file),
                              true,
                              false};
    return probes;
}

// One of a site's own servers: it reads one file of the site's, runs as the site's user, and
// answers through the site's Apache (so PHP's health is the site's Apache's too).
class SiteStackServer final : public SiteServer
{
public:
    struct Kind
    {
        const char *id;
        const char *displayName;
        const char *testedBy;
        QString (*file)(const QString &siteId);
        QString HostConfig::*binary;
        QStringList (*runArguments)(const QString &file);
        QStringList testArguments; // before the file
        int reloadSignal;
        int stopSignal;
    };
    explicit SiteStackServer(Kind kind) : m_kind(std::move(kind)) {}

    QString id() const override { return QLatin1String(m_kind.id); }
    QString displayName() const override { return QLatin1String(m_kind.displayName); }
    ServiceSpec service(const HostConfig &config, const QString &siteId, const RunAs &runAs) const override
    {
        const QString file = live(config, m_kind.file(siteId));
        return ServiceSpec{siteId + QLatin1Char('.') + id(),
                           config.*m_kind.binary,
                           m_kind.runArguments(file),
                           runAs,
                           config.siteHome(siteId),
                           m_kind.reloadSignal,
                           m_kind.stopSignal,
                           QFileInfo::exists(file),
                           file};
    }
    void test(QObject *context, const Candidate &candidate,
              std::function<void(const QString &)> done) const override
    {
        const QString file = m_kind.file(candidate.siteId);
        if (!candidate.files.contains(file))
            return done({});
        testWith(context, candidate.config.*m_kind.binary,
                 m_kind.testArguments + QStringList{staged(candidate.config, file)}, candidate.runAs,
                 QLatin1String(m_kind.testedBy), std::move(done));
    }
    QList<HealthProbe> probes(const HostConfig &, const store::SiteState &state, const SiteSlot &slot,
                              const SiteFiles &files) const override
    {
        return siteServerProbes(store::hostingOf(state), slot, files);
    }
    bool keepsAnswers() const override { return true; }

private:
    Kind m_kind;
};

class FrontServer final : public SiteServer
{
public:
    bool perSite() const override { return false; }
    QString id() const override { return QStringLiteral("front"); }
    QString displayName() const override { return QStringLiteral("the front"); }
    ServiceSpec service(const HostConfig &config, const QString &, const RunAs &) const override
    {
        return ServiceSpec{QStringLiteral("front"),
                           config.apacheBinary,
                           {QStringLiteral("-f"), config.frontMainConfig(), QStringLiteral("-D"),
                            QStringLiteral("FOREGROUND")},
                           std::nullopt,
                           config.root,
                           SIGUSR1,
                           SIGTERM,
                           true,
                           config.frontMainConfig()};
    }
    // The whole front as it would be: every other site's live routes, and this site's staged.
    void test(QObject *context, const Candidate &candidate,
              std::function<void(const QString &)> done) const override
    {
        const HostConfig &config = candidate.config;
        const QString own = siteFrontFile(candidate.siteId);
        QStringList includes = liveFilesMatching(config.frontDir() + QStringLiteral("/sites"),
                                                 QStringLiteral("*.conf"), QFileInfo(own).fileName());
        if (candidate.files.contains(own))
            includes << staged(config, own);
        const QString main = config.stagingDir() + QStringLiteral("/front-httpd.conf");
        if (Status written = writeFile(main, renderFrontMain(config, includes), publicFile); !written)
            return done(written.error().message);
        testWith(context, config.apacheBinary, {QStringLiteral("-t"), QStringLiteral("-f"), main},
                 std::nullopt, QStringLiteral("The front"), std::move(done));
    }
    QList<HealthProbe> probes(const HostConfig &config, const store::SiteState &state, const SiteSlot &,
                              const SiteFiles &files) const override
    {
        const model::SiteHosting hosting = store::hostingOf(state);
        QList<HealthProbe> probes;
        const QByteArray tag = configTag(files.value(siteFrontFile(hosting.siteId)));
        if (tag.isEmpty())
            return probes;
        for (const model::Vhost &vhost : hosting.vhosts)
            probes << HealthProbe{
                vhost.mainDomain(),
                QUrl(QStringLiteral("http://%1:%2/").arg(config.listenAddress).arg(config.httpPort)),
                vhost.mainDomain().toLatin1(),
                "X-MWS-Front",
                tag,
                false,
                !hosting.serving};
        return probes;
    }
};

} // namespace

Status SiteServer::reload(Supervisor &supervisor, const HostConfig &config, const QString &siteId,
                          const RunAs &runAs) const
{
    const ServiceSpec spec = service(config, siteId, runAs);
    if (!spec.wanted) {
        supervisor.stop(spec);
        return {};
    }
    return supervisor.reload(spec);
}

void SiteServer::serve(Supervisor &supervisor, const HostConfig &config, const QString &siteId,
                       const RunAs &runAs) const
{
    const ServiceSpec spec = service(config, siteId, runAs);
    if (spec.wanted)
        supervisor.ensureKnown(spec);
}

const QList<const SitePart *> &siteParts()
{
    // One line per part.
    static const WebServerPart web;
    static const PhpPart php;
    static const TlsPart tls;
    static const FrontRoutesPart front;
    static const QList<const SitePart *> parts{&web, &php, &tls, &front, &crontabPart()};
    return parts;
}

const QList<const SiteServer *> &siteServers()
{
    // The order of reloads: the site's own servers before the front that leads to them.
    static const SiteStackServer php(
        {"php",
         "the site's PHP-FPM",
         "PHP-FPM",
         sitePhpFile,
         &HostConfig::phpFpmBinary,
         [](const QString &file) { return QStringList{QStringLiteral("-F"), QStringLiteral("-y"), file}; },
         {QStringLiteral("-t"), QStringLiteral("-y")},
         SIGUSR2,
         SIGQUIT});
    static const SiteStackServer web({"web",
                                      "the site's Apache",
                                      "Apache",
                                      siteWebServerFile,
                                      &HostConfig::apacheBinary,
                                      [](const QString &file) {
                                          return QStringList{QStringLiteral("-f"), file, QStringLiteral("-D"),
                                                             QStringLiteral("FOREGROUND")};
                                      },
                                      {QStringLiteral("-t"), QStringLiteral("-f")},
                                      SIGUSR1,
                                      SIGTERM});
    static const FrontServer front;
    static const QList<const SiteServer *> servers{&php, &web, &front, &cronServer()};
    return servers;
}

const SliceRules *sliceRules(const QString &slice)
{
    // One line per kind of slice that has rules of its own.
    static const QList<const SliceRules *> rules{&hostingSliceRules()};
    for (const SliceRules *kind : rules)
        if (kind->slice() == slice)
            return kind;
    return nullptr;
}

const SiteServer *siteServer(const QString &id)
{
    for (const SiteServer *server : siteServers())
        if (server->id() == id)
            return server;
    return nullptr;
}

} // namespace mws::host
