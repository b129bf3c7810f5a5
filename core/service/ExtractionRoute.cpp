#include "providers/ProviderRouter.h"
#include "service/ExtractionRequestParser.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace sb {
namespace {

QJsonObject entityJson(const Entity& entity)
{
    return QJsonObject{
        {QStringLiteral("type"), entityTypeName(entity.type)},
        {QStringLiteral("value"), entity.value},
        {QStringLiteral("start"), entity.start},
        {QStringLiteral("end"), entity.end},
        {QStringLiteral("confidence"), std::round(entity.confidence * 1000) / 1000},
        {QStringLiteral("normalized"), entity.normalized.isEmpty() ? QJsonValue() : QJsonValue(entity.normalized)},
        {QStringLiteral("context"), entity.context},
    };
}

QJsonObject resultJson(const QString& text, const ExtractionResult& result, const QDateTime& processedAt)
{
    QJsonArray entities;
    for (const Entity& entity : result.entities)
        entities.append(entityJson(entity));
    QJsonObject data{
        {QStringLiteral("text"), text},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("provider"), providerName(result.provider)},
        {QStringLiteral("model"), result.model},
        {QStringLiteral("latencyMs"), std::round(result.latencyUs / 10.0) / 100},
        {QStringLiteral("processedAt"), processedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (result.fallbackFrom) {
        data.insert(QStringLiteral("fallbackFrom"), providerName(*result.fallbackFrom));
        data.insert(QStringLiteral("fallbackReason"), result.fallbackReason);
    }
    return data;
}

} // namespace

Router::Route extractionRoute(ProviderRouter& providers, const Clock& clock, qsizetype maxTextLength)
{
    return {ApiRequest::Method::Post, QStringLiteral("/api/extract-entities"), RouteTier::Extraction, false,
            [&providers, &clock, maxTextLength](const ApiRequest& request) -> RouteReply {
                auto parsed = parseExtractionRequest(request, maxTextLength, clock.now().toLocalTime());
                if (const auto* error = std::get_if<HttpError>(&parsed))
                    return HttpResponse::fromError(*error);
                const auto& extraction = std::get<ParsedExtraction>(parsed);
                const QString text = extraction.request.text;
                return providers.extract(extraction.request, extraction.provider)
                    .then([text, &clock](const ExtractionResult& result) {
                        return HttpResponse::success(resultJson(text, result, clock.now()));
                    });
            }};
}

} // namespace sb
