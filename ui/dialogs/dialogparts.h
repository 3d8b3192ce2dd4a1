// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <functional>

namespace mws {
struct Error;
}

class QDialog;
class QLabel;
class QVBoxLayout;
class QWidget;

// What the app's dialogs are built of: a name, a title and a sentence saying what the dialog is
// for, and the problems with what is typed, in the colour of problems on the current palette.
namespace mws::ui {

// The colour for problems and warnings on this widget's palette (light or dark).
QColor problemColor(const QWidget *widget);
QColor warningColor(const QWidget *widget);

// A dialog's name and title, and the layout it is built in, which starts with what it is for.
QVBoxLayout *startDialog(QDialog *dialog, const char *objectName, const QString &title, const QString &intro);
// A label showing a value: word-wrapped and selectable, found by its object name.
QLabel *valueLabel(QWidget *parent, const char *objectName);
// A word-wrapped rich-text label for problems, found by its object name.
QLabel *problemLabel(QWidget *parent, const char *objectName);
// The problems, one a line, escaped, in the problem colour.
QString problemsHtml(const QWidget *widget, const QStringList &problems);

// What the panel said of a refused request, for a box: its message, and each field's problem on
// a line of its own, the field named by fieldLabel (as the API names it where that gives none).
QString errorDetails(const Error &error, const std::function<QString(const QString &)> &fieldLabel = {});

} // namespace mws::ui
