#pragma once

#include "service/ConnectionLimits.h"
#include "service/RequestFramer.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <map>

class QTcpSocket;

namespace sb {

// Sits on one client socket, in front of QHttpServer's parser: frames the byte stream with RequestFramer and answers
// violations itself before QHttpServer buffers them, tracks idleness for the server's sweep, and writes responses in
// request order even when handlers finish out of order (HTTP/1.1 pipelining, RFC 9112 §9.3.2).
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    using Clock = std::chrono::steady_clock;

    // Connects a readyRead slot that must run before QHttpServer's; call attachAfterHttpServer() once QHttpServer has
    // connected its own.
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits);
    ~ConnectionGuard() override;

    static ConnectionGuard* of(const QTcpSocket* socket);

    void attachAfterHttpServer();

    struct Exchange
    {
        quint64 sequence = 0;
        bool closeRequested = false; // the client asked to close after this response
    };
    // Called by the HTTP service for each request QHttpServer hands it, in order.
    Exchange beginExchange();
    void finishExchange(quint64 sequence, const QByteArray& response, bool closeAfter);

    // Closes the connection if it has waited too long: for a complete request (408 when one was under way), or for
    // the client to close after we shut our side.
    void closeIfExpired(Clock::time_point now);

signals:
    void rejected(int status);

private:
    void beforeHttpServerRead();
    void afterHttpServerRead();
    void reject(const HttpError& error);
    void write(const QByteArray& bytes, bool closeAfter);
    void shutDownWhenFlushed();
    bool busy() const { return m_nextExchange != m_nextToWrite; }

    QTcpSocket* m_socket;
    const ConnectionLimits m_limits;
    RequestFramer m_framer;
    QByteArray m_scratch;
    qint64 m_inspected = 0; // bytes still in the socket buffer that the framer has already seen
    Clock::time_point m_lastProgress;
    bool m_closing = false;
    bool m_writeShutDown = false;
    Clock::time_point m_closeDeadline;
    quint64 m_nextExchange = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, std::pair<QByteArray, bool>> m_outOfOrder;
    std::deque<bool> m_framedCloseRequests; // per framed request not yet handed out by beginExchange()
};

} // namespace sb
