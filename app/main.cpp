#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.process(app);

    mws::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
