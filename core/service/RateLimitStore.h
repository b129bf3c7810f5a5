#pragma once

#include "service/RateLimitPolicy.h"

#include <QList>
#include <QString>

namespace sb {

enum class RateTier { General, Extraction };

// The outcome of counting one request against a tier, with what the RateLimit headers report.
struct RateDecision
{
    bool allowed = true;
    int limit = 0;
    int remaining = 0;
    int windowSeconds = 0;
    int resetSeconds = 0;      // until the oldest counted request leaves the window
    int retryAfterSeconds = 0; // when refused: until a request would be allowed
};

// One client's use of the service in the current windows.
struct ClientUsage
{
    QString client;
    int general = 0;    // requests counted in the general window
    int extraction = 0; // requests counted in the extraction window
    int rejected = 0;   // requests refused recently (both tiers)
    qint64 lastSeenMs = 0;
};

// Where request counts live. The in-memory store serves one process; a shared store (Redis, say) can replace it for
// several instances behind one address without touching the limiter.
class RateLimitStore
{
public:
    virtual ~RateLimitStore() = default;
    // Counts one request at `nowMs` (a monotonic clock) and says whether it is within `limit`.
    virtual RateDecision hit(const QString& client, RateTier tier, const TierLimit& limit, qint64 nowMs) = 0;
    // The clients with the most requests in their current windows, most first.
    virtual QList<ClientUsage> busiest(int count, const TierLimit& general, const TierLimit& extraction,
                                       qint64 nowMs) const = 0;
    virtual qsizetype trackedClients() const = 0;
    virtual void clear() = 0;
};

} // namespace sb
