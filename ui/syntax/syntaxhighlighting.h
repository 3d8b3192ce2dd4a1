// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace mws::ui {

// The syntax definitions the editors use, by the names KSyntaxHighlighting gives them.
namespace SyntaxNames {
inline const QString apache = QStringLiteral("Apache Configuration");
inline const QString crontab = QStringLiteral("Crontab"); // the app's own (resources/syntax/crontab.xml)
inline const QString diff = QStringLiteral("Diff");
inline const QString ini = QStringLiteral("INI Files");
inline const QString mysql = QStringLiteral("SQL (MySQL)");
inline const QString php = QStringLiteral("PHP/PHP");
inline const QString xml = QStringLiteral("XML"); // a VM's libvirt definition
} // namespace SyntaxNames

// One repository for the whole app: loading the definitions is slow, so it is done once. It holds
// KSyntaxHighlighting's definitions and the app's own (resources/syntax/, in the resources at
// :/mws/syntax/).
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace mws::ui
