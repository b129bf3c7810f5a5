#pragma once

#include "Runtime.h"
#include "service/ServiceHost.h"
#include "util/Clock.h"

#include <QSignalSpy>

#include <memory>

namespace sb::test {

// A Runtime whose service listens on an ephemeral loopback port, started and ready when construction returns.
class TestService
{
public:
    explicit TestService(ServiceOptions options = defaultOptions())
        : m_runtime(std::make_unique<Runtime>(std::move(options), m_clock))
    {
        QSignalSpy started(&m_runtime->service(), &ServiceHost::started);
        QSignalSpy failed(&m_runtime->service(), &ServiceHost::startFailed);
        m_runtime->startService();
        for (int i = 0; i < 100 && started.isEmpty() && failed.isEmpty(); ++i)
            started.wait(100);
        m_ok = !started.isEmpty();
    }

    static ServiceOptions defaultOptions()
    {
        ServiceOptions options;
        options.port = 0;
        return options;
    }

    bool ok() const { return m_ok; }
    quint16 port() const { return m_runtime->service().port(); }
    Runtime& runtime() { return *m_runtime; }
    ManualClock& clock() { return m_clock; }

private:
    ManualClock m_clock;
    std::unique_ptr<Runtime> m_runtime;
    bool m_ok = false;
};

} // namespace sb::test
