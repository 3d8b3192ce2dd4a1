#!/bin/sh
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one test of a sanitized build (the asan preset, MWS_SANITIZE) and fails it when any of its
# processes reported: the test itself, or a program it started — mws-paneld, mws-test-wls,
# mws-admin — whose standard error the test may never read and whose exit code it may not check.
#
# Each sanitized process dies at its first error (UndefinedBehaviorSanitizer too: the build has
# -fno-sanitize-recover) with exit code 66, and LeakSanitizer checks it for leaks when it exits.
# AddressSanitizer and LeakSanitizer write their reports into a folder made for this run
# (log_path; the names say which program and pid). GCC's UndefinedBehaviorSanitizer ignores
# log_path when AddressSanitizer is loaded too and writes to standard error: the test's own is in
# its output, and the test harness copies a program's into the folder when it ended with 66
# (keepSanitizerReports in testsupport.h, found through MWS_SANITIZER_REPORTS). After the test
# this prints every report and fails the test, whatever it said itself.
#
# Suppressions are for third-party libraries only, each with its reason: tests/sanitizers/.
# Options already in the environment come after these, so one can add to them by hand
# (ASAN_OPTIONS=detect_leaks=0 while looking at something else), but CI sets none.
set -u
suppressions=$(cd "$(dirname "$0")/../sanitizers" && pwd)
# In the test's build folder (CTest starts a test there), and kept when a report is in it: a test
# killed for its timeout leaves its reports where this line says.
mkdir -p sanitizer-reports && reports=$(mktemp -d "$PWD/sanitizer-reports/XXXXXX") || exit 1
echo "sanitized-test: reports of this run go to $reports"
export MWS_SANITIZER_REPORTS="$reports"

common="halt_on_error=1:abort_on_error=0:exitcode=66:log_exe_name=1"
export ASAN_OPTIONS="$common:detect_leaks=1:log_path=$reports/asan${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="$common:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

"$@"
status=$?

found=0
for report in "$reports"/*; do
    [ -f "$report" ] || continue
    found=1
    echo "==== sanitizer report: $(basename "$report") ===="
    cat "$report"
done
if [ "$status" -eq 66 ]; then
    echo "sanitized-test: the test itself ended with the sanitizers' exit code 66 (its report is above)" >&2
fi
if [ "$found" -eq 1 ]; then
    echo "sanitized-test: a process of this test reported (above, kept in $reports); the test fails" >&2
    [ "$status" -eq 0 ] && status=1
else
    rmdir "$reports"
fi
exit "$status"
