#include "service/ServiceHost.h"

#include "logging/LogCategories.h"
#include "service/HttpService.h"

namespace sb {

ServiceHost::ServiceHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("salesbuddy-service"));
}

ServiceHost::~ServiceHost()
{
    stop();
}

void ServiceHost::start(const ServiceOptions& options, ServiceComponents components)
{
    stop();
    m_thread.start();
    auto* service = new HttpService(std::move(components));
    service->moveToThread(&m_thread);
    m_service = service;
    QMetaObject::invokeMethod(service, [this, service, options] {
        const auto error = service->listen(options);
        QMetaObject::invokeMethod(
            this, [this, service, error] { onListenResult(service, error); }, Qt::QueuedConnection);
    });
}

void ServiceHost::onListenResult(HttpService* service, const std::optional<ListenError>& error)
{
    if (service != m_service)
        return; // a result from a service already stopped
    if (error) {
        stop();
        emit startFailed(*error);
        return;
    }
    m_running = true;
    m_address = service->address();
    m_port = service->port();
    emit started(baseUrl());
}

void ServiceHost::stop()
{
    if (!m_service && !m_thread.isRunning())
        return;
    if (m_service) {
        HttpService* service = std::exchange(m_service, nullptr);
        // Delete it in its own thread: sockets and timers must die where they live.
        QMetaObject::invokeMethod(
            service, [service] { delete service; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    const bool wasRunning = std::exchange(m_running, false);
    if (wasRunning)
        emit stopped();
}

QString ServiceHost::baseUrl() const
{
    if (!m_running)
        return {};
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace sb
