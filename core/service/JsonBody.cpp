#include "service/JsonBody.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace sb {
namespace {

bool isJsonContentType(const QByteArray& header)
{
    // RFC 9110 §8.3.1: type/subtype are case-insensitive; parameters may follow. JSON is UTF-8 (RFC 8259 §8.1).
    const QList<QByteArray> parts = header.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset=") && parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

} // namespace

HttpError invalidField(const QString& field, const QString& requirement)
{
    return {400, QStringLiteral("invalid_request"), QStringLiteral("'%1' %2.").arg(field, requirement)};
}

std::variant<QJsonObject, HttpError> parseJsonObjectBody(const ApiRequest& request)
{
    // 400 rather than 415: the old service's clients got a 400 for this (Express left the body unparsed and 'text'
    // was missing), and the service issue asks for one.
    if (!isJsonContentType(request.header("Content-Type"))) {
        return HttpError{400, QStringLiteral("unsupported_media_type"),
                         QStringLiteral("Send the body as JSON with 'Content-Type: application/json'.")};
    }
    const QByteArray& body = request.body();
    if (body.trimmed().isEmpty()) {
        return HttpError{400, QStringLiteral("invalid_request"),
                         QStringLiteral("The request body is empty; send a JSON object.")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = utf8.decode(body);
    if (utf8.hasError()) {
        return HttpError{400, QStringLiteral("invalid_utf8"),
                         QStringLiteral("The request body is not valid UTF-8. Send JSON encoded as UTF-8.")};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument takes only objects and arrays; a lone string or number is valid JSON (RFC 8259 §2) and
        // deserves the message that says what we want instead.
        if (QJsonDocument::fromJson('[' + body + ']').isArray()) {
            return HttpError{400, QStringLiteral("invalid_request"),
                             QStringLiteral("The request body must be a JSON object, such as {\"text\": \"…\"}.")};
        }
        return HttpError{400, QStringLiteral("invalid_json"),
                         QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return HttpError{400, QStringLiteral("invalid_request"),
                         QStringLiteral("The request body must be a JSON object, such as {\"text\": \"…\"}.")};
    }
    return document.object();
}

} // namespace sb
