// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mws::ui {

// "Add person…" and "Change role…" on the Overview page: a CRSid, checked as it is typed, and
// the role to give (owner, administrator or SSH only). Changing a role shows the CRSid fixed.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // For someone new.
    explicit MemberDialog(QWidget *parent = nullptr);
    // For a member whose role changes.
    MemberDialog(const QString &crsid, model::Role role, QWidget *parent = nullptr);

    QString crsid() const;
    model::Role role() const;

private:
    void build(const QString &title, const QString &intro, model::Role role);
    void validate();

    QLineEdit *m_crsid = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mws::ui
