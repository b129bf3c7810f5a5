#include "service/AdminAudit.h"
#include "service/JsonBody.h"
#include "service/RateLimitAdmin.h"
#include "service/RateLimiter.h"
#include "service/ServiceRoutes.h"

namespace sb {
namespace {

// Reads a whole number field if present. JSON numbers are doubles: 1.5 or 1e12 are refused, not truncated.
std::optional<HttpError> readCount(const QJsonObject& object, const QString& key, const QString& path, int& target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 0 || number > 1e9)
        return invalidField(path, QStringLiteral("must be a whole number"));
    target = static_cast<int>(number);
    return std::nullopt;
}

std::optional<HttpError> readTier(const QJsonObject& body, const QString& name, TierLimit& tier)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return invalidField(name, QStringLiteral("must be an object with maxRequests and/or windowMinutes"));
    const QJsonObject object = value.toObject();
    if (auto error =
            readCount(object, QStringLiteral("maxRequests"), name + QStringLiteral(".maxRequests"), tier.maxRequests))
        return error;
    return readCount(object, QStringLiteral("windowMinutes"), name + QStringLiteral(".windowMinutes"),
                     tier.windowMinutes);
}

} // namespace

Router::Route getRateLimitRoute(const RateLimiter& limiter)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/rate-limit"), RouteTier::General, true,
            [&limiter](const ApiRequest&) { return HttpResponse::success(rateLimitPolicyJson(limiter.policy())); }};
}

Router::Route putRateLimitRoute(RateLimiter& limiter, AuditLog* audit)
{
    return {ApiRequest::Method::Put, QStringLiteral("/api/rate-limit"), RouteTier::General, true,
            [&limiter, audit](const ApiRequest& request) -> RouteReply {
                auto parsed = parseJsonObjectBody(request);
                if (const auto* error = std::get_if<HttpError>(&parsed))
                    return HttpResponse::fromError(*error);
                const QJsonObject body = std::get<QJsonObject>(parsed);

                // A partial update of the current policy. The flat maxRequests/windowMinutes of the old service's
                // RATE_LIMIT_* variables set the general tier.
                RateLimitPolicy policy = limiter.policy();
                const QJsonValue enabled = body.value(QLatin1String("enabled"));
                if (!enabled.isUndefined()) {
                    if (!enabled.isBool())
                        return HttpResponse::fromError(
                            invalidField(QStringLiteral("enabled"), QStringLiteral("must be true or false")));
                    policy.enabled = enabled.toBool();
                }
                for (const auto& error : {readCount(body, QStringLiteral("maxRequests"), QStringLiteral("maxRequests"),
                                                    policy.general.maxRequests),
                                          readCount(body, QStringLiteral("windowMinutes"),
                                                    QStringLiteral("windowMinutes"), policy.general.windowMinutes),
                                          readTier(body, QStringLiteral("general"), policy.general),
                                          readTier(body, QStringLiteral("extraction"), policy.extraction)}) {
                    if (error)
                        return HttpResponse::fromError(*error);
                }
                if (auto invalid = changeRateLimits(limiter, audit, policy, apiActor(request)))
                    return HttpResponse::fromError({400, QStringLiteral("invalid_request"), *invalid});
                return HttpResponse::success(rateLimitPolicyJson(limiter.policy()));
            }};
}

} // namespace sb
