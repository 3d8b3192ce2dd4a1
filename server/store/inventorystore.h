// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The fleet's inventory (model/inventory.h): one versioned document for the whole service, which
// staff replace as a whole, so two staff editing at once cannot silently merge.

#include "database.h"
#include "model/inventory.h"
#include "util/result.h"

#include <QStringList>

namespace mws::store {

// Schema 11: the staff_inventory table.
QStringList inventoryTables();

class InventoryStore
{
public:
    explicit InventoryStore(Database &database) : m_db(database) {}

    // The inventory; version 0 and nothing in it before the first write.
    Result<model::Inventory> read();
    // Replaces it if it is still at expectedVersion (PreconditionFailed otherwise); the stored
    // one, one version on.
    Result<model::Inventory> replace(model::Inventory inventory, qint64 expectedVersion);

private:
    Database &m_db;
};

} // namespace mws::store
