// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inventorystore.h"

#include "sqlsupport.h"

namespace mws::store {

using namespace detail;

QStringList inventoryTables()
{
    return {
        // One row (id 1) once staff have written it: the document, its version, who and when.
        QStringLiteral(R"(CREATE TABLE staff_inventory (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         version BIGINT NOT NULL,
         document TEXT NOT NULL,
         updated_at BIGINT NOT NULL,
         updated_by TEXT NOT NULL))"),
    };
}

Result<model::Inventory> InventoryStore::read()
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT version, document, updated_at, updated_by FROM staff_inventory WHERE id = 1"));
    if (!q)
        return q.error();
    model::Inventory inventory;
    if (!q.value().next())
        return inventory;
    inventory = model::Inventory::fromJson(jsonObjectFrom(q.value().value(1)));
    inventory.version = q.value().value(0).toLongLong();
    inventory.updatedAt = timeFrom(q.value().value(2));
    inventory.updatedBy = q.value().value(3).toString();
    return inventory;
}

Result<model::Inventory> InventoryStore::replace(model::Inventory inventory, qint64 expectedVersion)
{
    inventory.version = expectedVersion + 1;
    const QVariantList values{inventory.version, jsonObjectValue(inventory.documentJson()),
                              timeValue(inventory.updatedAt), inventory.updatedBy};
    // The version moves only from the one the caller read: a write between read and replace
    // matches no row (or, for the first write, meets the existing row's key).
    Result<Query> q =
        expectedVersion == 0
            ? m_db.exec(QStringLiteral("INSERT INTO staff_inventory (id, version, document, "
                                       "updated_at, updated_by) SELECT 1, ?, ?, ?, ? WHERE NOT "
                                       "EXISTS (SELECT 1 FROM staff_inventory)"),
                        values)
            : m_db.exec(QStringLiteral("UPDATE staff_inventory SET version = ?, document = ?, "
                                       "updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?"),
                        values + QVariantList{expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::make(Error::Kind::PreconditionFailed,
                           QStringLiteral("Someone else changed the inventory since you read it. Reload, "
                                          "compare and try again."));
    return inventory;
}

} // namespace mws::store
