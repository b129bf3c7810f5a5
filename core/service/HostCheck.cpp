#include "service/HostCheck.h"

namespace sb {

HostCheck::HostCheck(const QHostAddress& boundAddress, quint16 port)
    : m_anyHost(!boundAddress.isLoopback())
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    QList<QByteArray> hosts{"127.0.0.1", "localhost", "[::1]"};
    // Another loopback address it was told to bind (127.0.0.2) is a name the service itself prints.
    const QByteArray bound = boundAddress.protocol() == QAbstractSocket::IPv6Protocol
                                 ? '[' + boundAddress.toString().toLatin1() + ']'
                                 : boundAddress.toString().toLatin1();
    if (!hosts.contains(bound))
        hosts.append(bound);
    for (const QByteArray& host : hosts) {
        m_allowed.append(host + suffix);
        if (port == 80) // RFC 9110 §7.2: the port may be left out when it is the scheme's default
            m_allowed.append(host);
    }
}

std::optional<HttpError> HostCheck::check(const ApiRequest& request) const
{
    // RFC 9112 §3.2: a request without exactly one Host is a bad request.
    if (request.headerCount("Host") != 1) {
        return HttpError{400, QStringLiteral("bad_request"),
                         QStringLiteral("The request needs exactly one Host header.")};
    }
    if (m_anyHost)
        return std::nullopt;
    const QByteArray host = request.header("Host").trimmed().toLower();
    if (m_allowed.contains(host))
        return std::nullopt;
    return HttpError{421, QStringLiteral("misdirected_request"),
                     QStringLiteral("This service answers only requests addressed to %1 (Host header); it refuses "
                                    "other names to protect against DNS rebinding.")
                         .arg(QString::fromLatin1(m_allowed.first()))};
}

} // namespace sb
