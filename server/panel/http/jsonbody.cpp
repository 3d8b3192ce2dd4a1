// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace mws::panel {

namespace {

Error badRequest(const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, message);
    error.httpStatus = 400;
    return error;
}

// Text the panel stores must be printable: control characters other than tab/newline are refused.
bool hasControlCharacters(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    return false;
}

} // namespace

Result<JsonBody> JsonBody::parse(const QHttpServerRequest &request, bool allowEmpty)
{
    const QByteArray body = request.body();
    if (body.size() > maxBytes) {
        Error error =
            Error::make(Error::Kind::Invalid, QStringLiteral("The request body is larger than 1 MiB."));
        error.httpStatus = 413;
        return error;
    }
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return JsonBody(QJsonObject());
        return badRequest(QStringLiteral("The request needs a JSON object body."));
    }
    const QByteArray contentType =
        request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray();
    if (!contentType.startsWith("application/json")) {
        Error error = Error::make(Error::Kind::Invalid, QStringLiteral("Send the body as application/json."));
        error.httpStatus = 415;
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return badRequest(QStringLiteral("The body must be a JSON object."));
    return JsonBody(document.object());
}

std::optional<QString> JsonBody::text(const QString &field, bool required, int maxLength, bool multiline)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken || (taken->isNull() && !required)) // null stands for "not given" when optional
        return std::nullopt;
    const QJsonValue &value = *taken;
    if (!value.isString()) {
        addError(field, QStringLiteral("Must be a string."));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        addError(field, QStringLiteral("At most %1 characters.").arg(maxLength));
        return std::nullopt;
    }
    QString checked = text;
    if (multiline)
        checked.remove(QLatin1Char('\n'))
            .remove(QLatin1Char('\r'))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (hasControlCharacters(checked)) {
        addError(field, multiline
                            ? QStringLiteral("Must not contain control characters other than line breaks "
                                             "and tabs.")
                            : QStringLiteral("Must not contain control characters."));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonBody::string(const QString &field, bool required, int maxLength)
{
    return text(field, required, maxLength, false);
}

std::optional<QString> JsonBody::multiline(const QString &field, bool required, int maxLength)
{
    return text(field, required, maxLength, true);
}

std::optional<bool> JsonBody::boolean(const QString &field, bool required)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken)
        return std::nullopt;
    const QJsonValue &value = *taken;
    if (!value.isBool()) {
        addError(field, QStringLiteral("Must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonBody::integer(const QString &field, bool required, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken)
        return std::nullopt;
    const QJsonValue &value = *taken;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        addError(field, QStringLiteral("Must be a whole number."));
        return std::nullopt;
    }
    if (number < double(min) || number > double(max)) {
        addError(field, QStringLiteral("Must be from %1 to %2.").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QJsonValue> JsonBody::take(const QString &field, bool required)
{
    m_known.insert(field);
    const QJsonValue value = m_object.value(field);
    if (!value.isUndefined())
        return value;
    if (required)
        addError(field, QStringLiteral("This field is required."));
    return std::nullopt;
}

bool JsonBody::checkItem(const QString &name, const QJsonValue &item, int maxLength)
{
    if (!item.isString())
        addError(name, QStringLiteral("Must be a string."));
    else if (item.toString().size() > maxLength)
        addError(name, QStringLiteral("At most %1 characters.").arg(maxLength));
    else if (hasControlCharacters(item.toString()))
        addError(name, QStringLiteral("Must not contain control characters."));
    else
        return true;
    return false;
}

std::optional<QStringList> JsonBody::strings(const QString &field, bool required, int maxItems, int maxLength)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken)
        return std::nullopt;
    const QJsonValue &value = *taken;
    if (!value.isArray()) {
        addError(field, QStringLiteral("Must be a list of strings."));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        addError(field, QStringLiteral("At most %1 items.").arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    bool good = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        good = checkItem(QStringLiteral("%1[%2]").arg(field).arg(i), array.at(i), maxLength) && good;
        out << array.at(i).toString();
    }
    return good ? std::optional(out) : std::nullopt;
}

std::optional<QList<JsonBody>> JsonBody::objects(const QString &field, bool required, int maxItems)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken)
        return std::nullopt;
    const QJsonArray array = taken->toArray();
    if (!taken->isArray() ||
        std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return !item.isObject(); })) {
        addError(field, QStringLiteral("Must be a list of objects."));
        return std::nullopt;
    }
    if (array.size() > maxItems) {
        addError(field, QStringLiteral("At most %1 items.").arg(maxItems));
        return std::nullopt;
    }
    QList<JsonBody> out;
    for (const QJsonValue &item : array)
        out << JsonBody(item.toObject());
    return out;
}

void JsonBody::adopt(const QString &prefix, JsonBody &nested)
{
    (void)nested.finish();
    for (const FieldError &error : std::as_const(nested.m_errors))
        m_errors << FieldError{prefix + error.field, error.message};
}

std::optional<QMap<QString, QString>> JsonBody::stringMap(const QString &field, bool required, int maxItems,
                                                          int maxLength)
{
    const std::optional<QJsonValue> taken = take(field, required);
    if (!taken)
        return std::nullopt;
    const QJsonValue &value = *taken;
    if (!value.isObject()) {
        addError(field, QStringLiteral("Must be an object of names and string values."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (object.size() > maxItems) {
        addError(field, QStringLiteral("At most %1 entries.").arg(maxItems));
        return std::nullopt;
    }
    QMap<QString, QString> out;
    bool good = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        good = checkItem(QStringLiteral("%1.%2").arg(field, it.key()), it.value(), maxLength) && good;
        out.insert(it.key(), it.value().toString());
    }
    return good ? std::optional(out) : std::nullopt;
}

void JsonBody::addError(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

Status JsonBody::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_known.contains(it.key()))
            addError(it.key(), QStringLiteral("Unknown field."));
    if (m_errors.isEmpty())
        return {};
    Error error = Error::make(Error::Kind::Invalid, QStringLiteral("Some fields are not valid."));
    error.fields = m_errors;
    return error;
}

} // namespace mws::panel
