#include "syntax/syntaxhighlighting.h"

#include <KSyntaxHighlighting/Repository>

namespace mws::ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace mws::ui
