// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/phppage.h"

#include "hosting/editorfooter.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "validate/phpsettings.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace mws::ui {

namespace {

constexpr int nameRole = Qt::UserRole + 1;

QString groupLabel(const QString &group)
{
    if (group == u"performance")
        return PhpPage::tr("Performance");
    if (group == u"common")
        return PhpPage::tr("Common");
    if (group == u"errors")
        return PhpPage::tr("Errors");
    return group;
}

// What a setting accepts, short enough for a column: "16M – 2G", "1 – 3600 s", "On/Off".
QString allowedText(const validate::PhpSetting &setting)
{
    switch (setting.type) {
    case validate::PhpSettingType::Size:
        return PhpPage::tr("%1 – %2").arg(validate::phpSizeShorthand(setting.minimum),
                                          validate::phpSizeShorthand(setting.maximum));
    case validate::PhpSettingType::Integer:
        if (setting.unit == u"seconds")
            return PhpPage::tr("%1 – %2 s").arg(setting.minimum).arg(setting.maximum);
        return PhpPage::tr("%1 – %2").arg(setting.minimum).arg(setting.maximum);
    case validate::PhpSettingType::Boolean:
        return PhpPage::tr("On/Off");
    case validate::PhpSettingType::Choice:
        if (setting.name == u"date.timezone")
            return PhpPage::tr("a time zone, like Europe/London");
        if (setting.choices.size() <= 3)
            return PhpPage::tr("one of %1").arg(setting.choices.join(PhpPage::tr(", ")));
        return PhpPage::tr("one of %n choices", nullptr, int(setting.choices.size()));
    }
    return {};
}

QString allowedToolTip(const validate::PhpSetting &setting)
{
    if (setting.type == validate::PhpSettingType::Choice && setting.name != u"date.timezone")
        return PhpPage::tr("One of:\n%1").arg(setting.choices.join(u'\n'));
    if (setting.type == validate::PhpSettingType::Size)
        return PhpPage::tr("A size in bytes, or with K, M or G: from %1 to %2.")
            .arg(validate::phpSizeShorthand(setting.minimum), validate::phpSizeShorthand(setting.maximum));
    return allowedText(setting);
}

struct SettingLine
{
    int line = 0;
    QString name;
    QString value;
};

struct ParsedSettings
{
    QList<SettingLine> settings;
    QList<std::pair<int, QString>> problems;
};

// The setting name a line sets, or empty when the line sets none (blank, comment, no "=").
QString settingNameOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u';'))
        return {};
    const qsizetype equals = trimmed.indexOf(u'=');
    return equals < 0 ? QString() : trimmed.left(equals).trimmed();
}

// Reads "name = value" lines the way php.ini is written: ";" starts a comment, also after a value,
// and a value may be quoted.
ParsedSettings parseSettings(const QString &text)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.]+$"));
    ParsedSettings parsed;
    QMap<QString, int> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'#')) {
            parsed.problems.append({number, PhpPage::tr("Comments start with “;” in PHP settings.")});
            continue;
        }
        if (line.startsWith(u'[')) {
            parsed.problems.append(
                {number,
                 PhpPage::tr("Sections like [PHP] are not needed: write one “name = value” a line.")});
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            parsed.problems.append({number, PhpPage::tr("Write the setting as “name = value”.")});
            continue;
        }
        const QString name = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (const qsizetype comment = value.indexOf(u';'); comment >= 0)
            value = value.left(comment).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (name.isEmpty()) {
            parsed.problems.append({number, PhpPage::tr("Give the setting's name before “=”.")});
            continue;
        }
        if (!namePattern.match(name).hasMatch()) {
            parsed.problems.append({number, PhpPage::tr("“%1” is not a setting name.").arg(name)});
            continue;
        }
        if (const auto previous = seen.constFind(name); previous != seen.cend()) {
            parsed.problems.append(
                {number, PhpPage::tr("%1 is already set on line %2.").arg(name).arg(previous.value())});
            continue;
        }
        seen.insert(name, number);
        parsed.settings.append({number, name, value});
    }
    return parsed;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool sameConfig(const model::PhpConfig &a, const model::PhpConfig &b)
{
    return a.settings == b.settings && sorted(a.extensions) == sorted(b.extensions);
}

} // namespace

PhpPage::PhpPage(QWidget *parent) : HostingPage(parent)
{
    setObjectName(QStringLiteral("phpPage"));
    auto *layout = new QVBoxLayout(this);
    m_version = addPageTitleRow(layout, tr("PHP settings"), this);
    m_version->setObjectName(QStringLiteral("phpVersion"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    QWidget *catalogueBox = buildCatalogue(splitter);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buildEditor(bottom), 3);
    bottomLayout->addWidget(buildExtensions(bottom), 1);
    splitter->addWidget(catalogueBox);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_footer->addNoteAndButtons(layout, tr("Show the site's settings again, dropping your changes."));
    connect(m_footer, &EditorFooter::revertClicked, this, [this] { revert(); });
    connect(m_footer, &EditorFooter::applyClicked, this, [this] { apply(); });
    connect(m_footer, &EditorFooter::checkRequested, this, [this] { validate(); });

    clear();
}

QWidget *PhpPage::buildCatalogue(QWidget *parent)
{
    auto *catalogueBox = new QWidget(parent);
    auto *catalogueLayout = new QVBoxLayout(catalogueBox);
    catalogueLayout->setContentsMargins(0, 0, 0, 0);
    auto *catalogueTitle = new QLabel(tr("What you can &set (double-click to add it below):"), catalogueBox);
    m_catalogueModel = new QStandardItemModel(0, 3, this);
    m_catalogueView = new QTreeView(catalogueBox);
    m_catalogueView->setObjectName(QStringLiteral("phpCatalogue"));
    m_catalogueView->setAccessibleName(tr("PHP settings a site can change"));
    m_catalogueView->setModel(m_catalogueModel);
    m_catalogueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogueView->setAlternatingRowColors(true);
    m_catalogueView->setUniformRowHeights(true);
    m_catalogueView->header()->setStretchLastSection(true);
    catalogueTitle->setBuddy(m_catalogueView);
    catalogueLayout->addWidget(catalogueTitle);
    catalogueLayout->addWidget(m_catalogueView);
    connect(m_catalogueView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { insertSetting(index); });
    return catalogueBox;
}

QLayout *PhpPage::buildEditor(QWidget *bottom)
{
    auto *editorLayout = new QVBoxLayout;
    auto *editorTitle = new QLabel(tr("This site's s&ettings:"), bottom);
    m_editor = new CodeEditor(SyntaxNames::ini, bottom);
    m_editor->setObjectName(QStringLiteral("phpEditor"));
    m_editor->setAccessibleName(tr("This site's PHP settings, one “name = value” a line"));
    m_editor->setPlaceholderText(tr("; Nothing set: the site uses the defaults shown above."));
    editorTitle->setBuddy(m_editor);
    m_footer = new EditorFooter(this, QStringLiteral("php"), m_editor, tr("Problems with the PHP settings"));
    auto *hint = new QLabel(tr("One setting a line, as <code>name = value</code>. Lines starting with "
                               "<code>;</code> are comments; they are not kept."),
                            bottom);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(editorTitle);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_footer->problemsLabel());
    editorLayout->addWidget(hint);
    return editorLayout;
}

QGroupBox *PhpPage::buildExtensions(QWidget *bottom)
{
    auto *extensionsBox = new QGroupBox(tr("E&xtensions"), bottom);
    auto *extensionsLayout = new QVBoxLayout(extensionsBox);
    m_extensions = new QListWidget(extensionsBox);
    m_extensions->setObjectName(QStringLiteral("phpExtensions"));
    m_extensions->setAccessibleName(tr("Optional PHP extensions"));
    m_noExtensions = new QLabel(tr("This host offers no optional extensions."), extensionsBox);
    m_noExtensions->setObjectName(QStringLiteral("phpNoExtensions"));
    m_noExtensions->setWordWrap(true);
    m_noExtensions->hide();
    m_builtin = new QLabel(extensionsBox);
    m_builtin->setObjectName(QStringLiteral("phpBuiltinExtensions"));
    m_builtin->setWordWrap(true);
    m_builtin->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    extensionsLayout->addWidget(m_extensions, 1);
    extensionsLayout->addWidget(m_noExtensions);
    extensionsLayout->addWidget(m_builtin);
    connect(m_extensions, &QListWidget::itemChanged, this, [this] { validate(); });
    return extensionsBox;
}

QString PhpPage::settingsText(const QMap<QString, QString> &settings)
{
    QStringList lines;
    for (const validate::PhpSetting &setting : validate::phpSettingCatalogue()) {
        if (const auto value = settings.constFind(setting.name); value != settings.cend())
            lines.append(QStringLiteral("%1 = %2").arg(setting.name, value.value()));
    }
    // Settings the catalogue no longer has stay visible, so that the user sees why they are refused.
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!validate::findPhpSetting(it.key()))
            lines.append(QStringLiteral("%1 = %2").arg(it.key(), it.value()));
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void PhpPage::clear()
{
    m_hasHosting = false;
    m_hosting = {};
    m_catalogue = {};
    m_shownText.clear();
    m_edited = {};
    m_catalogueModel->removeRows(0, m_catalogueModel->rowCount());
    m_extensions->clear();
    m_noExtensions->hide();
    m_builtin->clear();
    m_version->clear();
    m_editor->clear();
    m_editor->setReadOnly(true);
    m_footer->clearProblems();
    m_footer->clearNote();
    updateButtons();
}

void PhpPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly || !m_hasHosting);
    m_extensions->setEnabled(!readOnly && m_hasHosting);
    updateButtons();
}

void PhpPage::showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue)
{
    const bool sameSite = m_hasHosting && hosting.siteId == m_hosting.siteId;
    const bool hadEdits = m_hasHosting && hasUnsentEdits();
    const bool keepEdits = sameSite && hadEdits && hosting.version == m_hosting.version;
    bool reloadedOverEdits = false;
    if (sameSite && hadEdits && !keepEdits) {
        if (m_footer->isCheckPending())
            validate();
        // Edits that are what the site now has (the user's own change, applied) were not lost.
        reloadedOverEdits = !sameConfig(m_edited, hosting.php);
    }
    const QStringList extensions = keepEdits ? checkedExtensions() : hosting.php.extensions;

    m_hosting = hosting;
    m_catalogue = catalogue;
    m_hasHosting = true;
    m_shownText = settingsText(hosting.php.settings);
    m_version->setText(catalogue.phpVersion.isEmpty()
                           ? QString()
                           : tr("PHP %1 on this site's host").arg(catalogue.phpVersion));
    fillCatalogue();
    fillExtensions(extensions);
    m_builtin->setText(catalogue.builtinExtensions.isEmpty()
                           ? QString()
                           : tr("Always loaded: %1").arg(sorted(catalogue.builtinExtensions).join(tr(", "))));
    m_builtin->setVisible(!catalogue.builtinExtensions.isEmpty());
    if (!keepEdits)
        m_editor->setPlainText(m_shownText);
    if (reloadedOverEdits)
        m_footer->showReloadedNote();
    else if (!keepEdits)
        m_footer->clearNote();
    setReadOnly(m_readOnly);
    validate();
}

void PhpPage::fillCatalogue()
{
    m_catalogueModel->clear();
    m_catalogueModel->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Allowed")});
    const QColor greyed = palette().color(QPalette::PlaceholderText);
    QMap<QString, QStandardItem *> groups;
    QStringList groupOrder;
    for (const validate::PhpSetting &setting : validate::phpSettingCatalogue()) {
        QStandardItem *group = groups.value(setting.group);
        if (!group) {
            group = new QStandardItem(groupLabel(setting.group));
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            group->setData(QString(), nameRole);
            m_catalogueModel->appendRow(group);
            groups.insert(setting.group, group);
        }
        auto *name = new QStandardItem(tr("%1 (%2)").arg(setting.label, setting.name));
        name->setData(setting.name, nameRole);
        QString description = setting.description;
        if (setting.adminValue)
            description += u'\n' + tr("Scripts cannot raise it with ini_set().");
        name->setToolTip(description);

        auto *value = new QStandardItem;
        if (const auto given = m_hosting.php.settings.constFind(setting.name);
            given != m_hosting.php.settings.cend()) {
            value->setText(given.value());
            value->setToolTip(tr("Set for this site"));
        } else {
            value->setText(tr("default (%1)").arg(setting.defaultValue));
            value->setForeground(greyed);
            value->setToolTip(tr("Not set: the site gets the default"));
        }
        auto *allowed = new QStandardItem(allowedText(setting));
        allowed->setToolTip(allowedToolTip(setting));
        group->appendRow({name, value, allowed});
    }
    for (int row = 0; row < m_catalogueModel->rowCount(); ++row)
        m_catalogueView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_catalogueView->expandAll();
    m_catalogueView->resizeColumnToContents(0);
    m_catalogueView->resizeColumnToContents(1);
}

void PhpPage::fillExtensions(const QStringList &checked)
{
    const QSignalBlocker blocker(m_extensions);
    m_extensions->clear();
    QStringList names = m_catalogue.optionalExtensions;
    for (const QString &extension : checked) {
        if (!names.contains(extension))
            names.append(extension);
    }
    for (const QString &extension : std::as_const(names)) {
        const bool offered = m_catalogue.optionalExtensions.contains(extension);
        auto *item = new QListWidgetItem(
            offered ? extension : tr("%1 (not offered by this host any more)").arg(extension), m_extensions);
        item->setData(Qt::UserRole, extension);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(extension) ? Qt::Checked : Qt::Unchecked);
    }
    const bool none = names.isEmpty();
    m_extensions->setVisible(!none);
    m_noExtensions->setVisible(none);
}

QStringList PhpPage::checkedExtensions() const
{
    QStringList checked;
    for (int row = 0; row < m_extensions->count(); ++row) {
        const QListWidgetItem *item = m_extensions->item(row);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(Qt::UserRole).toString());
    }
    return checked;
}

void PhpPage::insertSetting(const QModelIndex &index)
{
    const QString name = index.sibling(index.row(), 0).data(nameRole).toString();
    if (name.isEmpty() || !m_hasHosting)
        return;
    const validate::PhpSetting *setting = validate::findPhpSetting(name);
    if (!setting)
        return;

    // The line that sets it already: select its value, ready to be typed over.
    for (QTextBlock block = m_editor->document()->begin(); block.isValid(); block = block.next()) {
        if (settingNameOf(block.text()) != name)
            continue;
        QTextCursor cursor(block);
        const QString text = block.text();
        qsizetype valueStart = text.indexOf(u'=') + 1;
        while (valueStart < text.size() && text.at(valueStart).isSpace())
            ++valueStart;
        cursor.setPosition(block.position() + int(valueStart));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_readOnly)
        return;

    const QString value = m_hosting.php.settings.value(name, setting->defaultValue);
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const QString existing = m_editor->toPlainText();
    if (!existing.isEmpty() && !existing.endsWith(u'\n'))
        cursor.insertText(QStringLiteral("\n"));
    cursor.insertText(QStringLiteral("%1 = ").arg(name));
    const int valueStart = cursor.position();
    cursor.insertText(value);
    cursor.insertText(QStringLiteral("\n"));
    cursor.endEditBlock();
    cursor.setPosition(valueStart);
    cursor.setPosition(valueStart + int(value.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void PhpPage::validate()
{
    const ParsedSettings parsed = parseSettings(m_editor->toPlainText());
    QMap<QString, QString> given;
    QMap<QString, int> lineOf;
    for (const SettingLine &line : parsed.settings) {
        given.insert(line.name, line.value);
        lineOf.insert(line.name, line.line);
    }
    QList<std::pair<int, QString>> problems = parsed.problems;
    const QMap<QString, QString> bad = validate::phpSettingsProblems(given);
    for (auto it = bad.cbegin(); it != bad.cend(); ++it)
        problems.append({lineOf.value(it.key(), 0), it.value()});
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    m_edited = {};
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const validate::PhpValueCheck check = validate::checkPhpValue(it.key(), it.value());
        m_edited.settings.insert(it.key(), check.problem.isEmpty() ? check.normalized : it.value());
    }
    m_edited.extensions = checkedExtensions();

    m_footer->showProblems(problems);
    updateButtons();
}

QList<std::pair<int, QString>> PhpPage::problems() const
{
    return m_footer->problems();
}

bool PhpPage::hasUnsentEdits() const
{
    return m_editor->toPlainText() != m_shownText ||
           sorted(checkedExtensions()) != sorted(m_hosting.php.extensions);
}

void PhpPage::updateButtons()
{
    const bool changed = m_hasHosting && !sameConfig(m_edited, m_hosting.php);
    m_footer->updateButtons(m_hasHosting, m_readOnly, changed, m_hasHosting && hasUnsentEdits());
}

void PhpPage::revert()
{
    if (!m_hasHosting)
        return;
    fillExtensions(m_hosting.php.extensions);
    m_editor->setPlainText(m_shownText);
    m_footer->clearNote();
    validate();
}

void PhpPage::apply()
{
    validate(); // what the user sees now, even if the last keystroke was not checked yet
    if (!m_footer->canApply())
        return;
    Q_EMIT changeRequested(api::HostingRequest::setPhp(m_hosting.siteId, m_edited),
                           ChangeNotice{tr("Change the PHP settings"), {}, {}});
}

} // namespace mws::ui
