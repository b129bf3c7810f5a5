#include "EntityColors.h"

#include <QCoreApplication>
#include <QPalette>

namespace sb::ui {
namespace {

struct TypeColors
{
    EntityType type;
    QRgb light;
    QRgb dark;
    const char* label;
};

// Pale tints under dark text, deep ones under light text; neighbours in the legend differ in hue.
constexpr TypeColors kColors[] = {
    {EntityType::Person, 0xffcfe3ff, 0xff1f4a80, QT_TRANSLATE_NOOP("EntityType", "Person")},
    {EntityType::Organization, 0xffe4d5ff, 0xff4b2d7a, QT_TRANSLATE_NOOP("EntityType", "Organization")},
    {EntityType::Location, 0xffc8efd0, 0xff1f5c32, QT_TRANSLATE_NOOP("EntityType", "Location")},
    {EntityType::Product, 0xffffdfb5, 0xff7a4a12, QT_TRANSLATE_NOOP("EntityType", "Product")},
    {EntityType::Financial, 0xfffff1a0, 0xff665810, QT_TRANSLATE_NOOP("EntityType", "Financial")},
    {EntityType::Contact, 0xffc4eeee, 0xff135a5a, QT_TRANSLATE_NOOP("EntityType", "Contact")},
    {EntityType::Date, 0xffffd0dc, 0xff7a2340, QT_TRANSLATE_NOOP("EntityType", "Date")},
    {EntityType::Time, 0xffdde3eb, 0xff3c4858, QT_TRANSLATE_NOOP("EntityType", "Time")},
};

const TypeColors& colorsOf(EntityType type)
{
    for (const TypeColors& colors : kColors) {
        if (colors.type == type)
            return colors;
    }
    return kColors[0];
}

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor entityBackground(EntityType type, const QPalette& palette)
{
    const TypeColors& colors = colorsOf(type);
    return QColor::fromRgb(isDarkPalette(palette) ? colors.dark : colors.light);
}

QString entityTypeLabel(EntityType type)
{
    return QCoreApplication::translate("EntityType", colorsOf(type).label);
}

} // namespace sb::ui
