#include "service/ApiRequest.h"

#include <QUrl>

namespace sb {

ApiRequest::ApiRequest(Method method, const QString& target, HeaderList headers, QByteArray body, QHostAddress client)
    : m_method(method)
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_client(std::move(client))
{
    const QUrl url = QUrl::fromEncoded(target.toLatin1());
    setPath(url.path(QUrl::FullyEncoded));
    if (url.hasQuery())
        m_query = QUrlQuery(url);
}

ApiRequest ApiRequest::from(const QHttpServerRequest& request)
{
    // QHttpServer has parsed the target already; take its parts rather than parse them again.
    const QUrl& url = request.url();
    ApiRequest result(request.method(), request.headers(), request.body(), request.remoteAddress());
    result.setPath(url.path(QUrl::FullyEncoded));
    if (url.hasQuery())
        result.m_query = QUrlQuery(url);
    return result;
}

ApiRequest::ApiRequest(Method method, HeaderList headers, QByteArray body, QHostAddress client)
    : m_method(method)
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_client(std::move(client))
{}

void ApiRequest::setPath(QString path)
{
    m_path = std::move(path);
    if (m_path.size() > 1 && m_path.endsWith(QLatin1Char('/')))
        m_path.chop(1);
}

QByteArray ApiRequest::header(const QByteArray& name) const
{
    QByteArray joined;
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isNull())
            joined += ", ";
        joined += value;
    }
    return joined;
}

int ApiRequest::headerCount(const QByteArray& name) const
{
    return static_cast<int>(std::count_if(m_headers.cbegin(), m_headers.cend(), [&](const auto& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

QString clientKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

QByteArray ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace sb
