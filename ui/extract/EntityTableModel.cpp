#include "EntityTableModel.h"

#include "EntityColors.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace sb::ui {

EntityTableModel::EntityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EntityTableModel::setEntities(QList<Entity> entities)
{
    beginResetModel();
    m_entities = std::move(entities);
    endResetModel();
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entities.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entities.size())
        return {};
    const Entity& entity = m_entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return entityTypeLabel(entity.type);
        case ValueColumn:
            return entity.value;
        case NormalizedColumn:
            return entity.normalized;
        case ConfidenceColumn:
            return QLocale().toString(entity.confidence, 'f', 2);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            return static_cast<int>(entity.type);
        case ValueColumn:
            return entity.value.toCaseFolded();
        case NormalizedColumn:
            return entity.normalized;
        case ConfidenceColumn:
            return entity.confidence;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return entityBackground(entity.type, QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConfidenceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!entity.context.isEmpty())
            return tr("In: “%1”").arg(entity.context);
        break;
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case NormalizedColumn:
        return tr("Normalized");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

} // namespace sb::ui
