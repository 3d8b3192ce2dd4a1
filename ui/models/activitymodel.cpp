#include "models/activitymodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace mws::ui {

void ActivityModel::setEvents(const QList<model::AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::describeAction(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("site.request"), QT_TR_NOOP("Requested the site")},
        {QStringLiteral("site.create"), QT_TR_NOOP("Created the site")},
        {QStringLiteral("site.update"), QT_TR_NOOP("Changed the site's details")},
        {QStringLiteral("site.approve"), QT_TR_NOOP("Approved the site")},
        {QStringLiteral("site.suspend"), QT_TR_NOOP("Suspended the site")},
        {QStringLiteral("site.unsuspend"), QT_TR_NOOP("Ended the suspension")},
        {QStringLiteral("site.disable"), QT_TR_NOOP("Turned the site off")},
        {QStringLiteral("site.enable"), QT_TR_NOOP("Turned the site on")},
        {QStringLiteral("site.delete"), QT_TR_NOOP("Deleted the site")},
        {QStringLiteral("member.put"), QT_TR_NOOP("Gave someone access")},
        {QStringLiteral("member.remove"), QT_TR_NOOP("Took someone's access away")},
        {QStringLiteral("supporter.grant"), QT_TR_NOOP("Staff support access granted")},
        {QStringLiteral("job.cancel"), QT_TR_NOOP("Cancelled a job")},
        {QStringLiteral("staff.read"), QT_TR_NOOP("Staff looked at it")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(*it);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const model::AuditEvent &event = m_events[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return event.elevated ? tr("%1 (staff)").arg(event.actor) : event.actor;
        case What:
            return describeAction(event.action);
        case Target:
            return event.target == event.siteId ? tr("the site") : event.target;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("Before: %1\nAfter: %2")
            .arg(QString::fromUtf8(
                     QJsonDocument::fromVariant(event.before.toVariant()).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(
                     QJsonDocument::fromVariant(event.after.toVariant()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Target:
        return tr("On");
    }
    return {};
}

} // namespace mws::ui
