#include "service/RequestPipeline.h"

#include "logging/LogCategories.h"

#include <exception>

namespace sb {

RequestPipeline::RequestPipeline(HostCheck hostCheck, const Router& router)
    : m_hostCheck(std::move(hostCheck))
    , m_router(router)
{}

HttpResponse RequestPipeline::handle(const ApiRequest& request) const
{
    if (auto error = m_hostCheck.check(request))
        return HttpResponse::fromError(*error);

    const auto match = m_router.match(request);
    if (const auto* error = std::get_if<HttpError>(&match))
        return HttpResponse::fromError(*error);
    const Router::Route* route = std::get<const Router::Route*>(match);
    try {
        return route->handler(request);
    } catch (const std::exception& e) {
        qCCritical(lcService) << "handler for" << request.path() << "failed:" << e.what();
    }
    return HttpResponse::fromError({500, QStringLiteral("internal_error"),
                                    QStringLiteral("The service failed to handle this request; the log has details.")});
}

} // namespace sb
