#include "providers/ChatProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sb::chat {
namespace {

constexpr double kDefaultConfidence = 0.8;

QJsonArray typeNames()
{
    QJsonArray names;
    for (EntityType type : allEntityTypes())
        names.append(entityTypeName(type));
    return names;
}

// {"entities": [{"type": one of the eight, "value": string, "confidence": number}]}, strict: every field required,
// nothing else allowed (OpenAI's structured outputs need both).
QJsonObject entitySchema()
{
    const QJsonObject item{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("type"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                  {QStringLiteral("enum"), typeNames()}}},
             {QStringLiteral("value"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
             {QStringLiteral("confidence"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}},
         }},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("confidence")}},
        {QStringLiteral("additionalProperties"), false},
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("entities"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), item}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("entities")}},
        {QStringLiteral("additionalProperties"), false},
    };
}

// Where `value` occurs in `text` at or after `from` and not at a start already claimed for it, exactly or else
// ignoring case; -1 when it does not.
qsizetype locate(const QString& text, const QString& value, qsizetype from, const QSet<qsizetype>& claimed)
{
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (qsizetype at = text.indexOf(value, from, sensitivity); at >= 0;
             at = text.indexOf(value, at + 1, sensitivity)) {
            if (!claimed.contains(at))
                return at;
        }
    }
    return -1;
}

} // namespace

QString systemPrompt()
{
    return QStringLiteral(
        "You extract named entities from sales meeting notes, emails and voice transcripts.\n"
        "Return JSON: {\"entities\": [{\"type\": ..., \"value\": ..., \"confidence\": ...}]}, one item per mention, "
        "in the order they appear; a name mentioned twice is listed twice.\n"
        "\"value\" must be copied exactly from the text, same characters and case. \"confidence\" is between 0 and "
        "1.\n"
        "Types:\n"
        "- person: a named human, without titles such as Mr, Ms, Dr, Prof and without a possessive 's. A lone first "
        "name or surname counts when it clearly names someone.\n"
        "- organization: a named company, institution, agency or named team, with its legal suffix (Inc., Corp, LLC, "
        "Ltd, GmbH, plc ...). A company name alone is an organization even where its product is meant.\n"
        "- location: a named city, region, country, street address (one entity from the number to the postal code "
        "and city), venue, hotel or building. \"City, State\" outside an address is two locations.\n"
        "- product: a named product, model, service tier or software offering, with its version and a tier word that "
        "belongs to the name (\"Pro plan\"), not a generic noun after it (\"licenses\", \"seats\").\n"
        "- financial: an amount of money with its currency sign, code or word and magnitude (\"$50,000\", \"EUR "
        "2.5M\", \"thirty thousand dollars\"); an amount without a currency is not one.\n"
        "- contact: an email address or phone number as written, without an extension.\n"
        "- date: a calendar day, absolute or relative (\"tomorrow\", \"next Tuesday\", \"the 14th\", \"3/12\"), "
        "including \"next\", \"this\" or \"the\" when part of the phrase, never a preposition.\n"
        "- time: a clock time (\"3 PM\", \"15:30\", \"noon\", \"half past two\"), without a time zone; a range gives "
        "one entity per end.\n"
        "Not entities: roles and generic nouns (\"the CFO\", \"the client\"), departments, percentages, quantities "
        "without a currency, durations, quarters and fiscal years, \"next week\", \"end of the month\", \"tonight\", "
        "events and trade shows, sales territories (EMEA, APAC), nationality adjectives, and emails or numbers "
        "spelled out in words.\n"
        "Entities never overlap: where two readings overlap, keep the longest single entity.");
}

QByteArray requestBody(OutputMode mode, const QString& model, const QString& text, const QDateTime& referenceTime)
{
    const QString user = QStringLiteral("Reference time (for relative dates): %1 (%2)\nText:\n%3")
                             .arg(referenceTime.toString(Qt::ISODate),
                                  QLocale::c().dayName(referenceTime.date().dayOfWeek()), text);
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), systemPrompt()}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}}},
    };
    if (mode == OutputMode::JsonSchema) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("entities")},
                                             {QStringLiteral("strict"), true},
                                             {QStringLiteral("schema"), entitySchema()}}}});
    } else {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

TokenUsage usageOf(const QByteArray& body)
{
    const QJsonObject usage = QJsonDocument::fromJson(body).object().value(QLatin1String("usage")).toObject();
    return TokenUsage{qint64(usage.value(QLatin1String("prompt_tokens")).toDouble()),
                      qint64(usage.value(QLatin1String("completion_tokens")).toDouble())};
}

std::variant<Reply, QString> parseReply(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("the reply is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    const QJsonObject root = document.object();
    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return QStringLiteral("the reply has no choices");
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    Reply reply;
    reply.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    reply.usage = usageOf(body);
    if (message.value(QLatin1String("refusal")).isString())
        return QStringLiteral("the model refused the request");
    if (!message.value(QLatin1String("content")).isString())
        return QStringLiteral("the reply has no message content");
    reply.content = message.value(QLatin1String("content")).toString();
    if (reply.finishReason == QLatin1String("length"))
        return QStringLiteral("the reply was cut off at the model's length limit");
    return reply;
}

std::variant<Candidates, QString> entitiesFromContent(const QString& content, const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QStringLiteral("the model's answer is not valid JSON (%1 at character %2)")
            .arg(error.errorString())
            .arg(error.offset);
    }
    // The schema says {"entities": [...]}; a bare array is accepted too, as JSON mode sometimes gives one.
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value(QLatin1String("entities")).isArray())
        items = document.object().value(QLatin1String("entities")).toArray();
    else
        return QStringLiteral("the model's answer has no \"entities\" list");

    Candidates result;
    QHash<QString, QSet<qsizetype>> claimed; // a value listed again maps to another occurrence
    QHash<QString, qsizetype> nextSearch;    // preferably the next one
    for (const QJsonValue& itemValue : std::as_const(items)) {
        const QJsonObject item = itemValue.toObject();
        const auto type = parseEntityType(item.value(QLatin1String("type")).toString());
        if (!type) {
            ++result.unknownTypes;
            continue;
        }
        const QString value = item.value(QLatin1String("value")).toString().trimmed();
        if (value.isEmpty()) {
            ++result.invented;
            continue;
        }
        const QString key = value.toCaseFolded();
        QSet<qsizetype>& starts = claimed[key];
        qsizetype at = locate(text, value, nextSearch.value(key, 0), starts);
        if (at < 0)
            at = locate(text, value, 0, starts); // listed out of order
        if (at < 0) {
            ++result.invented;
            continue;
        }
        nextSearch.insert(key, at + value.size());
        starts.insert(at);
        const QJsonValue confidence = item.value(QLatin1String("confidence"));
        const double score = confidence.isDouble() && confidence.toDouble() > 0
                                 ? std::min(1.0, confidence.toDouble())
                                 : kDefaultConfidence;
        result.entities.append(Entity::at(text, *type, at, at + value.size(), score));
    }
    std::sort(result.entities.begin(), result.entities.end(),
              [](const Entity& a, const Entity& b) { return a.start < b.start; });
    return result;
}

} // namespace sb::chat
