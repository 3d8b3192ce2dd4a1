// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changes/changenotice.h"
#include "model/hosting.h"

#include <QDialog>

class QBoxLayout;
class QFrame;
class QLineEdit;
class QPushButton;

namespace mws::ui {

// What a change would do, before it is done: the panel's summary, each file it touches with its
// unified diff, and what the user must know (a destructive change is confirmed by typing its
// confirmText). accepted() means: apply it. Opened with open(), window-modal.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const model::ConfigPreview &preview, const ChangeNotice &notice, QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }

private:
    // The parts of the dialog, top to bottom, made by the constructor in this order.
    void addNotice(QBoxLayout *layout, const ChangeNotice &notice); // its title, what it stops
    QFrame *consequencesFrame(const ChangeNotice &notice);
    void addFiles(QBoxLayout *layout, const model::ConfigPreview &preview); // summary and diffs
    void addConfirmation(QBoxLayout *layout, const QString &confirmText);
    void addButtons(QBoxLayout *layout);
    void updateApply();

    QString m_confirmText;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace mws::ui
