// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/hostinglabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area hostingLabels()
{
    // Each hosting change is a job of its kind while it runs and an audit action once applied.
    return {
        {
            {"vhost.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Add a vhost")},
            {"vhost.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Change a vhost")},
            {"vhost.rename", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Rename a vhost")},
            {"vhost.delete", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Delete a vhost")},
            {"vhost.docroot-lock",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Make the document root read-only again")},
            {"php.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Change PHP settings")},
            {"tls.upload", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Install a certificate")},
            {"tls.self-signed",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Install a self-signed certificate")},
            {"tls.remove", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Remove a certificate")},
            {"site.offline", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Take the site offline")},
            {"site.online", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Serve the site again")},
            {"site.check", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Check that the site answers")},
        },
        {
            {"vhost.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Added a vhost")},
            {"vhost.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed a vhost")},
            {"vhost.rename", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Renamed a vhost")},
            {"vhost.delete", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Deleted a vhost")},
            {"vhost.docroot-lock",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Made the document root read-only again")},
            {"php.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed PHP settings")},
            {"tls.request", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Made a certificate request")},
            {"tls.upload", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Installed a certificate")},
            {"tls.self-signed",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Installed a self-signed certificate")},
            {"tls.remove", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Removed a certificate")},
            {"site.offline", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Took the site offline")},
            {"site.online", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Served the site again")},
        },
    };
}

} // namespace mws::ui
