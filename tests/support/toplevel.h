// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

namespace mws::test {

// The visible top-level widget (dialog, message box) with this object name.
template <typename T = QWidget> T *topLevel(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == name && widget->isVisible())
            if (auto *typed = qobject_cast<T *>(widget))
                return typed;
    return nullptr;
}

} // namespace mws::test
