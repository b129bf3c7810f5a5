#pragma once

#include "service/HttpError.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <optional>

namespace sb {

// Follows the byte stream of one HTTP/1.1 connection and finds where each request starts and ends, so that limits can
// be enforced before QHttpServer buffers anything. It only frames; QHttpServer still does the real parsing. To keep
// both in step, it accepts a subset of what QHttpServer 6.4 accepts and rejects everything else with a status:
// request-line and header syntax (400), unknown methods (501), versions other than 1.0/1.1 (505), a header section
// over the limit or with more fields than QHttpHeaderParser takes (431), a body without Content-Length (411), and a
// body over the limit (413).
class RequestFramer final
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 64 * 1024;
    };

    struct Progress
    {
        // One entry per request whose last byte was in this chunk: whether it asked to close the connection
        // ("Connection: close", or HTTP/1.0 without "Connection: keep-alive"; RFC 9112 §9.3).
        QVarLengthArray<bool, 8> completed;
        int continues = 0; // "100 Continue" interim responses owed (RFC 9110 §10.1.1)
        std::optional<HttpError> error;
    };

    explicit RequestFramer(Limits limits);

    Progress feed(const char* data, qsizetype size);
    Progress feed(const QByteArray& data) { return feed(data.constData(), data.size()); }

    // True between requests: nothing of a next request has been seen yet.
    bool betweenRequests() const { return m_state == State::Idle; }

private:
    enum class State { Idle, Head, Body, Failed };

    std::optional<HttpError> finishHead(bool& expectContinue);
    void complete(Progress& progress);

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    bool m_closeRequested = false;
};

} // namespace sb
