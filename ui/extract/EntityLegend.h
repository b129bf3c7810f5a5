#pragma once

#include <QWidget>

namespace sb::ui {

// One chip per entity type in its highlight colour, so the colours in the text can be read without hovering.
class EntityLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityLegend)

public:
    explicit EntityLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSize chipSize(const QString& label) const;
};

} // namespace sb::ui
