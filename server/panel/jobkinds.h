// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jobrunner.h"

#include <QList>

#include <functional>
#include <memory>

namespace mws::panel {

struct PanelContext;

// A kind of job the panel can run: its runner's name and how to make the runner. A factory
// gives nullptr when this panel lacks what the kind needs (no [host]: no hosting jobs); such
// jobs wait in the queue for a panel that has it.
struct JobKind
{
    QString runner;
    std::function<std::unique_ptr<jobs::JobRunner>(PanelContext &)> make;
};

// Every kind, one registration line each (jobkinds.cpp).
const QList<JobKind> &jobKinds();

} // namespace mws::panel
