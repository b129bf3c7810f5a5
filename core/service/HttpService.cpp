#include "service/HttpService.h"

#include "logging/LogCategories.h"
#include "service/ConnectionGuard.h"
#include "service/GuardedTcpServer.h"
#include "service/ServiceMetrics.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <chrono>

namespace sb {

HttpService::HttpService(ServiceComponents components, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_components(std::move(components))
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
    m_pipeline = std::make_unique<RequestPipeline>(HostCheck(m_address, m_port), m_components);
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
    const auto exchange = guard->beginExchange();
    const ApiRequest apiRequest = ApiRequest::from(request);
    const AccessRecord record{apiRequest.methodName(), apiRequest.path(), apiRequest.client(),
                              std::chrono::steady_clock::now()};
    RouteReply reply = m_pipeline->handle(apiRequest);
    if (reply.isReady()) {
        finish(guard, exchange, reply.response(), record);
        return true;
    }
    // An answer still to come (a cloud provider's): the guard keeps later responses on this connection queued behind
    // it, and the continuation runs back in this thread. A guard gone by then means the client hung up.
    QPointer<ConnectionGuard> guardRef(guard);
    reply.future()
        .onFailed([] {
            qCCritical(lcService) << "an asynchronous handler failed";
            return HttpResponse::fromError({500, QStringLiteral("internal_error"),
                                            QStringLiteral("The service failed to handle this request; its log "
                                                           "has details.")});
        })
        .onCanceled([] {
            return HttpResponse::fromError({503, QStringLiteral("service_stopping"),
                                            QStringLiteral("The service stopped before this request finished. "
                                                           "Send it again.")});
        })
        .then(this, [this, guardRef, exchange, record](const HttpResponse& response) {
            if (guardRef)
                finish(guardRef, exchange, response, record);
        });
    return true;
}

void HttpService::finish(ConnectionGuard* guard, const ConnectionGuard::Exchange& exchange,
                         const HttpResponse& response, const AccessRecord& record)
{
    guard->finishExchange(exchange.sequence, response.serialize(exchange.closeRequested, record.method == "HEAD"),
                          exchange.closeRequested);
    const auto latencyUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - record.started)
            .count();
    if (m_components.metrics)
        m_components.metrics->record(response.status, latencyUs);
    if (!lcAccess().isInfoEnabled())
        return;
    // Never the body, the query or any header: they can carry keys and customer text.
    qCInfo(lcAccess).noquote() << record.method << record.path << response.status
                               << QString::number(latencyUs / 1000.0, 'f', 2) + QStringLiteral("ms")
                               << clientKey(record.client);
}

void HttpService::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Only reached for a socket that did not come through GuardedTcpServer, which bind() never gives us.
    qCWarning(lcService) << "request on an unguarded connection refused";
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::InternalServerError);
}

} // namespace sb
