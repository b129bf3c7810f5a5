#include "service/GuardedTcpServer.h"

#include "logging/LogCategories.h"
#include "service/ConnectionGuard.h"
#include "service/HttpResponse.h"

#include <QTcpSocket>

#include <algorithm>

namespace sb {
namespace {

// Large enough for one maximal request, small enough that 512 connections stay within a few tens of MiB.
qint64 readBufferFor(const ConnectionLimits& limits)
{
    return limits.request.maxHeaderBytes + limits.request.maxBodyBytes + 16 * 1024;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    using namespace std::chrono;
    const auto interval = std::clamp(m_limits.idleTimeout / 4, milliseconds(50), milliseconds(1000));
    m_sweepTimer.setInterval(interval);
    m_sweepTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcService) << "could not adopt an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    if (m_guards.size() >= m_limits.maxConnections) {
        refuse(socket);
        return;
    }
    socket->setReadBufferSize(readBufferFor(m_limits));
    auto* guard = new ConnectionGuard(socket, m_limits);
    m_guards.insert(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { m_guards.remove(guard); });
    connect(guard, &ConnectionGuard::rejected, this, &GuardedTcpServer::requestRejected);
    // QAbstractHttpServer connects its readyRead handler inside this call (pendingConnectionAvailable is a direct
    // signal), so the guard's first slot runs before it and its second after it.
    addPendingConnection(socket);
    guard->attachAfterHttpServer();
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
}

void GuardedTcpServer::refuse(QTcpSocket* socket)
{
    qCWarning(lcService) << "refused a connection from" << socket->peerAddress().toString() << "at the limit of"
                         << m_limits.maxConnections << "open connections";
    emit connectionRefused();
    HttpResponse response = HttpResponse::fromError(
        {503,
         QStringLiteral("too_many_connections"),
         QStringLiteral("The service already has %1 open connections, its limit. Close idle connections or retry "
                        "shortly.")
             .arg(m_limits.maxConnections),
         {{"Retry-After", "1"}}});
    socket->write(response.serialize(true));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    QTimer::singleShot(m_limits.lingerTimeout, socket, &QTcpSocket::abort);
}

void GuardedTcpServer::sweep()
{
    if (m_guards.isEmpty()) {
        m_sweepTimer.stop();
        return;
    }
    const auto now = ConnectionGuard::Clock::now();
    const auto guards = m_guards; // closing may delete sockets later, never now, but be safe against re-entry
    for (ConnectionGuard* guard : guards)
        guard->closeIfExpired(now);
}

} // namespace sb
