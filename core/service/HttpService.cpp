#include "service/HttpService.h"

#include "logging/LogCategories.h"
#include "service/ConnectionGuard.h"
#include "service/GuardedTcpServer.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

#include <chrono>

namespace sb {

HttpService::HttpService(Router router, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
{}

HttpService::~HttpService() = default;

std::optional<ListenError> HttpService::listen(const ServiceOptions& options)
{
    auto server = std::make_unique<GuardedTcpServer>(options.limits);
    if (!server->listen(options.bindAddress, options.port)) {
        const QString host = options.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + options.bindAddress.toString() + QLatin1Char(']')
                                 : options.bindAddress.toString();
        return ListenError{host + QLatin1Char(':') + QString::number(options.port),
                           server->serverError() == QAbstractSocket::AddressInUseError, server->errorString()};
    }
    m_address = server->serverAddress();
    m_port = server->serverPort();
    m_pipeline = std::make_unique<RequestPipeline>(HostCheck(m_address, m_port), m_router);
    m_tcpServer = server.release();
    bind(m_tcpServer); // takes ownership
    qCInfo(lcService).noquote() << "listening on" << m_address.toString() << "port" << m_port;
    return std::nullopt;
}

int HttpService::openConnections() const
{
    return m_tcpServer ? m_tcpServer->openConnections() : 0;
}

bool HttpService::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    if (!guard || !m_pipeline)
        return false;
    const auto started = std::chrono::steady_clock::now();
    const auto exchange = guard->beginExchange();
    const ApiRequest apiRequest = ApiRequest::from(request);
    const HttpResponse response = m_pipeline->handle(apiRequest);
    guard->finishExchange(exchange.sequence, response.serialize(exchange.closeRequested), exchange.closeRequested);

    const auto latencyUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    // Never the body, the query or any header: they can carry keys and customer text.
    qCInfo(lcAccess).noquote() << apiRequest.methodName() << apiRequest.path() << response.status
                               << QString::number(latencyUs / 1000.0, 'f', 2) + QStringLiteral("ms")
                               << apiRequest.client().toString();
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Only reached for a socket that did not come through GuardedTcpServer, which bind() never gives us.
    qCWarning(lcService) << "request on an unguarded connection refused";
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::InternalServerError);
}

} // namespace sb
