#pragma once

#include "service/ApiRequest.h"

#include <optional>

namespace sb {

// Refuses requests whose Host header names anything but this loopback service. A web page the user visits can point
// a DNS name of its own at 127.0.0.1 and so reach the service from the browser (DNS rebinding); the Host header it
// sends then names that page's host, not ours. With a non-loopback bind the service requires a token instead, and
// any Host is accepted.
class HostCheck final
{
public:
    HostCheck(const QHostAddress& boundAddress, quint16 port);

    std::optional<HttpError> check(const ApiRequest& request) const;

private:
    bool m_anyHost = false;
    QList<QByteArray> m_allowed; // lower case
};

} // namespace sb
