#pragma once

#include <QString>

#include <optional>

namespace sb {

struct TierLimit
{
    int maxRequests = 0;
    int windowMinutes = 15;

    bool operator==(const TierLimit& other) const
    {
        return maxRequests == other.maxRequests && windowMinutes == other.windowMinutes;
    }
};

// The limits per client address. Health is always exempt; `general` covers the rest of the API and is what the old
// service's RATE_LIMIT_* variables set; `extraction` is the AI route's own, stricter tier (50 per 15 minutes, as the
// old service had it).
struct RateLimitPolicy
{
    static constexpr int kMaxRequestsCeiling = 1'000'000;
    static constexpr int kMaxWindowMinutes = 24 * 60;

    bool enabled = true;
    TierLimit general{200, 15};
    TierLimit extraction{50, 15};

    // nullopt when usable, else one sentence naming the field and the accepted range. The API, the command line and
    // the console all validate through this.
    std::optional<QString> validate() const;

    bool operator==(const RateLimitPolicy& other) const
    {
        return enabled == other.enabled && general == other.general && extraction == other.extraction;
    }
    bool operator!=(const RateLimitPolicy& other) const { return !(*this == other); }
};

} // namespace sb
