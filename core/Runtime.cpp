#include "Runtime.h"

#include "service/HealthRoute.h"
#include "service/ServiceHost.h"
#include "util/Clock.h"

namespace sb {

Runtime::Runtime(ServiceOptions serviceOptions, QObject* parent)
    : QObject(parent)
    , m_serviceOptions(std::move(serviceOptions))
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(m_ownClock.get())
    , m_service(new ServiceHost(this))
{}

Runtime::Runtime(ServiceOptions serviceOptions, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_serviceOptions(std::move(serviceOptions))
    , m_clock(&clock)
    , m_service(new ServiceHost(this))
{}

Runtime::~Runtime()
{
    m_service->stop(); // before the clock the routes read goes away
}

void Runtime::startService()
{
    Router router;
    router.add(healthRoute(*m_clock, m_clock->monotonicMs()));
    m_service->start(m_serviceOptions, std::move(router));
}

} // namespace sb
