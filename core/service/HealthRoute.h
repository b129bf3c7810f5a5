#pragma once

#include "service/Router.h"

namespace sb {

class Clock;

// GET /api/health: the seed service's liveness answer. Never rate limited, never authenticated.
Router::Route healthRoute(const Clock& clock, qint64 startedMonotonicMs);

} // namespace sb
