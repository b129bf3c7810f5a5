#include "service/HealthRoute.h"

#include "Version.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

namespace sb {

Router::Route healthRoute(const Clock& clock, qint64 startedMonotonicMs)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/health"), RouteTier::Health, false,
            [&clock, startedMonotonicMs](const ApiRequest&) -> RouteReply {
                // Written by hand rather than through QJsonObject: monitors poll this route, and building a JSON
                // object cost more than the rest of the request together (docs/PERFORMANCE.md).
                const qint64 uptimeSeconds = (clock.monotonicMs() - startedMonotonicMs) / 1000;
                HttpResponse response;
                response.body = "{\"success\":true,\"data\":{\"status\":\"healthy\",\"timestamp\":\"" +
                                isoUtcWithMs(clock.now().toMSecsSinceEpoch()) +
                                "\",\"uptimeSeconds\":" + QByteArray::number(uptimeSeconds) + ",\"version\":\"" +
                                kVersion + "\"}}";
                return response;
            }};
}

} // namespace sb
