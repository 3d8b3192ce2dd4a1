// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace mws::panel {

// Strict reading of a JSON request body: the caller names every field it takes, with its type;
// unknown fields, wrong types and missing required fields become field errors, all reported at
// once. Nothing is applied unless the whole body reads cleanly.
class JsonBody
{
public:
    static constexpr qsizetype maxBytes = 1 << 20;

    // Fails for a body that is not a JSON object (or is too large, or not JSON).
    static Result<JsonBody> parse(const QHttpServerRequest &request, bool allowEmpty = false);
    explicit JsonBody(QJsonObject object) : m_object(std::move(object)) {}

    std::optional<QString> string(const QString &field, bool required, int maxLength = 1000);
    // Text that may span lines (line breaks and tabs allowed, other control characters not).
    std::optional<QString> multiline(const QString &field, bool required, int maxLength);
    std::optional<bool> boolean(const QString &field, bool required);
    std::optional<qint64> integer(const QString &field, bool required, qint64 min, qint64 max);
    // An array of strings (each at most maxLength, no control characters).
    std::optional<QStringList> strings(const QString &field, bool required, int maxItems,
                                       int maxLength = 1000);
    // An object whose every value is a string, for maps such as settings.
    std::optional<QMap<QString, QString>> stringMap(const QString &field, bool required, int maxItems,
                                                    int maxLength = 1000);
    // An array of objects, each to be read as a body of its own (see adopt).
    std::optional<QList<JsonBody>> objects(const QString &field, bool required, int maxItems);
    // A nested body's field errors, unknown fields included, as this body's under prefix
    // ("jobs[2].").
    void adopt(const QString &prefix, JsonBody &nested);
    bool has(const QString &field) const { return m_object.contains(field); }
    // A field the body may carry that this request does not read (what a GET showed beside it).
    void ignore(const QString &field) { m_known.insert(field); }

    void addError(const QString &field, const QString &message);
    // Unknown fields become errors here; call after reading every field.
    Status finish();

private:
    // The field's value, marked as read; a missing one is nullopt (and an error if required).
    std::optional<QJsonValue> take(const QString &field, bool required);
    // One string of a list or map: false (with a field error) when it is not acceptable.
    bool checkItem(const QString &name, const QJsonValue &item, int maxLength);
    std::optional<QString> text(const QString &field, bool required, int maxLength, bool multiline);

    QJsonObject m_object;
    QSet<QString> m_known;
    QList<FieldError> m_errors;
};

} // namespace mws::panel
