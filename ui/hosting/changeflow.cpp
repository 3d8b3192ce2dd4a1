#include "hosting/changeflow.h"

#include "api/jobtracker.h"
#include "api/panelclient.h"
#include "hosting/diffdialog.h"

#include <QHash>
#include <QRegularExpression>

namespace mws::ui {

namespace {

// The panel names fields as its API does ("domains[1]", "settings.memory_limit"); people read
// them as the forms label them.
QString fieldLabel(const QString &field)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    if (const QRegularExpressionMatch match = indexed.match(field); match.hasMatch()) {
        const int number = match.captured(2).toInt() + 1;
        if (match.captured(1) == QLatin1String("domains"))
            return ChangeFlow::tr("Domain name %1").arg(number);
        if (match.captured(1) == QLatin1String("modules"))
            return ChangeFlow::tr("Feature %1").arg(number);
        if (match.captured(1) == QLatin1String("extensions"))
            return ChangeFlow::tr("Extension %1").arg(number);
    }
    if (field.startsWith(QLatin1String("settings.")))
        return ChangeFlow::tr("PHP setting %1").arg(field.mid(9));
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Name")},
        {QStringLiteral("documentRoot"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Document root")},
        {QStringLiteral("domains"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Domain names")},
        {QStringLiteral("directives"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Custom directives")},
        {QStringLiteral("httpsRedirect"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "HTTPS redirect")},
        {QStringLiteral("hsts"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "HSTS")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Certificate")},
        {QStringLiteral("chain"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Chain")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("mws::ui::ChangeFlow", "Private key")},
    };
    const char *label = labels.value(field);
    return label ? ChangeFlow::tr(label) : field;
}

} // namespace

ChangeFlow::ChangeFlow(QObject *parent) : QObject(parent) {}

void ChangeFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ChangeFlow::run(api::PanelClient *client, const QString &siteId, const api::HostingRequest &request,
                     const ChangeNotice &notice, const QByteArray &ifMatch, QWidget *window)
{
    if (m_busy || !client)
        return;
    m_client = client;
    m_window = window;
    m_siteId = siteId;
    m_request = request;
    m_notice = notice;
    m_ifMatch = ifMatch;
    setBusy(true);
    client->preview(request).then(this, [this](const Result<model::ConfigPreview> &preview) {
        if (!preview.ok())
            return fail(preview.error(), tr("The panel could not preview “%1”.").arg(m_notice.title));
        showPreview(*preview);
    });
}

void ChangeFlow::showPreview(const model::ConfigPreview &preview)
{
    auto *dialog = new DiffDialog(preview, m_notice, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ChangeFlow::apply);
    connect(dialog, &QDialog::rejected, this, [this] { setBusy(false); });
    dialog->open();
}

void ChangeFlow::apply()
{
    if (!m_client)
        return setBusy(false);
    m_client->apply(m_request, m_ifMatch).then(this, [this](const Result<model::Job> &job) {
        if (!job.ok())
            return fail(job.error(), tr("“%1” was not applied.").arg(m_notice.title));
        Q_EMIT jobStarted(*job);
        follow(*job);
    });
}

void ChangeFlow::follow(const model::Job &started)
{
    const auto done = [this](const model::Job &job) {
        setBusy(false);
        if (job.state == model::JobState::Failed)
            report(QMessageBox::Warning, tr("“%1” was not applied.").arg(m_notice.title), job.error);
        else if (job.state == model::JobState::Cancelled)
            report(QMessageBox::Information, tr("“%1” was cancelled.").arg(m_notice.title), job.error);
        Q_EMIT finished(job);
    };
    if (model::isFinished(started.state) || !m_client)
        return done(started);
    auto *tracker = new api::JobTracker(m_client, started.id, this);
    m_tracker = tracker;
    connect(tracker, &api::JobTracker::finished, this, [tracker, done](const model::Job &job) {
        tracker->deleteLater();
        done(job);
    });
    connect(tracker, &api::JobTracker::failed, this, [this, tracker](const Error &error) {
        tracker->deleteLater();
        setBusy(false);
        report(QMessageBox::Warning,
               tr("The job for “%1” could not be followed to its end.").arg(m_notice.title),
               tr("%1\nSee the jobs panel for how it ends.").arg(error.fullText()));
        Q_EMIT reloadNeeded();
    });
    tracker->start();
}

void ChangeFlow::fail(const Error &error, const QString &what)
{
    setBusy(false);
    if (error.kind == Error::Kind::Cancelled)
        return;
    if (error.kind == Error::Kind::PreconditionFailed) {
        report(QMessageBox::Information, what,
               tr("Someone changed this site's hosting since it was loaded. It is being loaded again: look "
                  "at it, then make your change again."));
        Q_EMIT reloadNeeded();
        return;
    }
    QString details = error.message;
    if (!error.fields.isEmpty()) {
        QStringList lines;
        bool repeated = false; // the panel's detail is often the first field's message
        for (const FieldError &field : error.fields) {
            lines << tr("• %1: %2").arg(fieldLabel(field.field), field.message);
            repeated = repeated || field.message == error.message;
        }
        details = repeated ? lines.join(QLatin1Char('\n'))
                           : details + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    if (!error.detail.isEmpty() && error.fields.isEmpty())
        details += QLatin1Char('\n') + error.detail;
    report(QMessageBox::Warning, what, details);
}

void ChangeFlow::report(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(icon, tr("MWS Admin"), QString(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("applyResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The panel's words verbatim: Apache's message, its file and line, what was kept.
    box->setTextFormat(Qt::PlainText);
    box->setText(details.isEmpty() ? text : text + QStringLiteral("\n\n") + details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Not modal: the user may look at the page, the jobs and the log while reading it.
    box->setModal(false);
    box->show();
}

} // namespace mws::ui
