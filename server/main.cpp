#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>
#include <QTcpServer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mws-paneld"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference control panel of the Managed Web Service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen on this loopback port (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        QTextStream(stderr) << "mws-paneld: --port takes a number from 0 to 65535\n";
        return 2;
    }

    QHttpServer server;
    server.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    });
    auto *tcp = new QTcpServer(&app);
    if (!tcp->listen(QHostAddress::LocalHost, quint16(port)) || !server.bind(tcp)) {
        QTextStream(stderr) << "mws-paneld: cannot listen on 127.0.0.1:" << port << ": " << tcp->errorString()
                            << '\n';
        return 1;
    }
    QTextStream(stdout) << "mws-paneld: listening on http://127.0.0.1:" << tcp->serverPort() << Qt::endl;
    return QCoreApplication::exec();
}
