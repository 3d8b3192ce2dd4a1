// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/codeeditor.h"

#include "syntax/syntaxhighlighting.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace mws::ui {

// The margin left of the text that shows the line numbers, painted by the editor.
class CodeEditor::LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_editor->cursorForPosition(QPoint(0, help->pos().y()));
            const QString text = m_editor->problemsAt(cursor.blockNumber() + 1);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *m_editor;
};

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

CodeEditor::CodeEditor(const QString &definitionName, QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)),
      m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on to the next control, so that the editor never traps the keyboard.
    setTabChangesFocus(true);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);

    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(definitionName);
    m_highlighter->setDefinition(definition);
    applyPaletteTheme();

    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateLineNumberAreaWidth(); });
    connect(this, &QPlainTextEdit::updateRequest, this,
            [this](const QRect &rect, int dy) { updateLineNumberArea(rect, dy); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumbers, [this] { m_lineNumbers->update(); });
    updateLineNumberAreaWidth();
}

CodeEditor::~CodeEditor() = default;

QString CodeEditor::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void CodeEditor::setProblems(const QList<std::pair<int, QString>> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    updateExtraSelections();
    m_lineNumbers->update();
}

QString CodeEditor::problemsAt(int line) const
{
    QStringList texts;
    for (const auto &[problemLine, message] : m_problems) {
        if (problemLine == line || problemLine == 0)
            texts.append(message);
    }
    return texts.join(u'\n');
}

bool CodeEditor::hasProblemOnLine(int line) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [line](const std::pair<int, QString> &problem) { return problem.first == line; });
}

QColor CodeEditor::problemColor() const
{
    return m_darkTheme ? QColor(0xff, 0x6b, 0x68) : QColor(0xd0, 0x1b, 0x1b);
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor color = problemColor();
    QColor lineTint = color;
    lineTint.setAlpha(m_darkTheme ? 40 : 24);
    for (const auto &[line, message] : std::as_const(m_problems)) {
        Q_UNUSED(message)
        QTextCursor cursor(document());
        if (line <= 0) {
            cursor.select(QTextCursor::Document);
        } else {
            const QTextBlock block = document()->findBlockByNumber(line - 1);
            if (!block.isValid())
                continue;
            // A faint band over the whole line, so that a problem on a blank line shows too.
            QTextEdit::ExtraSelection band;
            band.cursor = QTextCursor(block);
            band.format.setBackground(lineTint);
            band.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(band);
            cursor = QTextCursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection underline;
        underline.cursor = cursor;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(color);
        selections.append(underline);
    }
    setExtraSelections(selections);
}

void CodeEditor::applyPaletteTheme()
{
    m_darkTheme = isDark(palette());
    const KSyntaxHighlighting::Theme theme =
        syntaxRepository().defaultTheme(m_darkTheme ? KSyntaxHighlighting::Repository::DarkTheme
                                                    : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() != theme.name()) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
    updateExtraSelections();
    m_lineNumbers->update();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPaletteTheme();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
        updateLineNumberAreaWidth();
    }
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QString text = problemsAt(cursor.blockNumber() + 1);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

int CodeEditor::lineNumberAreaWidth() const
{
    if (!m_lineNumbersVisible)
        return 0;
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    digits = std::max(digits, 2);
    const QFontMetrics metrics(font());
    return metrics.horizontalAdvance(QLatin1Char('9')) * digits +
           metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
}

void CodeEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbersVisible = visible;
    m_lineNumbers->setVisible(visible);
    updateLineNumberAreaWidth();
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_lineNumbers->setGeometry(
        QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateLineNumberAreaWidth();
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette &colours = palette();
    QColor background = colours.color(QPalette::Base);
    background = m_darkTheme ? background.lighter(115) : background.darker(104);
    painter.fillRect(event->rect(), background);

    const QColor normal = colours.color(QPalette::PlaceholderText);
    const QColor current = colours.color(QPalette::Text);
    const int currentBlock = textCursor().blockNumber();
    const int width = m_lineNumbers->width() - fontMetrics().horizontalAdvance(QLatin1Char(' '));

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool wrong = hasProblemOnLine(number + 1);
            QFont numberFont = font();
            numberFont.setBold(wrong || number == currentBlock);
            painter.setFont(numberFont);
            painter.setPen(wrong ? problemColor() : number == currentBlock ? current : normal);
            painter.drawText(QRectF(0, top, width, fontMetrics().height()), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        ++number;
    }
}

} // namespace mws::ui
