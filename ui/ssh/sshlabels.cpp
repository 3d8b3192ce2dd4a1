#include "ssh/sshlabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area sshLabels()
{
    // A person's keys change at once, without a job: only audit actions.
    return {
        {},
        {
            {"sshkey.add", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Added an SSH key")},
            {"sshkey.remove", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Removed an SSH key")},
        },
    };
}

} // namespace mws::ui
