#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace sb::ui {

// Narrows the audit table to a time range, an event group ("key", "provider", …) and a text found in any column.
class AuditFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilter)

public:
    explicit AuditFilter(QObject* parent = nullptr);

    void setRange(const QDateTime& from, const QDateTime& to); // invalid: open-ended
    void setEventGroup(const QString& group);                  // empty: every event
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDateTime m_from;
    QDateTime m_to;
    QString m_group;
    QString m_text;
};

} // namespace sb::ui
