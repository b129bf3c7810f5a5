#pragma once

#include <QTableWidget>

namespace sb::ui {

// The item at (row, column), made on first use: the panels' tables are refreshed every few seconds and keep their
// items (and so the selection) rather than rebuilding them.
inline QTableWidgetItem* cellAt(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    return item;
}

} // namespace sb::ui
