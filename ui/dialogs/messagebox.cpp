// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/messagebox.h"

#include <QApplication>
#include <QTimer>

#include <utility>

namespace mws::ui {

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QMessageBox *MessageBox::make(QWidget *parent, Icon icon, const QString &title, const QString &text,
                              Buttons buttons, Options options, Answered answered)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        // Later, from the event loop, as a click would come: the caller has returned by then.
        if (answered) {
            QObject *context = parent ? static_cast<QObject *>(parent) : qApp;
            QTimer::singleShot(0, context, [answered = std::move(answered), answer] { answered(answer); });
        }
        return nullptr;
    }
    auto *box = new QMessageBox(icon, title, QString(), buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(options.testFlag(PlainText) ? Qt::PlainText : Qt::AutoText);
    box->setText(text);
    if (options.testFlag(SelectableText))
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setModal(!options.testFlag(NotModal));
    if (answered) {
        // Closing the box without a click counts as its Escape button, as QMessageBox decides.
        QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)] {
            QAbstractButton *clicked = box->clickedButton();
            answered(clicked ? box->standardButton(clicked) : QMessageBox::NoButton);
        });
    }
    return box;
}

QMessageBox *MessageBox::present(QMessageBox *box)
{
    if (!box)
        return nullptr;
    if (box->isModal())
        box->open(); // window-modal, and returns at once (unlike exec())
    else
        box->show();
    return box;
}

QMessageBox *MessageBox::show(QWidget *parent, Icon icon, const QString &title, const QString &text,
                              Options options, const QString &objectName)
{
    QMessageBox *box = make(parent, icon, title, text, QMessageBox::Ok, options, {});
    if (box)
        box->setObjectName(objectName);
    return present(box);
}

QMessageBox *MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                     Answered answered)
{
    return present(make(parent, Information, title, text, QMessageBox::Ok, {}, std::move(answered)));
}

QMessageBox *MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                 Answered answered)
{
    return present(make(parent, Warning, title, text, QMessageBox::Ok, {}, std::move(answered)));
}

QMessageBox *MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                  Answered answered)
{
    return present(make(parent, Question, title, text, buttons, {}, std::move(answered)));
}

QMessageBox *MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox *box = make(parent, QMessageBox::NoIcon, title, text, QMessageBox::Ok, {}, {});
    if (box) {
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setTextFormat(Qt::RichText);
        const QIcon icon = parent ? parent->windowIcon() : QApplication::windowIcon();
        box->setIconPixmap(icon.pixmap(64, 64));
    }
    return present(box);
}

} // namespace mws::ui
