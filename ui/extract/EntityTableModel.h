#pragma once

#include "extract/Entity.h"

#include <QAbstractTableModel>

namespace sb::ui {

// The entities of one extraction as a table: type, value, normalized value, confidence. Sorting (through a proxy)
// uses the raw values: confidence as a number, type in the guidelines' order.
class EntityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTableModel)

public:
    enum Column { TypeColumn, ValueColumn, NormalizedColumn, ConfidenceColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit EntityTableModel(QObject* parent = nullptr);

    void setEntities(QList<Entity> entities);
    const QList<Entity>& entities() const { return m_entities; }
    const Entity& entity(int row) const { return m_entities.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entity> m_entities;
};

} // namespace sb::ui
