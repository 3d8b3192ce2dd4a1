// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mws::validate {

// The allow-list of PHP ini settings a site owner may set for their site. The panel writes each
// into the site's PHP-FPM pool file as php_value or php_admin_value; anything not listed here is
// refused, so a site cannot loosen what the service relies on (open_basedir, disable_functions…).
enum class PhpSettingType
{
    Size,    // a byte count in PHP shorthand: "128M", "512K", "1G" or plain bytes
    Integer, // a whole number
    Boolean, // On or Off
    Choice,  // one of PhpSetting::choices
};

struct PhpSetting
{
    QString name;  // the ini name, like "memory_limit"
    QString group; // "performance", "common" or "errors"
    PhpSettingType type = PhpSettingType::Integer;
    QString label;       // short English label for a form
    QString description; // one or two sentences: what it does and when to change it
    qint64 minimum = 0;  // bytes for Size, the value for Integer; unused otherwise
    qint64 maximum = 0;
    QString unit;         // "bytes", "seconds" or ""
    QStringList choices;  // for Choice
    QString defaultValue; // what the site gets when it sets nothing (normalized)
    // Written as php_admin_value, which the site's code cannot raise with ini_set(); else php_value.
    bool adminValue = false;
};

// Every setting, in the order a form shows them.
const QList<PhpSetting> &phpSettingCatalogue();
// The setting called name, or nullptr when sites may not set it.
const PhpSetting *findPhpSetting(const QString &name);

// One value, normalized ("128m" → "128M", "yes" → "On"), or what is wrong with it. Exactly one of
// the two is non-empty.
struct PhpValueCheck
{
    QString normalized;
    QString problem;
};

// Checks one value of the setting called name; an unknown setting is a problem.
PhpValueCheck checkPhpValue(const QString &name, const QString &value);

// The whole set a site asks for: every value, then the rules PHP documents between settings
// (post_max_size ≥ upload_max_filesize, memory_limit ≥ post_max_size), where a setting that is
// not given counts with its default. Returns setting → problem for every bad one; empty when fine.
QMap<QString, QString> phpSettingsProblems(const QMap<QString, QString> &settings);

// Bytes in the shortest exact PHP shorthand, the way the settings are written: 134217728 → "128M",
// 1000 → "1000".
QString phpSizeShorthand(qint64 bytes);

// What is written into the pool file for a value that checkPhpValue normalized: "On"/"Off" for a
// Boolean, the number for an error_reporting preset (pool values do not reliably go through PHP's
// constant expansion), the value itself otherwise. Empty when the value is not acceptable.
QString phpPoolValue(const QString &name, const QString &normalizedValue);

} // namespace mws::validate
