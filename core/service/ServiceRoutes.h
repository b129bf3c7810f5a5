#pragma once

#include "service/Router.h"

namespace sb {

class Clock;
class ProviderRouter;
class RateLimiter;
class UsageLedger;

// The API's routes besides health. Each is documented in docs/API.md.
Router::Route aiStatusRoute(ProviderRouter& providers);
Router::Route switchProviderRoute(ProviderRouter& providers);
Router::Route extractionRoute(ProviderRouter& providers, const Clock& clock, qsizetype maxTextLength);
Router::Route getRateLimitRoute(const RateLimiter& limiter);
Router::Route putRateLimitRoute(RateLimiter& limiter);
Router::Route usageRoute(const UsageLedger& usage);
Router::Route putBudgetRoute(UsageLedger& usage);

} // namespace sb
