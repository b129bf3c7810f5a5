#pragma once

#include "service/ConnectionLimits.h"

#include <QSet>
#include <QTcpServer>
#include <QTimer>

namespace sb {

class ConnectionGuard;

// The QTcpServer handed to QAbstractHttpServer::bind(): the first line of defence. It caps open connections (a 503
// for the rest), puts a ConnectionGuard on every socket before QHttpServer sees it, and sweeps connections that stay
// idle or half-sent past the limit (slowloris).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const ConnectionLimits& limits, QObject* parent = nullptr);

    int openConnections() const { return static_cast<int>(m_guards.size()); }

signals:
    void connectionRefused();
    void requestRejected(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void refuse(QTcpSocket* socket);
    void sweep();

    const ConnectionLimits m_limits;
    QSet<ConnectionGuard*> m_guards;
    QTimer m_sweepTimer;
};

} // namespace sb
