#include "AuditFilter.h"

#include "AuditTableModel.h"

namespace sb::ui {

AuditFilter::AuditFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AuditFilter::setRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void AuditFilter::setEventGroup(const QString& group)
{
    m_group = group;
    invalidateRowsFilter();
}

void AuditFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool AuditFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QDateTime time = model->index(sourceRow, 0, sourceParent).data(AuditTableModel::TimeRole).toDateTime();
    if (m_from.isValid() && time < m_from)
        return false;
    if (m_to.isValid() && time > m_to)
        return false;
    const QString event = model->index(sourceRow, AuditTableModel::EventColumn, sourceParent).data().toString();
    if (!m_group.isEmpty() && AuditTableModel::eventGroup(event) != m_group)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sb::ui
