#pragma once

#include "service/ConnectionGuard.h"
#include "service/RequestPipeline.h"
#include "service/Router.h"
#include "service/ServiceOptions.h"

#include <QAbstractHttpServer>

#include <chrono>
#include <memory>
#include <optional>

namespace sb {

class GuardedTcpServer;

// The extraction service's HTTP front: QAbstractHttpServer parses requests arriving through a GuardedTcpServer, and
// every one goes through the RequestPipeline; responses leave through the connection's guard, in order.
// Lives in one thread (the service thread in both programs); routes run there.
class HttpService final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpService)

public:
    explicit HttpService(ServiceComponents components, QObject* parent = nullptr);
    ~HttpService() override;

    std::optional<ListenError> listen(const ServiceOptions& options);

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct AccessRecord
    {
        QByteArray method;
        QString path;
        QHostAddress client;
        std::chrono::steady_clock::time_point started;
    };
    void finish(ConnectionGuard* guard, const ConnectionGuard::Exchange& exchange, const HttpResponse& response,
                const AccessRecord& record);

    ServiceComponents m_components;
    std::unique_ptr<RequestPipeline> m_pipeline;
    GuardedTcpServer* m_tcpServer = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace sb
