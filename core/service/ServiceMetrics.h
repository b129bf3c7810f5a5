#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>

#include <array>

namespace sb {

class Clock;

// Requests in one minute of the last hour.
struct MinuteTraffic
{
    QDateTime minute; // start of the minute, UTC
    qint64 requests = 0;
    qint64 rejected = 0; // 429: rate limited
    qint64 errors = 0;   // 5xx
};

struct MetricsSnapshot
{
    bool running = false;
    qint64 uptimeSeconds = 0;
    qint64 requests = 0; // since the service started
    qint64 rejected = 0;
    qint64 errors = 0;
    double errorRateLastHour = 0; // 5xx / requests over the last 60 minutes
    qint64 p50Us = 0;             // latency of the last kLatencySamples responses
    qint64 p95Us = 0;
    QList<MinuteTraffic> lastHour; // 60 entries, oldest first, the current minute last
};

// What the service has done since it started: requests, rejections and errors per minute over the last hour, and
// response-time percentiles of the most recent responses. The service thread records each response; the console's
// Health panel reads snapshots. Thread-safe; one short lock per response.
class ServiceMetrics final
{
public:
    static constexpr int kLatencySamples = 2048;
    static constexpr int kMinutes = 60;

    explicit ServiceMetrics(const Clock& clock);

    void markStarted();
    void markStopped();
    void record(int status, qint64 latencyUs);
    MetricsSnapshot snapshot() const;

private:
    qint64 currentMinute() const; // minutes since the epoch
    void advanceTo(qint64 minute);

    const Clock& m_clock;
    mutable QMutex m_mutex;
    bool m_running = false;
    qint64 m_startedMonotonicMs = 0;
    qint64 m_requests = 0;
    qint64 m_rejected = 0;
    qint64 m_errors = 0;
    std::array<MinuteTraffic, kMinutes> m_minutes{}; // ring indexed by minute % kMinutes
    std::array<qint64, kMinutes> m_minuteOf{};       // which minute each slot holds
    std::array<qint64, kLatencySamples> m_latencies{};
    qsizetype m_latencyCount = 0; // recorded so far, capped at kLatencySamples
    qsizetype m_latencyNext = 0;
};

} // namespace sb
