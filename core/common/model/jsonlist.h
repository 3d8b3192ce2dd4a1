// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Lists of model values in JSON, for the models' toJson()/fromJson(). Lists keep their order
// (vhosts, files, host keys), so they are JSON arrays, never maps.
namespace mws::model {

template <typename T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template <typename T> QList<T> listOf(const QJsonObject &json, const char *key)
{
    QList<T> out;
    const QJsonArray array = json.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        out << T::fromJson(value.toObject());
    return out;
}

} // namespace mws::model
