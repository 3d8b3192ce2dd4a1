#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a distribution's package checker on the packages build-packages.sh made, and fails on any
# error or warning that the override file does not explain.
#
#   lint-packages.sh lintian PACKAGES_DIR OVERRIDES   lintian on mws-admin_*.deb, mws-paneld_*.deb
#   lint-packages.sh rpmlint PACKAGES_DIR OVERRIDES   rpmlint on mws-admin-*.rpm, mws-paneld-*.rpm
#
# OVERRIDES has one accepted finding a line: "PACKAGE TAG [CONTEXT]  # why it is accepted", where
# CONTEXT (optional) must occur in the finding's line. A line without a reason, or one that
# matches nothing (a finding fixed since), fails the test too, so the file stays short and true.
set -euo pipefail
tool=$1 packages=$2 overrides=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

case "$tool" in
lintian)
    files=("$packages"/mws-admin_*.deb "$packages"/mws-paneld_*.deb)
    # E: and W: lines ("E: mws-paneld: tag context…"); I:, P: and N: are information only.
    # lintian's exit status says only whether it found something: the lines decide.
    output=$(lintian --no-cfg --allow-root --display-level '>=warning' --tag-display-limit 0 "${files[@]}" 2>&1) || true
    findings=$(sed -nE 's/^([EW]): ([^ :]+)( \[[^]]*\])?: (.*)$/\1 \2 \4/p' <<<"$output")
    ;;
rpmlint)
    files=("$packages"/mws-admin-*.rpm "$packages"/mws-paneld-*.rpm)
    # "mws-paneld.x86_64: W: tag context…"; the package's name is the part before the first dot.
    output=$(rpmlint "${files[@]}" 2>&1) || true
    findings=$(sed -nE 's/^([^ .:]+)[^ ]*: ([EW]): (.*)$/\2 \1 \3/p' <<<"$output")
    ;;
*)
    echo "lint-packages: unknown checker $tool" >&2
    exit 2
    ;;
esac
[ "${#files[@]}" -eq 2 ] && [ -f "${files[0]}" ] && [ -f "${files[1]}" ] || {
    echo "FAIL: the packages are missing in $packages" >&2
    exit 1
}
echo "$output"
if grep -qiE 'traceback|^error:|command not found' <<<"$output"; then
    fail "$tool did not run cleanly (above)"
fi

# The accepted findings: "package tag context", each with its reason.
declare -a accepted=() used=()
while IFS= read -r line; do
    rule=${line%%#*}
    rule=$(sed -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' <<<"$rule")
    [ -z "$rule" ] && continue
    reason=${line#*#}
    if [[ "$line" != *"#"* ]] || [ -z "${reason// /}" ]; then
        fail "$overrides: no reason given for: $rule"
        continue
    fi
    accepted+=("$rule")
    used+=(0)
done <"$overrides"

count=0
while IFS= read -r finding; do
    [ -z "$finding" ] && continue
    count=$((count + 1))
    read -r level package tag context <<<"$finding"
    explained=0
    for i in "${!accepted[@]}"; do
        read -r want_package want_tag want_context <<<"${accepted[$i]}"
        if [ "$want_package" = "$package" ] && [ "$want_tag" = "$tag" ] &&
            { [ -z "$want_context" ] || [[ "$context" == *"$want_context"* ]]; }; then
            explained=1
            used[i]=1
        fi
    done
    [ "$explained" -eq 1 ] || fail "$tool: $level $package $tag $context"
done <<<"$findings"
for i in "${!accepted[@]}"; do
    [ "${used[$i]}" -eq 1 ] || fail "$overrides: nothing matches \"${accepted[$i]}\" any more: remove it"
done

if [ "$failures" -ne 0 ]; then
    echo "lint-packages: $tool: $failures failure(s) ($count finding(s), ${#accepted[@]} accepted in $(basename "$overrides"))" >&2
    exit 1
fi
echo "lint-packages: $tool: no error or warning but the ${#accepted[@]} explained in $(basename "$overrides") ($count finding(s))"
