// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostingslice.h"

#include "hostingstore.h"

namespace mws::host {

namespace {

class HostingSliceRules final : public SliceRules
{
public:
    QString slice() const override { return store::hostingSlice(); }

    // Taking a site offline or back only flips that: it applies to whatever is current, so a
    // quick suspend-and-back does not leave the site dark.
    std::optional<QJsonObject> rebase(const store::SiteChange &change,
                                      const store::SiteSlice &current) const override
    {
        if (change.action != QLatin1String("site.offline") && change.action != QLatin1String("site.online"))
            return std::nullopt;
        model::SiteHosting rebased = store::hostingFrom(current);
        rebased.serving = model::SiteHosting::fromJson(change.proposed).serving;
        return store::hostingDocument(rebased);
    }

    // The route checked that no other site has the names; one may have taken them since.
    QString refusal(store::Database &database, const store::SiteChange &change) const override
    {
        store::HostingStore hosting(database);
        for (const QString &domain : model::SiteHosting::fromJson(change.proposed).allDomains()) {
            Result<QString> owner = hosting.domainOwner(domain);
            if (owner && !owner->isEmpty() && *owner != change.siteId)
                return QStringLiteral("The domain name %1 has been taken by another site in the meantime.")
                    .arg(domain);
        }
        return {};
    }

    Status saved(store::Database &database, const store::SiteSlice &slice) const override
    {
        return store::HostingStore(database).claimDomains(store::hostingFrom(slice));
    }
};

} // namespace

const SliceRules &hostingSliceRules()
{
    static const HostingSliceRules rules;
    return rules;
}

} // namespace mws::host
