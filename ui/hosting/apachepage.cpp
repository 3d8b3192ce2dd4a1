// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/apachepage.h"

#include "hosting/editorfooter.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "validate/apachedirectives.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mws::ui {

namespace {

constexpr int moduleColumns = 3;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The modules a vhost has that the page shows no box for (the host stopped offering them): they
// are kept as they are.
QStringList unshownModules(const model::Vhost *vhost, const QList<QCheckBox *> &boxes)
{
    QStringList modules;
    if (!vhost)
        return modules;
    for (const QString &module : vhost->modules) {
        const bool shown = std::any_of(boxes.cbegin(), boxes.cend(), [&](const QCheckBox *box) {
            return box->property("module").toString() == module;
        });
        if (!shown)
            modules.append(module);
    }
    return modules;
}

} // namespace

ApachePage::ApachePage(QWidget *parent) : HostingPage(parent)
{
    setObjectName(QStringLiteral("apachePage"));
    auto *layout = new QVBoxLayout(this);
    m_version = addPageTitleRow(layout, tr("Apache settings"), this);
    m_version->setObjectName(QStringLiteral("apacheVersion"));
    layout->addLayout(buildVhostRow());

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("This site has no vhosts yet. Add one on the Web sites page; its Apache "
                                  "settings can then be changed here."),
                               m_stack);
    m_placeholder->setObjectName(QStringLiteral("apacheNoVhosts"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildVhostContent(m_stack));
    layout->addWidget(m_stack, 1);

    m_footer->addNoteAndButtons(layout, tr("Show the vhost's settings again, dropping your changes."));
    connect(m_footer, &EditorFooter::revertClicked, this, [this] { revert(); });
    connect(m_footer, &EditorFooter::applyClicked, this, [this] { apply(); });
    connect(m_footer, &EditorFooter::checkRequested, this, [this] { validate(); });

    clear();
}

QLayout *ApachePage::buildVhostRow()
{
    auto *vhostRow = new QHBoxLayout;
    auto *vhostLabel = new QLabel(tr("V&host:"), this);
    m_vhosts = new QComboBox(this);
    m_vhosts->setObjectName(QStringLiteral("apacheVhost"));
    m_vhosts->setAccessibleName(tr("Vhost"));
    m_vhosts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vhosts->setMinimumContentsLength(20);
    vhostLabel->setBuddy(m_vhosts);
    vhostRow->addWidget(vhostLabel);
    vhostRow->addWidget(m_vhosts);
    vhostRow->addStretch();
    connect(m_vhosts, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        keepCurrentEdits();
        showVhost(m_vhosts->itemData(index).toString());
    });
    return vhostRow;
}

QWidget *ApachePage::buildVhostContent(QWidget *parent)
{
    auto *content = new QWidget(parent);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_modulesBox = new QGroupBox(tr("Features switched on for this vhost"), content);
    m_modulesLayout = new QGridLayout(m_modulesBox);
    m_noModules = new QLabel(tr("This host offers no optional features."), m_modulesBox);
    m_noModules->setObjectName(QStringLiteral("apacheNoModules"));
    m_modulesLayout->addWidget(m_noModules, 0, 0);
    contentLayout->addWidget(m_modulesBox);

    auto *editorLabel = new QLabel(tr("Custom &directives:"), content);
    m_editor = new CodeEditor(SyntaxNames::apache, content);
    m_editor->setObjectName(QStringLiteral("apacheDirectives"));
    m_editor->setAccessibleName(tr("Custom Apache directives of the vhost"));
    m_editor->setPlaceholderText(
        tr("# No directives of your own, for example:\n# ErrorDocument 404 /404.html"));
    editorLabel->setBuddy(m_editor);
    m_footer = new EditorFooter(this, QStringLiteral("apache"), m_editor, tr("Problems with the directives"));
    m_hint = new QLabel(content);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addWidget(editorLabel);
    contentLayout->addWidget(m_editor, 1);
    contentLayout->addWidget(m_footer->problemsLabel());
    contentLayout->addWidget(m_hint);
    return content;
}

void ApachePage::clear()
{
    m_hasHosting = false;
    m_hosting = {};
    m_catalogue = {};
    m_current.clear();
    m_edits.clear();
    m_version->clear();
    {
        const QSignalBlocker blocker(m_vhosts);
        m_vhosts->clear();
    }
    m_vhosts->setEnabled(false);
    m_editor->clear();
    m_footer->clearProblems();
    m_footer->clearNote();
    m_placeholder->setText(tr("No site selected."));
    m_stack->setCurrentWidget(m_placeholder);
    setReadOnly(m_readOnly);
}

void ApachePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && !m_current.isEmpty();
    m_editor->setReadOnly(!editable);
    for (QCheckBox *box : std::as_const(m_moduleBoxes))
        box->setEnabled(editable);
    updateButtons();
}

void ApachePage::showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue)
{
    const bool sameSite = m_hasHosting && hosting.siteId == m_hosting.siteId;
    const bool sameVersion = sameSite && hosting.version == m_hosting.version;
    if (m_footer->isCheckPending())
        validate();
    keepCurrentEdits();
    bool reloadedOverEdits = false;
    if (!sameVersion) {
        // Someone else's change replaces the edits, unless they are exactly what the site has now.
        for (auto it = m_edits.cbegin(); sameSite && it != m_edits.cend(); ++it) {
            const model::Vhost *now = hosting.vhost(it.key());
            if (!now || sorted(it->modules) != sorted(now->modules) || it->directives != now->directives)
                reloadedOverEdits = true;
        }
        m_edits.clear();
    }
    const QString previous = m_current;

    m_hosting = hosting;
    m_catalogue = catalogue;
    m_hasHosting = true;
    m_current.clear();
    m_version->setText(catalogue.apacheVersion.isEmpty()
                           ? QString()
                           : tr("Apache %1 on this site's host").arg(catalogue.apacheVersion));
    m_hint->setText(tr("Only directives sites may use are accepted, and paths must stay inside the "
                       "site's folder, %1. They are checked as you type.")
                        .arg(hosting.home.isEmpty() ? tr("(unknown)") : hosting.home));
    rebuildModules();
    if (reloadedOverEdits)
        m_footer->showReloadedNote();
    else if (!sameVersion)
        m_footer->clearNote();
    fillVhosts(previous);
}

void ApachePage::rebuildModules()
{
    QStringList offered;
    for (const validate::ApacheModule &module : validate::apacheModuleCatalogue()) {
        if (m_catalogue.apacheModules.contains(module.name))
            offered.append(module.name);
    }
    QStringList shown;
    for (const QCheckBox *box : std::as_const(m_moduleBoxes))
        shown.append(box->property("module").toString());
    if (shown == offered)
        return;

    qDeleteAll(m_moduleBoxes);
    m_moduleBoxes.clear();
    int index = 0;
    for (const validate::ApacheModule &module : validate::apacheModuleCatalogue()) {
        if (!offered.contains(module.name))
            continue;
        auto *box = new QCheckBox(module.label, m_modulesBox);
        box->setObjectName(QStringLiteral("apacheModule_") + module.name);
        box->setProperty("module", module.name);
        QString description = module.description;
        if (!module.directives.isEmpty())
            description += u'\n' + tr("Allows %1.").arg(module.directives.join(tr(", ")));
        box->setToolTip(description);
        box->setAccessibleDescription(description);
        m_modulesLayout->addWidget(box, index / moduleColumns, index % moduleColumns);
        box->show(); // at once, not when the layout gets round to it
        connect(box, &QCheckBox::toggled, this, [this] { validate(); });
        m_moduleBoxes.append(box);
        ++index;
    }
    m_noModules->setVisible(m_moduleBoxes.isEmpty());
    // Tab goes from the vhost through the features to the directives, in the order they are shown.
    QWidget *previous = m_vhosts;
    for (QCheckBox *box : std::as_const(m_moduleBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_editor);
}

void ApachePage::fillVhosts(const QString &preferred)
{
    {
        const QSignalBlocker blocker(m_vhosts);
        m_vhosts->clear();
        for (const model::Vhost &vhost : m_hosting.vhosts) {
            const QString text =
                vhost.domains.isEmpty() ? vhost.name : tr("%1 — %2").arg(vhost.name, vhost.mainDomain());
            m_vhosts->addItem(text, vhost.name);
        }
    }
    if (m_hosting.vhosts.isEmpty()) {
        m_vhosts->setEnabled(false);
        m_placeholder->setText(tr("This site has no vhosts yet. Add one on the Web sites page; its Apache "
                                  "settings can then be changed here."));
        m_stack->setCurrentWidget(m_placeholder);
        m_editor->clear();
        m_footer->clearProblems();
        setReadOnly(m_readOnly);
        return;
    }
    m_vhosts->setEnabled(true);
    m_stack->setCurrentIndex(1);
    const int index = std::max(0, m_vhosts->findData(preferred));
    {
        const QSignalBlocker blocker(m_vhosts);
        m_vhosts->setCurrentIndex(index);
    }
    showVhost(m_vhosts->itemData(index).toString());
}

void ApachePage::showVhost(const QString &name)
{
    const model::Vhost *vhost = m_hosting.vhost(name);
    if (!vhost)
        return;
    m_current = name;
    const VhostEdit edit =
        m_edits.contains(name) ? m_edits.take(name) : VhostEdit{vhost->modules, vhost->directives};
    for (QCheckBox *box : std::as_const(m_moduleBoxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(edit.modules.contains(box->property("module").toString()));
    }
    m_editor->setPlainText(edit.directives);
    m_modulesBox->setTitle(tr("Features switched on for %1").arg(name));
    setReadOnly(m_readOnly);
    validate();
}

QStringList ApachePage::checkedModules() const
{
    QStringList modules;
    for (const QCheckBox *box : m_moduleBoxes) {
        if (box->isChecked())
            modules.append(box->property("module").toString());
    }
    return modules;
}

bool ApachePage::editDiffers(const VhostEdit &edit, const model::Vhost &vhost) const
{
    return edit.directives != vhost.directives || sorted(edit.modules) != sorted(vhost.modules);
}

bool ApachePage::currentHasEdits() const
{
    const model::Vhost *vhost = m_hosting.vhost(m_current);
    if (!vhost)
        return false;
    const VhostEdit edit{checkedModules() + unshownModules(vhost, m_moduleBoxes), m_editor->toPlainText()};
    return editDiffers(edit, *vhost);
}

void ApachePage::keepCurrentEdits()
{
    if (m_current.isEmpty())
        return;
    if (currentHasEdits())
        m_edits.insert(m_current, {checkedModules(), m_editor->toPlainText()});
    else
        m_edits.remove(m_current);
}

void ApachePage::validate()
{
    QList<std::pair<int, QString>> problems;
    if (const model::Vhost *vhost = m_hosting.vhost(m_current)) {
        const validate::DirectiveContext context{m_hosting.home,
                                                 checkedModules() + unshownModules(vhost, m_moduleBoxes)};
        for (const validate::DirectiveProblem &problem :
             validate::apacheDirectiveProblems(m_editor->toPlainText(), context))
            problems.append({problem.line, problem.message});
    }
    m_footer->showProblems(problems);
    updateButtons();
}

QList<std::pair<int, QString>> ApachePage::problems() const
{
    return m_footer->problems();
}

void ApachePage::updateButtons()
{
    const bool shown = m_hasHosting && !m_current.isEmpty();
    const bool changed = shown && currentHasEdits();
    m_footer->updateButtons(shown, m_readOnly, changed, changed);
}

void ApachePage::revert()
{
    if (m_current.isEmpty())
        return;
    m_edits.remove(m_current);
    m_footer->clearNote();
    showVhost(m_current);
}

void ApachePage::apply()
{
    validate(); // what the user sees now, even if the last keystroke was not checked yet
    const model::Vhost *vhost = m_hosting.vhost(m_current);
    if (!m_footer->canApply() || !vhost)
        return;
    api::VhostChanges changes;
    changes.modules = checkedModules() + unshownModules(vhost, m_moduleBoxes);
    changes.directives = m_editor->toPlainText();
    Q_EMIT changeRequested(api::HostingRequest::updateVhost(m_hosting.siteId, m_current, changes),
                           ChangeNotice{tr("Change Apache settings of %1").arg(m_current), {}, {}});
}

} // namespace mws::ui
