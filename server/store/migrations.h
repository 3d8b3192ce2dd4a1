// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to mwsstore: the schema, as an append-only list of versioned migrations.

#include "database.h"

#include <QList>
#include <QStringList>

namespace mws::store::detail {

struct Migration
{
    int version;
    QStringList statements; // portable SQL with the dialect placeholders below
    // What SQL alone cannot say portably (reshaping JSON documents), run after the statements in
    // the same transaction.
    Status (*convert)(Database &) = nullptr;
};

// Versions 1..N in order. Never edit a released migration: add the next one.
const QList<Migration> &migrations();

// The one place where the dialects differ: {{id}} is an auto-increment BIGINT primary key and
// {{blob}} a byte string.
QString adaptSql(Database::Driver driver, QString sql);

} // namespace mws::store::detail
