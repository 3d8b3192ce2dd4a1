// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodatabases.h"

#include "demodata.h"

#include <QJsonArray>

namespace mws::demo {

bool DemoDatabases::offer(test::PanelProcess::Options &options, QString *error)
{
    if (!m_server.start(error))
        return false;
    m_started = true;
    options.extraConfig +=
        QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\n").arg(m_server.socketPath());
    return true;
}

bool DemoDatabases::seed(test::HttpClient &http, test::PanelProcess &panel, const QString &token,
                         const QString &siteId, QString *error)
{
    if (!m_started)
        return true;
    const QString site = QStringLiteral("/api/v1/sites/%1").arg(siteId);
    const QString prefix = http.getJson(panel.url(site + QStringLiteral("/databases")), token)
                               .json()
                               .value(QStringLiteral("prefix"))
                               .toString();
    const QString shop = prefix + QStringLiteral("shop"), events = prefix + QStringLiteral("events");
    for (const QString &name : {shop, events})
        if (!runJob(http, panel, token, "POST", site + QStringLiteral("/databases"),
                    {{QStringLiteral("name"), name}}, error))
            return false;
    m_server.sql(QStringLiteral(
                     "USE `%1`;"
                     "CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(80), price DECIMAL(8,2));"
                     "INSERT INTO products SELECT seq, CONCAT('Mug no. ', seq), 4 + seq % 9 FROM seq_1_to_40;"
                     "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, product INT, placed DATETIME,"
                     " note TEXT);"
                     "INSERT INTO orders (product, placed, note) SELECT 1 + seq % 40, '2026-11-01' +"
                     " INTERVAL seq HOUR, REPEAT('gift wrap ', seq % 20) FROM seq_1_to_20000;"
                     "USE `%2`; CREATE TABLE talks (id INT PRIMARY KEY, title VARCHAR(200));"
                     "INSERT INTO talks VALUES (1, 'Crystals'), (2, 'Catalysis');"
                     // InnoDB counts sizes lazily: counted now, the page shows them.
                     "ANALYZE TABLE talks; USE `%1`; ANALYZE TABLE products, orders;")
                     .arg(shop, events),
                 error);
    if (!error->isEmpty())
        return false;
    // A user's grants go as one whole set (the panel gives the databases not named none).
    const auto grant = [&](const QString &user, const QJsonArray &levels) {
        return runJob(http, panel, token, "PUT", site + QStringLiteral("/database-users/%1/grants").arg(user),
                      {{QStringLiteral("grants"), levels}}, error);
    };
    const auto level = [](const QString &database, const QString &code) {
        return QJsonObject{{QStringLiteral("database"), database}, {QStringLiteral("level"), code}};
    };
    for (const QString &user : {prefix + QStringLiteral("web"), prefix + QStringLiteral("report")})
        if (!runJob(http, panel, token, "POST", site + QStringLiteral("/database-users"),
                    {{QStringLiteral("name"), user}}, error))
            return false;
    return grant(prefix + QStringLiteral("web"),
                 {level(shop, QStringLiteral("read-write")), level(events, QStringLiteral("all"))}) &&
           grant(prefix + QStringLiteral("report"), {level(shop, QStringLiteral("read-only"))});
}

} // namespace mws::demo
