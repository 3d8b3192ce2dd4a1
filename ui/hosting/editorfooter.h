// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTimer;
class QWidget;

namespace mws::ui {

class CodeEditor;

// What the PHP and Apache pages share around their editors: the problems with the text, checked a
// moment after the user stops typing and listed under the editor; a note saying why the edits were
// replaced; and the Revert and "Review and apply…" buttons. The widgets are named after the page:
// prefix + "Problems", "Note", "Revert" and "Apply" ("phpProblems", "apacheApply"…).
class EditorFooter : public QObject
{
    Q_OBJECT

public:
    // Checks the editor's text a moment after each change (checkRequested). problemsName: the
    // problems list's accessible name.
    EditorFooter(QWidget *page, const QString &prefix, CodeEditor *editor, const QString &problemsName);

    // The problems list, for the page to put under its editor.
    QLabel *problemsLabel() const { return m_problemsLabel; }
    // Makes the note and the row of buttons and adds them to the bottom of the page; revertToolTip
    // says what Revert brings back. Called once, from the page's constructor, after everything
    // above the buttons is made, so that Tab reaches the buttons last.
    void addNoteAndButtons(QBoxLayout *layout, const QString &revertToolTip);
    // Whether "Review and apply…" may be clicked now.
    bool canApply() const;

    // What is wrong with the text, as (1-based line, message); line 0: not one line.
    QList<std::pair<int, QString>> problems() const { return m_problems; }
    // Shows the problems in the editor and under it; stops a check that was still to come.
    void showProblems(const QList<std::pair<int, QString>> &problems);
    void clearProblems();
    // Whether the user typed something that has not been checked yet.
    bool isCheckPending() const;

    // The note that someone else's change replaced the user's edits.
    void showReloadedNote();
    void clearNote();

    // shown: the page shows something that could be changed; changed: the edits differ from what
    // the server has (Apply); revertible: there is something to drop (Revert).
    void updateButtons(bool shown, bool readOnly, bool changed, bool revertible);

Q_SIGNALS:
    void checkRequested();
    void revertClicked();
    void applyClicked();

private:
    QWidget *m_page;
    QString m_prefix;
    CodeEditor *m_editor;
    QLabel *m_problemsLabel;
    QLabel *m_note = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_apply = nullptr;
    QTimer *m_checkTimer;
    QList<std::pair<int, QString>> m_problems;
};

} // namespace mws::ui
