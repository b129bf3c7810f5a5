#pragma once

#include "service/ApiRequest.h"

#include <QJsonObject>

#include <variant>

namespace sb {

// The body of a JSON request as an object, or the 4xx that explains what is wrong with it: a Content-Type other than
// application/json, an empty body, bytes that are not UTF-8, JSON that does not parse or is not an object (400).
std::variant<QJsonObject, HttpError> parseJsonObjectBody(const ApiRequest& request);

// "field must be a string" and the like, as a 400.
HttpError invalidField(const QString& field, const QString& requirement);

} // namespace sb
