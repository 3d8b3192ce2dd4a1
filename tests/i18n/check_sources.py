# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Finds string literals in C++ sources that reach the user without going through tr().

A literal is reported when the call it is an argument of (looking through QStringLiteral(),
QLatin1String() and initializer lists) is one that shows text to the user — setText(),
setToolTip(), addAction(), MessageBox::warning(), new QLabel(…) and the like — and the literal
reads as words: it has a space between letters, or is a capitalised word. URLs, paths, object
names and style sheets are not words and pass. A line may end with "// untranslated: <why>" for
text that must stay as it is (a product name, say).
"""
import pathlib
import re

TRANSLATE = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qtTrId", "trUtf8"}
WRAPPERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString", "QStringView",
            "QByteArrayLiteral", "u8", "arg"}
SINKS = {
    # widgets and actions
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addTab", "insertTab", "setTabText", "setTabToolTip", "addAction", "addMenu",
    "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "showMessage", "setSuffix", "setPrefix", "setSpecialValueText", "addItem", "addItems",
    "insertItem", "setItemText", "setButtonText", "setInformativeText", "setDetailedText",
    "setAccessibleName", "setAccessibleDescription", "setEmptyText", "addRow", "setHtml",
    "setPlainTextPlaceholder", "setCheckBoxText", "setOkButtonText", "setCancelButtonText",
    "setNameFilter", "setWindowIconText", "setDisplayText",
    # dialogs and constructors of widgets that show their first argument
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "show",  # MessageBox::show(parent, icon, title, text)
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem",
    "QStandardItem",
}
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
WORDS = re.compile(r"[A-Za-z]{2,}[^\"]*\s+[^\"]*[A-Za-z]|^[A-Z][a-z]+[.!?:…]*$")
NOT_WORDS = re.compile(r"^[a-z][a-z0-9+.-]*://|^[:/#.]|[{};]\s|^<[a-z]+[ >]|^\s*[A-Za-z-]+\s*:\s*[^ ]+;")


def blank(text: str) -> str:
    """The text with comments and literals' contents replaced by spaces (positions kept)."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif text[i] in "\"'":
            quote, j = text[i], i + 1
            while j < n and text[j] != quote:
                j += 2 if text[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                out[k] = " "
            i = j + 1
            continue
        else:
            i += 1
            continue
        for k in range(i, j):
            if out[k] != "\n":
                out[k] = " "
        i = j
    return "".join(out)


def enclosing_call(code: str, pos: int):
    """The name of the call whose argument list holds pos, looking through wrappers and braces."""
    while True:
        depth, i = 0, pos - 1
        while i >= 0:
            c = code[i]
            if c in ")]}":
                depth += 1
            elif c in "([{":
                if depth == 0:
                    break
                depth -= 1
            elif c == ";" and depth == 0:
                return None
            i -= 1
        if i < 0:
            return None
        if code[i] in "[{":
            before = code[:i].rstrip()
            if code[i] == "{" and before.endswith(("(", ",", "{")):
                pos = i
                continue
            if code[i] == "{" and re.search(r"[A-Za-z_]\w*$", before):
                name = re.search(r"([A-Za-z_]\w*)$", before).group(1)
                if name in WRAPPERS:
                    pos = i
                    continue
                return name
            return None
        name = re.search(r"([A-Za-z_]\w*)\s*(?:<[^<>()]*>)?\s*$", code[:i])
        if not name:
            pos = i  # a parenthesised expression
            continue
        if name.group(1) in WRAPPERS:
            pos = i
            continue
        return name.group(1)


def check_file(path: pathlib.Path) -> list:
    text = path.read_text(encoding="utf-8")
    code = blank(text)
    lines = text.splitlines()
    problems = []
    for match in LITERAL.finditer(text):
        if code[match.start()] != '"' or (match.start() > 0 and text[match.start() - 1] in "R'"):
            continue  # inside a comment, or not a plain literal
        value = match.group(0)[1:-1]
        if not WORDS.search(value) or NOT_WORDS.search(value):
            continue
        line_number = text.count("\n", 0, match.start()) + 1
        if "// untranslated:" in lines[line_number - 1]:
            continue
        callee = enclosing_call(code, match.start())
        if callee in SINKS:
            problems.append(f"{path}:{line_number}: {value[:60]!r} reaches {callee}() without tr()")
    return problems


def check_sources(directory: pathlib.Path) -> list:
    files = sorted(p for p in directory.rglob("*") if p.suffix in (".cpp", ".h"))
    return [problem for path in files for problem in check_file(path)]
