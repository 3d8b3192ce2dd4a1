// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "siterequests/siterequestdialog.h"

#include "api/panelclient.h"
#include "dialogs/dialogparts.h"
#include "session/accountsession.h"
#include "validate/sitefields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

SiteRequestDialog::SiteRequestDialog(session::AccountSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    auto *layout = startDialog(this, "siteRequestDialog", tr("Request a site"),
                               tr("Staff look at each request and put the site on one of the service's "
                                  "hosts, or tell you why not. Until then it waits in your list."));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteRequestName"));
    m_name->setPlaceholderText(tr("e.g. Department of Chemistry outreach"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("siteRequestDescription"));
    m_description->setPlaceholderText(tr("What the site is for (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Description:"), m_description);
    m_webmaster = new QLineEdit(this);
    m_webmaster->setObjectName(QStringLiteral("siteRequestWebmaster"));
    m_webmaster->setPlaceholderText(tr("webmaster@example.cam.ac.uk"));
    form->addRow(tr("&Webmaster address:"), m_webmaster);
    layout->addLayout(form);
    m_problem = problemLabel(this, "siteRequestProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("siteRequestOk"));
    m_ok->setText(tr("&Request"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_webmaster})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_refused.clear();
            validate();
        });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_refused.clear();
        validate();
    });
    validate();
    resize(520, sizeHint().height());
}

QString SiteRequestDialog::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("contactEmail"))
        return tr("Webmaster address");
    return {};
}

// What is wrong with what is typed, by the panel's own rules; a field left empty is said to be
// only once something else is typed, so an empty dialog does not open with complaints.
QStringList SiteRequestDialog::problems() const
{
    const QString name = m_name->text();
    const QString description = m_description->toPlainText();
    const QString webmaster = m_webmaster->text().trimmed();
    const bool untouched = name.isEmpty() && description.isEmpty() && webmaster.isEmpty();
    QStringList found;
    if (untouched)
        return found;
    for (const QString &problem :
         {validate::siteNameProblem(name), validate::siteDescriptionProblem(description),
          webmaster.isEmpty() ? QString() : validate::emailProblem(webmaster)})
        if (!problem.isEmpty())
            found << problem;
    return found;
}

void SiteRequestDialog::validate()
{
    QStringList shown = problems();
    if (!m_refused.isEmpty())
        shown.prepend(m_refused);
    m_problem->setText(shown.isEmpty() ? QString() : problemsHtml(this, shown));
    m_problem->setVisible(!shown.isEmpty());
    const bool complete = !m_name->text().isEmpty() && !m_webmaster->text().trimmed().isEmpty();
    m_ok->setEnabled(complete && problems().isEmpty() && !m_sending && m_session && m_session->client());
}

void SiteRequestDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    api::NewSite site;
    site.name = m_name->text();
    site.description = m_description->toPlainText();
    site.contactEmail = m_webmaster->text().trimmed();
    m_sending = true;
    validate();
    m_session->client()->createSite(site).then(this, [this](const Result<model::Site> &created) {
        m_sending = false;
        if (!created.ok()) {
            m_refused = tr("The request was not sent: %1").arg(errorDetails(created.error(), &fieldLabel));
            return validate();
        }
        Q_EMIT requested(*created);
        QDialog::accept();
    });
}

} // namespace mws::ui
