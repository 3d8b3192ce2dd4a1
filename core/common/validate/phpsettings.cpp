// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/phpsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtNumeric>

#include <algorithm>
#include <limits>
#include <optional>

namespace mws::validate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::validate", text);
}

constexpr qint64 kibibyte = 1024;
constexpr qint64 mebibyte = 1024 * kibibyte;
constexpr qint64 gibibyte = 1024 * mebibyte;

const QString sizeUnit = QStringLiteral("bytes");
const QString secondsUnit = QStringLiteral("seconds");

// The error level constants of PHP 8.4 (Zend/zend_errors.h). E_STRICT is gone and no longer part
// of E_ALL, which is why E_ALL is 30719 rather than the 32767 of PHP 8.0–8.3.
const QMap<QString, qint64> &errorLevelConstants()
{
    static const QMap<QString, qint64> constants = [] {
        QMap<QString, qint64> levels{
            {QStringLiteral("E_ERROR"), 1},          {QStringLiteral("E_WARNING"), 2},
            {QStringLiteral("E_PARSE"), 4},          {QStringLiteral("E_NOTICE"), 8},
            {QStringLiteral("E_CORE_ERROR"), 16},    {QStringLiteral("E_CORE_WARNING"), 32},
            {QStringLiteral("E_COMPILE_ERROR"), 64}, {QStringLiteral("E_COMPILE_WARNING"), 128},
            {QStringLiteral("E_USER_ERROR"), 256},   {QStringLiteral("E_USER_WARNING"), 512},
            {QStringLiteral("E_USER_NOTICE"), 1024}, {QStringLiteral("E_RECOVERABLE_ERROR"), 4096},
            {QStringLiteral("E_DEPRECATED"), 8192},  {QStringLiteral("E_USER_DEPRECATED"), 16384},
        };
        qint64 all = 0;
        for (const qint64 level : std::as_const(levels))
            all |= level;
        levels.insert(QStringLiteral("E_ALL"), all);
        return levels;
    }();
    return constants;
}

// Evaluates a preset like "E_ALL & ~E_DEPRECATED" with PHP's precedence (~ before & before |).
std::optional<qint64> evaluateErrorLevel(const QString &expression)
{
    qint64 result = 0;
    for (const QString &alternative : expression.split(u'|')) {
        qint64 term = ~qint64(0);
        for (QString factor : alternative.split(u'&')) {
            factor = factor.trimmed();
            const bool inverted = factor.startsWith(u'~');
            if (inverted)
                factor = factor.mid(1).trimmed();
            const auto constant = errorLevelConstants().constFind(factor);
            if (constant == errorLevelConstants().cend())
                return std::nullopt;
            term &= inverted ? ~constant.value() : constant.value();
        }
        result |= term;
    }
    return result;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// PHP shorthand ("128M", "512k", "1G", plain bytes) to bytes; nullopt when it is not one.
std::optional<qint64> parseSize(const QString &text)
{
    // At most 12 digits: the number fits qint64, but with a G after it the bytes need not
    // (999999999999G is about 2^70).
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})([KMG]?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    const QString multiplier = match.captured(2).toUpper();
    const qint64 unit = multiplier == u"K"   ? kibibyte
                        : multiplier == u"M" ? mebibyte
                        : multiplier == u"G" ? gibibyte
                                             : 1;
    // Too many bytes to count is still a size, one above every maximum.
    qint64 bytes = 0;
    if (qMulOverflow(number, unit, &bytes))
        return std::numeric_limits<qint64>::max();
    return bytes;
}

QStringList timeZoneChoices()
{
    // PHP knows the IANA names; Qt also lists UTC offsets ("UTC+01:00") and files of the zoneinfo
    // folder that are not zones, which PHP would refuse.
    static const QStringList notZones{QStringLiteral("Factory"), QStringLiteral("localtime"),
                                      QStringLiteral("posixrules")};
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        if (!zone.contains(u':') && !notZones.contains(zone))
            zones.append(zone);
    }
    zones.append(QStringLiteral("UTC"));
    zones.sort();
    zones.removeDuplicates();
    return zones;
}

// One setting with what every type has; the type's own fields are set by the four below.
PhpSetting setting(QString name, QString group, PhpSettingType type, QString label, QString description,
                   QString defaultValue)
{
    PhpSetting result;
    result.name = std::move(name);
    result.group = std::move(group);
    result.type = type;
    result.label = std::move(label);
    result.description = std::move(description);
    result.defaultValue = std::move(defaultValue);
    return result;
}

// A number between minimum and maximum, counted in unit.
PhpSetting ranged(PhpSetting number, qint64 minimum, qint64 maximum, QString unit)
{
    number.minimum = minimum;
    number.maximum = maximum;
    number.unit = std::move(unit);
    return number;
}

PhpSetting sizeSetting(QString name, QString group, QString label, QString description, qint64 minimum,
                       qint64 maximum, QString defaultValue, bool adminValue)
{
    PhpSetting size = ranged(setting(std::move(name), std::move(group), PhpSettingType::Size,
                                     std::move(label), std::move(description), std::move(defaultValue)),
                             minimum, maximum, sizeUnit);
    size.adminValue = adminValue;
    return size;
}

PhpSetting integerSetting(QString name, QString group, QString label, QString description, qint64 minimum,
                          qint64 maximum, QString unit, QString defaultValue)
{
    return ranged(setting(std::move(name), std::move(group), PhpSettingType::Integer, std::move(label),
                          std::move(description), std::move(defaultValue)),
                  minimum, maximum, std::move(unit));
}

PhpSetting booleanSetting(QString name, QString group, QString label, QString description,
                          QString defaultValue)
{
    return setting(std::move(name), std::move(group), PhpSettingType::Boolean, std::move(label),
                   std::move(description), std::move(defaultValue));
}

PhpSetting choiceSetting(QString name, QString group, QString label, QString description, QStringList choices,
                         QString defaultValue)
{
    PhpSetting choice = setting(std::move(name), std::move(group), PhpSettingType::Choice, std::move(label),
                                std::move(description), std::move(defaultValue));
    choice.choices = std::move(choices);
    return choice;
}

// Memory, time and the opcode cache.
QList<PhpSetting> performanceSettings()
{
    const QString performance = QStringLiteral("performance");
    return {
        // memory_limit is an admin value: it is the site's share of the machine, and a script
        // must not raise it with ini_set(). -1 (no limit) is not offered on a shared host.
        sizeSetting(QStringLiteral("memory_limit"), performance, tr("Memory limit"),
                    tr("The most memory one request may use. Raise it for applications that report "
                       "“Allowed memory size exhausted”."),
                    16 * mebibyte, 2 * gibibyte, QStringLiteral("128M"), true),
        // 0 would mean "no limit", which lets a stuck script hold a PHP worker for ever.
        integerSetting(QStringLiteral("max_execution_time"), performance, tr("Maximum execution time"),
                       tr("How long a script may run, in seconds, before PHP stops it."), 1, 3600,
                       secondsUnit, QStringLiteral("30")),
        integerSetting(QStringLiteral("max_input_time"), performance, tr("Maximum input time"),
                       tr("How long PHP may spend reading a request's data, in seconds; -1 uses the maximum "
                          "execution time."),
                       -1, 3600, secondsUnit, QStringLiteral("60")),
        integerSetting(QStringLiteral("max_input_vars"), performance, tr("Maximum input variables"),
                       tr("How many form fields one request may send. Raise it for large forms, such as menu "
                          "editors."),
                       100, 100000, {}, QStringLiteral("1000")),
        booleanSetting(QStringLiteral("opcache.enable"), performance, tr("Cache compiled scripts"),
                       tr("Keeps compiled PHP in memory (OPcache). Leave it on unless debugging the cache."),
                       QStringLiteral("On")),
        booleanSetting(QStringLiteral("opcache.validate_timestamps"), performance,
                       tr("Notice changed scripts"),
                       tr("Checks whether scripts changed on disk. Switch it off only if you clear the cache "
                          "after every deployment."),
                       QStringLiteral("On")),
        integerSetting(QStringLiteral("opcache.revalidate_freq"), performance, tr("Check for changes every"),
                       tr("How often, in seconds, OPcache checks scripts for changes; 0 checks on every "
                          "request."),
                       0, 3600, secondsUnit, QStringLiteral("2")),
    };
}

// Uploads, time zone, sessions and what old scripts need.
QList<PhpSetting> commonSettings()
{
    const QString common = QStringLiteral("common");
    return {
        // PHP's documentation: post_max_size must be at least upload_max_filesize.
        sizeSetting(QStringLiteral("upload_max_filesize"), common, tr("Largest uploaded file"),
                    tr("The largest file one upload may be. Raise post_max_size with it."), mebibyte,
                    gibibyte, QStringLiteral("2M"), false),
        sizeSetting(QStringLiteral("post_max_size"), common, tr("Largest form submission"),
                    tr("The largest request body PHP accepts, uploads included. It must be at least the "
                       "largest uploaded file."),
                    mebibyte, gibibyte, QStringLiteral("8M"), false),
        choiceSetting(QStringLiteral("date.timezone"), common, tr("Time zone"),
                      tr("The time zone PHP's date functions use, like Europe/London."), timeZoneChoices(),
                      QStringLiteral("UTC")),
        integerSetting(QStringLiteral("session.gc_maxlifetime"), common, tr("Session lifetime"),
                       tr("How long, in seconds, an unused session is kept before it may be removed."), 60,
                       604800, secondsUnit, QStringLiteral("1440")),
        choiceSetting(QStringLiteral("default_charset"), common, tr("Default character set"),
                      tr("The character set PHP announces for its pages. Keep UTF-8 unless the site is old."),
                      {QStringLiteral("UTF-8"), QStringLiteral("ISO-8859-1"), QStringLiteral("windows-1252")},
                      QStringLiteral("UTF-8")),
        booleanSetting(QStringLiteral("short_open_tag"), common, tr("Short open tags"),
                       tr("Lets old scripts start PHP with “<?” instead of “<?php”."), QStringLiteral("Off")),
    };
}

// What PHP does with errors.
QList<PhpSetting> errorSettings()
{
    const QString errors = QStringLiteral("errors");
    return {
        booleanSetting(QStringLiteral("display_errors"), errors, tr("Show errors in pages"),
                       tr("Shows PHP errors to visitors. Useful while developing; keep it off on a live "
                          "site."),
                       QStringLiteral("Off")),
        booleanSetting(QStringLiteral("log_errors"), errors, tr("Log errors"),
                       tr("Writes PHP errors to the site's error log."), QStringLiteral("On")),
        choiceSetting(QStringLiteral("error_reporting"), errors, tr("Errors reported"),
                      tr("Which kinds of PHP errors are shown or logged."),
                      {QStringLiteral("E_ALL"), QStringLiteral("E_ALL & ~E_DEPRECATED"),
                       QStringLiteral("E_ALL & ~E_NOTICE & ~E_DEPRECATED"),
                       QStringLiteral("E_ERROR | E_WARNING | E_PARSE")},
                      QStringLiteral("E_ALL & ~E_DEPRECATED")),
        booleanSetting(QStringLiteral("html_errors"), errors, tr("Errors as HTML"),
                       tr("Formats shown errors as HTML rather than plain text."), QStringLiteral("On")),
    };
}

QList<PhpSetting> makeCatalogue()
{
    return performanceSettings() + commonSettings() + errorSettings();
}

PhpValueCheck refused(QString problem)
{
    return PhpValueCheck{{}, std::move(problem)};
}

// A character that could end the pool file's line or start a new ini construct there.
QString unsafeCharacterName(const QString &value)
{
    static const QString breaking = QStringLiteral("\"';[]=");
    for (const QChar c : value) {
        if (c == u'\n' || c == u'\r')
            return tr("a line break");
        if (c.category() == QChar::Other_Control)
            return tr("a control character");
        if (breaking.contains(c))
            return QStringLiteral("“%1”").arg(c);
    }
    return {};
}

QString rangeText(const PhpSetting &setting)
{
    if (setting.type == PhpSettingType::Size)
        return tr("between %1 and %2")
            .arg(phpSizeShorthand(setting.minimum), phpSizeShorthand(setting.maximum));
    if (setting.unit == secondsUnit)
        return tr("between %1 and %2 seconds").arg(setting.minimum).arg(setting.maximum);
    return tr("between %1 and %2").arg(setting.minimum).arg(setting.maximum);
}

PhpValueCheck checkSize(const PhpSetting &setting, const QString &value)
{
    if (value.startsWith(u'-'))
        return refused(tr("%1 cannot be unlimited or negative on a shared host; give a size %2.")
                           .arg(setting.name, rangeText(setting)));
    const std::optional<qint64> bytes = parseSize(value);
    if (!bytes)
        return refused(tr("%1 is a size like 128M, 512K or 1G.").arg(setting.name));
    if (*bytes < setting.minimum || *bytes > setting.maximum)
        return refused(tr("%1 must be %2.").arg(setting.name, rangeText(setting)));
    return PhpValueCheck{phpSizeShorthand(*bytes), {}};
}

PhpValueCheck checkInteger(const PhpSetting &setting, const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d{1,12}$"));
    if (!pattern.match(value).hasMatch())
        return refused(tr("%1 is a whole number %2.").arg(setting.name, rangeText(setting)));
    const qint64 number = value.toLongLong();
    if (number < setting.minimum || number > setting.maximum)
        return refused(tr("%1 must be %2.").arg(setting.name, rangeText(setting)));
    return PhpValueCheck{QString::number(number), {}};
}

PhpValueCheck checkBoolean(const PhpSetting &setting, const QString &value)
{
    static const QStringList on{QStringLiteral("on"), QStringLiteral("1"), QStringLiteral("true"),
                                QStringLiteral("yes")};
    static const QStringList off{QStringLiteral("off"), QStringLiteral("0"), QStringLiteral("false"),
                                 QStringLiteral("no")};
    const QString lower = value.toLower();
    if (on.contains(lower))
        return PhpValueCheck{QStringLiteral("On"), {}};
    if (off.contains(lower))
        return PhpValueCheck{QStringLiteral("Off"), {}};
    return refused(tr("%1 is On or Off.").arg(setting.name));
}

PhpValueCheck checkChoice(const PhpSetting &setting, const QString &value)
{
    // Spaces inside an error_reporting expression do not matter to PHP, nor case to any of them.
    const QString wanted = withoutSpaces(value);
    for (const QString &choice : setting.choices) {
        if (withoutSpaces(choice).compare(wanted, Qt::CaseInsensitive) == 0)
            return PhpValueCheck{choice, {}};
    }
    if (setting.name == u"date.timezone")
        return refused(
            tr("“%1” is not a time zone PHP knows; give one like Europe/London or UTC.").arg(value));
    return refused(tr("%1 is one of: %2.").arg(setting.name, setting.choices.join(QStringLiteral(", "))));
}

std::optional<qint64> effectiveBytes(const QMap<QString, QString> &settings, const QString &name)
{
    const PhpSetting *setting = findPhpSetting(name);
    const auto given = settings.constFind(name);
    const QString value = given == settings.cend() ? setting->defaultValue : given.value();
    const PhpValueCheck check = checkPhpValue(name, value);
    if (!check.problem.isEmpty())
        return std::nullopt; // reported as a value problem already
    return parseSize(check.normalized);
}

// PHP documents that the smaller setting must not exceed the larger one. The problem goes to the
// setting the site gave, the larger one's when both were given.
void checkNotLarger(const QMap<QString, QString> &settings, const QString &smaller, const QString &larger,
                    QMap<QString, QString> &problems)
{
    const std::optional<qint64> smallerBytes = effectiveBytes(settings, smaller);
    const std::optional<qint64> largerBytes = effectiveBytes(settings, larger);
    if (!smallerBytes || !largerBytes || *largerBytes >= *smallerBytes)
        return;
    const QString smallerText = phpSizeShorthand(*smallerBytes);
    const QString largerText = phpSizeShorthand(*largerBytes);
    if (settings.contains(larger)) {
        if (!problems.contains(larger))
            problems.insert(
                larger,
                tr("%1 (%2) must be at least %3 (%4).").arg(larger, largerText, smaller, smallerText));
    } else if (!problems.contains(smaller)) {
        problems.insert(smaller, tr("%1 (%2) is larger than %3 (%4); raise %3 as well.")
                                     .arg(smaller, smallerText, larger, largerText));
    }
}

} // namespace

QString phpSizeShorthand(qint64 bytes)
{
    if (bytes != 0) {
        if (bytes % gibibyte == 0)
            return QString::number(bytes / gibibyte) + u'G';
        if (bytes % mebibyte == 0)
            return QString::number(bytes / mebibyte) + u'M';
        if (bytes % kibibyte == 0)
            return QString::number(bytes / kibibyte) + u'K';
    }
    return QString::number(bytes);
}

const QList<PhpSetting> &phpSettingCatalogue()
{
    static const QList<PhpSetting> catalogue = makeCatalogue();
    return catalogue;
}

const PhpSetting *findPhpSetting(const QString &name)
{
    const QList<PhpSetting> &catalogue = phpSettingCatalogue();
    const auto found = std::find_if(catalogue.cbegin(), catalogue.cend(),
                                    [&](const PhpSetting &setting) { return setting.name == name; });
    return found == catalogue.cend() ? nullptr : &*found;
}

PhpValueCheck checkPhpValue(const QString &name, const QString &value)
{
    const PhpSetting *setting = findPhpSetting(name);
    if (!setting)
        return refused(tr("“%1” is not a PHP setting sites can change here.").arg(name));
    // Checked before anything else, whatever the type: the value ends up inside one ini line.
    if (const QString unsafe = unsafeCharacterName(value); !unsafe.isEmpty())
        return refused(tr("The value of %1 contains %2, which a PHP setting cannot contain.")
                           .arg(setting->name, unsafe));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("Give a value for %1.").arg(setting->name));
    switch (setting->type) {
    case PhpSettingType::Size:
        return checkSize(*setting, trimmed);
    case PhpSettingType::Integer:
        return checkInteger(*setting, trimmed);
    case PhpSettingType::Boolean:
        return checkBoolean(*setting, trimmed);
    case PhpSettingType::Choice:
        return checkChoice(*setting, trimmed);
    }
    return refused(tr("“%1” is not a PHP setting sites can change here.").arg(name));
}

QMap<QString, QString> phpSettingsProblems(const QMap<QString, QString> &settings)
{
    QMap<QString, QString> problems;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const PhpValueCheck check = checkPhpValue(it.key(), it.value());
        if (!check.problem.isEmpty())
            problems.insert(it.key(), check.problem);
    }
    checkNotLarger(settings, QStringLiteral("upload_max_filesize"), QStringLiteral("post_max_size"),
                   problems);
    checkNotLarger(settings, QStringLiteral("post_max_size"), QStringLiteral("memory_limit"), problems);
    return problems;
}

QString phpPoolValue(const QString &name, const QString &normalizedValue)
{
    const PhpValueCheck check = checkPhpValue(name, normalizedValue);
    if (!check.problem.isEmpty())
        return {};
    if (name == u"error_reporting") {
        const std::optional<qint64> level = evaluateErrorLevel(check.normalized);
        return level ? QString::number(*level) : QString();
    }
    return check.normalized;
}

} // namespace mws::validate
