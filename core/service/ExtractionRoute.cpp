#include "export/ResultExport.h"
#include "providers/ProviderRouter.h"
#include "service/ExtractionRequestParser.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

namespace sb {

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
                        return HttpResponse::success(extractionResultJson(text, result, clock.now()));
                    });
            }};
}

} // namespace sb
