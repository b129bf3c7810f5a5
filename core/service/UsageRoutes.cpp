#include "providers/UsageLedger.h"
#include "providers/ProviderAdmin.h"
#include "service/AdminAudit.h"
#include "service/JsonBody.h"

#include <cmath>
#include "service/ServiceRoutes.h"

namespace sb {

Router::Route usageRoute(const UsageLedger& usage)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/usage"), RouteTier::General, false,
            [&usage](const ApiRequest&) { return HttpResponse::success(usage.report()); }};
}

Router::Route putBudgetRoute(UsageLedger& usage, AuditLog* audit)
{
    return {ApiRequest::Method::Put, QStringLiteral("/api/usage/budget"), RouteTier::General, true,
            [&usage, audit](const ApiRequest& request) -> RouteReply {
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
                const double budget = amount.toDouble();
                if (!std::isfinite(budget) || budget < 0 || budget > UsageLedger::kMaxBudgetUsd) {
                    return HttpResponse::fromError(invalidField(
                        QStringLiteral("budgetUsd"), QStringLiteral("must be an amount of US dollars from 0 to 1000000")));
                }
                if (const auto failure = changeBudget(usage, audit, *environment, budget, apiActor(request)))
                    return HttpResponse::fromError({503, QStringLiteral("budget_not_saved"), *failure});
                return HttpResponse::success(usage.report());
            }};
}

} // namespace sb
