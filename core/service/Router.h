#pragma once

#include "service/ApiRequest.h"
#include "service/HttpError.h"
#include "service/HttpResponse.h"

#include <QHash>

#include <functional>
#include <variant>

namespace sb {

// Which rate-limit tier a route counts against.
enum class RouteTier { Health, General, Extraction };

// Exact-path routing with deny by default: an unknown path is 404, a known path with another method 405 with Allow
// (RFC 9110 §15.5.6).
class Router final
{
public:
    using Handler = std::function<HttpResponse(const ApiRequest&)>;

    struct Route
    {
        ApiRequest::Method method;
        QString path;
        RouteTier tier = RouteTier::General;
        bool adminOnly = false;
        Handler handler;
    };

    void add(Route route);

    // The route to run, or the error to answer with.
    std::variant<const Route*, HttpError> match(const ApiRequest& request) const;

private:
    QHash<QString, QList<Route>> m_routes;
};

} // namespace sb
