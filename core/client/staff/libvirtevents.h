// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace mws::libvirtevents {

// libvirt's event loop for the whole process: keepalives (which also end a call stuck on a daemon
// that stopped answering), close callbacks and, later, domain events.
//
// It is not libvirt's default implementation: on Linux that iterates GLib's default main context,
// which Qt's GUI thread iterates too, so a thread of our own running it would also dispatch Qt's
// GUI-thread timers and socket notifiers, and without one the callbacks would run on the GUI
// thread and stop whenever it waits. Instead libvirt's watches and timeouts become
// QSocketNotifiers and QTimers on one long-lived EventLoopThread, the same on every platform.
//
// Call it before the first connection is opened (libvirt's rule); later calls do nothing. The
// thread runs until the QCoreApplication is destroyed.
void start();

} // namespace mws::libvirtevents
