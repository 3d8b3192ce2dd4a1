// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/syntaxhighlighting.h"

#include <KSyntaxHighlighting/Repository>

namespace mws::ui {

namespace {

// KSyntaxHighlighting's definitions and the app's own, found in the resources' /mws/syntax/.
class AppRepository : public KSyntaxHighlighting::Repository
{
public:
    AppRepository() { addCustomSearchPath(QStringLiteral(":/mws")); }
};

} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static AppRepository repository;
    return repository;
}

} // namespace mws::ui
