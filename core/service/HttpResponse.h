#pragma once

#include "service/HttpError.h"

#include <QByteArray>
#include <QJsonValue>

namespace sb {

// One complete response, serialized in one piece so it reaches the socket in a single write.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    HeaderList headers;

    // The seed service's envelope: {"success":true,"data":…} and {"success":false,"error":code,"message":sentence}.
    static HttpResponse success(const QJsonValue& data, int status = 200);
    static HttpResponse fromError(const HttpError& error);

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    QByteArray header(const QByteArray& name) const;

    // Status line, our fixed safety headers, the response's own headers, Content-Length, body.
    // headOnly: the answer to a HEAD request.
    QByteArray serialize(bool closeConnection, bool headOnly = false) const;
};

const char* reasonPhrase(int status);

} // namespace sb
