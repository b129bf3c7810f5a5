#include "AuditTableModel.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sb::ui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void AuditTableModel::append(const AuditRecord& record)
{
    const int row = static_cast<int>(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

QString AuditTableModel::eventGroup(const QString& event)
{
    return event.section(QLatin1Char('.'), 0, 0);
}

QString AuditTableModel::detailsText(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isNull())
            text = QStringLiteral("null");
        else
            text = value.toVariant().toString();
        parts << it.key() + QLatin1Char('=') + text;
    }
    return parts.join(QLatin1String(", "));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord& record = m_records.at(index.row());
    if (role == TimeRole)
        return record.time;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? record.time.toUTC().toString(Qt::ISODateWithMs)
                                           : QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return record.actor;
        case EventColumn:
            return record.event;
        case DetailsColumn:
            return detailsText(record.details);
        }
    }
    if (role == Qt::ForegroundRole &&
        (record.event.endsWith(QLatin1String("compromised")) || record.event.startsWith(QLatin1String("auth."))))
        return QColor(0xd0, 0x30, 0x30);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace sb::ui
