#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks the app's translations; exits 1 with one line per problem.

  check_translations.py ts   FILE.ts…        every message finished, none obsolete or vanished,
                                             the same placeholders, accelerator and line ends
                                             as the source (the source language's file: its
                                             plural forms only)
  check_translations.py current CMAKE GENERATOR PROJECT.cmake LUPDATE FILE.ts…
                                             lupdate run on copies changes nothing: no string
                                             in the code is missing from a file, none is stale
  check_translations.py selftest FIXTURE.cpp  the source check reports exactly the lines of the
                                             fixture that end with "// expect"
  check_translations.py sources DIR…         every user-visible string literal in the C++ under
                                             DIR goes through tr() (or translate())
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def check_message(where: str, source: str, translation: str) -> list:
    problems = []
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        problems.append(f"{where}: placeholders differ from the source")
    if accelerators(source) != accelerators(translation):
        problems.append(f"{where}: the source has {accelerators(source)} '&' accelerator(s), "
                        f"the translation {accelerators(translation)}")
    if source.endswith("\n") != translation.endswith("\n"):
        problems.append(f"{where}: the source and translation end differently (newline)")
    return problems


def check_ts(path: pathlib.Path) -> list:
    root = ET.parse(path).getroot()
    source_language = root.get("sourcelanguage") == root.get("language") or path.stem.endswith("_en")
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path.name}: {name}: {source[:60]!r}"
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: {kind} (no longer in the code)")
                continue
            if source_language and not numerus:
                continue  # the source text is the translation
            texts = [form.text or "" for form in translation.iter("numerusform")] if numerus else [translation.text or ""]
            if kind == "unfinished" or not all(texts):
                problems.append(f"{where}: unfinished")
                continue
            for text in texts:
                problems += check_message(where, source, text)
    return problems


def check_current(cmake: str, generator: str, project_cmake: str, lupdate: str, files: list) -> list:
    """lupdate as the update_translations target runs it: on the project file made from the
    targets' sources and include paths (GenerateLUpdateProject.cmake), on copies of the files."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        project = str(pathlib.Path(tmp) / "project.json")
        run = subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generator],
                             capture_output=True, text=True)
        if run.returncode != 0:
            return [f"the lupdate project could not be made: {run.stderr.strip()}"]
        copies = []
        for path in files:
            copy = pathlib.Path(tmp) / path.name
            shutil.copyfile(path, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-silent",
                              "-ts", *map(str, copies)], capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed: {run.stderr.strip()}"]
        for path, copy in zip(files, copies):
            before, after = messages(path), messages(copy)
            for key in sorted(after - before):
                problems.append(f"{path.name}: {key[0]}: {key[1][:60]!r} is in the code but not in the file "
                                "(run the update_translations target, then translate it)")
            for key in sorted(before - after):
                problems.append(f"{path.name}: {key[0]}: {key[1][:60]!r} is no longer in the code "
                                "(run the update_translations target)")
    return problems


def messages(path: pathlib.Path) -> set:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
            for c in root.iter("context") for m in c.iter("message")}


if __name__ == "__main__":
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    from check_sources import check_sources  # noqa: E402 (beside this file)

    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "ts":
        found = [p for f in args for p in check_ts(pathlib.Path(f))]
    elif mode == "current":
        found = check_current(*args[:4], [pathlib.Path(f) for f in args[4:]])
    elif mode == "selftest":
        # The checker itself, on a fixture: exactly the lines marked "// expect" are reported.
        from check_sources import check_file  # noqa: E402

        fixture = pathlib.Path(args[0])
        expected = {i + 1 for i, line in enumerate(fixture.read_text().splitlines()) if line.endswith("// expect")}
        reported = {int(p.split(":")[1]) for p in check_file(fixture)}
        found = [f"{fixture}:{n}: reported but not marked" for n in sorted(reported - expected)]
        found += [f"{fixture}:{n}: marked but not reported" for n in sorted(expected - reported)]
        if not expected:
            found.append(f"{fixture}: marks no line")
    elif mode == "sources":
        found = [p for d in args for p in check_sources(pathlib.Path(d))]
    else:
        sys.exit(__doc__)
    for problem in found:
        print(problem)
    print(f"check_translations {mode}: {len(found)} problem(s)")
    sys.exit(1 if found else 0)
