// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace mws::raven {

using FormItems = QList<std::pair<QString, QString>>;

// Decodes application/x-www-form-urlencoded data: pairs split on '&' or ';' (the protocol asks for
// both), '+' and %20 are spaces. QUrlQuery is not used because it keeps '+' as a plus sign.
FormItems parseFormEncoded(QByteArrayView data);

// Percent-encodes every byte but the unreserved ones, so that any decoder gets the value back.
QByteArray formEncodeValue(const QString &value);
QByteArray formEncode(const FormItems &items);

} // namespace mws::raven
