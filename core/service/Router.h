#pragma once

#include "service/ApiRequest.h"
#include "service/HttpError.h"
#include "service/HttpResponse.h"

#include <QFuture>
#include <QHash>

#include <functional>
#include <optional>
#include <variant>

namespace sb {

// Which rate-limit tier a route counts against.
enum class RouteTier { Health, General, Extraction };

// What a handler gives back: a response now, or one to come (a cloud provider's answer).
class RouteReply final
{
public:
    RouteReply(HttpResponse response) // NOLINT(google-explicit-constructor): handlers return responses directly
        : m_response(std::move(response))
    {}
    RouteReply(QFuture<HttpResponse> future) // NOLINT(google-explicit-constructor)
        : m_future(std::move(future))
    {}

    bool isReady() const { return m_response.has_value(); }
    const HttpResponse& response() const { return *m_response; }
    HttpResponse& response() { return *m_response; }
    QFuture<HttpResponse> future() const { return m_future; }

private:
    std::optional<HttpResponse> m_response;
    QFuture<HttpResponse> m_future;
};

// Exact-path routing with deny by default: an unknown path is 404, a known path with another method 405 with Allow
// (RFC 9110 §15.5.6).
class Router final
{
public:
    using Handler = std::function<RouteReply(const ApiRequest&)>;

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
