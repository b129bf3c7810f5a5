#pragma once

#include "service/Router.h"

namespace sb {

class AuditLog;
class Clock;
class ProviderRouter;
class RateLimiter;
class UsageLedger;

// The API's routes besides health. Each is documented in docs/API.md. Routes that change something record it in the
// audit log when given one.
Router::Route aiStatusRoute(ProviderRouter& providers);
Router::Route switchProviderRoute(ProviderRouter& providers, AuditLog* audit = nullptr);
Router::Route extractionRoute(ProviderRouter& providers, const Clock& clock, qsizetype maxTextLength);
Router::Route getRateLimitRoute(const RateLimiter& limiter);
Router::Route putRateLimitRoute(RateLimiter& limiter, AuditLog* audit = nullptr);
Router::Route usageRoute(const UsageLedger& usage);
Router::Route putBudgetRoute(UsageLedger& usage, AuditLog* audit = nullptr);

} // namespace sb
