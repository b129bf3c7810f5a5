#pragma once

#include "service/HttpError.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace sb {

// What the pipeline and the route handlers see of a request. A plain value, so checks and handlers can be tested and
// fuzzed without a socket.
class ApiRequest final
{
public:
    using Method = QHttpServerRequest::Method;

    ApiRequest(Method method, const QString& target, HeaderList headers, QByteArray body, QHostAddress client);
    static ApiRequest from(const QHttpServerRequest& request);

    Method method() const { return m_method; }
    QByteArray methodName() const { return methodName(m_method); }
    // The path as sent (percent-encoding kept), with one trailing slash removed as Express did.
    const QString& path() const { return m_path; }
    const QUrlQuery& query() const { return m_query; }
    const QHostAddress& client() const { return m_client; }
    // All values of a header joined with ", " (RFC 9110 §5.3), empty when absent; names compare case-insensitively.
    QByteArray header(const QByteArray& name) const;
    int headerCount(const QByteArray& name) const;
    const QByteArray& body() const { return m_body; }

    static QByteArray methodName(Method method);

private:
    ApiRequest(Method method, HeaderList headers, QByteArray body, QHostAddress client);
    void setPath(QString path); // drops one trailing slash

    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    HeaderList m_headers;
    QByteArray m_body;
    QHostAddress m_client;
};

// One key per client address: "127.0.0.1" for both 127.0.0.1 and ::ffff:127.0.0.1.
QString clientKey(const QHostAddress& address);

} // namespace sb
