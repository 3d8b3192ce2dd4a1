// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databases/databasedialogs.h"

#include "dialogs/dialogparts.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

DatabaseNameDialog::DatabaseNameDialog(const char *objectName, const QString &title, const QString &intro,
                                       const QString &prefix, Problem problem, const QStringList &collations,
                                       QWidget *parent)
    : QDialog(parent), m_prefix(prefix), m_problem(std::move(problem))
{
    QVBoxLayout *layout = startDialog(this, objectName, title, intro);
    auto *form = new QFormLayout;
    auto *nameRow = new QWidget(this);
    auto *nameLayout = new QHBoxLayout(nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    auto *prefixLabel = new QLabel(prefix, nameRow);
    prefixLabel->setObjectName(QStringLiteral("databaseNamePrefix"));
    m_suffix = new QLineEdit(nameRow);
    m_suffix->setObjectName(QStringLiteral("databaseNameSuffix"));
    m_suffix->setAccessibleName(tr("Name after the site's prefix %1").arg(prefix));
    nameLayout->addWidget(prefixLabel);
    nameLayout->addWidget(m_suffix, 1);
    form->addRow(tr("&Name:"), nameRow);
    if (!collations.isEmpty()) {
        m_collation = new QComboBox(this);
        m_collation->setObjectName(QStringLiteral("databaseCollation"));
        m_collation->addItems(collations);
        form->addRow(tr("&Collation (character set utf8mb4):"), m_collation);
    }
    layout->addLayout(form);
    m_problemLabel = problemLabel(this, "databaseNameProblem");
    layout->addWidget(m_problemLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("C&reate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_suffix, &QLineEdit::textChanged, this, &DatabaseNameDialog::check);
    check();
}

QString DatabaseNameDialog::name() const
{
    return m_prefix + m_suffix->text().trimmed();
}

QString DatabaseNameDialog::collation() const
{
    return m_collation ? m_collation->currentText() : QString();
}

void DatabaseNameDialog::check()
{
    const QString problem = m_suffix->text().trimmed().isEmpty() ? QString() : m_problem(name());
    m_problemLabel->setText(problem.isEmpty() ? QString() : problemsHtml(this, {problem}));
    m_ok->setEnabled(!m_suffix->text().trimmed().isEmpty() && problem.isEmpty());
}

TypedNameDialog::TypedNameDialog(const Text &text, const QString &name, QWidget *parent) : QDialog(parent)
{
    QVBoxLayout *layout = startDialog(this, text.objectName, text.title, text.explanation);
    auto *form = new QFormLayout;
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QString::fromLatin1(text.fieldName));
    form->addRow(text.prompt, m_typed);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *act = buttons->button(QDialogButtonBox::Ok);
    act->setText(text.action);
    act->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, this,
            [act, name](const QString &typed) { act->setEnabled(typed == name); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TypedNameDialog::typedName() const
{
    return m_typed->text();
}

PasswordDialog::PasswordDialog(const QString &user, const QString &password, QWidget *parent)
    : QDialog(parent)
{
    QVBoxLayout *layout = startDialog(
        this, "databasePasswordDialog", tr("Database Password"),
        tr("The password of %1. It is shown this once: the panel keeps only its hash, and this app does "
           "not keep it. Copy it to where it is needed (the site's configuration) before closing.")
            .arg(user));
    auto *row = new QHBoxLayout;
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setReadOnly(true);
    m_password->setAccessibleName(tr("Password of %1").arg(user));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyDatabasePassword"));
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] { m_password->clear(); });
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

} // namespace mws::ui
