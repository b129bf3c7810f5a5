#pragma once

#include "providers/ProviderRouter.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb {

// The exported shapes of an extraction, shared by POST /api/extract-entities and the console's "Copy as JSON" and "Copy
// as CSV", so what a user copies is exactly what a client of the API would have received (docs/API.md).
QJsonObject entityJson(const Entity& entity);
QJsonObject extractionResultJson(const QString& text, const ExtractionResult& result, const QDateTime& processedAt);
// The entities as CSV with a header row: type, value, normalized, confidence, start, end, context.
QString entitiesCsv(const QList<Entity>& entities);

} // namespace sb
