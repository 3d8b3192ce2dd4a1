// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/apachedirectives.h"
#include "validate/hostname.h"
#include "validate/phpsettings.h"

#include <QSet>
#include <QTest>

using namespace mws::validate;

namespace {

const QString siteHome = QStringLiteral("/srv/sites/s1234");

using Settings = QMap<QString, QString>;

QString describe(const QList<DirectiveProblem> &problems)
{
    QStringList lines;
    for (const DirectiveProblem &problem : problems)
        lines << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(u'\n');
}

QList<DirectiveProblem> problemsOf(const QString &text, const QStringList &modules = {})
{
    return apacheDirectiveProblems(text, DirectiveContext{siteHome, modules});
}

QString repeated(QChar c, qsizetype count)
{
    return QString(count, c);
}

} // namespace

class TestHostingValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Host names ----------------------------------------------------------------------------------

    void acceptsHostnames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "example.org" << "example.org";
        QTest::newRow("three labels") << "www.cam.ac.uk" << "www.cam.ac.uk";
        QTest::newRow("upper-case and spaces") << "  WWW.Example.ORG  " << "www.example.org";
        QTest::newRow("trailing dot") << "example.org." << "example.org";
        QTest::newRow("hyphens inside") << "a-b.c--d.org" << "a-b.c--d.org";
        QTest::newRow("digits in a label") << "123.example.org" << "123.example.org";
        QTest::newRow("IDNA") << "Bücher.example" << "xn--bcher-kva.example";
        QTest::newRow("IDNA upper-case") << "BÜCHER.example" << "xn--bcher-kva.example";
        QTest::newRow("already ACE") << "xn--bcher-kva.example" << "xn--bcher-kva.example";
        QTest::newRow("IDNA dot") << QStringLiteral("m\u00fcnchen\u3002de") << "xn--mnchen-3ya.de";
        const QString label63 = repeated(u'a', 63);
        QTest::newRow("63-char label") << label63 + ".org" << label63 + ".org";
        // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
        const QString longest = label63 + u'.' + label63 + u'.' + label63 + u'.' + repeated(u'b', 61);
        QTest::newRow("253 chars") << longest << longest;
    }

    void acceptsHostnames()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const HostnameCheck check = checkHostname(input);
        QCOMPARE(check.problem, QString());
        QCOMPARE(check.normalized, normalized);
    }

    void refusesHostnames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fragment");
        const QString label63 = repeated(u'a', 63);
        QTest::newRow("empty") << "" << "Give a domain name";
        QTest::newRow("only spaces") << "   " << "Give a domain name";
        QTest::newRow("only a dot") << "." << "Give a domain name";
        QTest::newRow("space") << "ex ample.org" << "“ex ample.org” contains a space";
        QTest::newRow("tab") << "ex\tample.org" << "contains a space";
        QTest::newRow("underscore") << "a_b.org" << "contains “_”";
        QTest::newRow("dollar") << "exa$mple.org" << "contains “$”";
        QTest::newRow("slash") << "example.org/x" << "contains “/”";
        QTest::newRow("two dots") << "example..org" << "two dots";
        QTest::newRow("leading dot") << ".example.org" << "two dots";
        QTest::newRow("two trailing dots") << "example.org.." << "two dots";
        QTest::newRow("64-char label") << repeated(u'a', 64) + ".org" << "longer than 63";
        QTest::newRow("leading hyphen") << "-a.org" << "starts or ends with a hyphen";
        QTest::newRow("trailing hyphen") << "a-.org" << "starts or ends with a hyphen";
        QTest::newRow("hyphen TLD") << "example.-org" << "starts or ends with a hyphen";
        QTest::newRow("IPv4") << "1.2.3.4" << "IP address";
        QTest::newRow("IPv4 trailing dot") << "10.0.0.1." << "IP address";
        QTest::newRow("IPv6") << "2001:db8::1" << "IP address";
        QTest::newRow("IPv6 bracketed") << "[::1]" << "IP address";
        QTest::newRow("wildcard") << "*.example.org" << "wildcard";
        QTest::newRow("localhost") << "localhost" << "“localhost” is not a public domain name";
        QTest::newRow("LOCALHOST.") << "LOCALHOST." << "“localhost” is not a public domain name";
        QTest::newRow("one label") << "example" << "not a full domain name";
        QTest::newRow("numeric TLD") << "example.123" << "ends in a number";
        QTest::newRow("254 chars") << label63 + u'.' + label63 + u'.' + label63 + u'.' + repeated(u'b', 62)
                                   << "at most 253";
        QTest::newRow("not encodable") << QStringLiteral("x\u200d.org") << "internationalised";
    }

    void refusesHostnames()
    {
        QFETCH(QString, input);
        QFETCH(QString, fragment);
        const HostnameCheck check = checkHostname(input);
        QVERIFY2(check.normalized.isEmpty(), qPrintable(check.normalized));
        QVERIFY2(check.problem.contains(fragment), qPrintable(check.problem));
    }

    void vhostNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("main") << "main" << true;
        QTest::newRow("blog-2") << "blog-2" << true;
        QTest::newRow("one letter") << "a" << true;
        QTest::newRow("starts with digit") << "2blog" << true;
        QTest::newRow("32 chars") << repeated(u'v', 32) << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("33 chars") << repeated(u'v', 33) << false;
        QTest::newRow("leading hyphen") << "-blog" << false;
        QTest::newRow("upper-case") << "Blog" << false;
        QTest::newRow("underscore") << "blog_2" << false;
        QTest::newRow("dot") << "blog.2" << false;
        QTest::newRow("space") << "blog 2" << false;
        QTest::newRow("slash") << "../x" << false;
    }

    void vhostNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, acceptable);
        const QString problem = vhostNameProblem(name);
        QVERIFY2(problem.isEmpty() == acceptable, qPrintable(problem));
    }

    void documentRoots_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment"); // empty: acceptable
        QTest::newRow("public_html") << "public_html" << "";
        QTest::newRow("subfolder") << "public_html/blog" << "";
        QTest::newRow("allowed characters") << "public_html/a.b_c-D/2" << "";
        QTest::newRow("200 chars") << "public_html/" + repeated(u'x', 188) << "";
        QTest::newRow("empty") << "" << "Give the document root";
        QTest::newRow("absolute") << "/srv/sites/s1234/public_html" << "not as an absolute path";
        QTest::newRow("parent first") << "../public_html" << "“..” is not allowed";
        QTest::newRow("parent inside") << "public_html/../etc" << "“..” is not allowed";
        QTest::newRow("double slash") << "public_html//blog" << "Remove the empty";
        QTest::newRow("trailing slash") << "public_html/" << "Remove the empty";
        QTest::newRow("dot segment") << "public_html/./blog" << "Remove the empty";
        QTest::newRow("backslash") << "public_html\\blog" << "not “\\”";
        QTest::newRow("space") << "public_html/my blog" << "only letters";
        QTest::newRow("non-ASCII") << QStringLiteral("public_html/caf\u00e9") << "only letters";
        QTest::newRow("control") << "public_html/\x01" << "control character";
        QTest::newRow("newline") << "public_html\n" << "control character";
        QTest::newRow("outside public_html") << "private/files" << "must be “public_html”";
        QTest::newRow("similar prefix") << "public_htmlx" << "must be “public_html”";
        QTest::newRow("201 chars") << "public_html/" + repeated(u'x', 189) << "at most 200";
    }

    void documentRoots()
    {
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const QString problem = documentRootProblem(path);
        if (fragment.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(!problem.isEmpty() && problem.contains(fragment), qPrintable(problem));
    }

    // PHP settings --------------------------------------------------------------------------------

    void phpCatalogueIsConsistent()
    {
        const QList<PhpSetting> &catalogue = phpSettingCatalogue();
        const QStringList required{"memory_limit",
                                   "max_execution_time",
                                   "max_input_time",
                                   "max_input_vars",
                                   "opcache.enable",
                                   "opcache.validate_timestamps",
                                   "opcache.revalidate_freq",
                                   "upload_max_filesize",
                                   "post_max_size",
                                   "date.timezone",
                                   "session.gc_maxlifetime",
                                   "default_charset",
                                   "short_open_tag",
                                   "display_errors",
                                   "log_errors",
                                   "error_reporting",
                                   "html_errors"};
        for (const QString &name : required)
            QVERIFY2(findPhpSetting(name), qPrintable(name));
        QSet<QString> names;
        for (const PhpSetting &setting : catalogue) {
            QVERIFY2(!names.contains(setting.name), qPrintable(setting.name));
            names.insert(setting.name);
            QVERIFY(QStringList({"performance", "common", "errors"}).contains(setting.group));
            QVERIFY(!setting.label.isEmpty());
            QVERIFY(!setting.description.isEmpty());
            // Every default is a value the checks accept, already in normalized form.
            const PhpValueCheck check = checkPhpValue(setting.name, setting.defaultValue);
            QVERIFY2(check.problem.isEmpty(),
                     qPrintable(setting.name + QStringLiteral(": ") + check.problem));
            QCOMPARE(check.normalized, setting.defaultValue);
            if (setting.type == PhpSettingType::Choice)
                QVERIFY(setting.choices.contains(setting.defaultValue));
            if (setting.type == PhpSettingType::Size || setting.type == PhpSettingType::Integer)
                QVERIFY(setting.minimum <= setting.maximum);
        }
        QCOMPARE(findPhpSetting("memory_limit")->type, PhpSettingType::Size);
        QCOMPARE(findPhpSetting("memory_limit")->unit, QStringLiteral("bytes"));
        QCOMPARE(findPhpSetting("memory_limit")->minimum, 16 * 1024 * 1024);
        QCOMPARE(findPhpSetting("memory_limit")->maximum, 2LL * 1024 * 1024 * 1024);
        QVERIFY(findPhpSetting("memory_limit")->adminValue);
        QCOMPARE(findPhpSetting("max_execution_time")->unit, QStringLiteral("seconds"));
        QCOMPARE(findPhpSetting("display_errors")->type, PhpSettingType::Boolean);
        QCOMPARE(findPhpSetting("error_reporting")->type, PhpSettingType::Choice);
        QVERIFY(!findPhpSetting("open_basedir"));
        QVERIFY(!findPhpSetting("disable_functions"));
        QVERIFY(!findPhpSetting("Memory_Limit"));

        const QStringList zones = findPhpSetting("date.timezone")->choices;
        QVERIFY(zones.contains("Europe/London"));
        QVERIFY(zones.contains("UTC"));
        QVERIFY(!zones.contains("UTC+01:00"));
        QVERIFY(!zones.contains("posixrules"));
        QCOMPARE(findPhpSetting("default_charset")->choices,
                 QStringList({"UTF-8", "ISO-8859-1", "windows-1252"}));
        QVERIFY(phpSettingsProblems({}).isEmpty());
    }

    void acceptsPhpValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("size M") << "memory_limit" << "128M" << "128M";
        QTest::newRow("size lower-case") << "memory_limit" << "128m" << "128M";
        QTest::newRow("size spaces") << "memory_limit" << " 256M " << "256M";
        QTest::newRow("size minimum") << "memory_limit" << "16M" << "16M";
        QTest::newRow("size maximum") << "memory_limit" << "2G" << "2G";
        QTest::newRow("size lower-case G") << "memory_limit" << "1g" << "1G";
        QTest::newRow("size M to G") << "memory_limit" << "2048M" << "2G";
        QTest::newRow("size K to M") << "memory_limit" << "524288K" << "512M";
        QTest::newRow("size bytes") << "memory_limit" << "134217728" << "128M";
        QTest::newRow("upload minimum") << "upload_max_filesize" << "1M" << "1M";
        QTest::newRow("upload minimum in K") << "upload_max_filesize" << "1024k" << "1M";
        QTest::newRow("upload in bytes") << "upload_max_filesize" << "1048576" << "1M";
        QTest::newRow("upload odd K") << "upload_max_filesize" << "1536K" << "1536K";
        QTest::newRow("upload maximum") << "upload_max_filesize" << "1G" << "1G";
        QTest::newRow("post maximum") << "post_max_size" << "1024M" << "1G";
        QTest::newRow("execution minimum") << "max_execution_time" << "1" << "1";
        QTest::newRow("execution maximum") << "max_execution_time" << "3600" << "3600";
        QTest::newRow("execution plus sign") << "max_execution_time" << "+30" << "30";
        QTest::newRow("input time -1") << "max_input_time" << "-1" << "-1";
        QTest::newRow("input time maximum") << "max_input_time" << "3600" << "3600";
        QTest::newRow("input vars minimum") << "max_input_vars" << "100" << "100";
        QTest::newRow("input vars maximum") << "max_input_vars" << "100000" << "100000";
        QTest::newRow("revalidate 0") << "opcache.revalidate_freq" << "0" << "0";
        QTest::newRow("session minimum") << "session.gc_maxlifetime" << "60" << "60";
        QTest::newRow("session maximum") << "session.gc_maxlifetime" << "604800" << "604800";
        QTest::newRow("bool On") << "display_errors" << "On" << "On";
        QTest::newRow("bool on") << "display_errors" << "on" << "On";
        QTest::newRow("bool 1") << "log_errors" << "1" << "On";
        QTest::newRow("bool true") << "html_errors" << "TRUE" << "On";
        QTest::newRow("bool yes") << "short_open_tag" << "yes" << "On";
        QTest::newRow("bool Off") << "opcache.enable" << "Off" << "Off";
        QTest::newRow("bool 0") << "opcache.validate_timestamps" << "0" << "Off";
        QTest::newRow("bool false") << "display_errors" << "false" << "Off";
        QTest::newRow("bool NO") << "display_errors" << "NO" << "Off";
        QTest::newRow("time zone") << "date.timezone" << "Europe/London" << "Europe/London";
        QTest::newRow("time zone case") << "date.timezone" << "europe/london" << "Europe/London";
        QTest::newRow("UTC") << "date.timezone" << "UTC" << "UTC";
        QTest::newRow("charset") << "default_charset" << "utf-8" << "UTF-8";
        QTest::newRow("charset windows") << "default_charset" << "Windows-1252" << "windows-1252";
        QTest::newRow("error preset") << "error_reporting" << "E_ALL" << "E_ALL";
        QTest::newRow("error preset spaces") << "error_reporting" << "E_ALL&~E_DEPRECATED"
                                             << "E_ALL & ~E_DEPRECATED";
        QTest::newRow("error preset case") << "error_reporting" << "e_error|e_warning | e_parse"
                                           << "E_ERROR | E_WARNING | E_PARSE";
    }

    void acceptsPhpValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        const PhpValueCheck check = checkPhpValue(name, value);
        QCOMPARE(check.problem, QString());
        QCOMPARE(check.normalized, normalized);
    }

    void refusesPhpValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown") << "open_basedir" << "/" << "“open_basedir” is not a PHP setting";
        QTest::newRow("unknown functions") << "disable_functions" << "" << "not a PHP setting";
        QTest::newRow("empty") << "memory_limit" << "" << "Give a value for memory_limit";
        QTest::newRow("unlimited memory") << "memory_limit" << "-1" << "cannot be unlimited";
        QTest::newRow("memory below") << "memory_limit" << "15M" << "between 16M and 2G";
        QTest::newRow("memory just below") << "memory_limit" << "16383K" << "between 16M and 2G";
        QTest::newRow("memory above") << "memory_limit" << "2049M" << "between 16M and 2G";
        QTest::newRow("memory far above") << "memory_limit" << "999999999999G" << "between 16M and 2G";
        QTest::newRow("memory too many digits") << "memory_limit" << "9999999999999" << "size like";
        QTest::newRow("size MB") << "memory_limit" << "128MB" << "size like 128M";
        QTest::newRow("size words") << "memory_limit" << "lots" << "size like 128M";
        QTest::newRow("size fraction") << "memory_limit" << "1.5G" << "size like 128M";
        QTest::newRow("upload below") << "upload_max_filesize" << "1023K" << "between 1M and 1G";
        QTest::newRow("upload above") << "upload_max_filesize" << "1025M" << "between 1M and 1G";
        QTest::newRow("post zero") << "post_max_size" << "0" << "between 1M and 1G";
        QTest::newRow("execution 0") << "max_execution_time" << "0" << "between 1 and 3600 seconds";
        QTest::newRow("execution above") << "max_execution_time" << "3601" << "between 1 and 3600 seconds";
        QTest::newRow("execution fraction") << "max_execution_time" << "1.5" << "whole number";
        QTest::newRow("execution unit") << "max_execution_time" << "30s" << "whole number";
        QTest::newRow("input time below") << "max_input_time" << "-2" << "between -1 and 3600 seconds";
        QTest::newRow("input vars below") << "max_input_vars" << "99" << "between 100 and 100000";
        QTest::newRow("input vars above") << "max_input_vars" << "100001" << "between 100 and 100000";
        QTest::newRow("revalidate negative") << "opcache.revalidate_freq" << "-1" << "between 0 and 3600";
        QTest::newRow("session below") << "session.gc_maxlifetime" << "59" << "between 60 and 604800";
        QTest::newRow("session above") << "session.gc_maxlifetime" << "604801" << "between 60 and 604800";
        QTest::newRow("bool other") << "display_errors" << "maybe" << "On or Off";
        QTest::newRow("bool 2") << "log_errors" << "2" << "On or Off";
        QTest::newRow("time zone unknown") << "date.timezone" << "Mars/Olympus" << "not a time zone";
        QTest::newRow("time zone offset") << "date.timezone" << "UTC+01:00" << "not a time zone";
        QTest::newRow("charset other") << "default_charset" << "latin1" << "one of: UTF-8, ISO-8859-1";
        QTest::newRow("error level E_STRICT") << "error_reporting" << "E_ALL | E_STRICT" << "one of";
        QTest::newRow("error level number") << "error_reporting" << "32767" << "one of";
        // Whatever the type, nothing that could end the pool file's line or start another.
        QTest::newRow("newline injection") << "memory_limit" << "128M\nphp_admin_value[x]=1" << "line break";
        QTest::newRow("trailing newline") << "memory_limit" << "128M\n" << "line break";
        QTest::newRow("carriage return") << "memory_limit" << "128M\r" << "line break";
        QTest::newRow("semicolon") << "display_errors" << "On ; x" << "“;”";
        QTest::newRow("double quote") << "memory_limit" << "128M\"" << "“\"”";
        QTest::newRow("single quote") << "date.timezone" << "'UTC'" << "“'”";
        QTest::newRow("bracket") << "date.timezone" << "Europe/London]" << "“]”";
        QTest::newRow("open bracket") << "error_reporting" << "E_ALL [x" << "“[”";
        QTest::newRow("equals") << "max_input_vars" << "1000=1" << "“=”";
        QTest::newRow("control") << "short_open_tag" << "On\x01" << "control character";
        QTest::newRow("tab") << "short_open_tag" << "On\t" << "control character";
        QTest::newRow("NUL") << "log_errors" << QStringLiteral("On") + QChar(0) << "control character";
    }

    void refusesPhpValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        const PhpValueCheck check = checkPhpValue(name, value);
        QVERIFY2(check.normalized.isEmpty(), qPrintable(check.normalized));
        QVERIFY2(check.problem.contains(fragment), qPrintable(check.problem));
        QCOMPARE(phpSettingsProblems({{name, value}}).value(name), check.problem);
        QCOMPARE(phpPoolValue(name, value), QString());
    }

    void phpSettingsAsAWhole_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QStringList>("badFields");
        QTest::addColumn<QString>("fragment"); // of the first bad field's message
        QTest::newRow("nothing") << Settings{} << QStringList{} << "";
        QTest::newRow("all fine") << Settings{{"memory_limit", "256M"},
                                              {"post_max_size", "64M"},
                                              {"upload_max_filesize", "64M"},
                                              {"display_errors", "On"}}
                                  << QStringList{} << "";
        QTest::newRow("upload above default post")
            << Settings{{"upload_max_filesize", "64M"}} << QStringList{"upload_max_filesize"}
            << "upload_max_filesize (64M) is larger than post_max_size (8M); raise post_max_size";
        QTest::newRow("post below upload")
            << Settings{{"upload_max_filesize", "64M"}, {"post_max_size", "32M"}}
            << QStringList{"post_max_size"}
            << "post_max_size (32M) must be at least upload_max_filesize (64M)";
        QTest::newRow("post equals upload")
            << Settings{{"upload_max_filesize", "64M"}, {"post_max_size", "64M"}} << QStringList{} << "";
        QTest::newRow("post above default memory")
            << Settings{{"post_max_size", "256M"}} << QStringList{"post_max_size"}
            << "post_max_size (256M) is larger than memory_limit (128M); raise memory_limit";
        QTest::newRow("memory below post")
            << Settings{{"post_max_size", "256M"}, {"memory_limit", "128M"}} << QStringList{"memory_limit"}
            << "memory_limit (128M) must be at least post_max_size (256M)";
        QTest::newRow("memory equals post")
            << Settings{{"post_max_size", "256M"}, {"memory_limit", "262144K"}} << QStringList{} << "";
        QTest::newRow("memory below default post")
            << Settings{{"memory_limit", "16M"}, {"post_max_size", "32M"}} << QStringList{"memory_limit"}
            << "memory_limit (16M) must be at least post_max_size (32M)";
        QTest::newRow("bad value skips the rule")
            << Settings{{"memory_limit", "lots"}, {"post_max_size", "256M"}} << QStringList{"memory_limit"}
            << "size like";
        QTest::newRow("several bad") << Settings{{"display_errors", "maybe"},
                                                 {"open_basedir", "/"},
                                                 {"max_execution_time", "0"}}
                                     << QStringList{"display_errors", "max_execution_time", "open_basedir"}
                                     << "On or Off";
    }

    void phpSettingsAsAWhole()
    {
        QFETCH(Settings, settings);
        QFETCH(QStringList, badFields);
        QFETCH(QString, fragment);
        const QMap<QString, QString> problems = phpSettingsProblems(settings);
        QCOMPARE(problems.keys(), badFields);
        if (!badFields.isEmpty())
            QVERIFY2(problems.first().contains(fragment), qPrintable(problems.first()));
    }

    void phpPoolValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("poolValue");
        QTest::newRow("size") << "memory_limit" << "128M" << "128M";
        QTest::newRow("integer") << "max_execution_time" << "60" << "60";
        QTest::newRow("bool on") << "display_errors" << "On" << "On";
        QTest::newRow("bool off") << "log_errors" << "Off" << "Off";
        QTest::newRow("choice") << "date.timezone" << "Europe/London" << "Europe/London";
        // PHP 8.4: E_ALL no longer contains E_STRICT (2048), so it is 30719.
        QTest::newRow("E_ALL") << "error_reporting" << "E_ALL" << "30719";
        QTest::newRow("no deprecated") << "error_reporting" << "E_ALL & ~E_DEPRECATED" << "22527";
        QTest::newRow("no notices") << "error_reporting" << "E_ALL & ~E_NOTICE & ~E_DEPRECATED" << "22519";
        QTest::newRow("only errors") << "error_reporting" << "E_ERROR | E_WARNING | E_PARSE" << "7";
        QTest::newRow("unknown") << "open_basedir" << "/" << "";
        QTest::newRow("bad") << "memory_limit" << "-1" << "";
    }

    void phpPoolValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, poolValue);
        QCOMPARE(phpPoolValue(name, value), poolValue);
    }

    // Apache directives ---------------------------------------------------------------------------

    void apacheModules()
    {
        QStringList names;
        for (const ApacheModule &module : apacheModuleCatalogue()) {
            names << module.name;
            QVERIFY(!module.label.isEmpty());
            QVERIFY(!module.description.isEmpty());
        }
        QCOMPARE(names, QStringList({"rewrite", "headers", "expires", "deflate", "autoindex"}));
        const ApacheModule &rewrite = apacheModuleCatalogue().first();
        QVERIFY(rewrite.directives.contains("RewriteRule"));
        QVERIFY(rewrite.directives.contains("RewriteCond"));
        QVERIFY(!rewrite.directives.contains("RewriteMap"));
        QCOMPARE(apacheModuleCatalogue().at(1).directives, QStringList({"Header", "RequestHeader"}));
        QVERIFY(apacheModuleCatalogue().at(3).directives.contains("AddOutputFilterByType"));

        QCOMPARE(apacheModuleDirectivesFor("rewrite"), QStringLiteral("RewriteEngine On"));
        QCOMPARE(apacheModuleDirectivesFor("expires"), QStringLiteral("ExpiresActive On"));
        QCOMPARE(apacheModuleDirectivesFor("deflate"),
                 QStringLiteral("AddOutputFilterByType DEFLATE text/html text/plain text/css text/javascript "
                                "application/javascript application/json image/svg+xml"));
        QCOMPARE(apacheModuleDirectivesFor("headers"), QString());
        QCOMPARE(apacheModuleDirectivesFor("autoindex"), QString());
        QCOMPARE(apacheModuleDirectivesFor("php"), QString());
        // What the renderer writes for a module must itself pass with that module on.
        for (const ApacheModule &module : apacheModuleCatalogue()) {
            const auto problems = problemsOf(apacheModuleDirectivesFor(module.name), {module.name});
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        }
    }

    void acceptsApacheDirectives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("modules");
        const QStringList all{"rewrite", "headers", "expires", "deflate", "autoindex"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("comments and blanks") << "# a comment\n\n   # indented\n\t\n" << QStringList{};
        QTest::newRow("redirects") << "Redirect 301 /old https://example.org/new\n"
                                      "Redirect gone /gone\n"
                                      "RedirectMatch 302 ^/blog/(.*)$ https://blog.example.org/$1\n"
                                      "RedirectPermanent /a /b\nRedirectTemp /c /d"
                                   << QStringList{};
        QTest::newRow("core directives")
            << "ErrorDocument 404 /missing.html\n"
               "ErrorDocument 500 \"Sorry, something went wrong\"\n"
               "DirectoryIndex index.php index.html\n"
               "AddType text/plain .log .txt\nAddCharset UTF-8 .txt\nAddDefaultCharset UTF-8\n"
               "SetEnv APP_ENV production\nUnsetEnv APP_DEBUG\n"
               "SetEnvIf User-Agent \"^curl\" is_curl !is_browser\nSetEnvIfNoCase Referer example is_ours=1\n"
               "FileETag MTime Size\nLimitRequestBody 10485760\n"
               "Options -Indexes +MultiViews +SymLinksIfOwnerMatch -FollowSymLinks -ExecCGI"
            << QStringList{};
        QTest::newRow("case-insensitive") << "redirect 301 /a /b\n"
                                             "<directory /srv/sites/s1234/public_html>\n"
                                             "  require ALL granted\n</DIRECTORY>"
                                          << QStringList{};
        QTest::newRow("Options None") << "Options None" << QStringList{};
        QTest::newRow("Indexes with autoindex") << "Options +Indexes\nIndexOptions FancyIndexing\n"
                                                   "IndexIgnore *.bak"
                                                << QStringList{"autoindex"};
        QTest::newRow("directory inside") << "<Directory /srv/sites/s1234/public_html>\n"
                                             "    Require all granted\n"
                                             "    Options +MultiViews\n"
                                             "</Directory>"
                                          << QStringList{};
        QTest::newRow("directory home itself")
            << "<Directory /srv/sites/s1234/>\n</Directory>" << QStringList{};
        QTest::newRow("directory quoted") << "<Directory \"/srv/sites/s1234/public_html/my docs\">\n"
                                             "Require all denied\n</Directory>"
                                          << QStringList{};
        QTest::newRow("directory dots stay inside")
            << "<Directory /srv/sites/s1234/public_html/../private>\nRequire all denied\n</Directory>"
            << QStringList{};
        QTest::newRow("directory wildcard inside")
            << "<Directory /srv/sites/s1234/public_html/*/uploads>\nRequire all denied\n</Directory>"
            << QStringList{};
        QTest::newRow("authorization") << "<Location /admin>\n"
                                          "  <RequireAll>\n"
                                          "    Require all granted\n"
                                          "    Require not ip 192.0.2.1\n"
                                          "    Require not host bad.example.org\n"
                                          "  </RequireAll>\n"
                                          "</Location>\n"
                                          "<Location /staff>\n"
                                          "  Require ip 131.111.0.0/16 2001:630:210::/44\n"
                                          "  Require host cam.ac.uk\n"
                                          "</Location>"
                                       << QStringList{};
        QTest::newRow("files") << "<Files \"secret.txt\">\nRequire all denied\n</Files>\n"
                                  "<FilesMatch \"\\.(bak|old)$\">\nRequire all denied\n</FilesMatch>\n"
                                  "<Files ~ \"\\.ini$\">\nRequire all denied\n</Files>"
                               << QStringList{};
        QTest::newRow("files in directory") << "<Directory /srv/sites/s1234/public_html>\n<Files "
                                               "x.php>\nRequire all denied\n</Files>\n</Directory>"
                                            << QStringList{};
        QTest::newRow("if elseif else") << "<If \"%{HTTP_HOST} == 'example.org'\">\n"
                                           "  Redirect / https://www.example.org/\n"
                                           "</If>\n"
                                           "# a comment does not break the chain\n"
                                           "<ElseIf \"%{HTTP_HOST} == 'old.example.org'\">\n"
                                           "  Redirect / https://www.example.org/old/\n"
                                           "</ElseIf>\n"
                                           "<Else>\n"
                                           "  Require all granted\n"
                                           "</Else>"
                                        << QStringList{};
        QTest::newRow("ifmodule") << "<IfModule mod_rewrite.c>\nRewriteEngine On\n</IfModule>\n"
                                     "<IfModule !mod_expires.c>\n</IfModule>"
                                  << QStringList{"rewrite"};
        QTest::newRow("limit") << "<Directory /srv/sites/s1234/public_html>\n"
                                  "<LimitExcept GET POST HEAD>\nRequire all denied\n</LimitExcept>\n"
                                  "<Limit PUT>\nRequire all denied\n</Limit>\n"
                                  "</Directory>"
                               << QStringList{};
        QTest::newRow("rewrite front controller")
            << "RewriteEngine On\n"
               "RewriteCond %{REQUEST_FILENAME} !-f\n"
               "RewriteCond %{REQUEST_FILENAME} !-d\n"
               "RewriteRule ^ /index.php [L,QSA]\n"
               "RewriteRule ^/(.*)$ /$1.html [PT]\n"
               "RewriteRule ^/old/(.*)$ /$1 [R=301,L]\n"
               "RewriteRule ^/x - [E=APP_MODE:test]\n"
               "RewriteRule ^/home$ /srv/sites/s1234/public_html/index.html\n"
               "RewriteOptions Inherit"
            << QStringList{"rewrite"};
        QTest::newRow("rewrite in directory") << "<Directory /srv/sites/s1234/public_html>\nRewriteBase "
                                                 "/\nRewriteRule ^(.*)$ /$1 [L]\n</Directory>"
                                              << QStringList{"rewrite"};
        QTest::newRow("continuation") << "RewriteRule ^/old/(.*)$ \\\n    /new/$1 [R=301,L]\n"
                                         "Redirect \\\n301 \\\n/a /b"
                                      << QStringList{"rewrite"};
        QTest::newRow("comment swallows continued line") << "# old: \\\nInclude /etc/passwd" << QStringList{};
        QTest::newRow("CRLF") << "Redirect 301 /a /b\r\nRedirect 301 /c /d\r\n" << QStringList{};
        QTest::newRow("headers")
            << "Header always set X-Frame-Options \"SAMEORIGIN\"\n"
               "Header set Cache-Control \"max-age=600\" \"expr=%{REQUEST_URI} =~ m#^/static#\"\n"
               "Header unset ETag\nRequestHeader unset Proxy early"
            << QStringList{"headers"};
        QTest::newRow("expires") << "ExpiresActive On\nExpiresByType image/png \"access plus 1 month\"\n"
                                    "ExpiresDefault \"access plus 1 hour\""
                                 << QStringList{"expires"};
        QTest::newRow("deflate") << "AddOutputFilterByType DEFLATE text/html text/css"
                                 << QStringList{"deflate"};
        QTest::newRow("alias inside")
            << "Alias /docs /srv/sites/s1234/docs\n"
               "Alias \"/my files\" \"/srv/sites/s1234/my files\"\n"
               "<Directory /srv/sites/s1234/docs>\nRequire all granted\n</Directory>\n"
               "<Location /manual>\nAlias /srv/sites/s1234/manual\n</Location>"
            << QStringList{};
        QTest::newRow("escaped quote") << "ErrorDocument 403 \"Say \\\"please\\\"\"" << QStringList{};
        QTest::newRow("everything on") << "Options +Indexes\nRewriteEngine On\nHeader unset ETag" << all;
    }

    void acceptsApacheDirectives()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, modules);
        const QList<DirectiveProblem> problems = problemsOf(text, modules);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void refusesApacheDirectives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const QStringList none;
        const QStringList rewrite{"rewrite"};
        const QStringList all{"rewrite", "headers", "expires", "deflate", "autoindex"};
        const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

        // Refused classes, each with the line it is on.
        row("Include") << "# one\nRedirect /a /b\nInclude /etc/apache2/other.conf" << none << 3
                       << "Include reads other configuration files";
        row("IncludeOptional") << "IncludeOptional /tmp/*.conf" << none << 1 << "reads other configuration";
        // Apache splits words at ASCII white space only: to it this is one unknown directive.
        row("non-breaking space after a name") << QStringLiteral("Alias\u00a0/docs /srv/sites/s1234/docs")
                                               << none << 1 << "Unknown or not allowed";
        row("non-breaking space before a name")
            << QStringLiteral("\u00a0Redirect /a /b") << none << 1 << "Unknown or not allowed";
        row("LoadModule") << "LoadModule evil_module /tmp/evil.so" << none << 1 << "loads code";
        row("LoadFile") << "LoadFile /tmp/evil.so" << none << 1 << "loads code";
        row("ServerRoot") << "ServerRoot /" << none << 1 << "server-wide";
        row("Listen") << "Listen 8080" << none << 1 << "server-wide";
        row("User") << "User root" << none << 1 << "server-wide";
        row("Group") << "\nGroup root" << none << 2 << "server-wide";
        row("VirtualHost") << "<VirtualHost *:80>\nServerName x.org\n</VirtualHost>" << none << 1
                           << "<VirtualHost> is managed by the panel";
        row("DocumentRoot") << "DocumentRoot /etc" << none << 1
                            << "DocumentRoot is managed by the panel: use the vhost's settings";
        row("ServerName") << "ServerName other.example.org" << none << 1 << "use the vhost's settings";
        row("ServerAlias") << "serveralias other.example.org" << none << 1 << "use the vhost's settings";
        row("CustomLog") << "CustomLog /tmp/x combined" << none << 1 << "logs are set up for you";
        row("ErrorLog") << "ErrorLog /tmp/x" << none << 1 << "logs are set up for you";
        row("LogLevel") << "LogLevel debug" << none << 1 << "logs are set up for you";
        row("SSLEngine") << "SSLEngine off" << none << 1 << "use the TLS settings";
        row("SSLCertificateFile") << "SSLCertificateFile /etc/ssl/x.pem" << none << 1
                                  << "use the TLS settings";
        row("ProxyPass") << "ProxyPass / http://10.0.0.1/" << none << 1 << "cannot proxy";
        row("ProxyPassReverse") << "ProxyPassReverse / http://10.0.0.1/" << none << 1 << "cannot proxy";
        row("Proxy section") << "<Proxy *>\n</Proxy>" << none << 1 << "cannot proxy";
        row("Action") << "Action foo /cgi-bin/foo" << none << 1 << "handlers are managed";
        row("AddHandler") << "AddHandler cgi-script .cgi" << none << 1 << "handlers are managed";
        row("SetHandler") << "<Location /status>\nSetHandler server-status\n</Location>" << none << 2
                          << "handlers are managed";
        row("ScriptAlias") << "ScriptAlias /cgi-bin/ /srv/sites/s1234/cgi-bin/" << none << 1 << "CGI";
        row("ScriptAliasMatch") << "ScriptAliasMatch ^/x /bin/$1" << none << 1 << "CGI";
        row("AliasMatch") << "AliasMatch ^/x(.*) /srv/sites/s1234$1" << none << 1 << "use Alias";
        row("Alias outside") << "Alias /x /etc" << none << 1 << "Alias can only point inside the site's home";
        row("Alias escaping") << "Alias /x /srv/sites/s1234/../s9999/x" << none << 1 << "outside it";
        row("Alias similar prefix") << "Alias /x /srv/sites/s12345" << none << 1 << "outside it";
        row("Alias relative") << "Alias /x public_html" << none << 1 << "outside it";
        row("Alias one argument outside Location")
            << "Alias /srv/sites/s1234/x" << none << 1 << "needs a URL path and a folder";
        row("RewriteMap") << "RewriteMap m prg:/bin/sh" << rewrite << 1 << "RewriteMap is not available";
        row("RewriteRule P") << "RewriteEngine On\nRewriteRule ^/(.*) http://10.0.0.1/$1 [P]" << rewrite << 2
                             << "[P] (proxy) flag";
        row("RewriteRule L,P") << "RewriteRule ^/(.*) http://10.0.0.1/$1 [L,P,QSA]" << rewrite << 1
                               << "[P] (proxy) flag";
        row("RewriteRule proxy") << "RewriteRule ^/(.*) http://10.0.0.1/$1 [proxy]" << rewrite << 1 << "[P]";
        row("RewriteRule handler") << "RewriteRule \\.txt$ - [H=cgi-script]" << rewrite << 1
                                   << "[H] (handler)";
        row("RewriteRule PHP_VALUE") << "RewriteRule ^ - [E=PHP_VALUE:open_basedir=/]" << rewrite << 1
                                     << "PHP settings";
        row("RewriteRule to system file")
            << "RewriteRule ^/x$ /etc/passwd [L]" << rewrite << 1 << "from the server's disk";
        row("RewriteRule to root") << "RewriteRule ^/x$ / [L]" << rewrite << 1 << "from the server's disk";
        row("RewriteRule to request path")
            << "RewriteRule ^/(.*)$ /$1 [L]" << rewrite << 1 << "filled in from the request";
        row("RewriteRule bad flags") << "RewriteRule ^/x$ /y L" << rewrite << 1 << "square brackets";
        row("RewriteEngine value") << "RewriteEngine maybe" << rewrite << 1 << "On or Off";
        row("RewriteBase outside directory") << "RewriteBase /" << rewrite << 1 << "only works inside";
        row("DeflateCompressionLevel") << "DeflateCompressionLevel 9" << all << 1 << "server-wide";
        row("other output filter") << "AddOutputFilterByType INCLUDES text/html" << all << 1
                                   << "only add the DEFLATE filter";
        row("DefaultType") << "DefaultType text/plain" << none << 1 << "removed in Apache 2.4";
        row("php_admin_value") << "php_admin_value open_basedir /" << none << 1 << "PHP-FPM";
        row("unknown") << "Redirect /a /b\nFoo bar" << none << 2 << "Unknown or not allowed: Foo.";
        row("unknown section") << "<IfFile /etc/passwd>\n</IfFile>" << none << 1
                               << "Unknown or not allowed: <IfFile>.";
        row("SetEnv PHP_VALUE") << "SetEnv PHP_VALUE \"open_basedir=/\"" << none << 1 << "PHP settings";
        row("SetEnvIf PHP_ADMIN_VALUE")
            << "SetEnvIf Request_URI ^/ PHP_ADMIN_VALUE=x" << none << 1 << "PHP settings";
        row("SetEnv proxy") << "SetEnv proxy-sendchunked 1" << none << 1 << "proxying";

        // Modules switched off.
        row("rewrite off") << "RewriteRule ^/a$ /b [R]" << none << 1
                           << "RewriteRule needs URL rewriting (rewrite); switch it on for this vhost.";
        row("rewrite engine off") << "RewriteEngine On" << QStringList{"headers"} << 1
                                  << "RewriteEngine needs URL rewriting (rewrite)";
        row("headers off") << "Header set X y" << rewrite << 1 << "Header needs Response headers (headers)";
        row("expires off") << "ExpiresActive On" << none << 1 << "needs Expiry times (expires)";
        row("deflate off") << "AddOutputFilterByType DEFLATE text/html" << none << 1
                           << "needs Compression (deflate)";
        row("autoindex off") << "IndexOptions FancyIndexing" << none << 1
                             << "needs Folder listings (autoindex)";
        row("Indexes without autoindex")
            << "Options +Indexes" << rewrite << 1 << "Options Indexes needs Folder listings (autoindex)";

        // Options.
        row("FollowSymLinks") << "Options +FollowSymLinks" << none << 1 << "use SymLinksIfOwnerMatch";
        row("ExecCGI") << "Options ExecCGI" << none << 1 << "CGI scripts";
        row("All") << "Options All" << all << 1 << "Options All is not available";
        row("Includes") << "Options +Includes" << none << 1 << "server-side includes";
        row("mixed signs") << "Options Indexes -MultiViews" << all << 1 << "either every option";
        row("None with others") << "Options None +MultiViews" << none << 1 << "stands on its own";
        row("unknown option") << "Options +Everything" << none << 1 << "Options +Everything is not available";

        // Require.
        row("Require at top level") << "Require all granted" << none << 1 << "only allowed inside";
        row("Require user") << "<Location />\nRequire user bob\n</Location>" << none << 2
                            << "Require user bob is not available";
        row("Require expr") << "<Location />\nRequire expr true\n</Location>" << none << 2 << "not available";
        row("Require not alone") << "<Directory /srv/sites/s1234>\nRequire not ip 192.0.2.1\n</Directory>"
                                 << none << 2 << "only works inside <RequireAll>";
        row("Require not in RequireAny")
            << "<Location />\n<RequireAny>\nRequire not host x.org\n</RequireAny>\n"
               "</Location>"
            << none << 3 << "only works inside <RequireAll>";
        row("Require all other") << "<Location />\nRequire all maybe\n</Location>" << none << 2
                                 << "“granted” or “denied”";
        row("Require ip bad") << "<Location />\nRequire ip example.org\n</Location>" << none << 2
                              << "Require ip takes addresses";
        row("RequireAll at top level") << "<RequireAll>\n</RequireAll>" << none << 1 << "only allowed inside";
        row("Limit at top level") << "<Limit GET>\n</Limit>" << none << 1 << "only allowed inside";

        // Directory paths.
        row("Directory escaping") << "<Directory /srv/sites/s1234/../../../etc>\n</Directory>" << none << 1
                                  << "outside the site's home";
        row("Directory brief example")
            << "<Directory /srv/x/../../etc>\n</Directory>" << none << 1 << "outside the site's home";
        row("Directory root") << "<Directory />\nRequire all granted\n</Directory>" << none << 1
                              << "outside the site's home";
        row("Directory quoted outside") << "<Directory \"/srv/sites/s1234/../other\">\n</Directory>" << none
                                        << 1 << "outside the site's home";
        row("Directory similar prefix")
            << "<Directory /srv/sites/s12345>\n</Directory>" << none << 1 << "outside the site's home";
        row("Directory wildcard prefix")
            << "<Directory /srv/sites/s1234*>\n</Directory>" << none << 1 << "outside the site's home";
        row("Directory relative") << "<Directory public_html>\n</Directory>" << none << 1
                                  << "outside the site's home";
        row("Directory two paths") << "<Directory /srv/sites/s1234/a /srv/sites/s1234/b>\n</Directory>"
                                   << none << 1 << "takes one folder";
        row("Directory regex") << "<Directory ~ \"^/srv\">\n</Directory>" << none << 1
                               << "a pattern could match";
        row("DirectoryMatch") << "<DirectoryMatch ^/srv>\n</DirectoryMatch>" << none << 1
                              << "<DirectoryMatch> is not available";

        // Nesting.
        row("unclosed") << "Redirect /a /b\n<Directory /srv/sites/s1234>\nRequire all granted\n"
                        << none << 2 << "<Directory> is never closed; add </Directory>.";
        row("stray close") << "Redirect /a /b\n</Directory>" << none << 2
                           << "</Directory> has no <Directory>";
        row("mismatched close") << "<Directory /srv/sites/s1234>\n<Files x>\n</Directory>" << none << 3
                                << "<Files> opened on line 2";
        row("missing >") << "<Directory /srv/sites/s1234\n</Directory>" << none << 1
                         << "missing its closing “>”";
        row("Else without If") << "<Else>\n</Else>" << none << 1 << "straight after an <If>";
        row("ElseIf after other") << "<If \"true\">\n</If>\nRedirect /a /b\n<ElseIf \"false\">\n</ElseIf>"
                                  << none << 4 << "straight after an <If>";
        row("Directory in Directory")
            << "<Directory /srv/sites/s1234>\n<Directory /srv/sites/s1234/x>\n</Directory>\n</Directory>"
            << none << 2 << "cannot be inside";
        row("Location in If") << "<If \"true\">\n<Location /x>\n</Location>\n</If>" << none << 2
                              << "cannot be inside";
        row("Files in Location") << "<Location /x>\n<Files y>\n</Files>\n</Location>" << none << 2
                                 << "cannot be inside";
        row("Else with argument") << "<If \"true\">\n</If>\n<Else x>\n</Else>" << none << 3 << "at most 0";

        // Parsing.
        row("continued refused line")
            << "Options \\\n  +FollowSymLinks\nInclude x" << none << 1 << "FollowSymLinks";
        row("line after continuation") << "Redirect \\\n 301 /a /b\nInclude x" << none << 3 << "Include";
        row("unclosed quote") << "ErrorDocument 404 \"unterminated" << none << 1 << "quote is never closed";
        row("too many arguments") << "ForceType text/html extra" << none << 1 << "at most 1 arguments";
        row("too few arguments") << "ErrorDocument 404" << none << 1 << "at least 2 arguments";
        row("control character") << "Redirect /a\x01 /b" << none << 1 << "control character";
        row("NUL") << QStringLiteral("Redirect /a /b\nRedirect /c") + QChar(0) + QStringLiteral(" /d") << none
                   << 2 << "control character";
        row("long line") << "Redirect /a /b\nRedirect /" + repeated(u'a', 8200) + " /b" << none << 2
                         << "longer than 8 KiB";
        row("long continued line") << "Redirect \\\n/" + repeated(u'a', 5000) + " \\\n/" +
                                          repeated(u'b', 5000)
                                   << none << 1 << "longer than 8 KiB";
        row("define variable") << "Alias /x /srv/sites/s1234/${HOME}" << none << 1 << "${…} variables";
        row("file() in If") << "<If \"file('/etc/shadow') =~ /root/\">\n</If>" << none << 1 << "read files";
        row("%{file:} in Header") << "Header set X \"expr=%{file:/etc/passwd}\"" << all << 1 << "read files";
        row("LimitRequestBody") << "LimitRequestBody 99999999999" << none << 1 << "number of bytes";
    }

    void refusesApacheDirectives()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, modules);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const QList<DirectiveProblem> problems = problemsOf(text, modules);
        const bool found =
            std::any_of(problems.cbegin(), problems.cend(), [&](const DirectiveProblem &problem) {
                return problem.line == line && problem.message.contains(fragment);
            });
        QVERIFY2(found, qPrintable(QStringLiteral("expected line %1 “%2”, got:\n%3")
                                       .arg(line)
                                       .arg(fragment, describe(problems))));
        QVERIFY(std::is_sorted(
            problems.cbegin(), problems.cend(),
            [](const DirectiveProblem &a, const DirectiveProblem &b) { return a.line < b.line; }));
    }

    void reportsEveryProblem()
    {
        const QList<DirectiveProblem> problems = problemsOf("Include a\n"
                                                            "Redirect /a /b\n"
                                                            "ServerName x.org\n"
                                                            "RewriteRule ^ /x\n"
                                                            "<Directory /etc>\n",
                                                            {});
        QList<int> lines;
        for (const DirectiveProblem &problem : problems)
            lines << problem.line;
        // Line 5 twice: outside the home, and never closed.
        QCOMPARE(lines, QList<int>({1, 3, 4, 5, 5}));
    }

    void refusesTooLongText()
    {
        const QString text = QStringLiteral("# padding\n").repeated(7000); // 70000 bytes of comments
        const QList<DirectiveProblem> problems = problemsOf(text);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 0);
        QVERIFY(problems.first().message.contains("64 KiB"));
        // Just under the limit is read (and, being comments, fine).
        QVERIFY(problemsOf(QStringLiteral("# padding\n").repeated(6500)).isEmpty());
    }

    // Callers put "Line N: " before a message (the Apache page, the panel's 422), so no message
    // names its own line.
    void messagesDoNotNameTheirLine()
    {
        const QString text = QStringLiteral("Redirect /a /b\nRedirect /c\x01 /d\nRedirect /") +
                             QString(8200, u'a') +
                             QStringLiteral(" /b\nRewriteRule ^ /x\nOptions +Indexes\n");
        const QList<DirectiveProblem> problems = problemsOf(text);
        QCOMPARE(problems.size(), 4);
        for (const DirectiveProblem &problem : problems) {
            QVERIFY2(!problem.message.startsWith(QStringLiteral("Line"), Qt::CaseInsensitive),
                     qPrintable(problem.message));
            QVERIFY2(
                !problem.message.contains(QStringLiteral("line %1").arg(problem.line), Qt::CaseInsensitive),
                qPrintable(problem.message));
        }
    }

    void refusesEverythingWithoutAHome()
    {
        const auto problems = apacheDirectiveProblems(
            "<Directory /srv/sites/s1234>\n</Directory>\nAlias /x /srv/x", DirectiveContext{});
        QCOMPARE(problems.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostingValidators)
#include "tst_hostingvalidators.moc"
