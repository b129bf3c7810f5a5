#include "Runtime.h"

#include "logging/LogCategories.h"
#include "providers/OfflineProvider.h"
#include "providers/ProviderRouter.h"
#include "secrets/KeySource.h"
#include "secrets/Redactor.h"
#include "service/AccessControl.h"
#include "service/HealthRoute.h"
#include "service/RateLimiter.h"
#include "service/ServiceHost.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

namespace sb {

Runtime::Runtime(StartupConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(m_ownClock.get())
{
    build();
}

Runtime::Runtime(StartupConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(&clock)
{
    build();
}

Runtime::~Runtime()
{
    m_service->stop(); // before the objects its routes use go away
}

void Runtime::build()
{
    m_adminToken = m_config.adminToken ? *m_config.adminToken : SecretValue::generateToken();
    // Whatever else the log redactor catches, these it must: the secrets this process holds.
    for (const auto* secret : {&m_config.openaiKey, &m_config.mistralKey, &m_config.apiToken}) {
        if (*secret)
            logRedactor().registerSecret(**secret);
    }
    logRedactor().registerSecret(m_adminToken);
    m_keys = std::make_unique<EnvironmentKeySource>(m_config.openaiKey, m_config.mistralKey);
    m_providers = new ProviderRouter(ProviderId::Offline, m_config.environment, *m_keys, this);
    m_providers->addProvider(std::make_unique<OfflineProvider>());
    // As the old service did, a provider that cannot be used is not fatal: extraction starts on offline, and says so.
    if (m_config.provider != ProviderId::Offline) {
        if (const auto refusal = m_providers->setActive(m_config.provider)) {
            qCWarning(lcRuntime).noquote() << "AI_PROVIDER is" << providerName(m_config.provider) << "but" << *refusal;
        }
    }
    m_rateLimiter = new RateLimiter(m_config.rateLimit, *m_clock, nullptr, this);
    m_access = new AccessControl(m_adminToken, m_config.apiToken, *m_clock, this);
    m_service = new ServiceHost(this);
}

void Runtime::startService()
{
    ServiceComponents components;
    components.router.add(healthRoute(*m_clock, m_clock->monotonicMs()));
    components.router.add(aiStatusRoute(*m_providers));
    components.router.add(switchProviderRoute(*m_providers));
    components.router.add(extractionRoute(*m_providers, *m_clock, m_config.maxTextLength));
    components.router.add(getRateLimitRoute(*m_rateLimiter));
    components.router.add(putRateLimitRoute(*m_rateLimiter));
    components.access = m_access;
    components.limiter = m_rateLimiter;
    m_service->start(m_config.service, std::move(components));
}

} // namespace sb
