// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hosting/hostingpage.h"

#include <QList>
#include <QMap>
#include <QString>

#include <utility>

class QGroupBox;
class QLabel;
class QLayout;
class QListWidget;
class QModelIndex;
class QStandardItemModel;
class QTreeView;

namespace mws::ui {

class CodeEditor;
class EditorFooter;

// A site's PHP settings: the catalogue of what may be set (grouped, with units and ranges), an
// INI editor with the site's "name = value" lines checked as the user types, and the optional
// extensions. "Review and apply…" turns them into HostingRequest::setPhp.
class PhpPage : public HostingPage
{
    Q_OBJECT

public:
    explicit PhpPage(QWidget *parent = nullptr);

    void showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) override;
    void clear() override;
    void setReadOnly(bool readOnly) override;
    QString fieldLabel(const QString &apiField) const override; // in hostingfieldlabels.cpp

    // The settings as the editor and the extension list hold them now, values normalised; only
    // meaningful while problems() is empty.
    model::PhpConfig editedConfig() const { return m_edited; }
    // What is wrong with the edited settings, as (1-based line, message); line 0: not one line.
    QList<std::pair<int, QString>> problems() const;

    // "name = value" lines for the settings, in the catalogue's order.
    static QString settingsText(const QMap<QString, QString> &settings);

private:
    // The parts of the page, made by the constructor in this order.
    QWidget *buildCatalogue(QWidget *parent); // what may be set
    QLayout *buildEditor(QWidget *bottom);    // the site's settings and their problems
    QGroupBox *buildExtensions(QWidget *bottom);

    void fillCatalogue();
    void fillExtensions(const QStringList &checked);
    QStringList checkedExtensions() const;
    void insertSetting(const QModelIndex &index);
    void validate();
    void updateButtons();
    bool hasUnsentEdits() const;
    void revert();
    void apply();

    QLabel *m_version;
    QTreeView *m_catalogueView;
    QStandardItemModel *m_catalogueModel;
    CodeEditor *m_editor;
    EditorFooter *m_footer;
    QListWidget *m_extensions;
    QLabel *m_noExtensions;
    QLabel *m_builtin;

    model::SiteHosting m_hosting;
    model::HostingCatalogue m_catalogue;
    bool m_hasHosting = false;
    bool m_readOnly = false;
    QString m_shownText; // the editor's text as showHosting() put it there
    model::PhpConfig m_edited;
};

} // namespace mws::ui
