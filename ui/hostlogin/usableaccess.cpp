// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostlogin/usableaccess.h"

#include "api/sshkeysrequest.h"
#include "hostlogin/keychooser.h"
#include "session/accountsession.h"

#include <QCoreApplication>

namespace mws::ui {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::ui::UsableAccess)
};

} // namespace

void fetchUsableAccess(const SiteView &view, QObject *context,
                       std::function<void(const std::optional<model::SshAccess> &, const QString &why)> done)
{
    if (!view.session || !view.session->client() || view.siteId.isEmpty())
        return done(std::nullopt, Words::tr("Select a site first."));
    api::SshKeysClient(*view.session->client())
        .sshAccess(view.siteId)
        .then(context, [done = std::move(done)](const Result<api::Fetched<model::SshAccess>> &answer) {
            if (!answer.ok())
                return done(
                    std::nullopt,
                    answer.error().kind == Error::Kind::NotFound
                        ? Words::tr("This site's host does not offer shell access.")
                        : Words::tr("Could not find out how to connect: %1").arg(answer.error().message));
            if (!answer->value.shell)
                return done(std::nullopt, Words::tr("You have no shell access on this site; its owner or an "
                                                    "administrator can give it to you."));
            done(answer->value, {});
        });
}

void prepareSiteLogin(KeyChooser &chooser, const SiteView &view, QObject *context,
                      std::function<void()> asking,
                      std::function<void(const std::optional<SiteLogin> &, const QString &why)> done)
{
    chooser.resolve([view, context, asking = std::move(asking), done = std::move(done)](
                        const std::optional<SshCredentials> &credentials, const QString &why) {
        if (!credentials)
            return done(std::nullopt, why);
        asking();
        fetchUsableAccess(view, context,
                          [credentials = *credentials, done](const std::optional<model::SshAccess> &access,
                                                             const QString &refused) {
                              if (!access)
                                  return done(std::nullopt, refused);
                              done(SiteLogin{credentials, *access}, {});
                          });
    });
}

} // namespace mws::ui
