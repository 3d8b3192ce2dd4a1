// Renders each window of the app the way a user sees it and saves it as a PNG, so the
// screenshots in the README are always of the current code.
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
#include <QTimer>

namespace {

bool save(QWidget &widget, const QDir &dir, const QString &name)
{
    widget.show();
    // Let layouts settle and pending paints run before grabbing.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget.grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    widget.hide();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(MWS_VERSION));
    if (argc != 2) {
        QTextStream(stderr) << "usage: mws-screenshots OUTPUT_DIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    bool ok = true;

    mws::ui::MainWindow mainWindow;
    mainWindow.resize(1100, 720);
    ok &= save(mainWindow, out, QStringLiteral("main-window"));

    return ok ? 0 : 1;
}
