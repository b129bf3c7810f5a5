#include "Runtime.h"

#include "logging/LogCategories.h"
#include "providers/CloudNetwork.h"
#include "providers/CloudProvider.h"
#include "providers/OfflineProvider.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"
#include "secrets/KeySource.h"
#include "secrets/Redactor.h"
#include "service/AccessControl.h"
#include "service/HealthRoute.h"
#include "service/RateLimiter.h"
#include "service/ServiceHost.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace sb {
namespace {

QString defaultDataDirectory()
{
    // One folder for both programs, so the console and `salesbuddy serve` share usage totals.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/salesbuddy");
}

// The shipped list prices, with the user's prices.json over them when there is one.
PriceTable loadPrices(const QString& dataDirectory)
{
    PriceTable prices = PriceTable::shipped();
    QFile file(QDir(dataDirectory).filePath(QStringLiteral("prices.json")));
    if (!file.exists())
        return prices;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRuntime).noquote() << "cannot read" << file.fileName() << ":" << file.errorString()
                                       << "- using the shipped prices";
        return prices;
    }
    auto own = PriceTable::parse(file.readAll());
    if (const auto* error = std::get_if<QString>(&own)) {
        qCWarning(lcRuntime).noquote() << file.fileName() << "is not usable:" << *error << "- using the shipped prices";
        return prices;
    }
    prices.overlay(std::get<PriceTable>(own));
    qCInfo(lcRuntime).noquote() << "prices from" << file.fileName() << "apply over the shipped table";
    return prices;
}

} // namespace

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
    m_network.reset(); // cancels cloud calls in flight, before the providers they report to
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
    m_dataDirectory = m_config.dataDirectory.isEmpty() ? defaultDataDirectory() : m_config.dataDirectory;
    m_usage = new UsageLedger(QDir(m_dataDirectory).filePath(QStringLiteral("usage.json")),
                              loadPrices(m_dataDirectory), *m_clock, this);
    if (m_config.monthlyBudgetUsd)
        m_usage->overrideBudget(m_config.environment, *m_config.monthlyBudgetUsd);

    m_network = std::make_unique<CloudNetwork>();
    const auto extractor = std::make_shared<const OfflineExtractor>();
    m_providers = new ProviderRouter(ProviderId::Offline, m_config.environment, *m_keys, *m_clock, this);
    m_providers->setUsageLedger(m_usage);
    m_providers->setFallback(m_config.cloud.fallback);
    m_providers->addProvider(std::make_shared<OfflineProvider>(extractor));
    const CallLimits limits{m_config.cloud.timeoutMs, m_config.cloud.deadlineMs};
    for (ProviderId id : {ProviderId::OpenAI, ProviderId::Mistral}) {
        m_providers->addProvider(std::make_shared<CloudProvider>(id, m_config.cloud.endpoint(id), limits, *m_keys,
                                                                 *m_network, extractor, m_usage));
    }
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
    components.router.add(usageRoute(*m_usage));
    components.router.add(putBudgetRoute(*m_usage));
    components.access = m_access;
    components.limiter = m_rateLimiter;
    m_service->start(m_config.service, std::move(components));
}

} // namespace sb
