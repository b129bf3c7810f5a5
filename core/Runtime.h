#pragma once

#include "service/ServiceOptions.h"

#include <QObject>

#include <memory>

namespace sb {

class Clock;
class ServiceHost;

// Owns one of each core object and wires them together. Both programs build exactly one: the CLI for `serve` and the
// admin subcommands, the console for its window.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    explicit Runtime(ServiceOptions serviceOptions, QObject* parent = nullptr);
    // For tests: a clock of the caller's that outlives the runtime.
    Runtime(ServiceOptions serviceOptions, const Clock& clock, QObject* parent = nullptr);
    ~Runtime() override;

    const ServiceOptions& serviceOptions() const { return m_serviceOptions; }
    void setServiceOptions(const ServiceOptions& options) { m_serviceOptions = options; }

    ServiceHost& service() { return *m_service; }
    const Clock& clock() const { return *m_clock; }

    // Starts the HTTP service with the current options; the outcome arrives as ServiceHost::started/startFailed.
    void startService();

private:
    ServiceOptions m_serviceOptions;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock;
    ServiceHost* m_service;
};

} // namespace sb
