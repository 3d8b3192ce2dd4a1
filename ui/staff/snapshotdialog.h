// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mws::ui {

// A new snapshot of a VM: its name (checked as it is typed: a short name of letters, digits, dots,
// dashes and underscores, not one the VM's snapshots already have) and a description.
class SnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    // taken: the names of the VM's snapshots.
    SnapshotDialog(const QString &vm, const QStringList &taken, QWidget *parent);

    QString name() const;
    QString description() const;

    // What is wrong with name as a new snapshot's, or an empty string.
    static QString nameProblem(const QString &name, const QStringList &taken);

private:
    void check();

    QStringList m_taken;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace mws::ui
