#pragma once

#include "service/HostCheck.h"
#include "service/HttpResponse.h"
#include "service/Router.h"

namespace sb {

// The one choke point every request passes, in this order: Host header → route and method → handler. (Connection
// limits come before it, in GuardedTcpServer.) Each check is its own class; this only runs them in order.
class RequestPipeline final
{
public:
    RequestPipeline(HostCheck hostCheck, const Router& router);

    HttpResponse handle(const ApiRequest& request) const;

private:
    HostCheck m_hostCheck;
    const Router& m_router;
};

} // namespace sb
