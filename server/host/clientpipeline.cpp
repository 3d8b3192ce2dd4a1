// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clientpipeline.h"

#include <QProcess>
#include <QTimer>

namespace mws::host {

namespace {

// The input goes in parts of this size, and no new part is written while more than
// maxQueuedBytes wait in the pipe's buffer: what a stage has not read yet stays on disk.
constexpr qint64 partBytes = 256 * 1024;
constexpr qint64 maxQueuedBytes = 1024 * 1024;
// What is kept of a stage's standard error for the message (its end, where the error is).
constexpr qsizetype keptErrorBytes = 16 * 1024;

} // namespace

struct ClientPipeline::Running
{
    QProcess process;
    QByteArray partialLine;
    QString errors;
    bool ended = false;
};

ClientPipeline::ClientPipeline(QList<PipelineStage> stages, QObject *parent)
    : QObject(parent), m_stages(std::move(stages))
{}

ClientPipeline::~ClientPipeline()
{
    for (const auto &running : m_running) {
        running->process.disconnect();
        if (running->process.state() != QProcess::NotRunning) {
            running->process.kill();
            running->process.waitForFinished(2000);
        }
    }
}

void ClientPipeline::start(std::function<void(Status)> done)
{
    m_done = std::move(done);
    if (!m_inputPath.isEmpty()) {
        m_input.setFileName(m_inputPath);
        if (!m_input.open(QIODevice::ReadOnly)) {
            const Error error = Error::make(
                Error::Kind::Backend,
                QStringLiteral("The input %1 cannot be read: %2").arg(m_inputPath, m_input.errorString()));
            QTimer::singleShot(0, this, [this, error] { finish(error); });
            return;
        }
        m_inputSize = m_input.size();
    }
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        auto running = std::make_unique<Running>();
        prepareProcess(running->process, m_stages.at(i).runAs);
        running->process.setProgram(m_stages.at(i).program);
        running->process.setArguments(m_stages.at(i).arguments);
        m_running.push_back(std::move(running));
    }
    for (size_t i = 0; i + 1 < m_running.size(); ++i)
        m_running[size_t(i)]->process.setStandardOutputProcess(&m_running[i + 1]->process);
    if (!m_outputPath.isEmpty())
        m_running.back()->process.setStandardOutputFile(m_outputPath, QIODevice::Truncate);
    else
        m_running.back()->process.setStandardOutputFile(QProcess::nullDevice());
    if (m_inputPath.isEmpty())
        m_running.front()->process.setStandardInputFile(QProcess::nullDevice());

    for (qsizetype i = 0; i < qsizetype(m_running.size()); ++i) {
        Running *running = m_running[size_t(i)].get();
        connect(&running->process, &QProcess::readyReadStandardError, this, [this, running, i] {
            running->partialLine += running->process.readAllStandardError();
            qsizetype newline;
            while ((newline = running->partialLine.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(running->partialLine.left(newline));
                running->partialLine.remove(0, newline + 1);
                running->errors += line + QLatin1Char('\n');
                if (running->errors.size() > keptErrorBytes)
                    running->errors = running->errors.right(keptErrorBytes);
                if (m_errorLine)
                    m_errorLine(int(i), line);
            }
        });
        connect(&running->process, &QProcess::finished, this, [this, running] {
            running->errors += QString::fromUtf8(running->partialLine);
            running->partialLine.clear();
            running->ended = true;
            stageEnded();
        });
        connect(&running->process, &QProcess::errorOccurred, this,
                [this, running](QProcess::ProcessError error) {
                    if (error != QProcess::FailedToStart || running->ended)
                        return;
                    running->errors = running->process.errorString();
                    running->ended = true;
                    stageEnded();
                });
    }
    if (!m_inputPath.isEmpty())
        connect(&m_running.front()->process, &QIODevice::bytesWritten, this, &ClientPipeline::feed);
    for (const auto &running : m_running)
        running->process.start();
    if (!m_inputPath.isEmpty())
        feed();
}

void ClientPipeline::feed()
{
    QProcess &first = m_running.front()->process;
    if (m_input.atEnd() || first.state() == QProcess::NotRunning || first.bytesToWrite() > maxQueuedBytes)
        return;
    while (!m_input.atEnd() && first.bytesToWrite() <= maxQueuedBytes) {
        const QByteArray part = m_input.read(partBytes);
        if (part.isEmpty())
            break;
        first.write(part);
        m_fed += part.size();
    }
    if (m_inputProgress)
        m_inputProgress(m_fed, m_inputSize);
    if (m_input.atEnd())
        first.closeWriteChannel();
}

void ClientPipeline::stageEnded()
{
    if (size_t(++m_ended) < m_running.size())
        return;
    finish(m_killed ? Status(Error::make(Error::Kind::Cancelled, QStringLiteral("The transfer was stopped.")))
                    : outcome());
}

Status ClientPipeline::outcome() const
{
    for (qsizetype i = qsizetype(m_running.size()) - 1; i >= 0; --i) {
        const Running &running = *m_running[size_t(i)];
        const bool failed = running.process.error() == QProcess::FailedToStart ||
                            running.process.exitStatus() != QProcess::NormalExit ||
                            running.process.exitCode() != 0;
        if (!failed)
            continue;
        const QString reason = running.errors.trimmed().isEmpty()
                                   ? QStringLiteral("exit status %1").arg(running.process.exitCode())
                                   : running.errors.trimmed();
        return Error::make(Error::Kind::Backend, QStringLiteral("%1 failed.").arg(m_stages.at(i).name),
                           reason);
    }
    return {};
}

void ClientPipeline::kill()
{
    m_killed = true;
    for (const auto &running : m_running)
        if (running->process.state() != QProcess::NotRunning)
            running->process.kill();
}

void ClientPipeline::finish(Status status)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(std::move(status));
}

} // namespace mws::host
