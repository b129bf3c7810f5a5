#include "service/RateLimitPolicy.h"

namespace sb {
namespace {

std::optional<QString> validateTier(const TierLimit& tier, const QString& name)
{
    if (tier.maxRequests < 1 || tier.maxRequests > RateLimitPolicy::kMaxRequestsCeiling) {
        return QStringLiteral("%1.maxRequests must be a whole number from 1 to %2.")
            .arg(name)
            .arg(RateLimitPolicy::kMaxRequestsCeiling);
    }
    if (tier.windowMinutes < 1 || tier.windowMinutes > RateLimitPolicy::kMaxWindowMinutes) {
        return QStringLiteral("%1.windowMinutes must be a whole number from 1 to %2.")
            .arg(name)
            .arg(RateLimitPolicy::kMaxWindowMinutes);
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> RateLimitPolicy::validate() const
{
    if (auto error = validateTier(general, QStringLiteral("general")))
        return error;
    return validateTier(extraction, QStringLiteral("extraction"));
}

} // namespace sb
