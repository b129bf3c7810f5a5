#pragma once

#include "service/ServiceMetrics.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace sb::ui {

// Requests and rejections per minute over the last hour, as lines on a time axis. Follows the palette (light, dark).
class TrafficChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficChart)

public:
    explicit TrafficChart(QWidget* parent = nullptr);

    void setTraffic(const QList<MinuteTraffic>& minutes);
    // Points of the requests line and of the rejections line, for tests.
    QList<QPointF> requestPoints() const;
    QList<QPointF> rejectionPoints() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLineSeries* m_requests;
    QLineSeries* m_rejected;
    QLineSeries* m_errors;
    QDateTimeAxis* m_time;
    QValueAxis* m_count;
};

} // namespace sb::ui
