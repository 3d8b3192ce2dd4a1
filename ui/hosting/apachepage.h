// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hosting/hostingpage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLayout;
class QStackedWidget;

namespace mws::ui {

class CodeEditor;
class EditorFooter;

// Per vhost, the Apache features (modules) it switches on and its own directives, checked as the
// user types with the same allow-list the panel applies. "Review and apply…" turns them into
// HostingRequest::updateVhost.
class ApachePage : public HostingPage
{
    Q_OBJECT

public:
    explicit ApachePage(QWidget *parent = nullptr);

    void showHosting(const model::SiteHosting &hosting, const model::HostingCatalogue &catalogue) override;
    void clear() override;
    void setReadOnly(bool readOnly) override;
    QString fieldLabel(const QString &apiField) const override; // in hostingfieldlabels.cpp

    // The vhost shown, by name; empty when the site has none.
    QString currentVhost() const { return m_current; }
    // The modules ticked for the shown vhost, in the catalogue's order.
    QStringList checkedModules() const;
    // What is wrong with the shown directives, as (1-based line, message); line 0: the whole text.
    QList<std::pair<int, QString>> problems() const;

private:
    struct VhostEdit
    {
        QStringList modules;
        QString directives;
    };

    // The parts of the page, made by the constructor in this order.
    QLayout *buildVhostRow();                    // which vhost is shown
    QWidget *buildVhostContent(QWidget *parent); // its features and directives

    void rebuildModules();
    void fillVhosts(const QString &preferred);
    void showVhost(const QString &name);
    void keepCurrentEdits();
    bool currentHasEdits() const;
    bool editDiffers(const VhostEdit &edit, const model::Vhost &vhost) const;
    void validate();
    void updateButtons();
    void revert();
    void apply();

    QLabel *m_version;
    QComboBox *m_vhosts;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QGroupBox *m_modulesBox;
    QGridLayout *m_modulesLayout;
    QLabel *m_noModules;
    QList<QCheckBox *> m_moduleBoxes;
    CodeEditor *m_editor;
    EditorFooter *m_footer;
    QLabel *m_hint;

    model::SiteHosting m_hosting;
    model::HostingCatalogue m_catalogue;
    bool m_hasHosting = false;
    bool m_readOnly = false;
    QString m_current;
    QHash<QString, VhostEdit> m_edits; // unsent edits of the vhosts not shown now
};

} // namespace mws::ui
