#include "providers/UsageLedger.h"
#include "service/JsonBody.h"
#include "service/ServiceRoutes.h"

namespace sb {

Router::Route usageRoute(const UsageLedger& usage)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/usage"), RouteTier::General, false,
            [&usage](const ApiRequest&) { return HttpResponse::success(usage.report()); }};
}

Router::Route putBudgetRoute(UsageLedger& usage)
{
    return {ApiRequest::Method::Put, QStringLiteral("/api/usage/budget"), RouteTier::General, true,
            [&usage](const ApiRequest& request) -> RouteReply {
                auto body = parseJsonObjectBody(request);
                if (const auto* error = std::get_if<HttpError>(&body))
                    return HttpResponse::fromError(*error);
                const QJsonObject object = std::get<QJsonObject>(body);
                const QJsonValue name = object.value(QLatin1String("environment"));
                const auto environment = name.isString() ? parseEnvironment(name.toString()) : std::nullopt;
                if (!environment) {
                    return HttpResponse::fromError(
                        invalidField(QStringLiteral("environment"),
                                     QStringLiteral("must be one of \"development\", \"staging\", \"production\"")));
                }
                const QJsonValue amount = object.value(QLatin1String("budgetUsd"));
                if (!amount.isDouble())
                    return HttpResponse::fromError(invalidField(
                        QStringLiteral("budgetUsd"), QStringLiteral("must be an amount of US dollars, such as 50")));
                if (const auto refusal = usage.setBudget(*environment, amount.toDouble()))
                    return HttpResponse::fromError(invalidField(QStringLiteral("budgetUsd"), *refusal));
                return HttpResponse::success(usage.report());
            }};
}

} // namespace sb
