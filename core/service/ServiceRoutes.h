#pragma once

#include "service/Router.h"

namespace sb {

class Clock;
class ProviderRouter;
class RateLimiter;

// The API's routes besides health. Each is documented in docs/API.md.
Router::Route aiStatusRoute(const ProviderRouter& providers);
Router::Route switchProviderRoute(ProviderRouter& providers);
Router::Route extractionRoute(ProviderRouter& providers, const Clock& clock, qsizetype maxTextLength);
Router::Route getRateLimitRoute(const RateLimiter& limiter);
Router::Route putRateLimitRoute(RateLimiter& limiter);

} // namespace sb
