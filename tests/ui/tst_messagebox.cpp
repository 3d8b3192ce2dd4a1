// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The message-box seam: a box is opened without waiting (the call returns before anyone answers)
// and its answer reaches a callback; a test answers the next box with setNextAnswer() instead,
// and then no box is shown and the answer still comes from the event loop.
#include "dialogs/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <optional>

using mws::ui::MessageBox;

namespace {

QList<QMessageBox *> visibleBoxes()
{
    QList<QMessageBox *> boxes;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            boxes << box;
    return boxes;
}

} // namespace

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        for (QMessageBox *box : visibleBoxes())
            box->close();
        QTRY_VERIFY(visibleBoxes().isEmpty());
    }

    void theNextAnswerIsGivenWithoutABox()
    {
        QWidget window;
        window.show();
        std::optional<MessageBox::Button> answer;
        MessageBox::setNextAnswer(MessageBox::No);
        QMessageBox *box = MessageBox::question(&window, QStringLiteral("Delete"), QStringLiteral("Really?"),
                                                MessageBox::Yes | MessageBox::No,
                                                [&answer](MessageBox::Button button) { answer = button; });
        QVERIFY(!box);
        QVERIFY(visibleBoxes().isEmpty());
        QVERIFY(!answer); // not from inside the call: the caller has returned first
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, MessageBox::No);

        // Once only: the box after it is shown again.
        box = MessageBox::information(&window, QStringLiteral("Done"), QStringLiteral("It is done."));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
    }

    void aBoxIsOpenedAndAnsweredLater()
    {
        QWidget window;
        window.show();
        std::optional<MessageBox::Button> answer;
        QMessageBox *box = MessageBox::question(&window, QStringLiteral("Delete"), QStringLiteral("Really?"),
                                                MessageBox::Yes | MessageBox::No,
                                                [&answer](MessageBox::Button button) { answer = button; });
        // Returned at once, with the box open and window-modal, and no answer yet.
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY(!answer);
        QPointer<QMessageBox> watched = box;
        QTest::mouseClick(box->button(MessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, MessageBox::Yes);
        QTRY_VERIFY(!watched); // deleted once closed
    }

    void aReportIsNotModal()
    {
        QWidget window;
        window.show();
        QMessageBox *box =
            MessageBox::show(&window, MessageBox::Warning, QStringLiteral("Apply"),
                             QStringLiteral("Line 3: <no such directive>"),
                             MessageBox::NotModal | MessageBox::SelectableText | MessageBox::PlainText,
                             QStringLiteral("applyResult"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QCOMPARE(box->objectName(), QStringLiteral("applyResult"));
        QCOMPARE(box->text(), QStringLiteral("Line 3: <no such directive>"));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);
    }
};

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
