// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "formencoding.h"

#include <QUrl>

namespace mws::raven {

namespace {

QString decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

FormItems parseFormEncoded(QByteArrayView data)
{
    FormItems items;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = start;
        while (end < data.size() && data.at(end) != '&' && data.at(end) != ';')
            ++end;
        const QByteArrayView pair = data.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                items.append({decodeComponent(pair), QString()});
            else
                items.append({decodeComponent(pair.first(equals)), decodeComponent(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return items;
}

QByteArray formEncodeValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray formEncode(const FormItems &items)
{
    QByteArray encoded;
    for (const auto &[name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += formEncodeValue(name) + '=' + formEncodeValue(value);
    }
    return encoded;
}

} // namespace mws::raven
