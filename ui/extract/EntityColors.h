#pragma once

#include "extract/Entity.h"

#include <QColor>

class QPalette;

namespace sb::ui {

// The highlight colour of each entity type, in a light and a dark variant so the text on it stays readable (contrast
// 4.5:1 or better against the palette's text colour) whichever palette the system uses.
QColor entityBackground(EntityType type, const QPalette& palette);
bool isDarkPalette(const QPalette& palette);
// "Person", "Organization", … for people (the API's names are lower case).
QString entityTypeLabel(EntityType type);

} // namespace sb::ui
