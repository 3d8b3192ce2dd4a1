// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlsupport.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

namespace mws::store::detail {

Violation violationOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL SQLSTATEs.
    if (code == QLatin1String("23505"))
        return Violation::Unique;
    if (code == QLatin1String("23503"))
        return Violation::ForeignKey;
    // SQLite extended codes: UNIQUE, PRIMARYKEY, FOREIGNKEY; plain CONSTRAINT only says which in
    // its message.
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return Violation::Unique;
    if (code == QLatin1String("787"))
        return Violation::ForeignKey;
    if (code == QLatin1String("19")) {
        const QString text = error.databaseText();
        if (text.contains(QLatin1String("UNIQUE constraint failed")))
            return Violation::Unique;
        if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
            return Violation::ForeignKey;
    }
    return Violation::None;
}

Error sqlError(const QSqlError &error, const QString &what)
{
    Error::Kind kind = Error::Kind::Backend;
    switch (violationOf(error)) {
    case Violation::Unique:
        kind = Error::Kind::Conflict;
        break;
    case Violation::ForeignKey:
        kind = Error::Kind::NotFound;
        break;
    case Violation::None:
        break;
    }
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText();
    return Error::make(kind, what, detail);
}

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(time.toMSecsSinceEpoch()));
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

QVariant textValue(const QString &text)
{
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}

QVariant blobValue(const QByteArray &bytes)
{
    return QVariant(bytes.isNull() ? QByteArray("") : bytes);
}

QVariant boolValue(bool value)
{
    return QVariant(value ? 1 : 0);
}

QVariant jsonValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    // QJsonDocument only writes arrays and objects: write a one-element array and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QVariant(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
}

QJsonValue jsonFrom(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    const QByteArray wrapped = '[' + value.toString().toUtf8() + ']';
    const QJsonDocument document = QJsonDocument::fromJson(wrapped);
    return document.array().isEmpty() ? QJsonValue(QJsonValue::Null) : document.array().first();
}

QVariant jsonObjectValue(const QJsonObject &object)
{
    return QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonObject jsonObjectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString containsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern += QLatin1Char('%');
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    pattern += QLatin1Char('%');
    return pattern;
}

QString randomHex(int count)
{
    QByteArray bytes((count + 1) / 2, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toHex().left(count));
}

Error notFound(const QString &message)
{
    return Error::make(Error::Kind::NotFound, message);
}

Error invalid(const QString &field, const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, message);
    error.fields.append(FieldError{field, message});
    return error;
}

Status checkPage(int offset, int limit)
{
    if (offset < 0)
        return invalid(QStringLiteral("offset"), QStringLiteral("The offset cannot be negative."));
    if (limit < 1 || limit > maxPageSize)
        return invalid(QStringLiteral("limit"),
                       QStringLiteral("The limit must be from 1 to %1.").arg(maxPageSize));
    return {};
}

Error reworded(Error error, Error::Kind kind, const QString &message)
{
    if (error.kind == kind)
        error.message = message;
    return error;
}

} // namespace mws::store::detail
