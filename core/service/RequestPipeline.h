#pragma once

#include "service/HostCheck.h"
#include "service/HttpResponse.h"
#include "service/Router.h"

namespace sb {

class AccessControl;
class RateLimiter;
class ServiceMetrics;

// What the service is made of, besides its socket: the routes and the shared checks (owned by the Runtime).
struct ServiceComponents
{
    Router router;
    AccessControl* access = nullptr;
    RateLimiter* limiter = nullptr;
    ServiceMetrics* metrics = nullptr; // counts every response, when set
};

// The one choke point every request passes, in this order: Host header → authentication and bans → rate limit →
// route and method → handler. (Connection limits come before it, in GuardedTcpServer.) Each check is its own class;
// this only runs them in order and adds the rate-limit headers to whatever the handler answers.
class RequestPipeline final
{
public:
    RequestPipeline(HostCheck hostCheck, const ServiceComponents& components);

    RouteReply handle(const ApiRequest& request) const;

private:
    HostCheck m_hostCheck;
    const ServiceComponents& m_components;
};

} // namespace sb
