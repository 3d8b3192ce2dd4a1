#include "http/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

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

std::optional<QString> JsonBody::string(const QString &field, bool required, int maxLength)
{
    m_known.insert(field);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || (value.isNull() && !required)) {
        if (required)
            addError(field, QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (!value.isString()) {
        addError(field, QStringLiteral("Must be a string."));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        addError(field, QStringLiteral("At most %1 characters.").arg(maxLength));
        return std::nullopt;
    }
    if (hasControlCharacters(text)) {
        addError(field, QStringLiteral("Must not contain control characters."));
        return std::nullopt;
    }
    return text;
}

std::optional<bool> JsonBody::boolean(const QString &field, bool required)
{
    m_known.insert(field);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            addError(field, QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (!value.isBool()) {
        addError(field, QStringLiteral("Must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonBody::integer(const QString &field, bool required, qint64 min, qint64 max)
{
    m_known.insert(field);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            addError(field, QStringLiteral("This field is required."));
        return std::nullopt;
    }
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
