// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/dialogparts.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor problemColor(const QWidget *widget)
{
    return isDark(widget) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x37);
}

QColor warningColor(const QWidget *widget)
{
    return isDark(widget) ? QColor(0xff, 0xc1, 0x07) : QColor(0x8a, 0x5a, 0x00);
}

QVBoxLayout *startDialog(QDialog *dialog, const char *objectName, const QString &title, const QString &intro)
{
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *introLabel = new QLabel(intro, dialog);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    return layout;
}

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *problemLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = valueLabel(parent, objectName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString problemsHtml(const QWidget *widget, const QStringList &problems)
{
    QStringList lines;
    for (const QString &problem : problems)
        lines << problem.toHtmlEscaped();
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(problemColor(widget).name(), lines.join(QStringLiteral("<br>")));
}

QString errorDetails(const Error &error, const std::function<QString(const QString &)> &fieldLabel)
{
    QString details = error.message;
    if (!error.fields.isEmpty()) {
        QStringList lines;
        bool repeated = false; // the panel's detail is often the first field's message
        for (const FieldError &field : error.fields) {
            const QString label = fieldLabel ? fieldLabel(field.field) : QString();
            lines << QCoreApplication::translate("mws::ui::ErrorDetails", "• %1: %2")
                         .arg(label.isEmpty() ? field.field : label, field.message);
            repeated = repeated || field.message == error.message;
        }
        details = repeated ? lines.join(QLatin1Char('\n'))
                           : details + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    if (!error.detail.isEmpty() && error.fields.isEmpty())
        details += QLatin1Char('\n') + error.detail;
    return details;
}

} // namespace mws::ui
