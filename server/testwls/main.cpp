// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravensigner.h"
#include "ravenverifier.h"
#include "testwls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using mws::raven::RavenSigner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mws-test-wls"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Raven (Ucam-WebAuth) login server for tests and the demo: users test0001 to test0500, password "
        "\"test\", responses signed with a key made for this run. Plain HTTP on 127.0.0.1 only; the "
        "real Raven is HTTPS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen on this loopback port (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption kidOption(QStringLiteral("kid"),
                                       QStringLiteral("The key id to sign with (1 to 8 digits)."),
                                       QStringLiteral("kid"), QStringLiteral("901"));
    const QCommandLineOption keyOutOption(QStringLiteral("public-key-out"),
                                          QStringLiteral("Write this run's public key (PEM) to this file."),
                                          QStringLiteral("file"));
    parser.addOption(portOption);
    parser.addOption(kidOption);
    parser.addOption(keyOutOption);
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "mws-test-wls: --port takes a number from 0 to 65535\n";
        return 2;
    }
    const QString kid = parser.value(kidOption);
    if (!mws::raven::RavenVerifier::isWellFormedKid(kid)) {
        err << "mws-test-wls: --kid takes 1 to 8 digits without a leading zero\n";
        return 2;
    }

    mws::Result<RavenSigner> signer = RavenSigner::generate();
    if (!signer) {
        err << "mws-test-wls: " << signer.error().fullText() << '\n';
        return 1;
    }
    // Written before the server announces itself, so that whoever waits for that line can trust it.
    if (parser.isSet(keyOutOption)) {
        QSaveFile file(parser.value(keyOutOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(signer->publicKeyPem()) < 0 || !file.commit()) {
            err << "mws-test-wls: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
    }

    mws::testwls::TestWls wls(std::move(signer).value(), kid);
    if (const mws::Status listening = wls.listen(quint16(port)); !listening) {
        err << "mws-test-wls: " << listening.error().fullText() << '\n';
        return 1;
    }
    QTextStream(stdout) << "mws-test-wls: listening on http://127.0.0.1:" << wls.port() << " kid " << kid
                        << Qt::endl;
    return QCoreApplication::exec();
}
