#include "service/HealthRoute.h"

#include "Version.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace sb {

Router::Route healthRoute(const Clock& clock, qint64 startedMonotonicMs)
{
    return {ApiRequest::Method::Get, QStringLiteral("/api/health"), RouteTier::Health, false,
            [&clock, startedMonotonicMs](const ApiRequest&) {
                const qint64 uptimeMs = clock.monotonicMs() - startedMonotonicMs;
                return HttpResponse::success(QJsonObject{
                    {QStringLiteral("status"), QStringLiteral("healthy")},
                    {QStringLiteral("timestamp"), clock.now().toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("version"), QString::fromLatin1(kVersion)},
                    {QStringLiteral("uptimeSeconds"), uptimeMs / 1000},
                });
            }};
}

} // namespace sb
