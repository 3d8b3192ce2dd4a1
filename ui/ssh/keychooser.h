#pragma once

#include "ssh/sshconnection.h"

#include <QComboBox>

#include <optional>

namespace mws::ui {

// Which key the app logs in to a host with: the running agent, each private key in ~/.ssh that
// has its public half beside it, or another file the person picks ("Another private key…" opens
// a file dialog named after the chooser: objectName + "File").
class KeyChooser : public QComboBox
{
    Q_OBJECT

public:
    KeyChooser(const QString &objectName, QWidget *parent = nullptr);

    // What the current choice logs in with; nullopt while "Another private key…" is chosen.
    std::optional<SshCredentials> credentials() const;
    void chooseFile();
};

} // namespace mws::ui
