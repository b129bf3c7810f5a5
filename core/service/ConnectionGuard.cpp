#include "service/ConnectionGuard.h"

#include "logging/LogCategories.h"
#include "service/HttpResponse.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace sb {
namespace {

void shutdownWriteSide(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(descriptor), SD_SEND);
#else
    ::shutdown(static_cast<int>(descriptor), SHUT_WR);
#endif
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits.request)
    , m_lastProgress(Clock::now())
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeHttpServerRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::shutDownWhenFlushed);
}

ConnectionGuard::~ConnectionGuard() = default;

ConnectionGuard* ConnectionGuard::of(const QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::attachAfterHttpServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterHttpServerRead);
}

void ConnectionGuard::beforeHttpServerRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_closing) {
        // Draining after an error or a close: nothing more reaches QHttpServer.
        m_socket->skip(available);
        return;
    }
    if (available <= m_inspected)
        return;
    m_scratch.resize(available);
    m_socket->peek(m_scratch.data(), available);
    const auto progress = m_framer.feed(m_scratch.constData() + m_inspected, available - m_inspected);
    if (!progress.completed.isEmpty()) {
        m_lastProgress = Clock::now();
        m_framedCloseRequests.insert(m_framedCloseRequests.end(), progress.completed.begin(), progress.completed.end());
    }
    if (progress.error) {
        reject(*progress.error);
        return;
    }
    for (int i = 0; i < progress.continues; ++i)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::afterHttpServerRead()
{
    m_inspected = m_closing ? 0 : m_socket->bytesAvailable();
}

void ConnectionGuard::reject(const HttpError& error)
{
    qCInfo(lcAccess).noquote() << "refused before routing:" << error.status << error.code << "from"
                               << m_socket->peerAddress().toString();
    emit rejected(error.status);
    m_socket->skip(m_socket->bytesAvailable());
    m_inspected = 0;
    m_framedCloseRequests.clear();
    finishExchange(m_nextExchange++, HttpResponse::fromError(error).serialize(true), true);
    m_closing = true; // also when earlier responses are still pending: no further request is read
}

ConnectionGuard::Exchange ConnectionGuard::beginExchange()
{
    Exchange exchange{m_nextExchange++, false};
    if (!m_framedCloseRequests.empty()) {
        exchange.closeRequested = m_framedCloseRequests.front();
        m_framedCloseRequests.pop_front();
    }
    return exchange;
}

void ConnectionGuard::finishExchange(quint64 sequence, const QByteArray& response, bool closeAfter)
{
    if (sequence != m_nextToWrite) {
        m_outOfOrder.emplace(sequence, std::make_pair(response, closeAfter));
        return;
    }
    write(response, closeAfter);
    ++m_nextToWrite;
    while (!m_outOfOrder.empty() && m_outOfOrder.begin()->first == m_nextToWrite) {
        auto node = m_outOfOrder.extract(m_outOfOrder.begin());
        write(node.mapped().first, node.mapped().second);
        ++m_nextToWrite;
    }
    m_lastProgress = Clock::now();
}

void ConnectionGuard::write(const QByteArray& bytes, bool closeAfter)
{
    if (m_writeShutDown || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes);
    if (!closeAfter)
        return;
    m_closing = true;
    m_closeDeadline = Clock::now() + m_limits.lingerTimeout;
    m_outOfOrder.clear();
    shutDownWhenFlushed();
}

void ConnectionGuard::shutDownWhenFlushed()
{
    if (!m_closing || m_writeShutDown || m_socket->bytesToWrite() > 0 || m_closeDeadline == Clock::time_point())
        return;
    // Half-close: the client reads our response and end-of-file, then closes; QHttpServer deletes the socket on
    // disconnected(). Until then whatever it still sends is drained, not answered.
    m_writeShutDown = true;
    shutdownWriteSide(m_socket->socketDescriptor());
}

void ConnectionGuard::closeIfExpired(Clock::time_point now)
{
    if (m_closing) {
        if (m_closeDeadline != Clock::time_point() && now >= m_closeDeadline)
            m_socket->abort();
        return;
    }
    if (busy() || now - m_lastProgress < m_limits.idleTimeout)
        return;
    if (m_framer.betweenRequests()) {
        m_socket->disconnectFromHost(); // an idle keep-alive connection: close quietly
        return;
    }
    reject(HttpError{408, QStringLiteral("request_timeout"),
                     QStringLiteral("No complete request arrived within %1 seconds; the connection is closed.")
                         .arg(m_limits.idleTimeout.count() / 1000.0)});
}

} // namespace sb
