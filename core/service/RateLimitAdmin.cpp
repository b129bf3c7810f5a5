#include "service/RateLimitAdmin.h"

#include "audit/AuditLog.h"
#include "service/RateLimiter.h"

namespace sb {
namespace {

QJsonObject tierJson(const TierLimit& tier)
{
    return QJsonObject{{QStringLiteral("maxRequests"), tier.maxRequests},
                       {QStringLiteral("windowMinutes"), tier.windowMinutes}};
}

} // namespace

QJsonObject rateLimitPolicyJson(const RateLimitPolicy& policy)
{
    return QJsonObject{
        {QStringLiteral("enabled"), policy.enabled},
        {QStringLiteral("general"), tierJson(policy.general)},
        {QStringLiteral("extraction"), tierJson(policy.extraction)},
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("exempt"), true}}},
    };
}

std::optional<QString> changeRateLimits(RateLimiter& limiter, AuditLog* audit, const RateLimitPolicy& policy,
                                        const QString& actor)
{
    const RateLimitPolicy before = limiter.policy();
    if (auto invalid = limiter.setPolicy(policy))
        return invalid;
    if (audit && before != policy) {
        audit->append(actor, QStringLiteral("ratelimit.changed"),
                      QJsonObject{{QStringLiteral("before"), rateLimitPolicyJson(before)},
                                  {QStringLiteral("after"), rateLimitPolicyJson(policy)}});
    }
    return std::nullopt;
}

} // namespace sb
