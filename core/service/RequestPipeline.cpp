#include "service/RequestPipeline.h"

#include "logging/LogCategories.h"
#include "service/AccessControl.h"
#include "service/RateLimiter.h"

#include <exception>

namespace sb {
namespace {

// IETF draft-ietf-httpapi-ratelimit-headers-07, as express-rate-limit's "draft-7" mode sends them.
void addRateLimitHeaders(HttpResponse& response, const RateDecision& decision)
{
    response.addHeader("RateLimit-Policy",
                       QByteArray::number(decision.limit) + ";w=" + QByteArray::number(decision.windowSeconds));
    response.addHeader("RateLimit", "limit=" + QByteArray::number(decision.limit) +
                                        ", remaining=" + QByteArray::number(decision.remaining) +
                                        ", reset=" + QByteArray::number(decision.resetSeconds));
}

HttpResponse tooManyRequests(const RateDecision& decision, RouteTier tier)
{
    const QString what =
        tier == RouteTier::Extraction ? QStringLiteral("extraction requests") : QStringLiteral("API requests");
    HttpResponse response = HttpResponse::fromError(
        {429,
         QStringLiteral("rate_limited"),
         QStringLiteral("Too many %1 from this address: the limit is %2 per %3 minute(s). Retry in %4 second(s).")
             .arg(what)
             .arg(decision.limit)
             .arg(decision.windowSeconds / 60)
             .arg(decision.retryAfterSeconds),
         {{"Retry-After", QByteArray::number(decision.retryAfterSeconds)}}});
    addRateLimitHeaders(response, decision);
    return response;
}

HttpResponse internalError()
{
    return HttpResponse::fromError({500, QStringLiteral("internal_error"),
                                    QStringLiteral("The service failed to handle this request; its log has details.")});
}

} // namespace

RequestPipeline::RequestPipeline(HostCheck hostCheck, const ServiceComponents& components)
    : m_hostCheck(std::move(hostCheck))
    , m_components(components)
{}

RouteReply RequestPipeline::handle(const ApiRequest& request) const
{
    if (auto error = m_hostCheck.check(request))
        return HttpResponse::fromError(*error);

    // The route decides what the checks ask for; an unknown path is checked like any API route, so probing for
    // routes costs the same as using them.
    const auto match = m_components.router.match(request);
    const auto* const* route = std::get_if<const Router::Route*>(&match);
    const RouteTier tier = route ? (*route)->tier : RouteTier::General;

    if (m_components.access) {
        const auto requirement =
            m_components.access->requirementFor(tier == RouteTier::Health, route && (*route)->adminOnly);
        if (auto error = m_components.access->check(request, requirement))
            return HttpResponse::fromError(*error);
    }

    std::optional<RateDecision> decision;
    if (tier != RouteTier::Health && m_components.limiter) {
        decision = m_components.limiter->check(request.client(), tier == RouteTier::Extraction ? RateTier::Extraction
                                                                                               : RateTier::General);
        if (decision && !decision->allowed)
            return tooManyRequests(*decision, tier);
    }

    if (!route) {
        HttpResponse response = HttpResponse::fromError(std::get<HttpError>(match));
        if (decision)
            addRateLimitHeaders(response, *decision);
        return response;
    }

    RouteReply reply = [&]() -> RouteReply {
        try {
            return (*route)->handler(request);
        } catch (const std::exception& e) {
            qCCritical(lcService) << "handler for" << request.path() << "failed:" << e.what();
            return internalError();
        }
    }();
    if (!decision)
        return reply;
    if (reply.isReady()) {
        addRateLimitHeaders(reply.response(), *decision);
        return reply;
    }
    return reply.future().then([decision = *decision](HttpResponse response) {
        addRateLimitHeaders(response, decision);
        return response;
    });
}

} // namespace sb
