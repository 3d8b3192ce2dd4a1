#!/bin/sh
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain has a
# real Secret Service backend and nothing touches the user's own keychain. Where D-Bus or
# gnome-keyring is missing, the test runs as it is and skips its keychain cases with a reason.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring: no dbus-run-session or gnome-keyring-daemon; running without a keychain backend" >&2
    exec "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/.local/share" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_RUNTIME_DIR="$scratch/run"
export MWS_TEST_KEYRING=gnome-keyring
# The daemon is started unlocked: without --unlock it would want a prompter, which needs a display.
dbus-run-session -- sh -c 'printf %s test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
