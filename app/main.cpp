#include "appcontroller.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mws-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("MWS Admin"));
    QApplication::setOrganizationName(QStringLiteral("MWS"));
    QApplication::setOrganizationDomain(QStringLiteral("mws.cam.ac.uk"));
    QApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("uk.ac.cam.mws.admin"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("mws-admin"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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
    parser.process(app);

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
