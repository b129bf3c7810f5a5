#include "providers/ProviderRouter.h"
#include "service/JsonBody.h"
#include "service/ServiceRoutes.h"

#include <QJsonArray>

namespace sb {
namespace {

QJsonArray names(const QList<ProviderId>& ids)
{
    QJsonArray array;
    for (ProviderId id : ids)
        array.append(providerName(id));
    return array;
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
        providers.insert(providerName(info.id), QJsonObject{{QStringLiteral("model"), info.model},
                                                            {QStringLiteral("keyConfigured"), info.keyConfigured},
                                                            {QStringLiteral("available"), info.available}});
    }
    return QJsonObject{
        {QStringLiteral("current"), providerName(status.current)},
        {QStringLiteral("available"), available},
        {QStringLiteral("openaiAvailable"), openai},
        {QStringLiteral("mistralAvailable"), mistral},
        {QStringLiteral("environment"), environmentName(status.environment)},
        {QStringLiteral("fallback"), names(status.fallback)},
        {QStringLiteral("providers"), providers},
    };
}

} // namespace

Router::Route aiStatusRoute(const ProviderRouter& providers)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/ai/status"), RouteTier::General, false,
            [&providers](const ApiRequest&) { return HttpResponse::success(statusJson(providers.status())); }};
}

Router::Route switchProviderRoute(ProviderRouter& providers)
{
    return {ApiRequest::Method::Post, QStringLiteral("/api/ai/provider"), RouteTier::General, true,
            [&providers](const ApiRequest& request) -> RouteReply {
                auto body = parseJsonObjectBody(request);
                if (const auto* error = std::get_if<HttpError>(&body))
                    return HttpResponse::fromError(*error);
                const QJsonValue value = std::get<QJsonObject>(body).value(QLatin1String("provider"));
                const auto id = value.isString() ? parseProviderName(value.toString()) : std::nullopt;
                if (!id) {
                    return HttpResponse::fromError(invalidField(
                        QStringLiteral("provider"),
                        QStringLiteral("must be one of \"openai\", \"mistral\", \"offline\" (or \"demo\")")));
                }
                const ProviderId previous = providers.active();
                if (auto refusal = providers.setActive(*id))
                    return HttpResponse::fromError({409, QStringLiteral("provider_unavailable"), *refusal});
                QJsonObject data = statusJson(providers.status());
                data.insert(QStringLiteral("previous"), providerName(previous));
                return HttpResponse::success(data);
            }};
}

} // namespace sb
