#include "service/ServiceMetrics.h"

#include "util/Clock.h"

#include <algorithm>
#include <vector>

namespace sb {

ServiceMetrics::ServiceMetrics(const Clock& clock)
    : m_clock(clock)
{
    m_minuteOf.fill(-1);
}

qint64 ServiceMetrics::currentMinute() const
{
    return m_clock.now().toSecsSinceEpoch() / 60;
}

void ServiceMetrics::markStarted()
{
    QMutexLocker lock(&m_mutex);
    m_running = true;
    m_startedMonotonicMs = m_clock.monotonicMs();
    m_requests = m_rejected = m_errors = 0;
    m_minuteOf.fill(-1);
    m_latencyCount = m_latencyNext = 0;
}

void ServiceMetrics::markStopped()
{
    QMutexLocker lock(&m_mutex);
    m_running = false;
}

void ServiceMetrics::advanceTo(qint64 minute)
{
    const auto slot = static_cast<size_t>(minute % kMinutes);
    if (m_minuteOf[slot] != minute) {
        m_minuteOf[slot] = minute;
        m_minutes[slot] = MinuteTraffic{QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC), 0, 0, 0};
    }
}

void ServiceMetrics::record(int status, qint64 latencyUs)
{
    const qint64 minute = currentMinute();
    QMutexLocker lock(&m_mutex);
    advanceTo(minute);
    MinuteTraffic& bucket = m_minutes[static_cast<size_t>(minute % kMinutes)];
    ++bucket.requests;
    ++m_requests;
    if (status == 429) {
        ++bucket.rejected;
        ++m_rejected;
    } else if (status >= 500) {
        ++bucket.errors;
        ++m_errors;
    }
    m_latencies[static_cast<size_t>(m_latencyNext)] = latencyUs;
    m_latencyNext = (m_latencyNext + 1) % kLatencySamples;
    m_latencyCount = std::min<qsizetype>(m_latencyCount + 1, kLatencySamples);
}

MetricsSnapshot ServiceMetrics::snapshot() const
{
    const qint64 now = currentMinute();
    std::vector<qint64> latencies;
    MetricsSnapshot snapshot;
    {
        QMutexLocker lock(&m_mutex);
        snapshot.running = m_running;
        snapshot.uptimeSeconds = m_running ? (m_clock.monotonicMs() - m_startedMonotonicMs) / 1000 : 0;
        snapshot.requests = m_requests;
        snapshot.rejected = m_rejected;
        snapshot.errors = m_errors;
        qint64 hourRequests = 0;
        qint64 hourErrors = 0;
        for (qint64 minute = now - kMinutes + 1; minute <= now; ++minute) {
            const auto slot = static_cast<size_t>(minute % kMinutes);
            MinuteTraffic traffic{QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC), 0, 0, 0};
            if (m_minuteOf[slot] == minute)
                traffic = m_minutes[slot];
            hourRequests += traffic.requests;
            hourErrors += traffic.errors;
            snapshot.lastHour.append(traffic);
        }
        snapshot.errorRateLastHour = hourRequests > 0 ? static_cast<double>(hourErrors) / hourRequests : 0;
        latencies.assign(m_latencies.begin(), m_latencies.begin() + m_latencyCount);
    }
    if (!latencies.empty()) {
        auto percentile = [&latencies](double fraction) {
            const auto index = static_cast<size_t>(fraction * static_cast<double>(latencies.size() - 1) + 0.5);
            std::nth_element(latencies.begin(), latencies.begin() + static_cast<qsizetype>(index), latencies.end());
            return latencies[index];
        };
        snapshot.p50Us = percentile(0.50);
        snapshot.p95Us = percentile(0.95);
    }
    return snapshot;
}

} // namespace sb
