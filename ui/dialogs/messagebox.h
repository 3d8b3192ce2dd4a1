// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace mws::ui {

// Every message box of the app goes through here (KeePassXC's MessageBox). None waits: the box is
// opened and the call returns, so no nested event loop runs (a box may be opened from a
// continuation, where a nested loop would let other replies run half way through); the answer,
// if the caller wants one, comes to a callback. A test answers the next box with setNextAnswer():
// that box is then not shown, and its callback gets the answer from the event loop, as if clicked.
class MessageBox
{
public:
    using Icon = QMessageBox::Icon;
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using Answered = std::function<void(Button)>;
    // QMessageBox's names, so that the rest of ui/ names only this class.
    static constexpr Icon Information = QMessageBox::Information;
    static constexpr Icon Warning = QMessageBox::Warning;
    static constexpr Icon Question = QMessageBox::Question;
    static constexpr Button Ok = QMessageBox::Ok;
    static constexpr Button Cancel = QMessageBox::Cancel;
    static constexpr Button Yes = QMessageBox::Yes;
    static constexpr Button No = QMessageBox::No;

    enum Option
    {
        NotModal = 0x1,       // the user may go on working while it is open (else window-modal)
        SelectableText = 0x2, // the text can be selected and copied (an error to report)
        PlainText = 0x4,      // the text is shown as it is (words from the panel or a server)
    };
    Q_DECLARE_FLAGS(Options, Option)

    // Opens the box and returns it (deleted when closed), or nullptr when a test answered it.
    // objectName: how tests find it.
    static QMessageBox *show(QWidget *parent, Icon icon, const QString &title, const QString &text,
                             Options options = {}, const QString &objectName = {});
    static QMessageBox *information(QWidget *parent, const QString &title, const QString &text,
                                    Answered answered = {});
    static QMessageBox *warning(QWidget *parent, const QString &title, const QString &text,
                                Answered answered = {});
    static QMessageBox *question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                 Answered answered);
    // The window's icon and rich text, as QMessageBox::about.
    static QMessageBox *about(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next box is answered with this instead of being shown (once).
    static void setNextAnswer(Button answer);

private:
    static QMessageBox *make(QWidget *parent, Icon icon, const QString &title, const QString &text,
                             Buttons buttons, Options options, Answered answered);
    static QMessageBox *present(QMessageBox *box);

    static inline Button s_nextAnswer = QMessageBox::NoButton;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBox::Options)

} // namespace mws::ui
