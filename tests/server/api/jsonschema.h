// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace mws::test {

// Checks a JSON value against the subset of JSON Schema our OpenAPI document uses: type (with
// "null"), required, properties, additionalProperties: false, items, enum, minimum, maximum,
// maxLength and $ref into the document. Returns what does not match, with JSON paths.
QStringList schemaErrors(const QJsonObject &document, const QJsonObject &schema, const QJsonValue &value,
                         const QString &path = QStringLiteral("$"));

} // namespace mws::test
