#pragma once

#include "service/RateLimitStore.h"

#include <QHash>

#include <vector>

namespace sb {

// Exact sliding windows: each client keeps the times of its counted requests (at most the limit), so no window of the
// configured length ever holds more than the limit. Memory is bounded by `maxClients` × the limits: idle clients are
// dropped when room is needed, and past the cap the least recently seen client is evicted.
class InMemoryRateLimitStore final : public RateLimitStore
{
public:
    explicit InMemoryRateLimitStore(qsizetype maxClients = 10'000);

    RateDecision hit(const QString& client, RateTier tier, const TierLimit& limit, qint64 nowMs) override;
    QList<ClientUsage> busiest(int count, const TierLimit& general, const TierLimit& extraction,
                               qint64 nowMs) const override;
    qsizetype trackedClients() const override { return m_clients.size(); }
    void clear() override { m_clients.clear(); }

private:
    // A ring of request times, oldest at `head`.
    struct Log
    {
        std::vector<qint64> times;
        size_t head = 0;
        size_t count = 0;

        qint64 oldest() const { return times[head]; }
        qint64 at(size_t i) const { return times[(head + i) % times.size()]; } // i-th oldest
        void dropOlderThan(qint64 boundary);                                   // keeps times > boundary
        void push(qint64 time, size_t capacity);
        int countAfter(qint64 boundary) const;
    };
    struct Entry
    {
        Log general;
        Log extraction;
        int rejected = 0;
        qint64 rejectionsSinceMs = 0;
        qint64 lastSeenMs = 0;
    };

    Entry& entryFor(const QString& client, qint64 nowMs);
    void makeRoom(qint64 nowMs);

    qsizetype m_maxClients;
    QHash<QString, Entry> m_clients;
    qint64 m_longestWindowMs = 0;
    int m_hitsSinceSweep = 0;
};

} // namespace sb
