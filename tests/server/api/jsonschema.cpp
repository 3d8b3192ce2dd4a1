// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonschema.h"

#include <QJsonArray>

namespace mws::test {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return value.toDouble() == double(qint64(value.toDouble())) ? QStringLiteral("integer")
                                                                    : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

QJsonObject resolve(const QJsonObject &document, QJsonObject schema)
{
    while (schema.contains(QStringLiteral("$ref"))) {
        const QStringList parts =
            schema.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
        QJsonValue node = document;
        for (const QString &part : parts)
            node = node.toObject().value(part);
        schema = node.toObject();
    }
    return schema;
}

} // namespace

QStringList schemaErrors(const QJsonObject &document, const QJsonObject &unresolved, const QJsonValue &value,
                         const QString &path)
{
    const QJsonObject schema = resolve(document, unresolved);
    QStringList errors;
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (!type.isUndefined()) {
        QStringList allowed;
        if (type.isArray())
            for (const QJsonValue &t : type.toArray())
                allowed.append(t.toString());
        else
            allowed.append(type.toString());
        QString actual = typeOf(value);
        const bool matches = allowed.contains(actual) || (actual == QLatin1String("integer") &&
                                                          allowed.contains(QStringLiteral("number")));
        if (!matches) {
            errors.append(QStringLiteral("%1: is %2, documented as %3")
                              .arg(path, actual, allowed.join(QLatin1Char('|'))));
            return errors;
        }
    }
    if (schema.contains(QStringLiteral("enum")) &&
        !schema.value(QStringLiteral("enum")).toArray().contains(value))
        errors.append(QStringLiteral("%1: %2 is not one of the documented values")
                          .arg(path, value.toVariant().toString()));
    if (value.isDouble()) {
        if (schema.contains(QStringLiteral("minimum")) &&
            value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            errors.append(path + QStringLiteral(": below the minimum"));
        if (schema.contains(QStringLiteral("maximum")) &&
            value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
            errors.append(path + QStringLiteral(": above the maximum"));
    }
    if (value.isString() && schema.contains(QStringLiteral("maxLength")) &&
        value.toString().size() > schema.value(QStringLiteral("maxLength")).toInt())
        errors.append(path + QStringLiteral(": longer than documented"));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray())
            if (!object.contains(required.toString()))
                errors.append(
                    QStringLiteral("%1: required property %2 is missing").arg(path, required.toString()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                errors += schemaErrors(document, properties.value(it.key()).toObject(), it.value(),
                                       path + QLatin1Char('.') + it.key());
            else if (!properties.isEmpty() ||
                     schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                errors.append(QStringLiteral("%1: property %2 is not documented").arg(path, it.key()));
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors += schemaErrors(document, schema.value(QStringLiteral("items")).toObject(), array.at(i),
                                   QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return errors;
}

} // namespace mws::test
