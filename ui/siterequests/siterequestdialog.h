// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// File > Request a Site…: the new site's name, what it is for and its webmaster's address, each
// checked as it is typed by the rules the panel applies. OK sends the request and the dialog stays
// open until the panel has taken it (showing what it refused, by field, otherwise); the site is
// then in the account's list, waiting for staff to approve it.
class SiteRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SiteRequestDialog(session::AccountSession *session, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void requested(const mws::model::Site &site);

private:
    QStringList problems() const;
    void validate();
    static QString fieldLabel(const QString &field);

    QPointer<session::AccountSession> m_session;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_webmaster;
    QLabel *m_problem;
    QPushButton *m_ok;
    QString m_refused; // what the panel said of the last attempt, until something is changed
    bool m_sending = false;
};

} // namespace mws::ui
