// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/hostname.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace mws::validate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::validate", text);
}

constexpr qsizetype maximumHostnameLength = 253; // RFC 1035, without the trailing dot
constexpr qsizetype maximumLabelLength = 63;
constexpr qsizetype maximumVhostNameLength = 32;
constexpr qsizetype maximumDocumentRootLength = 200;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

HostnameCheck refused(QString problem)
{
    return HostnameCheck{{}, std::move(problem)};
}

// The rules every label of the ASCII form must follow (RFC 1123 host names).
QString labelProblem(const QString &label)
{
    if (label.isEmpty())
        return tr("A domain name cannot have two dots in a row or start with a dot.");
    if (label.size() > maximumLabelLength)
        return tr("“%1” is longer than 63 characters; each part of a domain name between dots can have "
                  "at most 63.")
            .arg(label);
    for (const QChar c : label) {
        if (!isAsciiLetterOrDigit(c) && c != u'-')
            return tr("“%1” contains “%2”; a domain name is letters, digits, hyphens and dots.")
                .arg(label, QString(c));
    }
    if (label.startsWith(u'-') || label.endsWith(u'-'))
        return tr("“%1” starts or ends with a hyphen; the parts of a domain name cannot.").arg(label);
    return {};
}

} // namespace

HostnameCheck checkHostname(const QString &input)
{
    QString name = input.trimmed().toLower();
    if (name.isEmpty())
        return refused(tr("Give a domain name, like www.example.org."));

    // One trailing dot is the fully-qualified spelling of the same name.
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return refused(tr("Give a domain name, like www.example.org."));

    // Addresses first, so that "2001:db8::1" is not refused for its colons.
    const QString unbracketed =
        name.startsWith(u'[') && name.endsWith(u']') ? name.mid(1, name.size() - 2) : name;
    if (QHostAddress().setAddress(unbracketed))
        return refused(tr("“%1” is an IP address; give a domain name, like www.example.org.").arg(name));

    // The characters people most often get wrong, named before IDNA turns them into a vaguer error.
    for (const QChar c : std::as_const(name)) {
        if (c.isSpace())
            return refused(tr("“%1” contains a space; a domain name is letters, digits, hyphens and dots.")
                               .arg(input.trimmed()));
        if (c == u'*')
            return refused(tr("“%1” is a wildcard; give each domain name in full, like www.example.org.")
                               .arg(input.trimmed()));
        if (c.unicode() < 0x80 && !isAsciiLetterOrDigit(c) && c != u'-' && c != u'.')
            return refused(tr("“%1” contains “%2”; a domain name is letters, digits, hyphens and dots.")
                               .arg(input.trimmed(), QString(c)));
    }

    if (name == u"localhost")
        return refused(tr("“localhost” is not a public domain name; give one like www.example.org."));

    // Internationalised names are stored in their ASCII ("xn--") form, which is what DNS and
    // Apache use; QUrl::toAce applies IDNA (UTS #46) and returns nothing for what it cannot encode.
    const QString ascii = QString::fromLatin1(QUrl::toAce(name, QUrl::IgnoreIDNWhitelist));
    if (ascii.isEmpty()) {
        // Say which rule was broken when it is one of ours, else that IDNA refused it.
        for (const QString &label : name.split(u'.')) {
            const bool isAscii =
                std::all_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() < 0x80; });
            if (isAscii) {
                if (QString problem = labelProblem(label); !problem.isEmpty())
                    return refused(problem);
            }
        }
        if (name.size() > maximumHostnameLength)
            return refused(
                tr("The domain name is %1 characters long; it can have at most 253.").arg(name.size()));
        return refused(tr("“%1” cannot be written as an internationalised domain name; check for "
                          "unusual characters.")
                           .arg(name));
    }

    if (ascii.size() > maximumHostnameLength)
        return refused(
            tr("The domain name is %1 characters long; it can have at most 253.").arg(ascii.size()));
    const QStringList labels = ascii.split(u'.');
    for (const QString &label : labels) {
        if (QString problem = labelProblem(label); !problem.isEmpty())
            return refused(problem);
    }
    if (labels.size() < 2)
        return refused(tr("“%1” is not a full domain name; give one like www.example.org.").arg(ascii));
    if (isAllDigits(labels.last()))
        return refused(
            tr("“%1” ends in a number; the last part of a domain name (like “org”) has letters.").arg(ascii));
    return HostnameCheck{ascii, {}};
}

QString vhostNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Give the vhost a short name, like “main” or “blog”.");
    if (name.size() > maximumVhostNameLength)
        return tr("A vhost name can have at most 32 characters.");
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!pattern.match(name).hasMatch())
        return tr("A vhost name is lower-case letters, digits and hyphens, starting with a letter or "
                  "digit, like “blog-2”.");
    return {};
}

QString documentRootProblem(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return tr("Give the document root, like “public_html” or “public_html/blog”.");
    for (const QChar c : relativePath) {
        if (c.category() == QChar::Other_Control)
            return tr("The document root contains a control character; remove it.");
    }
    if (relativePath.contains(u'\\'))
        return tr("Separate folders with “/”, not “\\”.");
    if (relativePath.startsWith(u'/'))
        return tr("Give the document root relative to the site's home, like “public_html/blog”, not as "
                  "an absolute path.");
    if (relativePath.size() > maximumDocumentRootLength)
        return tr("The document root can have at most 200 characters.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._/-]+$"));
    if (!allowed.match(relativePath).hasMatch())
        return tr("The document root can contain only letters, digits, “.”, “_”, “-” and “/”.");

    // The web server must never serve anything outside the site's public_html.
    const QStringList segments = relativePath.split(u'/');
    for (const QString &segment : segments) {
        if (segment == u"..")
            return tr("The document root must stay inside the site's home; “..” is not allowed.");
        if (segment.isEmpty() || segment == u".")
            return tr("Remove the empty or “.” parts from the document root (“//”, “/./” or a trailing "
                      "“/”).");
    }
    if (segments.first() != u"public_html")
        return tr("The document root must be “public_html” or a folder inside it, like "
                  "“public_html/blog”.");
    return {};
}

} // namespace mws::validate
