#include "EntityLegend.h"

#include "EntityColors.h"

#include <QPainter>
#include <QPainterPath>

namespace sb::ui {
namespace {
constexpr int kPadding = 6;
constexpr int kGap = 4;
} // namespace

EntityLegend::EntityLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("entityLegend"));
    QStringList names;
    for (EntityType type : allEntityTypes())
        names.append(entityTypeLabel(type));
    setAccessibleName(tr("Colour legend"));
    setAccessibleDescription(tr("Entity types, each in its highlight colour: %1").arg(names.join(QLatin1String(", "))));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize EntityLegend::chipSize(const QString& label) const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(label) + 2 * kPadding, metrics.height() + 4};
}

QSize EntityLegend::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (EntityType type : allEntityTypes()) {
        const QSize chip = chipSize(entityTypeLabel(type));
        width += chip.width() + kGap;
        height = std::max(height, chip.height());
    }
    return {width, height};
}

QSize EntityLegend::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void EntityLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    int x = 0;
    for (EntityType type : allEntityTypes()) {
        const QString label = entityTypeLabel(type);
        const QSize chip = chipSize(label);
        if (x + chip.width() > width())
            break; // a narrow window shows the first types rather than overlapping ones
        const QRect rect(QPoint(x, 0), chip);
        QPainterPath path;
        path.addRoundedRect(rect, 4, 4);
        painter.fillPath(path, entityBackground(type, palette()));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect, Qt::AlignCenter, label);
        x += chip.width() + kGap;
    }
}

} // namespace sb::ui
