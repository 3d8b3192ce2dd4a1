// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace mws::api {
class PanelClient;
}

namespace mws::ui {

class CodeEditor;

// A read-only look inside one of the site's databases: its tables and views to choose from, the
// chosen one's first rows (at most 50) and its CREATE statement, highlighted as SQL. What the
// panel reads, it reads as the site's own database account; nothing here can change a row.
class TablePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    TablePreviewDialog(api::PanelClient *client, QString siteId, QString database, QWidget *parent);

    QComboBox *tableChooser() const { return m_tables; }

private:
    void loadTables();
    void showTable(const QString &table);

    QPointer<api::PanelClient> m_client;
    QString m_siteId;
    QString m_database;
    QComboBox *m_tables;
    QLabel *m_status;
    QStandardItemModel *m_rowsModel;
    QTableView *m_rows;
    CodeEditor *m_create;
};

} // namespace mws::ui
