// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/sitefields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mws::validate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::validate", text);
}

} // namespace

QString siteNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the site a name.");
    if (name != name.trimmed())
        return tr("The name must not start or end with spaces.");
    if (name.size() > 100)
        return tr("The name can have at most 100 characters.");
    return {};
}

QString siteDescriptionProblem(const QString &description)
{
    if (description.size() > 250)
        return tr("The description can have at most 250 characters.");
    return {};
}

QString emailProblem(const QString &email)
{
    // Deliberately simple: one @, a dotted domain, no spaces. The mail system has the last word.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return tr("Give an email address like webmaster@example.cam.ac.uk.");
    return {};
}

QString crsidProblem(const QString &crsid)
{
    // Raven identifiers: CRSids (letters then digits) and the test accounts test0001…test0500.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]{1,19}$"));
    if (!pattern.match(crsid).hasMatch())
        return tr("A user is named by their CRSid, like \"abc123\".");
    return {};
}

} // namespace mws::validate
