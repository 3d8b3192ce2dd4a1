#pragma once

#include <QMainWindow>

namespace mws::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace mws::ui
