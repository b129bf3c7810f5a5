#include "service/Router.h"

namespace sb {

void Router::add(Route route)
{
    const QString path = route.path;
    m_routes[path].append(std::move(route));
}

std::variant<const Router::Route*, HttpError> Router::match(const ApiRequest& request) const
{
    const auto it = m_routes.constFind(request.path());
    if (it == m_routes.constEnd()) {
        return HttpError{404, QStringLiteral("not_found"),
                         QStringLiteral("There is no route %1 %2. See docs/API.md for the routes this service offers.")
                             .arg(QString::fromLatin1(request.methodName()), request.path().left(200))};
    }
    // RFC 9110 §9.3.2: HEAD is served wherever GET is; the service leaves the body out.
    const ApiRequest::Method method =
        request.method() == ApiRequest::Method::Head ? ApiRequest::Method::Get : request.method();
    QByteArray allow;
    for (const Route& route : *it) {
        if (route.method == method)
            return &route;
        allow += (allow.isEmpty() ? "" : ", ") + ApiRequest::methodName(route.method);
        if (route.method == ApiRequest::Method::Get)
            allow += ", HEAD";
    }
    return HttpError{405,
                     QStringLiteral("method_not_allowed"),
                     QStringLiteral("%1 does not accept %2; it accepts %3.")
                         .arg(request.path(), QString::fromLatin1(request.methodName()), QString::fromLatin1(allow)),
                     {{"Allow", allow}}};
}

} // namespace sb
