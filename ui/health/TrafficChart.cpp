#include "TrafficChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace sb::ui {

TrafficChart::TrafficChart(QWidget* parent)
    : QChartView(parent)
    , m_requests(new QLineSeries)
    , m_rejected(new QLineSeries)
    , m_errors(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_count(new QValueAxis)
{
    setObjectName(QStringLiteral("trafficChart"));
    setAccessibleName(tr("Requests per minute over the last hour"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    m_requests->setName(tr("Requests"));
    m_rejected->setName(tr("Refused (429)"));
    m_errors->setName(tr("Errors (5xx)"));
    m_requests->setPen(QPen(QColor(0x2f, 0x7d, 0xd1), 2));
    m_rejected->setPen(QPen(QColor(0xe0, 0x8a, 0x00), 2));
    m_errors->setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
    for (QLineSeries* series : {m_requests, m_rejected, m_errors})
        chart->addSeries(series);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(7);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries* series : {m_requests, m_rejected, m_errors}) {
        series->attachAxis(m_time);
        series->attachAxis(m_count);
    }
    // setChart() releases the chart QChartView made for itself without deleting it.
    QChart* builtIn = this->chart();
    setChart(chart);
    delete builtIn;
    applyPalette();
}

void TrafficChart::setTraffic(const QList<MinuteTraffic>& minutes)
{
    QList<QPointF> requests;
    QList<QPointF> rejected;
    QList<QPointF> errors;
    qint64 highest = 0;
    for (const MinuteTraffic& minute : minutes) {
        const auto x = static_cast<qreal>(minute.minute.toMSecsSinceEpoch());
        requests.append({x, static_cast<qreal>(minute.requests)});
        rejected.append({x, static_cast<qreal>(minute.rejected)});
        errors.append({x, static_cast<qreal>(minute.errors)});
        highest = std::max(highest, minute.requests);
    }
    m_requests->replace(requests);
    m_rejected->replace(rejected);
    m_errors->replace(errors);
    if (!minutes.isEmpty())
        m_time->setRange(minutes.front().minute.toLocalTime(), minutes.back().minute.toLocalTime());
    // A round top with room above the highest point; at least 10 so an idle hour is not a wall of zero lines.
    qint64 top = 10;
    while (top < highest * 11 / 10)
        top = top < 50 ? top + 10 : top * 2;
    m_count->setMax(static_cast<qreal>(top));
}

QList<QPointF> TrafficChart::requestPoints() const
{
    return m_requests->points();
}

QList<QPointF> TrafficChart::rejectionPoints() const
{
    return m_rejected->points();
}

void TrafficChart::applyPalette()
{
    const QPalette colors = palette();
    chart()->setBackgroundBrush(colors.color(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setLabelColor(colors.color(QPalette::Text));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_count)}) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        QColor grid = colors.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void TrafficChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace sb::ui
