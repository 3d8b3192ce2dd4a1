// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databases/tablepreviewdialog.h"

#include "api/databasesrequest.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

TablePreviewDialog::TablePreviewDialog(api::PanelClient *client, QString siteId, QString database,
                                       QWidget *parent)
    : QDialog(parent), m_client(client), m_siteId(std::move(siteId)), m_database(std::move(database))
{
    setObjectName(QStringLiteral("tablePreviewDialog"));
    setWindowTitle(tr("Inside %1").arg(m_database));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_tables = new QComboBox(this);
    m_tables->setObjectName(QStringLiteral("previewTable"));
    form->addRow(tr("&Table:"), m_tables);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_rowsModel = new QStandardItemModel(this);
    m_rows = new QTableView(split);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setAccessibleName(tr("First rows"));
    m_rows->setModel(m_rowsModel);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    m_create = new CodeEditor(SyntaxNames::mysql, split);
    m_create->setObjectName(QStringLiteral("previewCreate"));
    m_create->setAccessibleName(tr("CREATE statement"));
    m_create->setReadOnly(true);
    split->addWidget(m_rows);
    split->addWidget(m_create);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tables, &QComboBox::currentTextChanged, this, &TablePreviewDialog::showTable);
    resize(900, 620);
    loadTables();
}

void TablePreviewDialog::loadTables()
{
    if (!m_client)
        return;
    m_status->setText(tr("Reading the tables of %1…").arg(m_database));
    api::DatabasesClient(*m_client)
        .tables(m_siteId, m_database)
        .then(this, [this](const Result<QList<api::DatabaseTable>> &tables) {
            if (!tables.ok())
                return m_status->setText(tr("The tables could not be read: %1").arg(tables.error().message));
            if (tables->isEmpty())
                return m_status->setText(tr("%1 has no tables.").arg(m_database));
            const QSignalBlocker quiet(m_tables);
            for (const api::DatabaseTable &table : *tables)
                m_tables->addItem(table.view ? tr("%1 (view)").arg(table.name) : table.name, table.name);
            showTable(m_tables->currentText());
        });
}

void TablePreviewDialog::showTable(const QString &)
{
    const QString table = m_tables->currentData().toString();
    if (!m_client || table.isEmpty())
        return;
    m_status->setText(tr("Reading %1…").arg(table));
    api::DatabasesClient(*m_client)
        .preview(m_siteId, m_database, table)
        .then(this, [this, table](const Result<api::TablePreview> &preview) {
            if (table != m_tables->currentData().toString())
                return; // another table was chosen meanwhile
            m_rowsModel->clear();
            m_create->setPlainText({});
            if (!preview.ok())
                return m_status->setText(tr("%1 could not be read: %2").arg(table, preview.error().message));
            m_rowsModel->setHorizontalHeaderLabels(preview->columns);
            for (const QStringList &row : preview->rows) {
                QList<QStandardItem *> items;
                for (const QString &cell : row)
                    items << new QStandardItem(cell);
                m_rowsModel->appendRow(items);
            }
            m_rows->resizeColumnsToContents();
            m_create->setPlainText(preview->create);
            m_status->setText(
                preview->truncated
                    ? tr("The first %n row(s) of %1; it has more.", nullptr, int(preview->rows.size()))
                          .arg(table)
                    : tr("All %n row(s) of %1.", nullptr, int(preview->rows.size())).arg(table));
        });
}

} // namespace mws::ui
