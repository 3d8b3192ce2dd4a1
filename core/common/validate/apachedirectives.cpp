// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/apachedirectives.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace mws::validate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::validate", text);
}

// Apache reads configuration lines into an 8 KiB buffer (MAX_STRING_LEN); the whole text is
// capped so that one vhost cannot make the server's configuration huge.
constexpr qsizetype maximumTextBytes = 64 * 1024;
constexpr qsizetype maximumLineBytes = 8 * 1024;
constexpr int unlimited = -1;

// A directive sites may use, with where it comes from and how many arguments it takes.
struct DirectiveRule
{
    QString name;   // Apache's spelling, for messages
    QString module; // the ApacheModule it needs; empty for the core
    int minimumArguments = 1;
    int maximumArguments = unlimited;
};

const QList<DirectiveRule> &directiveRules()
{
    static const QList<DirectiveRule> rules{
        {QStringLiteral("Redirect"), {}, 1, 3},
        {QStringLiteral("RedirectMatch"), {}, 1, 3},
        {QStringLiteral("RedirectPermanent"), {}, 2, 2},
        {QStringLiteral("RedirectTemp"), {}, 2, 2},
        {QStringLiteral("ErrorDocument"), {}, 2, 2},
        {QStringLiteral("DirectoryIndex"), {}, 1, unlimited},
        {QStringLiteral("AddType"), {}, 2, unlimited},
        {QStringLiteral("AddCharset"), {}, 2, unlimited},
        {QStringLiteral("AddDefaultCharset"), {}, 1, 1},
        {QStringLiteral("ForceType"), {}, 1, 1},
        {QStringLiteral("SetEnv"), {}, 1, 2},
        {QStringLiteral("UnsetEnv"), {}, 1, unlimited},
        {QStringLiteral("SetEnvIf"), {}, 3, unlimited},
        {QStringLiteral("SetEnvIfNoCase"), {}, 3, unlimited},
        {QStringLiteral("FileETag"), {}, 1, unlimited},
        {QStringLiteral("LimitRequestBody"), {}, 1, 1},
        {QStringLiteral("Options"), {}, 1, unlimited},
        {QStringLiteral("Require"), {}, 1, unlimited},
        {QStringLiteral("Alias"), {}, 1, 2},

        {QStringLiteral("RewriteEngine"), QStringLiteral("rewrite"), 1, 1},
        {QStringLiteral("RewriteRule"), QStringLiteral("rewrite"), 2, 3},
        {QStringLiteral("RewriteCond"), QStringLiteral("rewrite"), 2, 3},
        {QStringLiteral("RewriteBase"), QStringLiteral("rewrite"), 1, 1},
        {QStringLiteral("RewriteOptions"), QStringLiteral("rewrite"), 1, unlimited},

        {QStringLiteral("Header"), QStringLiteral("headers"), 2, 6},
        {QStringLiteral("RequestHeader"), QStringLiteral("headers"), 2, 5},

        {QStringLiteral("ExpiresActive"), QStringLiteral("expires"), 1, 1},
        {QStringLiteral("ExpiresByType"), QStringLiteral("expires"), 2, 2},
        {QStringLiteral("ExpiresDefault"), QStringLiteral("expires"), 1, 1},

        {QStringLiteral("AddOutputFilterByType"), QStringLiteral("deflate"), 2, unlimited},

        {QStringLiteral("IndexOptions"), QStringLiteral("autoindex"), 1, unlimited},
        {QStringLiteral("IndexIgnore"), QStringLiteral("autoindex"), 1, unlimited},
        {QStringLiteral("IndexOrderDefault"), QStringLiteral("autoindex"), 2, 2},
        {QStringLiteral("HeaderName"), QStringLiteral("autoindex"), 1, 1},
        {QStringLiteral("ReadmeName"), QStringLiteral("autoindex"), 1, 1},
    };
    return rules;
}

const DirectiveRule *findDirectiveRule(const QString &name)
{
    const QList<DirectiveRule> &rules = directiveRules();
    const auto found = std::find_if(rules.cbegin(), rules.cend(), [&](const DirectiveRule &rule) {
        return rule.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == rules.cend() ? nullptr : &*found;
}

// Directives that are refused with a reason a site owner can act on; the rest are refused as
// unknown. Prefix families (SSL…, Proxy…) are matched by their beginning.
QString refusedDirectiveReason(const QString &name)
{
    const QString lower = name.toLower();
    const auto is = [&](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&](const char *each) { return lower == QLatin1String(each); });
    };
    if (is({"include", "includeoptional"}))
        return tr("%1 reads other configuration files; it is not available.").arg(name);
    if (is({"loadmodule", "loadfile"}))
        return tr("%1 loads code into the web server; switch modules on in the vhost's settings instead.")
            .arg(name);
    if (is({"serverroot", "listen", "user", "group", "pidfile", "mutex", "define", "undefine",
            "virtualhost"}))
        return tr("%1 is a server-wide setting; it is not available in a vhost.").arg(name);
    if (is({"documentroot", "servername", "serveralias"}))
        return tr("%1 is managed by the panel: use the vhost's settings.").arg(name);
    if (is({"customlog", "errorlog", "loglevel", "transferlog", "logformat", "errorlogformat"}))
        return tr("%1 is managed by the panel: the site's logs are set up for you.").arg(name);
    if (is({"allowoverride", "allowoverridelist"}))
        return tr("%1 is managed by the panel.").arg(name);
    if (lower.startsWith(u"ssl"))
        return tr("%1 is managed by the panel: use the TLS settings.").arg(name);
    if (lower.startsWith(u"proxy"))
        return tr("%1 is not available: sites cannot proxy to other servers.").arg(name);
    if (is({"action", "addhandler", "sethandler", "removehandler", "script"}))
        return tr("%1 is not available: handlers are managed by the panel, and PHP runs through PHP-FPM.")
            .arg(name);
    if (is({"scriptalias", "scriptaliasmatch"}))
        return tr("%1 is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.").arg(name);
    if (is({"aliasmatch"}))
        return tr("AliasMatch is not available; use Alias with a folder inside the site's home.");
    if (is({"rewritemap"}))
        return tr("RewriteMap is not available: it can run programs and read files outside the site.");
    if (lower.startsWith(u"deflate"))
        return tr("%1 is a server-wide setting; it is not available in a vhost.").arg(name);
    if (is({"defaulttype"}))
        return tr("DefaultType was removed in Apache 2.4; use ForceType or AddType.");
    if (is({"php_value", "php_flag", "php_admin_value", "php_admin_flag"}))
        return tr("%1 has no effect here: PHP runs through PHP-FPM; use the site's PHP settings.").arg(name);
    return {};
}

// A module as messages name it: by the label the vhost's settings show, then its name, so that
// the user finds the switch: "URL rewriting (rewrite)".
QString moduleText(const QString &module)
{
    for (const ApacheModule &each : apacheModuleCatalogue()) {
        if (each.name == module)
            return tr("%1 (%2)").arg(each.label, each.name);
    }
    return module;
}

enum class SectionKind
{
    IfModule,
    Files,
    FilesMatch,
    Location,
    LocationMatch,
    If,
    ElseIf,
    Else,
    RequireAll,
    RequireAny,
    RequireNone,
    Directory,
    Limit,
    LimitExcept,
    Refused, // kept on the stack only so that its closing tag matches
};

struct SectionRule
{
    QString name;
    SectionKind kind;
    int minimumArguments;
    int maximumArguments;
};

const QList<SectionRule> &sectionRules()
{
    static const QList<SectionRule> rules{
        {QStringLiteral("IfModule"), SectionKind::IfModule, 1, 1},
        {QStringLiteral("Files"), SectionKind::Files, 1, 2},
        {QStringLiteral("FilesMatch"), SectionKind::FilesMatch, 1, 1},
        {QStringLiteral("Location"), SectionKind::Location, 1, 2},
        {QStringLiteral("LocationMatch"), SectionKind::LocationMatch, 1, 1},
        {QStringLiteral("If"), SectionKind::If, 1, 1},
        {QStringLiteral("ElseIf"), SectionKind::ElseIf, 1, 1},
        {QStringLiteral("Else"), SectionKind::Else, 0, 0},
        {QStringLiteral("RequireAll"), SectionKind::RequireAll, 0, 0},
        {QStringLiteral("RequireAny"), SectionKind::RequireAny, 0, 0},
        {QStringLiteral("RequireNone"), SectionKind::RequireNone, 0, 0},
        {QStringLiteral("Directory"), SectionKind::Directory, 1, 2},
        {QStringLiteral("Limit"), SectionKind::Limit, 1, unlimited},
        {QStringLiteral("LimitExcept"), SectionKind::LimitExcept, 1, unlimited},
    };
    return rules;
}

const SectionRule *findSectionRule(const QString &name)
{
    const QList<SectionRule> &rules = sectionRules();
    const auto found = std::find_if(rules.cbegin(), rules.cend(), [&](const SectionRule &rule) {
        return rule.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == rules.cend() ? nullptr : &*found;
}

QString refusedSectionReason(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"virtualhost")
        return tr("<VirtualHost> is managed by the panel: these directives already go inside this vhost.");
    if (lower == u"directorymatch")
        return tr("<DirectoryMatch> is not available: a pattern could match folders outside the site; use "
                  "<Directory> with a folder inside the site's home.");
    if (lower.startsWith(u"proxy"))
        return tr("<%1> is not available: sites cannot proxy to other servers.").arg(name);
    return tr("Unknown or not allowed: <%1>.").arg(name);
}

// Sections whose contents Apache treats as per-directory configuration.
bool isPerDirectory(SectionKind kind)
{
    return kind != SectionKind::IfModule && kind != SectionKind::Refused;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c != u'\t' && c.category() == QChar::Other_Control; });
}

// White space as Apache reads it (apr_isspace in the C locale): a non-breaking space or any
// other Unicode space is part of a word to Apache, so it must be here too.
bool isApacheSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
}

QString apacheTrimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isApacheSpace(text[begin]))
        ++begin;
    while (end > begin && isApacheSpace(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

// Apache's ap_getword_conf: words split at white space; a word starting with " or ' runs to the
// matching quote, inside which only a backslash before that quote is an escape.
struct Words
{
    QStringList words;
    bool unclosedQuote = false;
};

Words splitWords(QStringView text)
{
    Words result;
    qsizetype at = 0;
    const qsizetype end = text.size();
    while (true) {
        while (at < end && isApacheSpace(text[at]))
            ++at;
        if (at >= end)
            break;
        QString word;
        const QChar quote = text[at];
        if (quote == u'"' || quote == u'\'') {
            ++at;
            bool closed = false;
            while (at < end) {
                if (text[at] == u'\\' && at + 1 < end && text[at + 1] == quote) {
                    word += quote;
                    at += 2;
                } else if (text[at] == quote) {
                    ++at;
                    closed = true;
                    break;
                } else {
                    word += text[at++];
                }
            }
            result.unclosedQuote = result.unclosedQuote || !closed;
        } else {
            while (at < end && !isApacheSpace(text[at]))
                word += text[at++];
        }
        result.words.append(word);
    }
    return result;
}

struct LogicalLine
{
    int number; // of its first physical line
    QString text;
};

// Joins lines that end in a backslash with the next, as Apache does before anything else (so a
// comment ending in "\" swallows the next line, there too).
QList<LogicalLine> logicalLines(const QString &text)
{
    QList<LogicalLine> lines;
    const QStringList physical = text.split(u'\n');
    QString pending;
    int firstLine = 0;
    bool continuing = false;
    for (qsizetype index = 0; index < physical.size(); ++index) {
        QString line = physical.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!continuing) {
            pending.clear();
            firstLine = int(index) + 1;
        }
        continuing = line.endsWith(u'\\');
        if (continuing)
            line.chop(1);
        pending += line;
        if (!continuing)
            lines.append(LogicalLine{firstLine, pending});
    }
    if (continuing)
        lines.append(LogicalLine{firstLine, pending});
    return lines;
}

bool isOnOrOff(const QString &value)
{
    return value.compare(u"on", Qt::CaseInsensitive) == 0 || value.compare(u"off", Qt::CaseInsensitive) == 0;
}

// Top-level folders of a Debian system: a RewriteRule substitution starting with one of them, in a
// vhost's own context, is taken by mod_rewrite as a file on disk rather than a URL.
bool isSystemFolder(const QString &segment)
{
    static const QStringList folders{QString(),
                                     QStringLiteral("bin"),
                                     QStringLiteral("boot"),
                                     QStringLiteral("dev"),
                                     QStringLiteral("etc"),
                                     QStringLiteral("home"),
                                     QStringLiteral("lib"),
                                     QStringLiteral("lib32"),
                                     QStringLiteral("lib64"),
                                     QStringLiteral("media"),
                                     QStringLiteral("mnt"),
                                     QStringLiteral("opt"),
                                     QStringLiteral("proc"),
                                     QStringLiteral("root"),
                                     QStringLiteral("run"),
                                     QStringLiteral("sbin"),
                                     QStringLiteral("srv"),
                                     QStringLiteral("sys"),
                                     QStringLiteral("tmp"),
                                     QStringLiteral("usr"),
                                     QStringLiteral("var")};
    return folders.contains(segment);
}

// The key of a RewriteRule flag, like "r" for "R=301" or "e" for "E=name:value".
QString flagKey(const QString &flag)
{
    return flag.section(u'=', 0, 0).trimmed().toLower();
}

QStringList rewriteFlags(const QString &argument)
{
    QString inner = argument;
    if (inner.startsWith(u'['))
        inner.remove(0, 1);
    if (inner.endsWith(u']'))
        inner.chop(1);
    return inner.split(u',', Qt::SkipEmptyParts);
}

class DirectiveChecker
{
    // The same context as the file's tr(), which is also where lupdate then files the messages.
    Q_DECLARE_TR_FUNCTIONS(mws::validate)

public:
    explicit DirectiveChecker(const DirectiveContext &context)
        : m_context(context), m_home(QDir::cleanPath(context.siteHome))
    {
        m_afterIf.append(false);
    }

    void checkLine(int line, const QString &text)
    {
        if (text.startsWith(u"</"))
            closeSection(line, text);
        else if (text.startsWith(u'<'))
            openSection(line, text);
        else
            checkDirective(line, text);
    }

    QList<DirectiveProblem> finish()
    {
        for (const OpenSection &open : std::as_const(m_open))
            report(open.line, tr("<%1> is never closed; add </%1>.").arg(open.name));
        std::stable_sort(
            m_problems.begin(), m_problems.end(),
            [](const DirectiveProblem &a, const DirectiveProblem &b) { return a.line < b.line; });
        return m_problems;
    }

    void report(int line, QString message) { m_problems.append(DirectiveProblem{line, std::move(message)}); }

private:
    struct OpenSection
    {
        QString name;
        SectionKind kind;
        int line;
    };

    const DirectiveContext &m_context;
    const QString m_home;
    QList<OpenSection> m_open;
    // For each depth: whether the previous thing there was an <If> or <ElseIf>, which is what an
    // <ElseIf> or <Else> must follow.
    QList<bool> m_afterIf;
    QList<DirectiveProblem> m_problems;

    bool moduleEnabled(const QString &module) const
    {
        return m_context.enabledModules.contains(module, Qt::CaseInsensitive);
    }

    bool perDirectory() const
    {
        return std::any_of(m_open.cbegin(), m_open.cend(),
                           [](const OpenSection &open) { return isPerDirectory(open.kind); });
    }

    bool insideAny(std::initializer_list<SectionKind> kinds) const
    {
        return std::any_of(m_open.cbegin(), m_open.cend(), [&](const OpenSection &open) {
            return std::find(kinds.begin(), kinds.end(), open.kind) != kinds.end();
        });
    }

    // The innermost section that is not an <IfModule>, which decides how a Require combines.
    std::optional<SectionKind> innermostSection() const
    {
        for (auto it = m_open.crbegin(); it != m_open.crend(); ++it) {
            if (it->kind != SectionKind::IfModule)
                return it->kind;
        }
        return std::nullopt;
    }

    bool isInsideHome(const QString &path) const
    {
        if (!path.startsWith(u'/') || !QDir::isAbsolutePath(m_home) || m_home == u"/")
            return false;
        const QString cleaned = QDir::cleanPath(path);
        if (cleaned.split(u'/').contains(QStringLiteral("..")))
            return false;
        return cleaned == m_home || cleaned.startsWith(m_home + u'/');
    }

    // Said of every argument of every directive and section, whatever it is.
    bool argumentsAreSafe(int line, const QString &name, const QStringList &arguments)
    {
        // ${NAME} is replaced by Apache with a Define or an environment variable before anything
        // else, so what is checked here would not be what runs.
        static const QRegularExpression variable(QStringLiteral("\\$\\{"));
        // ap_expr's file(), filesize() and filemod() read any file the web server can read.
        static const QRegularExpression readsFiles(
            QStringLiteral("\\bfile(mod|size)?\\s*\\(|%\\{\\s*file(mod|size)?\\s*:"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &argument : arguments) {
            if (variable.match(argument).hasMatch()) {
                report(line, tr("%1: ${…} variables are not available; write the value itself.").arg(name));
                return false;
            }
            if (readsFiles.match(argument).hasMatch()) {
                report(line, tr("%1: expressions that read files (file(), filesize(), filemod()) are not "
                                "available.")
                                 .arg(name));
                return false;
            }
        }
        return true;
    }

    bool argumentCountIsRight(int line, const QString &name, qsizetype count, int minimum, int maximum)
    {
        if (count < minimum) {
            report(line, minimum == 1 ? tr("%1 needs an argument.").arg(name)
                                      : tr("%1 needs at least %2 arguments.").arg(name).arg(minimum));
            return false;
        }
        if (maximum != unlimited && count > maximum) {
            report(line, tr("%1 takes at most %2 arguments; put quotes around an argument that contains "
                            "spaces.")
                             .arg(name)
                             .arg(maximum));
            return false;
        }
        return true;
    }

    // Whether the previous sibling was an <If>/<ElseIf>; anything at this depth resets it.
    bool takeAfterIf()
    {
        const bool afterIf = m_afterIf.last();
        m_afterIf.last() = false;
        return afterIf;
    }

    void push(const QString &name, SectionKind kind, int line)
    {
        m_open.append(OpenSection{name, kind, line});
        m_afterIf.append(false);
    }

    OpenSection pop()
    {
        m_afterIf.removeLast();
        return m_open.takeLast();
    }

    void openSection(int line, const QString &text)
    {
        const bool closed = text.endsWith(u'>');
        const QString inner = text.mid(1, text.size() - (closed ? 2 : 1));
        const qsizetype nameEnd = std::find_if(inner.cbegin(), inner.cend(), isApacheSpace) - inner.cbegin();
        const QString typedName = inner.left(nameEnd);
        const Words words = splitWords(QStringView(inner).mid(nameEnd));
        const bool afterIf = takeAfterIf();

        const SectionRule *rule = findSectionRule(typedName);
        if (!rule) {
            report(line, refusedSectionReason(typedName));
            push(typedName, SectionKind::Refused, line);
            return;
        }
        // Placement is judged by the parents, so before this section joins them.
        const bool wellPlaced = nestingIsRight(line, *rule, afterIf);
        push(rule->name, rule->kind, line);
        if (!wellPlaced)
            return;
        const QString tag = QStringLiteral("<%1>").arg(rule->name);
        if (!closed) {
            report(line, tr("<%1 is missing its closing “>”.").arg(rule->name));
            return;
        }
        if (words.unclosedQuote) {
            report(line, tr("%1: a quote is never closed.").arg(tag));
            return;
        }
        if (!argumentCountIsRight(line, tag, words.words.size(), rule->minimumArguments,
                                  rule->maximumArguments))
            return;
        if (!argumentsAreSafe(line, tag, words.words))
            return;
        checkSectionArguments(line, *rule, words.words);
    }

    // Apache refuses these combinations when it starts; saying so here keeps a reload from failing.
    bool nestingIsRight(int line, const SectionRule &rule, bool afterIf)
    {
        const QString tag = QStringLiteral("<%1>").arg(rule.name);
        switch (rule.kind) {
        case SectionKind::Directory:
        case SectionKind::Location:
        case SectionKind::LocationMatch:
            if (perDirectory()) {
                report(line,
                       tr("%1 cannot be inside another <Directory>, <Location>, <Files> or <If>.").arg(tag));
                return false;
            }
            break;
        case SectionKind::Files:
        case SectionKind::FilesMatch:
            if (insideAny({SectionKind::Location, SectionKind::LocationMatch, SectionKind::Files,
                           SectionKind::FilesMatch, SectionKind::Limit, SectionKind::LimitExcept})) {
                report(line, tr("%1 cannot be inside <Location>, <Files> or <Limit>.").arg(tag));
                return false;
            }
            break;
        case SectionKind::ElseIf:
        case SectionKind::Else:
            if (!afterIf) {
                report(line, tr("%1 must come straight after an <If> or <ElseIf> section.").arg(tag));
                return false;
            }
            break;
        case SectionKind::Limit:
        case SectionKind::LimitExcept:
            if (insideAny({SectionKind::Limit, SectionKind::LimitExcept})) {
                report(line, tr("%1 cannot be inside another <Limit> or <LimitExcept>.").arg(tag));
                return false;
            }
            [[fallthrough]];
        case SectionKind::RequireAll:
        case SectionKind::RequireAny:
        case SectionKind::RequireNone:
            if (!perDirectory()) {
                report(line,
                       tr("%1 is only allowed inside <Directory>, <Location>, <Files> or <If>.").arg(tag));
                return false;
            }
            break;
        default:
            break;
        }
        return true;
    }

    void checkSectionArguments(int line, const SectionRule &rule, const QStringList &arguments)
    {
        switch (rule.kind) {
        case SectionKind::Directory: {
            const QString path = arguments.first();
            if (path == u"~") {
                report(line, tr("<Directory ~ …> is not available: a pattern could match folders outside the "
                                "site; give a folder inside %1.")
                                 .arg(m_home));
            } else if (arguments.size() > 1) {
                report(line, tr("<Directory> takes one folder; put quotes around a folder that contains "
                                "spaces."));
            } else if (!isInsideHome(path)) {
                report(line, tr("<Directory %1> is outside the site's home; give a folder inside %2.")
                                 .arg(path, m_home));
            }
            break;
        }
        case SectionKind::IfModule: {
            static const QRegularExpression module(QStringLiteral("^!?[A-Za-z0-9_.-]+$"));
            if (!module.match(arguments.first()).hasMatch())
                report(line, tr("<IfModule> takes a module name, like mod_rewrite.c."));
            break;
        }
        case SectionKind::Files:
        case SectionKind::Location:
            if (arguments.size() == 2 && arguments.first() != u"~")
                report(line, tr("<%1> takes one path, or “~” and a pattern; put quotes around a path that "
                                "contains spaces.")
                                 .arg(rule.name));
            break;
        case SectionKind::Limit:
        case SectionKind::LimitExcept: {
            static const QRegularExpression method(QStringLiteral("^[A-Za-z-]+$"));
            for (const QString &argument : arguments) {
                if (!method.match(argument).hasMatch())
                    report(line, tr("<%1> takes HTTP methods, like GET POST.").arg(rule.name));
            }
            break;
        }
        default:
            break;
        }
    }

    void closeSection(int line, const QString &text)
    {
        if (!text.endsWith(u'>')) {
            report(line, tr("%1 is missing its closing “>”.").arg(text));
            return;
        }
        const QString name = apacheTrimmed(text.mid(2, text.size() - 3));
        const auto matches = [&](const OpenSection &open) {
            return open.name.compare(name, Qt::CaseInsensitive) == 0;
        };
        if (m_open.isEmpty() || std::none_of(m_open.cbegin(), m_open.cend(), matches)) {
            report(line, tr("</%1> has no <%1> to close.").arg(name));
            return;
        }
        if (!matches(m_open.last())) {
            const OpenSection &innermost = m_open.last();
            report(line,
                   tr("</%1> comes before the <%2> opened on line %3 is closed; close it first with </%2>.")
                       .arg(name, innermost.name)
                       .arg(innermost.line));
            // Carry on as Apache's reader would have to: close everything up to the match.
            while (!matches(m_open.last()))
                pop();
        }
        const OpenSection closed = pop();
        m_afterIf.last() = closed.kind == SectionKind::If || closed.kind == SectionKind::ElseIf;
    }

    void checkDirective(int line, const QString &text)
    {
        Words words = splitWords(text);
        const QString typedName = words.words.takeFirst();
        const QStringList &arguments = words.words;
        takeAfterIf();

        if (const QString reason = refusedDirectiveReason(typedName); !reason.isEmpty()) {
            report(line, reason);
            return;
        }
        const DirectiveRule *rule = findDirectiveRule(typedName);
        if (!rule) {
            report(line, tr("Unknown or not allowed: %1.").arg(typedName));
            return;
        }
        const QString &name = rule->name;
        if (!rule->module.isEmpty() && !moduleEnabled(rule->module)) {
            report(line, tr("%1 needs %2; switch it on for this vhost.").arg(name, moduleText(rule->module)));
            return;
        }
        if (words.unclosedQuote) {
            report(line, tr("%1: a quote is never closed.").arg(name));
            return;
        }
        if (!argumentCountIsRight(line, name, arguments.size(), rule->minimumArguments,
                                  rule->maximumArguments))
            return;
        if (!argumentsAreSafe(line, name, arguments))
            return;

        const QString lower = name.toLower();
        if (lower == u"options")
            checkOptions(line, arguments);
        else if (lower == u"require")
            checkRequire(line, arguments);
        else if (lower == u"alias")
            checkAlias(line, arguments);
        else if (lower == u"setenv")
            checkEnvironmentName(line, name, arguments.first());
        else if (lower == u"setenvif" || lower == u"setenvifnocase")
            checkEnvironmentAssignments(line, name, arguments.mid(2));
        else if (lower == u"rewriterule")
            checkRewriteRule(line, arguments);
        else if (lower == u"rewritebase" && !perDirectory())
            report(line, tr("RewriteBase only works inside <Directory> or <Location>."));
        else if ((lower == u"rewriteengine" || lower == u"expiresactive") && !isOnOrOff(arguments.first()))
            report(line, tr("%1 is On or Off.").arg(name));
        else if (lower == u"addoutputfilterbytype")
            checkOutputFilter(line, arguments.first());
        else if (lower == u"limitrequestbody")
            checkRequestBodyLimit(line, arguments.first());
    }

    void checkOptions(int line, const QStringList &arguments)
    {
        bool sawSigned = false;
        bool sawPlain = false;
        for (const QString &argument : arguments) {
            const bool removes = argument.startsWith(u'-');
            const bool isSigned = removes || argument.startsWith(u'+');
            (isSigned ? sawSigned : sawPlain) = true;
            const QString option = (isSigned ? argument.mid(1) : argument).toLower();
            if (option == u"indexes") {
                if (!removes && !moduleEnabled(QStringLiteral("autoindex")))
                    report(line, tr("Options Indexes needs %1; switch it on for this vhost.")
                                     .arg(moduleText(QStringLiteral("autoindex"))));
            } else if (option == u"multiviews" || option == u"symlinksifownermatch") {
                // Harmless either way.
            } else if (option == u"none") {
                if (isSigned || arguments.size() > 1)
                    report(line, tr("Options None stands on its own."));
            } else if (removes && (option == u"followsymlinks" || option == u"execcgi" ||
                                   option == u"includes" || option == u"includesnoexec")) {
                // Switching a dangerous option off is always fine.
            } else if (option == u"followsymlinks") {
                report(line, tr("Options FollowSymLinks is not available: a link could lead out of the site; "
                                "use SymLinksIfOwnerMatch."));
            } else if (option == u"execcgi") {
                report(line, tr("Options ExecCGI is not available: CGI scripts cannot run here; PHP runs "
                                "through PHP-FPM."));
            } else if (option == u"all") {
                report(line, tr("Options All is not available: it includes FollowSymLinks and ExecCGI; name "
                                "the options you need."));
            } else if (option == u"includes" || option == u"includesnoexec") {
                report(line, tr("Options %1 is not available: server-side includes are switched off here.")
                                 .arg(isSigned ? argument.mid(1) : argument));
            } else {
                report(line, tr("Options %1 is not available; sites can use Indexes, MultiViews and "
                                "SymLinksIfOwnerMatch.")
                                 .arg(argument));
            }
        }
        if (sawSigned && sawPlain)
            report(line, tr("Options: either every option starts with + or -, or none does."));
    }

    void checkRequire(int line, const QStringList &arguments)
    {
        if (!perDirectory()) {
            report(line, tr("Require is only allowed inside <Directory>, <Location>, <Files> or <If>."));
            return;
        }
        QStringList words = arguments;
        const bool negated = words.first().compare(u"not", Qt::CaseInsensitive) == 0;
        if (negated) {
            words.removeFirst();
            // A negated Require can only take access away, so Apache accepts it only where others
            // must all agree.
            if (innermostSection() != SectionKind::RequireAll) {
                report(line, tr("Require not … only works inside <RequireAll>, next to a Require that "
                                "grants access."));
                return;
            }
        }
        const QString provider = words.value(0).toLower();
        const QStringList values = words.mid(1);
        static const QRegularExpression address(QStringLiteral("^[0-9A-Fa-f:./]+$"));
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9.-]+$"));
        if (provider == u"all" && !negated) {
            if (values.size() != 1 || (values.first().compare(u"granted", Qt::CaseInsensitive) != 0 &&
                                       values.first().compare(u"denied", Qt::CaseInsensitive) != 0))
                report(line, tr("Require all takes “granted” or “denied”."));
        } else if (provider == u"ip") {
            if (values.isEmpty() || !std::all_of(values.cbegin(), values.cend(), [](const QString &value) {
                    return address.match(value).hasMatch();
                }))
                report(line,
                       tr("Require ip takes addresses or networks, like 192.0.2.0/24 or 2001:db8::/32."));
        } else if (provider == u"host") {
            if (values.isEmpty() || !std::all_of(values.cbegin(), values.cend(), [](const QString &value) {
                    return host.match(value).hasMatch();
                }))
                report(line, tr("Require host takes host or domain names, like cam.ac.uk."));
        } else {
            report(line, tr("Require %1 is not available; use Require all granted, all denied, ip … or "
                            "host ….")
                             .arg(words.join(u' ')));
        }
    }

    void checkAlias(int line, const QStringList &arguments)
    {
        // The one-argument form maps the enclosing <Location> itself.
        if (arguments.size() == 1 && !insideAny({SectionKind::Location, SectionKind::LocationMatch})) {
            report(line, tr("Alias needs a URL path and a folder, like: Alias /files %1/files.").arg(m_home));
            return;
        }
        const QString &target = arguments.last();
        if (!isInsideHome(target))
            report(line, tr("Alias can only point inside the site's home (%1); “%2” is outside it.")
                             .arg(m_home, target));
    }

    // Variables that reach PHP-FPM as FastCGI parameters: PHP_VALUE and PHP_ADMIN_VALUE would set
    // any ini value, past the site's allow-listed PHP settings; proxy-… change mod_proxy's behaviour.
    void checkEnvironmentName(int line, const QString &directive, QString variable)
    {
        variable = variable.trimmed();
        if (variable.startsWith(u'!'))
            variable.remove(0, 1);
        const QString upper = variable.toUpper();
        if (upper == u"PHP_VALUE" || upper == u"PHP_ADMIN_VALUE")
            report(line, tr("%1 cannot set %2: it would change PHP settings behind the panel's back; use the "
                            "site's PHP settings.")
                             .arg(directive, variable));
        else if (upper.startsWith(u"PROXY-"))
            report(line, tr("%1 cannot set %2: proxying is not available.").arg(directive, variable));
    }

    // SetEnvIf's "[!]name[=value]" assignments.
    void checkEnvironmentAssignments(int line, const QString &directive, const QStringList &assignments)
    {
        for (const QString &assignment : assignments)
            checkEnvironmentName(line, directive, assignment.section(u'=', 0, 0));
    }

    void checkRewriteRule(int line, const QStringList &arguments)
    {
        const QStringList flags = arguments.size() == 3 ? rewriteFlags(arguments.at(2)) : QStringList();
        if (arguments.size() == 3 && !(arguments.at(2).startsWith(u'[') && arguments.at(2).endsWith(u']'))) {
            report(line, tr("RewriteRule: flags go in square brackets, like [L,R=301]."));
            return;
        }
        bool substitutionIsUrl = false;
        for (const QString &flag : flags) {
            const QString key = flagKey(flag);
            if (key == u"p" || key == u"proxy") {
                report(line,
                       tr("RewriteRule with the [P] (proxy) flag is not available: sites cannot proxy to "
                          "other servers."));
                return;
            }
            if (key == u"h" || key == u"handler") {
                report(line,
                       tr("RewriteRule with the [H] (handler) flag is not available: handlers are managed "
                          "by the panel."));
                return;
            }
            if (key == u"e" || key == u"env")
                checkEnvironmentName(line, QStringLiteral("RewriteRule"),
                                     flag.section(u'=', 1).section(u':', 0, 0));
            substitutionIsUrl = substitutionIsUrl || key == u"r" || key == u"redirect" || key == u"pt" ||
                                key == u"passthrough";
        }
        checkRewriteSubstitution(line, arguments.at(1), substitutionIsUrl);
    }

    // In a vhost's own context (outside any <Directory>, <Location>, <Files> or <If>), mod_rewrite
    // takes a substitution as a path on disk when its first folder exists at the root of the file
    // system: "/etc/passwd" would be served from the server's disk.
    void checkRewriteSubstitution(int line, const QString &substitution, bool substitutionIsUrl)
    {
        if (perDirectory() || substitutionIsUrl || !substitution.startsWith(u'/') ||
            isInsideHome(substitution))
            return;
        const QString firstFolder = substitution.mid(1).section(u'/', 0, 0).section(u'?', 0, 0);
        static const QRegularExpression literal(QStringLiteral("^[A-Za-z0-9._~-]*$"));
        if (!literal.match(firstFolder).hasMatch())
            report(line,
                   tr("RewriteRule: “%1” starts with a part filled in from the request, so Apache could "
                      "read it as any file on the server; start it with a fixed folder, or add the "
                      "[PT] flag.")
                       .arg(substitution));
        else if (isSystemFolder(firstFolder))
            report(line, tr("RewriteRule: Apache would read “%1” from the server's disk, outside the site's "
                            "home (%2); rewrite to a page of the site, or add the [PT] flag.")
                             .arg(substitution, m_home));
    }

    void checkOutputFilter(int line, const QString &filters)
    {
        const QStringList names = filters.split(u';');
        if (!std::all_of(names.cbegin(), names.cend(), [](const QString &filter) {
                return filter.compare(u"DEFLATE", Qt::CaseInsensitive) == 0;
            }))
            report(line, tr("AddOutputFilterByType can only add the DEFLATE filter here."));
    }

    void checkRequestBodyLimit(int line, const QString &value)
    {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
        if (!digits.match(value).hasMatch() || value.toLongLong() > 2147483648LL)
            report(line, tr("LimitRequestBody is a number of bytes from 0 to 2147483648."));
    }
};

} // namespace

const QList<ApacheModule> &apacheModuleCatalogue()
{
    static const QList<ApacheModule> catalogue = [] {
        QList<ApacheModule> modules{
            {QStringLiteral("rewrite"),
             tr("URL rewriting"),
             tr("Rewrites and redirects requests by pattern (mod_rewrite), as many applications' "
                "“pretty URLs” need."),
             {}},
            {QStringLiteral("headers"),
             tr("Response headers"),
             tr("Sets, changes or removes HTTP headers (mod_headers), for example for caching or "
                "security policies."),
             {}},
            {QStringLiteral("expires"),
             tr("Expiry times"),
             tr("Tells browsers how long they may keep files (mod_expires)."),
             {}},
            {QStringLiteral("deflate"),
             tr("Compression"),
             tr("Compresses text responses such as HTML, CSS and JavaScript (mod_deflate)."),
             {}},
            {QStringLiteral("autoindex"),
             tr("Folder listings"),
             tr("Lists a folder's files when it has no index page (mod_autoindex); needs Options "
                "+Indexes."),
             {}},
        };
        for (ApacheModule &module : modules) {
            for (const DirectiveRule &rule : directiveRules()) {
                if (rule.module == module.name)
                    module.directives.append(rule.name);
            }
        }
        return modules;
    }();
    return catalogue;
}

QString apacheModuleDirectivesFor(const QString &module)
{
    if (module == u"rewrite")
        return QStringLiteral("RewriteEngine On");
    if (module == u"expires")
        return QStringLiteral("ExpiresActive On");
    if (module == u"deflate")
        return QStringLiteral("AddOutputFilterByType DEFLATE text/html text/plain text/css text/javascript "
                              "application/javascript application/json image/svg+xml");
    // headers needs nothing beyond being loaded; autoindex only matters with Options +Indexes,
    // which is the site owner's choice.
    return {};
}

QList<DirectiveProblem> apacheDirectiveProblems(const QString &text, const DirectiveContext &context)
{
    if (text.toUtf8().size() > maximumTextBytes)
        return {DirectiveProblem{0, tr("The directives are longer than 64 KiB; shorten them.")}};

    DirectiveChecker checker(context);
    for (const LogicalLine &line : logicalLines(text)) {
        if (line.text.toUtf8().size() > maximumLineBytes) {
            checker.report(line.number, tr("The line is longer than 8 KiB, which Apache cannot read."));
            continue;
        }
        if (hasControlCharacter(line.text)) {
            checker.report(line.number, tr("The line contains a control character; remove it."));
            continue;
        }
        const QString trimmed = apacheTrimmed(line.text);
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        checker.checkLine(line.number, trimmed);
    }
    return checker.finish();
}

} // namespace mws::validate
