// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminal/shelltab.h"

#include <QBuffer>
#include <QEvent>
#include <QFontDatabase>
#include <QPalette>
#include <QSocketNotifier>
#include <qtermwidget.h>
#include <QTimer>
#include <QVBoxLayout>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace mws::ui {

namespace {

// What a terminal starts with before it has been laid out.
constexpr int defaultColumns = 80;
constexpr int defaultRows = 24;

} // namespace

ShellTab::ShellTab(std::unique_ptr<SshConnection> connection, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connection)), m_shell(std::make_unique<SshShell>(*m_connection))
{
    setObjectName(QStringLiteral("terminalShellTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_term = new QTermWidget(0, this);
    m_term->setObjectName(QStringLiteral("terminalSession"));
    m_term->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_term->setTerminalSizeHint(false); // no "Size: 80 x 24" over the text when the page changes
    // The app's theme: dark text on white in the light one, light on black in the dark one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString scheme = dark ? QStringLiteral("WhiteOnBlack") : QStringLiteral("BlackOnWhite");
    if (QTermWidget::availableColorSchemes().contains(scheme))
        m_term->setColorScheme(scheme);
    layout->addWidget(m_term);
    setFocusProxy(m_term);

    // No program: the widget shows what is written to its pseudo-terminal and gives what is typed.
    m_term->startTerminalTeletype();
    const int slave = m_term->getPtySlaveFd();
    termios mode{};
    if (::tcgetattr(slave, &mode) == 0) {
        mode.c_oflag &= ~OPOST; // the host's terminal has made "\r\n" of "\n" already
        ::tcsetattr(slave, TCSANOW, &mode);
    }
    // Never blocks: what the widget has not taken yet waits in m_pending.
    ::fcntl(slave, F_SETFL, ::fcntl(slave, F_GETFL) | O_NONBLOCK);
    m_writable = new QSocketNotifier(slave, QSocketNotifier::Write, this);
    m_writable->setEnabled(false);
    connect(m_writable, &QSocketNotifier::activated, this, &ShellTab::flush);

    connect(m_term, &QTermWidget::sendData, this, [this](const char *bytes, int size) {
        if (!m_shell)
            return;
        sendSize(); // a size not sent yet goes first: what is typed may depend on it
        m_shell->write(QByteArray(bytes, size));
    });
    connect(m_shell.get(), &SshShell::readyRead, this, &ShellTab::flush);
    connect(m_shell.get(), &SshShell::ended, this, &ShellTab::onEnded);
    m_term->installEventFilter(this);
}

ShellTab::~ShellTab()
{
    // The shell first (its channel closed on the worker), then the connection, then the widget.
    m_shell.reset();
    m_connection.reset();
    delete m_writable;
    m_writable = nullptr;
    delete m_term;
}

QFuture<Status> ShellTab::start()
{
    m_columns = m_term->screenColumnsCount() > 1 ? m_term->screenColumnsCount() : defaultColumns;
    m_rows = m_term->screenLinesCount() > 1 ? m_term->screenLinesCount() : defaultRows;
    return m_shell->open(m_columns, m_rows);
}

QSize ShellTab::screenSize() const
{
    return {m_term->screenColumnsCount(), m_term->screenLinesCount()};
}

void ShellTab::onEnded(int exitStatus)
{
    m_pending.append(m_shell->read()); // the last of what it printed
    // Not while the shell is telling: once this has returned.
    QTimer::singleShot(0, this, [this] {
        m_shell.reset();
        m_connection.reset();
        flush();
    });
    Q_EMIT ended(exitStatus);
}

QString ShellTab::screenText() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_term->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

void ShellTab::flush()
{
    const int slave = m_term->getPtySlaveFd();
    if (m_pending.isEmpty() && m_shell)
        m_pending = m_shell->read();
    while (!m_pending.isEmpty()) {
        const ssize_t written = ::write(slave, m_pending.constData(), size_t(m_pending.size()));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // the widget reads on; the notifier says when there is room
        if (written < 0) {
            m_pending.clear(); // the pseudo-terminal is gone
            break;
        }
        m_pending.remove(0, written);
        if (m_pending.isEmpty() && m_shell)
            m_pending = m_shell->read();
    }
    m_writable->setEnabled(!m_pending.isEmpty());
}

bool ShellTab::eventFilter(QObject *watched, QEvent *event)
{
    // The widget counts its lines and columns once its display has been laid out.
    if (watched == m_term && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &ShellTab::sendSize);
    return QWidget::eventFilter(watched, event);
}

void ShellTab::sendSize()
{
    const int columns = m_term->screenColumnsCount();
    const int rows = m_term->screenLinesCount();
    if (!m_shell || columns < 2 || rows < 2 || (columns == m_columns && rows == m_rows))
        return;
    m_columns = columns;
    m_rows = rows;
    m_shell->resize(columns, rows);
}

} // namespace mws::ui
