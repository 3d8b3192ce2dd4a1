#include "pages/overviewpage.h"

#include "models/sitelistmodel.h"
#include "session/accountsession.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

QString roleText(model::Role role)
{
    switch (role) {
    case model::Role::Owner:
        return OverviewPage::tr("Owner");
    case model::Role::Admin:
        return OverviewPage::tr("Administrator");
    case model::Role::SshUser:
        return OverviewPage::tr("SSH only");
    case model::Role::Supporter:
        return OverviewPage::tr("Staff support");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : SitePage(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);

    m_title = makePageTitle(QString(), this);
    m_title->setObjectName(QStringLiteral("siteTitle"));
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_status = addValueRow(form, tr("Status:"), this, "siteStatus");
    m_address = addValueRow(form, tr("Address:"), this, "siteAddress");
    m_siteId = addValueRow(form, tr("Site ID:"), this, "siteId");
    m_contact = addValueRow(form, tr("Webmaster:"), this, "siteContact");
    m_description = addValueRow(form, tr("Description:"), this, "siteDescription");
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_open = namedButton(tr("&Open site in browser"), QStringLiteral("openSiteButton"), this);
    m_copySsh = namedButton(tr("&Copy SSH command"), QStringLiteral("copySshButton"), this);
    actions->addWidget(m_open);
    actions->addWidget(m_copySsh);
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openInBrowserRequested(m_siteUrl); });
    connect(this, &OverviewPage::openInBrowserRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_copySsh, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_sshCommand);
        m_copySsh->setText(tr("Copied"));
    });

    auto *membersTitle = new QLabel(tr("<b>Who has access</b>"), this);
    layout->addWidget(membersTitle);
    m_members = new QStandardItemModel(0, 3, this);
    m_members->setHorizontalHeaderLabels({tr("Person"), tr("Role"), tr("Until")});
    m_memberView = new QTableView(this);
    m_memberView->setObjectName(QStringLiteral("membersView"));
    m_memberView->setModel(m_members);
    m_memberView->setAccessibleName(tr("Members of the site"));
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setWordWrap(false);
    m_memberView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_memberView, 1);
    clear();
}

void OverviewPage::setSite(const SiteView &view)
{
    const auto site = view.site();
    if (!site)
        return clear();
    showSite(*site, view.session->members(view.siteId), view.session->account().crsid);
}

void OverviewPage::clear()
{
    m_title->setText(tr("No site selected"));
    for (QLabel *label : {m_status, m_address, m_siteId, m_contact, m_description})
        label->clear();
    m_members->removeRows(0, m_members->rowCount());
    m_open->setEnabled(false);
    m_copySsh->setEnabled(false);
}

void OverviewPage::showSite(const model::Site &site, const QList<model::SiteMember> &members,
                            const QString &myCrsid)
{
    m_title->setText(site.name);
    QString status = statusText(site.status);
    if (site.status == model::SiteStatus::Suspended && !site.suspensionReason.isEmpty())
        status = tr("%1 — %2").arg(status, site.suspensionReason);
    m_status->setText(status);
    m_address->setText(site.hostname.isEmpty() ? tr("Not assigned yet") : site.hostname);
    m_siteId->setText(site.id);
    m_contact->setText(site.contactEmail);
    m_description->setText(site.description.isEmpty() ? tr("(none)") : site.description);

    m_siteUrl = site.hostname.isEmpty() ? QUrl()
                                        : QUrl(QStringLiteral("https://") + site.hostname + QLatin1Char('/'));
    m_sshCommand =
        site.hostname.isEmpty() ? QString() : QStringLiteral("ssh %1@%2").arg(myCrsid, site.hostname);
    m_open->setEnabled(m_siteUrl.isValid());
    m_open->setToolTip(m_siteUrl.isValid() ? m_siteUrl.toString() : tr("The site has no address yet."));
    m_copySsh->setEnabled(!m_sshCommand.isEmpty());
    m_copySsh->setText(tr("&Copy SSH command"));
    m_copySsh->setToolTip(m_sshCommand.isEmpty() ? tr("The site has no address yet.") : m_sshCommand);

    m_members->removeRows(0, m_members->rowCount());
    for (const model::SiteMember &member : members) {
        QList<QStandardItem *> row{
            new QStandardItem(member.crsid), new QStandardItem(roleText(member.role)),
            new QStandardItem(member.expiresAt.isValid()
                                  ? QLocale().toString(member.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                  : QString())};
        m_members->appendRow(row);
    }
    m_memberView->resizeColumnsToContents();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    // Filled while another tab was showing, the columns were sized for a hidden view.
    m_memberView->resizeColumnsToContents();
    QWidget::showEvent(event);
}

} // namespace mws::ui
