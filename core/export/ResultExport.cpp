#include "export/ResultExport.h"

#include "export/Csv.h"

#include <QJsonArray>

#include <cmath>

namespace sb {

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

QJsonObject extractionResultJson(const QString& text, const ExtractionResult& result, const QDateTime& processedAt)
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

QString entitiesCsv(const QList<Entity>& entities)
{
    QString csv = csvRecord({QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("normalized"),
                             QStringLiteral("confidence"), QStringLiteral("start"), QStringLiteral("end"),
                             QStringLiteral("context")});
    for (const Entity& entity : entities) {
        csv += csvRecord({entityTypeName(entity.type), entity.value, entity.normalized,
                          QString::number(std::round(entity.confidence * 1000) / 1000), QString::number(entity.start),
                          QString::number(entity.end), entity.context});
    }
    return csv;
}

} // namespace sb
