// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wlsresponse.h"

#include "formencoding.h"
#include "ravenreason.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace mws::raven {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::raven::WlsResponse", text);
}

Error malformed(QLatin1StringView reason, const QString &message)
{
    return Error::make(Error::Kind::Protocol, message, QString(reason));
}

// Only "%21" and "%25" are escapes; anything else after a '%' means the WLS (or someone in
// between) wrote something this protocol does not produce.
std::optional<QString> unescapeField(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('%')) {
            result.append(value.at(i));
            continue;
        }
        const QStringView code =
            QStringView(value).sliced(i + 1).first(qMin<qsizetype>(2, value.size() - i - 1));
        if (code == QLatin1String("21"))
            result.append(QLatin1Char('!'));
        else if (code == QLatin1String("25"))
            result.append(QLatin1Char('%'));
        else
            return std::nullopt;
        i += 2;
    }
    return result;
}

QStringList splitList(const QString &value)
{
    return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int fieldCount(int ver)
{
    return ver == 3 ? 14 : 13;
}

} // namespace

Result<WlsResponse> WlsResponse::parse(const QString &value)
{
    const QStringList raw = value.split(QLatin1Char('!'));
    const QString &verText = raw.first();
    if (verText != QLatin1String("1") && verText != QLatin1String("2") && verText != QLatin1String("3")) {
        // Not repeated: the message reaches an HTML page and the log.
        return malformed(reason::WrongVersion,
                         tr("The login server answered in a protocol version other than 1, 2 or 3."));
    }
    WlsResponse response;
    WlsFields &f = response.m_fields;
    f.ver = verText.toInt();
    const int expected = fieldCount(f.ver);
    if (raw.size() != expected) {
        return malformed(
            reason::FieldCount,
            tr("The login server's answer has %1 fields instead of %2.").arg(raw.size()).arg(expected));
    }

    QStringList fields;
    for (const QString &field : raw) {
        const std::optional<QString> unescaped = unescapeField(field);
        if (!unescaped)
            return malformed(reason::BadEscape, tr("The login server's answer has an invalid %-escape."));
        fields.append(*unescaped);
    }
    // Version 1 and 2 have no ptags; an empty placeholder keeps the indexes below the same.
    if (f.ver < 3)
        fields.insert(7, QString());

    static const QRegularExpression statusPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{3}")));
    if (!statusPattern.match(fields.at(1)).hasMatch())
        return malformed(reason::MalformedStatus, tr("The login server's answer has an invalid status."));
    f.status = fields.at(1).toInt();
    f.msg = fields.at(2);

    const std::optional<QDateTime> issue = parseIssue(fields.at(3));
    if (!issue)
        return malformed(reason::MalformedIssue, tr("The login server's answer has an invalid issue time."));
    f.issue = *issue;
    f.id = fields.at(4);
    f.url = fields.at(5);
    f.principal = fields.at(6);
    f.ptags = splitList(fields.at(7));
    f.auth = fields.at(8);
    f.sso = splitList(fields.at(9));

    static const QRegularExpression lifePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,12}")));
    if (!fields.at(10).isEmpty()) {
        if (!lifePattern.match(fields.at(10)).hasMatch()) {
            return malformed(reason::MalformedLife,
                             tr("The login server's answer has an invalid session life."));
        }
        f.life = fields.at(10).toLongLong();
    }
    f.params = fields.at(11);
    f.kid = fields.at(12);
    f.sig = fields.at(13);

    response.m_signedData = raw.first(expected - 2).join(QLatin1Char('!')).toUtf8();
    return response;
}

Result<QString> WlsResponse::fromQuery(const QByteArray &encodedQuery)
{
    std::optional<QString> found;
    for (const auto &[name, value] : parseFormEncoded(encodedQuery)) {
        if (name != QLatin1String("WLS-Response"))
            continue;
        if (found) {
            return malformed(reason::DuplicateResponse,
                             tr("The login callback carries more than one answer from the login server."));
        }
        found = value;
    }
    if (!found || found->isEmpty()) {
        return malformed(reason::MissingResponse,
                         tr("The login callback carries no answer from the login server."));
    }
    return *found;
}

QString WlsResponse::escapeField(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('!'), QLatin1String("%21"));
    return escaped;
}

QString WlsResponse::formatIssue(const QDateTime &issue)
{
    return issue.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

std::optional<QDateTime> WlsResponse::parseIssue(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})Z")));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::UTC);
}

namespace {

QStringList escapedFields(const WlsFields &f)
{
    QStringList out{QString::number(f.ver),
                    QString::number(f.status),
                    WlsResponse::escapeField(f.msg),
                    WlsResponse::formatIssue(f.issue),
                    WlsResponse::escapeField(f.id),
                    WlsResponse::escapeField(f.url),
                    WlsResponse::escapeField(f.principal)};
    if (f.ver >= 3)
        out.append(WlsResponse::escapeField(f.ptags.join(QLatin1Char(','))));
    out << WlsResponse::escapeField(f.auth) << WlsResponse::escapeField(f.sso.join(QLatin1Char(',')))
        << (f.life ? QString::number(*f.life) : QString()) << WlsResponse::escapeField(f.params)
        << WlsResponse::escapeField(f.kid) << WlsResponse::escapeField(f.sig);
    return out;
}

} // namespace

QByteArray WlsResponse::signedPart(const WlsFields &fields)
{
    const QStringList escaped = escapedFields(fields);
    return escaped.first(escaped.size() - 2).join(QLatin1Char('!')).toUtf8();
}

QString WlsResponse::compose(const WlsFields &fields)
{
    return escapedFields(fields).join(QLatin1Char('!'));
}

} // namespace mws::raven
