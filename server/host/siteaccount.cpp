// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "siteaccount.h"

#include "hostfiles.h"
#include "sitecgroup.h"
#include "tlscertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>

#include <unistd.h>

namespace mws::host {

namespace {

QString portFile(const HostConfig &config, const QString &siteId)
{
    return config.siteConfigDir(siteId) + QStringLiteral("/port");
}

int readPort(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

bool isFree(int port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, quint16(port));
}

// Makes a key and a self-signed certificate once; the key goes where only root (and group, when
// given) may read it.
Status makeIdentity(const QString &keyFile, const QString &certificateFile, const QString &name,
                    CertificateUse use, std::optional<gid_t> keyGroup, bool keyWithCertificate)
{
    if (QFileInfo::exists(keyFile) && QFileInfo::exists(certificateFile))
        return {};
    Result<KeyAndRequest> key = makeKeyAndRequest({name});
    if (!key)
        return key.error();
    Result<QByteArray> certificate = makeSelfSigned(key->privateKeyPem, {name}, 3650, use);
    if (!certificate)
        return certificate.error();
    const QByteArray keyBytes = keyWithCertificate ? key->privateKeyPem + *certificate : key->privateKeyPem;
    const auto keyAccess = keyGroup ? secretFile | QFileDevice::ReadGroup : secretFile;
    Status written = writeFile(keyFile, keyBytes, keyAccess, keyGroup);
    if (written)
        written = writeFile(certificateFile, *certificate, publicFile);
    return written;
}

} // namespace

Result<RunAs> siteRunAs(const HostConfig &config, const QString &siteId)
{
    if (!config.unixUsers)
        return RunAs();
    std::optional<Account> account = unixAccount(siteUnixUser(siteId));
    if (!account)
        return hostError(QStringLiteral("The site's Unix user %1 is missing.").arg(siteUnixUser(siteId)));
    Result<QString> cgroup = siteCgroupDir(config, siteId);
    if (!cgroup)
        return cgroup.error();
    account->cgroupProcs = QFile::encodeName(*cgroup + QStringLiteral("/cgroup.procs"));
    return RunAs(*account);
}

Result<SiteSlot> siteSlot(const HostConfig &config, const QString &siteId)
{
    if (const int port = readPort(portFile(config, siteId)); port > 0)
        return SiteSlot{port};
    QSet<int> taken;
    const QStringList sites =
        QDir(config.root + QStringLiteral("/sites")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &site : sites)
        taken.insert(readPort(portFile(config, site)));
    // From a random place in the range, so that panels sharing a machine rarely race for one.
    const int size = config.backendPortLast - config.backendPortFirst + 1;
    const int start = int(QRandomGenerator::global()->bounded(size));
    for (int i = 0; i < size; ++i) {
        const int port = config.backendPortFirst + (start + i) % size;
        if (taken.contains(port) || !isFree(port))
            continue;
        if (!QDir().mkpath(config.siteConfigDir(siteId)))
            return hostError(QStringLiteral("Cannot create %1.").arg(config.siteConfigDir(siteId)));
        if (Status written = writeFile(portFile(config, siteId), QByteArray::number(port) + '\n', publicFile);
            !written)
            return written.error();
        return SiteSlot{port};
    }
    return hostError(
        QStringLiteral("No port is free for the site's web server in %1–%2 (host/backend_ports).")
            .arg(config.backendPortFirst)
            .arg(config.backendPortLast));
}

Status prepareSiteFolders(const HostConfig &config, const QString &siteId, const RunAs &runAs)
{
    const uid_t uid = runAs ? runAs->uid : ::geteuid();
    const gid_t gid = runAs ? runAs->gid : ::getegid();
    const std::optional<gid_t> group = runAs ? std::optional<gid_t>(runAs->gid) : std::nullopt;
    Status made = makeDir(config.siteConfigDir(siteId), 0750, std::nullopt, group);
    if (made)
        made = makeOwnedFolderOnce(config.runDir() + QStringLiteral("/sites"), siteId, 0700, uid, gid);
    if (made)
        made = makeOwnedFolderOnce(config.sitesRoot, siteId, 0750, uid, gid);
    if (made)
        made = makeIdentity(siteServerKey(config, siteId), siteServerCertificate(config, siteId),
                            siteId + QStringLiteral(".site.invalid"), CertificateUse::Server, group, false);
    return made;
}

Status prepareFrontIdentity(const HostConfig &config)
{
    return makeIdentity(config.frontClientKeyAndCertificate(), config.frontClientCertificate(),
                        QStringLiteral("front.invalid"), CertificateUse::Client, std::nullopt, true);
}

namespace {

void setModes(QObject *context, const RunAs &runAs, QMap<QString, QStringList> modes,
              std::function<void(Status)> done)
{
    if (modes.isEmpty())
        return done({});
    const QString mode = modes.firstKey();
    const QStringList paths = modes.take(mode);
    runProcess(context, QStringLiteral("chmod"), QStringList{mode, QStringLiteral("--")} + paths, runAs,
               [=](int exitCode, const QString &output) {
                   if (exitCode != 0)
                       return done(hostError(
                           QStringLiteral("Cannot set the permissions of the site's folders as its user: %1")
                               .arg(output.trimmed())));
                   setModes(context, runAs, modes, done);
               });
}

} // namespace

void makeHomeFolders(QObject *context, const HostConfig &config, const QString &siteId, const RunAs &runAs,
                     const QList<QPair<QString, QString>> &foldersAndModes, std::function<void(Status)> done)
{
    QStringList paths;
    QMap<QString, QStringList> modes;
    for (const auto &[folder, mode] : foldersAndModes) {
        const QString path = QDir::cleanPath(config.siteHome(siteId) + QLatin1Char('/') + folder);
        paths << path;
        modes[mode] << path;
    }
    // As the site's user: a link the owner put in the way leads only where they may go anyway.
    runProcess(
        context, QStringLiteral("mkdir"), QStringList{QStringLiteral("-p"), QStringLiteral("--")} + paths,
        runAs, [=](int exitCode, const QString &output) {
            if (exitCode != 0)
                return done(hostError(QStringLiteral("Cannot create the site's folders as its user: %1")
                                          .arg(output.trimmed())));
            setModes(context, runAs, modes, done);
        });
}

void ensureSiteUnixUser(QObject *context, const HostConfig &config, const QString &siteId,
                        std::function<void(Status)> done)
{
    const QString user = siteUnixUser(siteId);
    if (!config.unixUsers || unixAccount(user))
        return done({});
    runProcess(context, QStringLiteral("useradd"),
               {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--home-dir"),
                config.siteHome(siteId), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                QStringLiteral("/usr/sbin/nologin"), user},
               std::nullopt, [done = std::move(done)](int exitCode, const QString &output) {
                   if (exitCode != 0)
                       return done(hostError(
                           QStringLiteral("The site's Unix user could not be created: %1").arg(output)));
                   done({});
               });
}

void prepareSiteAccount(QObject *context, const HostConfig &config, const QString &siteId,
                        std::function<void(Result<RunAs>)> done)
{
    ensureSiteUnixUser(context, config, siteId, [config, siteId, done = std::move(done)](Status made) {
        if (!made.ok())
            return done(made.error());
        Result<RunAs> runAs = siteRunAs(config, siteId);
        if (!runAs.ok())
            return done(runAs.error());
        if (Status prepared = prepareSiteFolders(config, siteId, *runAs); !prepared.ok())
            return done(prepared.error());
        Result<SiteSlot> slot = siteSlot(config, siteId);
        if (!slot.ok())
            return done(slot.error());
        if (config.unixUsers)
            if (Status confined = confineSite(config, siteId, slot->port); !confined.ok())
                return done(confined.error());
        done(runAs);
    });
}

} // namespace mws::host
