#pragma once

#include "providers/Provider.h"
#include "service/ApiRequest.h"

#include <optional>
#include <variant>

namespace sb {

struct ParsedExtraction
{
    ExtractionRequest request;
    std::optional<ProviderId> provider; // a per-request choice
};

// Validates POST /api/extract-entities: {"text": string, 1..maxTextLength characters, "referenceTime": ISO 8601
// (optional; `now` when absent), "provider": name (optional)}. Unknown fields are ignored, as Express did.
std::variant<ParsedExtraction, HttpError> parseExtractionRequest(const ApiRequest& request, qsizetype maxTextLength,
                                                                 const QDateTime& now);

} // namespace sb
