#pragma once

#include "service/RateLimitPolicy.h"

#include <QJsonObject>

#include <optional>

namespace sb {

class AuditLog;
class RateLimiter;

// {"enabled", "general": {"maxRequests", "windowMinutes"}, "extraction": {...}, "health": {"exempt": true}}
QJsonObject rateLimitPolicyJson(const RateLimitPolicy& policy);

// Applies new limits to the running service, from the next request, and records the change (before and after) in the
// audit log under `actor`. The API and the console both change limits through this. Fails, changing nothing, with
// the validation's sentence when the policy is out of range.
std::optional<QString> changeRateLimits(RateLimiter& limiter, AuditLog* audit, const RateLimitPolicy& policy,
                                        const QString& actor);

} // namespace sb
