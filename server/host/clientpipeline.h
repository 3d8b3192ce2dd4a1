// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Programs chained by pipes (mariadb-dump | gzip, gzip -dc | mariadb), each started as the user
// it is given (processrunner.h: only descriptors 0-2, a clean environment, no new privileges).
// The ends are the panel's own: an input file it reads in parts and writes to the first
// program's standard input, counting what went in (memory stays at a few hundred KiB, however
// large the file), and an output file it opens before the change of user, so that no program
// opens a path of the panel's and root never opens a path a site chose.

#include "processrunner.h"
#include "util/result.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace mws::host {

struct PipelineStage
{
    QString program;
    QStringList arguments;
    RunAs runAs;
    QString name; // for messages: "mariadb-dump", "gzip"
};

class ClientPipeline : public QObject
{
    Q_OBJECT

public:
    explicit ClientPipeline(QList<PipelineStage> stages, QObject *parent = nullptr);
    ~ClientPipeline() override;

    void setInputFile(const QString &path) { m_inputPath = path; }
    void setOutputFile(const QString &path) { m_outputPath = path; }
    // Each line a stage writes to its standard error, as it comes (mariadb-dump --verbose's
    // progress; the client's "ERROR … at line N").
    void onErrorLine(std::function<void(int stage, const QString &line)> handler)
    {
        m_errorLine = std::move(handler);
    }
    // How much of the input file went in, called as it does.
    void onInputProgress(std::function<void(qint64 fed, qint64 total)> handler)
    {
        m_inputProgress = std::move(handler);
    }

    // Starts every stage; done is called once, later, when all have ended: an error naming the
    // stage that failed (the last one that did: a consumer's refusal makes its producer fail on
    // a broken pipe) with the end of what it wrote to standard error.
    void start(std::function<void(Status)> done);
    // Kills every stage; done is called with a Cancelled error.
    void kill();

private:
    void feed();
    void stageEnded();
    void finish(Status status);
    Status outcome() const;

    struct Running;
    QList<PipelineStage> m_stages;
    std::vector<std::unique_ptr<Running>> m_running;
    QString m_inputPath;
    QString m_outputPath;
    QFile m_input;
    qint64 m_inputSize = 0;
    qint64 m_fed = 0;
    int m_ended = 0;
    bool m_killed = false;
    std::function<void(int, const QString &)> m_errorLine;
    std::function<void(qint64, qint64)> m_inputProgress;
    std::function<void(Status)> m_done;
};

} // namespace mws::host
