// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sites/sitenavigator.h"

#include "models/accountsitetreemodel.h"
#include "models/sitelistmodel.h"
#include "session/accountsession.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

namespace mws::ui {

SiteNavigator::SiteNavigator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("siteNavigator"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("siteSearch"));
    m_search->setPlaceholderText(tr("Search sites (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search sites by name, address or ID"));
    m_search->setToolTip(tr("Searches the sites of every account. Down or Enter moves to the list."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_model = new AccountSiteTreeModel(this);
    m_filter = new SiteFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("siteList"));
    m_tree->setAccessibleName(tr("Sites by account"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // keeps layout linear with thousands of sites
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setRootIsDecorated(true);
    m_tree->setTextElideMode(Qt::ElideMiddle); // an account row keeps its count and offline mark
    layout->addWidget(m_tree);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("siteListPlaceholder"));
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        {
            // Filtering moves the view's current row; what the window shows stays until the
            // user picks another site.
            QScopedValueRollback updating(m_updating, true);
            m_filter->setSearchText(text);
        }
        if (m_filter->isSearching())
            expandAccounts();
        restoreCurrentRow();
        updatePlaceholder();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SiteNavigator::currentRowChanged);
    // An account row that (re)appears is shown open: new accounts, and after a search.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_filter->index(row, 0));
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SiteNavigator::expandAccounts);
    connect(m_model, &AccountSiteTreeModel::accountSitesAboutToChange, this, [this] { m_updating = true; });
    connect(m_model, &AccountSiteTreeModel::accountSitesChanged, this, &SiteNavigator::accountSitesChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SiteNavigator::updatePlaceholder);
    updatePlaceholder();
}

SiteNavigator::~SiteNavigator() = default;

void SiteNavigator::addAccount(session::AccountSession *session, bool makeCurrent)
{
    m_model->addAccount(session);
    if (makeCurrent || !m_account) {
        selectSite(session, {});
        m_pickFirstSiteOf = session;
        selectFirstSite(session);
    }
    updatePlaceholder();
}

void SiteNavigator::removeAccount(session::AccountSession *session)
{
    const bool wasCurrent = session == m_account;
    {
        QScopedValueRollback updating(m_updating, true);
        m_model->removeAccount(session);
    }
    if (wasCurrent) {
        const QList<session::AccountSession *> left = m_model->accounts();
        if (left.isEmpty()) {
            m_tree->selectionModel()->clear();
            setCurrent(nullptr, {});
        } else {
            selectSite(left.first(), {});
            m_pickFirstSiteOf = left.first();
            selectFirstSite(left.first());
        }
    } else {
        restoreCurrentRow();
    }
    updatePlaceholder();
}

QList<session::AccountSession *> SiteNavigator::accounts() const
{
    return m_model->accounts();
}

bool SiteNavigator::selectSite(session::AccountSession *session, const QString &siteId)
{
    const QModelIndex source =
        siteId.isEmpty() ? m_model->indexOfAccount(session) : m_model->indexOfSite(session, siteId);
    if (!source.isValid())
        return false;
    const QModelIndex row = m_filter->mapFromSource(source);
    if (row.isValid()) {
        m_tree->setCurrentIndex(row);
        m_tree->scrollTo(row);
    }
    setCurrent(session, siteId); // also when the search hides it
    return true;
}

void SiteNavigator::selectAccount(session::AccountSession *session)
{
    if (selectSite(session, {}))
        m_tree->setFocus(Qt::OtherFocusReason);
}

void SiteNavigator::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SiteNavigator::setContextActions(const QList<QAction *> &actions)
{
    m_tree->addActions(actions);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool SiteNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Into the list, on the first match unless the current site is still on show.
            if (!m_tree->currentIndex().isValid() && m_filter->rowCount() > 0) {
                const QModelIndex account = m_filter->index(0, 0);
                const QModelIndex first =
                    m_filter->rowCount(account) > 0 ? m_filter->index(0, 0, account) : account;
                m_tree->setCurrentIndex(first);
            }
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SiteNavigator::currentRowChanged()
{
    if (m_updating)
        return;
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    if (!source.isValid())
        return; // nothing current in the view: keep showing what was
    const bool isAccount = source.data(AccountSiteTreeModel::IsAccountRole).toBool();
    setCurrent(m_model->accountAt(source),
               isAccount ? QString() : source.data(SiteListModel::SiteIdRole).toString());
}

void SiteNavigator::setCurrent(session::AccountSession *session, const QString &siteId)
{
    if (!siteId.isEmpty() || session != m_pickFirstSiteOf)
        m_pickFirstSiteOf = nullptr;
    if (session == m_account && siteId == m_siteId)
        return;
    m_account = session;
    m_siteId = siteId;
    Q_EMIT currentChanged(session, siteId);
}

void SiteNavigator::restoreCurrentRow()
{
    const QModelIndex source =
        m_siteId.isEmpty() ? m_model->indexOfAccount(m_account) : m_model->indexOfSite(m_account, m_siteId);
    const QModelIndex row = m_filter->mapFromSource(source);
    QScopedValueRollback updating(m_updating, true);
    if (row.isValid()) {
        if (m_tree->currentIndex() != row)
            m_tree->setCurrentIndex(row);
    } else {
        m_tree->selectionModel()->clear();
    }
}

void SiteNavigator::accountSitesChanged(session::AccountSession *session)
{
    m_updating = false;
    if (session == m_account && !m_siteId.isEmpty() && !m_model->indexOfSite(session, m_siteId).isValid())
        selectSite(session, {}); // the site is gone (deleted, or access removed)
    else if (!selectFirstSite(session))
        restoreCurrentRow();
    updatePlaceholder();
}

bool SiteNavigator::selectFirstSite(session::AccountSession *session)
{
    if (!session || session != m_pickFirstSiteOf || session != m_account || !m_siteId.isEmpty())
        return false;
    const QModelIndex account = m_filter->mapFromSource(m_model->indexOfAccount(session));
    if (!account.isValid() || m_filter->rowCount(account) == 0)
        return false;
    const QModelIndex first = m_filter->index(0, 0, account);
    return selectSite(session, first.data(SiteListModel::SiteIdRole).toString());
}

void SiteNavigator::expandAccounts()
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_tree->expand(m_filter->index(row, 0));
}

void SiteNavigator::updatePlaceholder()
{
    QString text;
    if (m_filter->isSearching() && m_filter->rowCount() == 0)
        text = tr("No sites match “%1”.").arg(m_search->text().trimmed());
    else if (m_model->accounts().isEmpty())
        text = tr("No account yet: File ▸ Add account… signs in to a control panel.");
    else if (m_model->siteCount() == 0)
        text = m_account && !m_account->isOnline() ? tr("No sites were saved from an earlier visit.")
                                                   : tr("You have no sites on these panels yet.");
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

} // namespace mws::ui
