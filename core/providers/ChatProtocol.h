#pragma once

#include "extract/Entity.h"
#include "providers/UsageLedger.h"

#include <QByteArray>
#include <QDateTime>

#include <variant>

namespace sb::chat {

// How a provider is told to answer in JSON: OpenAI takes a JSON schema (structured outputs); Mistral takes JSON mode
// with the shape described in the prompt.
enum class OutputMode { JsonSchema, JsonObject };

// The body of POST {base}/chat/completions asking for the entities of `text`.
QByteArray requestBody(OutputMode mode, const QString& model, const QString& text, const QDateTime& referenceTime);

// The instructions sent as the system message: the eight types and the annotation rules, in brief.
QString systemPrompt();

struct Reply
{
    QString content;      // the assistant message: JSON text, to be checked
    QString finishReason; // "stop", or "length" when cut off
    TokenUsage usage;
};

// The tokens a chat-completions response body reports, whether or not its answer can be used: a cut-off or refused
// answer is billed all the same.
TokenUsage usageOf(const QByteArray& body);

// Reads a chat-completions response body, or says (without quoting it) why it cannot be used.
std::variant<Reply, QString> parseReply(const QByteArray& body);

struct Candidates
{
    QList<Entity> entities; // offsets found locally, confidence from the model or a default; not yet normalized
    int invented = 0;       // values the model returned that are not in the text, dropped
    int unknownTypes = 0;   // items of a type outside the eight, dropped
};

// Checks the model's JSON against the schema and the text: unknown types and values that are not substrings of the
// text are dropped, offsets are computed here (models miscount), and repeated values map to successive occurrences.
// Candidates may overlap; the caller resolves that. Content that is not the expected JSON is an error.
std::variant<Candidates, QString> entitiesFromContent(const QString& content, const QString& text);

} // namespace sb::chat
