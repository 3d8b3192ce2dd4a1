#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mws::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MWS Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mws-admin.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addStretch();
    auto *welcome =
        new QLabel(tr("<h2>MWS Admin</h2><p>Manage your sites on the Managed Web Service.</p>"), central);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    layout->addWidget(welcome);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MWS Admin"), this, [this] {
        QMessageBox::about(this, tr("About MWS Admin"),
                           tr("<p><b>MWS Admin</b> %1</p><p>Desktop administration for the Managed Web "
                              "Service.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

} // namespace mws::ui
