// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

#include <utility>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace mws::ui {

// A plain-text editor for configuration snippets: KSyntaxHighlighting colours in a theme that
// follows the palette (light or dark), a fixed-width font, line numbers in a left margin, and
// problems marked on their lines with a wavy underline and a tooltip.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    // definitionName: a KSyntaxHighlighting definition, one of SyntaxNames.
    explicit CodeEditor(const QString &definitionName, QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Marks lines as wrong: each pair is a 1-based line and what is wrong with it; line 0 means
    // the whole text. Replaces the problems shown before; an empty list clears them.
    void setProblems(const QList<std::pair<int, QString>> &problems);
    QList<std::pair<int, QString>> problems() const { return m_problems; }
    // What is wrong with the 1-based line, one problem a line; empty when nothing is.
    QString problemsAt(int line) const;

    // The syntax definition in use ("INI Files"); empty when the name was not found.
    QString definitionName() const;
    // The width of the line-number margin, in pixels (0 when it is hidden).
    int lineNumberAreaWidth() const;
    // Whether the margin with the line numbers is shown (it is unless hidden: a one-line field).
    void setLineNumbersVisible(bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class LineNumberArea;

    void applyPaletteTheme();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void paintLineNumbers(QPaintEvent *event);
    void updateExtraSelections();
    QColor problemColor() const;
    bool hasProblemOnLine(int line) const;

    LineNumberArea *m_lineNumbers;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QList<std::pair<int, QString>> m_problems;
    bool m_darkTheme = false;
    bool m_lineNumbersVisible = true;
};

} // namespace mws::ui
