#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

namespace sb::ui {

// The audit log's records as a table, oldest first: time (local), who, event, details. New records are appended as
// the log writes them.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { TimeColumn, ActorColumn, EventColumn, DetailsColumn, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1; // QDateTime, UTC

    explicit AuditTableModel(QObject* parent = nullptr);

    void setRecords(QList<AuditRecord> records);
    void append(const AuditRecord& record);
    const AuditRecord& record(int row) const { return m_records.at(row); }
    // "key.added" → "key"; the groups the event filter offers.
    static QString eventGroup(const QString& event);
    static QString detailsText(const QJsonObject& details);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace sb::ui
