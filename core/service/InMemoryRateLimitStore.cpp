#include "service/InMemoryRateLimitStore.h"

#include <algorithm>

namespace sb {
namespace {

constexpr int kSweepEveryHits = 1024;

qint64 windowMs(const TierLimit& limit)
{
    return qint64(limit.windowMinutes) * 60'000;
}

int ceilSeconds(qint64 ms)
{
    return static_cast<int>(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace

void InMemoryRateLimitStore::Log::dropOlderThan(qint64 boundary)
{
    while (count > 0 && times[head] <= boundary) {
        head = (head + 1) % times.size();
        --count;
    }
}

void InMemoryRateLimitStore::Log::push(qint64 time, size_t capacity)
{
    if (count == times.size()) {
        // Grow on demand (most clients never come near their limit), linearizing the ring.
        const size_t grown = std::min(capacity, std::max<size_t>(4, times.size() * 2));
        std::vector<qint64> larger(std::max(grown, count + 1));
        for (size_t i = 0; i < count; ++i)
            larger[i] = times[(head + i) % times.size()];
        times.swap(larger);
        head = 0;
    }
    times[(head + count) % times.size()] = time;
    ++count;
}

int InMemoryRateLimitStore::Log::countAfter(qint64 boundary) const
{
    size_t skipped = 0;
    while (skipped < count && times[(head + skipped) % times.size()] <= boundary)
        ++skipped;
    return static_cast<int>(count - skipped);
}

InMemoryRateLimitStore::InMemoryRateLimitStore(qsizetype maxClients)
    : m_maxClients(std::max<qsizetype>(1, maxClients))
{}

InMemoryRateLimitStore::Entry& InMemoryRateLimitStore::entryFor(const QString& client, qint64 nowMs)
{
    auto it = m_clients.find(client);
    if (it != m_clients.end())
        return *it;
    if (m_clients.size() >= m_maxClients)
        makeRoom(nowMs);
    return m_clients[client];
}

void InMemoryRateLimitStore::makeRoom(qint64 nowMs)
{
    // First the clients idle for longer than any window: they hold nothing that still counts.
    const qint64 idleBefore = nowMs - m_longestWindowMs;
    m_clients.removeIf([idleBefore](const auto& item) { return item.value().lastSeenMs <= idleBefore; });
    if (m_clients.size() < m_maxClients)
        return;
    // Then the least recently seen one.
    auto oldest = std::min_element(m_clients.begin(), m_clients.end(),
                                   [](const Entry& a, const Entry& b) { return a.lastSeenMs < b.lastSeenMs; });
    m_clients.erase(oldest);
}

RateDecision InMemoryRateLimitStore::hit(const QString& client, RateTier tier, const TierLimit& limit, qint64 nowMs)
{
    const qint64 window = windowMs(limit);
    m_longestWindowMs = std::max(m_longestWindowMs, window);
    if (++m_hitsSinceSweep >= kSweepEveryHits) {
        m_hitsSinceSweep = 0;
        const qint64 idleBefore = nowMs - m_longestWindowMs;
        m_clients.removeIf([idleBefore](const auto& item) { return item.value().lastSeenMs <= idleBefore; });
    }

    Entry& entry = entryFor(client, nowMs);
    entry.lastSeenMs = nowMs;
    Log& log = tier == RateTier::General ? entry.general : entry.extraction;
    log.dropOlderThan(nowMs - window);

    RateDecision decision;
    decision.limit = limit.maxRequests;
    decision.windowSeconds = static_cast<int>(window / 1000);
    if (log.count < static_cast<size_t>(limit.maxRequests)) {
        log.push(nowMs, static_cast<size_t>(limit.maxRequests));
        decision.allowed = true;
        decision.remaining = limit.maxRequests - static_cast<int>(log.count);
    } else {
        decision.allowed = false;
        decision.remaining = 0;
        // The next request fits once all but limit-1 of the counted ones have left the window; after the limit was
        // lowered that is more than the oldest alone.
        const size_t mustLeave = log.count - static_cast<size_t>(limit.maxRequests);
        decision.retryAfterSeconds = ceilSeconds(log.at(mustLeave) + window - nowMs);
        if (entry.rejected == 0 || nowMs - entry.rejectionsSinceMs >= window) {
            entry.rejected = 0;
            entry.rejectionsSinceMs = nowMs;
        }
        ++entry.rejected;
    }
    decision.resetSeconds = !decision.allowed ? decision.retryAfterSeconds
                            : log.count > 0   ? ceilSeconds(log.oldest() + window - nowMs)
                                              : decision.windowSeconds;
    return decision;
}

QList<ClientUsage> InMemoryRateLimitStore::busiest(int count, const TierLimit& general, const TierLimit& extraction,
                                                   qint64 nowMs) const
{
    const qint64 longest = std::max(windowMs(general), windowMs(extraction));
    QList<ClientUsage> usage;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        ClientUsage u;
        u.client = it.key();
        u.general = it->general.countAfter(nowMs - windowMs(general));
        u.extraction = it->extraction.countAfter(nowMs - windowMs(extraction));
        u.rejected = nowMs - it->rejectionsSinceMs < longest ? it->rejected : 0;
        u.lastSeenMs = it->lastSeenMs;
        if (u.general + u.extraction + u.rejected > 0)
            usage.append(u);
    }
    const auto busier = [](const ClientUsage& a, const ClientUsage& b) {
        const int totalA = a.general + a.extraction + a.rejected;
        const int totalB = b.general + b.extraction + b.rejected;
        return totalA != totalB ? totalA > totalB : a.client < b.client;
    };
    const qsizetype top = std::min<qsizetype>(std::max(count, 0), usage.size());
    std::partial_sort(usage.begin(), usage.begin() + top, usage.end(), busier);
    usage.resize(top);
    return usage;
}

} // namespace sb
