#pragma once

#include "service/RequestPipeline.h"
#include "service/ServiceOptions.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace sb {

class HttpService;

// Runs the HTTP service in a thread of its own, so a burst of requests never stalls the console's window, and so both
// programs start and stop it the same way. start() is asynchronous: it ends in started() or startFailed().
class ServiceHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceHost)

public:
    explicit ServiceHost(QObject* parent = nullptr);
    ~ServiceHost() override;

    void start(const ServiceOptions& options, ServiceComponents components);
    // Closes every connection and joins the service thread; returns when the port is free again.
    void stop();

    bool isRunning() const { return m_running; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:3000"
    QString baseUrl() const;

signals:
    void started(const QString& baseUrl);
    void startFailed(const sb::ListenError& error);
    void stopped();

private:
    void onListenResult(HttpService* service, const std::optional<ListenError>& error);

    QThread m_thread;
    HttpService* m_service = nullptr; // lives in m_thread
    bool m_running = false;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::ListenError)
