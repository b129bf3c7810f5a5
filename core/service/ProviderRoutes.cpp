#include "providers/ProviderAdmin.h"
#include "providers/ProviderRouter.h"
#include "service/AdminAudit.h"
#include "service/JsonBody.h"
#include "service/ServiceRoutes.h"

#include <QJsonArray>

#include <cmath>

namespace sb {
namespace {

QJsonValue timestamp(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject providerJson(const ProviderInfo& info)
{
    QJsonObject object{
        {QStringLiteral("model"), info.model},
        {QStringLiteral("keyConfigured"), info.keyConfigured},
        {QStringLiteral("available"), info.available},
    };
    if (!isCloudProvider(info.id))
        return object;
    object.insert(QStringLiteral("baseUrl"), info.baseUrl.toString());
    object.insert(QStringLiteral("keySource"), info.keySource.isEmpty() ? QJsonValue() : QJsonValue(info.keySource));
    QJsonObject circuit{{QStringLiteral("state"), circuitStateName(info.circuit)},
                        {QStringLiteral("consecutiveFailures"), info.consecutiveFailures}};
    if (info.circuit == CircuitBreaker::State::Open)
        circuit.insert(QStringLiteral("retryInSeconds"), double(std::ceil(info.circuitTrialInMs / 1000.0)));
    object.insert(QStringLiteral("circuit"), circuit);
    object.insert(QStringLiteral("lastError"),
                  info.lastError
                      ? QJsonValue(QJsonObject{{QStringLiteral("kind"), providerErrorKindName(info.lastError->kind)},
                                               {QStringLiteral("message"), info.lastError->message},
                                               {QStringLiteral("at"), timestamp(info.lastErrorAt)}})
                      : QJsonValue());
    object.insert(QStringLiteral("keyCheck"),
                  info.lastKeyCheck ? QJsonValue(QJsonObject{
                                          {QStringLiteral("result"), keyCheckResultName(info.lastKeyCheck->result)},
                                          {QStringLiteral("latencyMs"), info.lastKeyCheck->latencyMs},
                                          {QStringLiteral("message"), info.lastKeyCheck->message},
                                          {QStringLiteral("checkedAt"), timestamp(info.lastKeyCheck->checkedAt)}})
                                    : QJsonValue());
    return object;
}

QJsonObject budgetJson(const BudgetStatus& budget)
{
    return QJsonObject{{QStringLiteral("month"), budget.month},
                       {QStringLiteral("spentUsd"), std::round(budget.spentUsd * 1e6) / 1e6},
                       {QStringLiteral("budgetUsd"), budget.budgetUsd},
                       {QStringLiteral("state"), budgetLevelName(budget.level)}};
}

QJsonObject statusJson(const ProviderStatus& status)
{
    QJsonArray available;
    QJsonObject providers;
    bool openai = false;
    bool mistral = false;
    for (const ProviderInfo& info : status.providers) {
        if (info.available)
            available.append(providerName(info.id));
        openai = openai || (info.id == ProviderId::OpenAI && info.available);
        mistral = mistral || (info.id == ProviderId::Mistral && info.available);
        providers.insert(providerName(info.id), providerJson(info));
    }
    QJsonObject data{
        {QStringLiteral("current"), providerName(status.current)},
        {QStringLiteral("available"), available},
        {QStringLiteral("openaiAvailable"), openai},
        {QStringLiteral("mistralAvailable"), mistral},
        {QStringLiteral("environment"), environmentName(status.environment)},
        {QStringLiteral("fallback"), providerNamesJson(status.fallback)},
        {QStringLiteral("providers"), providers},
    };
    if (status.budget)
        data.insert(QStringLiteral("budget"), budgetJson(*status.budget));
    return data;
}

// "fallback": ["mistral", "offline"], or null for the default chain.
std::variant<std::optional<QList<ProviderId>>, HttpError> readFallback(const QJsonValue& value)
{
    if (value.isNull())
        return std::optional<QList<ProviderId>>();
    const QString expected = QStringLiteral("must be a list of \"openai\", \"mistral\" and \"offline\", or null for "
                                            "the default chain");
    if (!value.isArray())
        return invalidField(QStringLiteral("fallback"), expected);
    QList<ProviderId> chain;
    for (const QJsonValue& item : value.toArray()) {
        const auto id = item.isString() ? parseProviderName(item.toString()) : std::nullopt;
        if (!id)
            return invalidField(QStringLiteral("fallback"), expected);
        if (!chain.contains(*id))
            chain.append(*id);
    }
    return std::optional<QList<ProviderId>>(chain);
}

} // namespace

Router::Route aiStatusRoute(ProviderRouter& providers)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/ai/status"), RouteTier::General, false,
            [&providers](const ApiRequest& request) -> RouteReply {
                const QString check = request.query().queryItemValue(QStringLiteral("check"));
                if (check != QLatin1String("1") && check != QLatin1String("true"))
                    return HttpResponse::success(statusJson(providers.status()));
                // Validates each configured key against its provider first (GET {base}/models), then reports.
                return providers.checkKeys().then(
                    [&providers] { return HttpResponse::success(statusJson(providers.status())); });
            }};
}

Router::Route switchProviderRoute(ProviderRouter& providers, AuditLog* audit)
{
    return {ApiRequest::Method::Post, QStringLiteral("/api/ai/provider"), RouteTier::General, true,
            [&providers, audit](const ApiRequest& request) -> RouteReply {
                auto body = parseJsonObjectBody(request);
                if (const auto* error = std::get_if<HttpError>(&body))
                    return HttpResponse::fromError(*error);
                const QJsonObject object = std::get<QJsonObject>(body);
                const QJsonValue value = object.value(QLatin1String("provider"));
                const bool hasFallback = object.contains(QLatin1String("fallback"));
                if (value.isUndefined() && !hasFallback) {
                    return HttpResponse::fromError(
                        invalidField(QStringLiteral("provider"), QStringLiteral("is required (or give \"fallback\")")));
                }
                std::optional<ProviderId> id;
                if (!value.isUndefined()) {
                    id = value.isString() ? parseProviderName(value.toString()) : std::nullopt;
                    if (!id) {
                        return HttpResponse::fromError(invalidField(
                            QStringLiteral("provider"),
                            QStringLiteral("must be one of \"openai\", \"mistral\", \"offline\" (or \"demo\")")));
                    }
                }
                std::optional<QList<ProviderId>> fallback;
                if (hasFallback) {
                    auto parsed = readFallback(object.value(QLatin1String("fallback")));
                    if (const auto* error = std::get_if<HttpError>(&parsed))
                        return HttpResponse::fromError(*error);
                    fallback = std::get<std::optional<QList<ProviderId>>>(parsed);
                }
                const ProviderId previous = providers.active();
                const QString actor = apiActor(request);
                // Validate everything before changing anything.
                if (id) {
                    if (auto refusal = switchActiveProvider(providers, audit, *id, actor))
                        return HttpResponse::fromError({409, QStringLiteral("provider_unavailable"), *refusal});
                }
                if (hasFallback)
                    changeFallback(providers, audit, fallback, actor);
                QJsonObject data = statusJson(providers.status());
                data.insert(QStringLiteral("previous"), providerName(previous));
                return HttpResponse::success(data);
            }};
}

} // namespace sb
