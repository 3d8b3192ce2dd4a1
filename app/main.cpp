// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appcontroller.h"
#include "language.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

// --help and --version only print: they must work where there is no display (a server, a
// package's test), so they get a QCoreApplication and no GUI platform.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mws-admin"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("MWS Admin"));
    QApplication::setOrganizationName(QStringLiteral("MWS"));
    QApplication::setOrganizationDomain(QStringLiteral("mws.cam.ac.uk"));
    QApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.ac.cam.mws.admin"));

    // The system's language, unless one was chosen in View > Language.
    mws::ui::installTranslations(mws::ui::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Manage sites on the Managed Web Service, and (for staff) the fleet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption panelOption(
        QStringLiteral("panel"), QApplication::translate("main", "Sign in to the control panel at <url>."),
        QStringLiteral("url"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin-certificate"),
        QApplication::translate("main",
                                "Trust only this PEM certificate for the panel (self-hosted panels)."),
        QStringLiteral("file"));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"), QApplication::translate("main", "Start signing in to --panel at once."));
    parser.addOptions({panelOption, pinOption, signInOption});
    parser.process(*app); // exits here for --help and --version

    QByteArray pinned;
    if (parser.isSet(pinOption)) {
        QFile file(parser.value(pinOption));
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << QApplication::translate("main", "mws-admin: cannot read %1: %2\n")
                                       .arg(file.fileName(), file.errorString());
            return 2;
        }
        pinned = file.readAll();
    }

    mws::ui::applyTheme(mws::ui::savedTheme());
    mws::ui::AppController controller;
    controller.start(parser.value(panelOption), pinned, parser.isSet(signInOption));
    return QApplication::exec();
}
