#include "service/ExtractionRequestParser.h"

#include "service/JsonBody.h"

#include <QJsonValue>

namespace sb {

std::variant<ParsedExtraction, HttpError> parseExtractionRequest(const ApiRequest& request, qsizetype maxTextLength,
                                                                 const QDateTime& now)
{
    auto parsed = parseJsonObjectBody(request);
    if (auto* error = std::get_if<HttpError>(&parsed))
        return std::move(*error);
    const QJsonObject object = std::get<QJsonObject>(std::move(parsed));

    ParsedExtraction result;
    const QJsonValue text = object.value(QLatin1String("text"));
    if (text.isUndefined() || text.isNull())
        return invalidField(QStringLiteral("text"), QStringLiteral("is required: the notes to extract entities from"));
    if (!text.isString())
        return invalidField(QStringLiteral("text"), QStringLiteral("must be a string"));
    result.request.text = text.toString();
    if (result.request.text.trimmed().isEmpty())
        return invalidField(QStringLiteral("text"), QStringLiteral("must not be empty"));
    if (result.request.text.size() > maxTextLength) {
        return HttpError{413, QStringLiteral("text_too_long"),
                         QStringLiteral("'text' has %1 characters; the limit is %2. Split the notes and send them "
                                        "in parts.")
                             .arg(result.request.text.size())
                             .arg(maxTextLength)};
    }

    const QJsonValue reference = object.value(QLatin1String("referenceTime"));
    if (reference.isUndefined() || reference.isNull()) {
        result.request.referenceTime = now;
    } else {
        QDateTime parsedTime =
            reference.isString() ? QDateTime::fromString(reference.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!parsedTime.isValid() && reference.isString()) {
            const QDate date = QDate::fromString(reference.toString(), Qt::ISODate);
            if (date.isValid())
                parsedTime = QDateTime(date, QTime(12, 0));
        }
        if (!parsedTime.isValid()) {
            return invalidField(QStringLiteral("referenceTime"),
                                QStringLiteral("must be an ISO 8601 date and time such as \"2026-11-25T09:00:00\""));
        }
        result.request.referenceTime = parsedTime;
    }

    const QJsonValue provider = object.value(QLatin1String("provider"));
    if (!provider.isUndefined() && !provider.isNull()) {
        const auto id = provider.isString() ? parseProviderName(provider.toString()) : std::nullopt;
        if (!id) {
            return invalidField(QStringLiteral("provider"),
                                QStringLiteral("must be one of \"openai\", \"mistral\", \"offline\" (or \"demo\")"));
        }
        result.provider = id;
    }
    return result;
}

} // namespace sb
