#include "Runtime.h"

#include "audit/AuditLog.h"
#include "config/EnvironmentProfiles.h"
#include "logging/LogCategories.h"
#include "providers/CloudNetwork.h"
#include "providers/CloudProvider.h"
#include "providers/OfflineProvider.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"
#include "secrets/KeyVault.h"
#include "rotation/RotationManager.h"
#include "rotation/SecurityChecklist.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"
#include "service/AccessControl.h"
#include "service/HealthRoute.h"
#include "service/RateLimiter.h"
#include "service/ServiceHost.h"
#include "service/ServiceMetrics.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

#include <QDir>
#include <QHostAddress>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

namespace sb {
namespace {

// One folder for both programs, so the console and `salesbuddy serve` share keys, usage totals and the audit log.
QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/salesbuddy");
}

QString defaultConfigDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/salesbuddy");
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

Runtime::Runtime(StartupConfig config, const Clock& clock, std::unique_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(&clock)
    , m_secrets(std::move(secrets))
{
    build();
}

Runtime::~Runtime()
{
    m_service->stop(); // before the objects its routes use go away
    summarizeRejections();
    m_network.reset(); // cancels cloud calls in flight, before the providers they report to
}

void Runtime::build()
{
    m_adminToken = m_config.adminToken ? *m_config.adminToken : SecretValue::generateToken();
    m_adminTokenSource = m_config.adminToken ? AdminTokenSource::Environment : AdminTokenSource::ThisRun;
    // Whatever else the log redactor catches, these it must: the secrets this process holds.
    for (const auto* secret : {&m_config.openaiKey, &m_config.mistralKey, &m_config.apiToken}) {
        if (*secret)
            logRedactor().registerSecret(**secret);
    }
    logRedactor().registerSecret(m_adminToken);
    m_dataDirectory = dataDirectoryFor(m_config);
    m_configDirectory = configDirectoryFor(m_config);
    m_audit = new AuditLog(QDir(m_dataDirectory).filePath(QStringLiteral("audit.log")), *m_clock, this);

    // The active environment's profile, except what environment variables set.
    m_startupRateLimit = m_config.rateLimit;
    m_profiles = std::make_unique<ProfileStore>(QDir(m_configDirectory).filePath(QStringLiteral("environments.ini")));
    if (!m_config.fromVariables.environment)
        m_config.environment = m_profiles->active();
    const EnvironmentProfile profile = m_profiles->profile(m_config.environment);
    if (!m_config.fromVariables.provider)
        m_config.provider = profile.provider;
    m_config.rateLimit = withVariables(profile.rateLimit);
    if (!m_config.fromVariables.logLevel)
        m_config.logLevel = profile.logLevel;

    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    m_vault = new KeyVault(*m_secrets, QDir(m_configDirectory).filePath(QStringLiteral("keys.ini")), m_audit,
                           *m_clock, m_config.openaiKey, m_config.mistralKey, this);
    m_usage = new UsageLedger(QDir(m_dataDirectory).filePath(QStringLiteral("usage.json")),
                              loadPrices(m_dataDirectory), *m_clock, this);
    if (m_config.monthlyBudgetUsd)
        m_usage->overrideBudget(m_config.environment, *m_config.monthlyBudgetUsd);

    m_network = std::make_unique<CloudNetwork>();
    const auto extractor = std::make_shared<const OfflineExtractor>();
    m_providers = new ProviderRouter(ProviderId::Offline, m_config.environment, *m_vault, *m_clock, this);
    m_providers->setUsageLedger(m_usage);
    m_providers->setFallback(m_config.cloud.fallback);
    m_providers->addProvider(std::make_shared<OfflineProvider>(extractor));
    const CallLimits limits{m_config.cloud.timeoutMs, m_config.cloud.deadlineMs};
    for (ProviderId id : {ProviderId::OpenAI, ProviderId::Mistral}) {
        const QUrl& base = m_config.cloud.endpoint(id).baseUrl;
        if (base.scheme() == QLatin1String("http") && !QHostAddress(base.host()).isLoopback() &&
            base.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcRuntime).noquote() << providerName(id) << "is configured at" << base.toString()
                                           << "- plain http beyond this computer sends its API key unencrypted";
        }
        m_providers->addProvider(std::make_shared<CloudProvider>(id, m_config.cloud.endpoint(id), limits, *m_vault,
                                                                 *m_network, extractor, m_usage));
    }
    // A key from the environment is there at once; one from the keychain comes with loadKeys(), which then makes the
    // provider active or, as the old service did, warns and stays on offline.
    if (m_config.provider != ProviderId::Offline && m_vault->hasKey(m_config.provider, m_config.environment))
        m_providers->setActive(m_config.provider);
    m_rotation = new RotationManager(QDir(m_configDirectory).filePath(QStringLiteral("rotation.ini")), *m_vault,
                                     *m_profiles, *m_providers, m_audit, *m_clock, this);
    m_checklist = std::make_unique<SecurityChecklist>(QDir(m_configDirectory).filePath(QStringLiteral("checklist.ini")),
                                                      *m_vault, *m_profiles, *m_rotation,
                                                      QStringList{m_configDirectory, m_dataDirectory});
    connect(m_vault, &KeyVault::keysChanged, this, &Runtime::followKeyChanges);
    m_rateLimiter = new RateLimiter(m_config.rateLimit, *m_clock, nullptr, this);
    m_access = new AccessControl(m_adminToken, m_config.apiToken, *m_clock, this);
    m_service = new ServiceHost(this);
    m_metrics = std::make_unique<ServiceMetrics>(*m_clock);
    connect(m_service, &ServiceHost::started, this, [this] { m_metrics->markStarted(); });
    connect(m_service, &ServiceHost::stopped, this, [this] { m_metrics->markStopped(); });
    auditServiceEvents();
}

void Runtime::auditServiceEvents()
{
    connect(m_access, &AccessControl::authenticationFailed, this, [this](const QString& client) {
        m_audit->append(QStringLiteral("api:") + client, QStringLiteral("auth.failed"));
    });
    connect(m_access, &AccessControl::clientBanned, this, [this](const QString& client, const QDateTime& until) {
        m_audit->append(QStringLiteral("api:") + client, QStringLiteral("auth.banned"),
                        QJsonObject{{QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}});
    });
    // Rejections are summed per minute: a flood of refused requests is one line a minute, not one per request.
    m_rejectionSummary = new QTimer(this);
    m_rejectionSummary->setInterval(60'000);
    connect(m_rejectionSummary, &QTimer::timeout, this, &Runtime::summarizeRejections);
    m_rejectionSummary->start();
}

void Runtime::summarizeRejections()
{
    const QHash<QString, qint64> rejections = m_rateLimiter->takeRejections();
    if (rejections.isEmpty())
        return;
    QJsonObject clients;
    qint64 total = 0;
    for (auto it = rejections.begin(); it != rejections.end(); ++it) {
        clients.insert(it.key(), it.value());
        total += it.value();
    }
    m_audit->append(QStringLiteral("service"), QStringLiteral("ratelimit.rejected"),
                    QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("clients"), clients}});
}

void Runtime::followKeyChanges()
{
    const ProviderId active = m_providers->active();
    const Environment environment = m_providers->environment();
    // The provider this run is meant to use got its key (added here or by another process): use it.
    if (active != m_config.provider && isCloudProvider(m_config.provider) &&
        m_vault->hasKey(m_config.provider, environment) && !m_providers->setActive(m_config.provider)) {
        m_audit->append(QStringLiteral("service"), QStringLiteral("provider.switched"),
                        QJsonObject{{QStringLiteral("from"), providerName(active)},
                                    {QStringLiteral("to"), providerName(m_config.provider)},
                                    {QStringLiteral("reason"), QStringLiteral("its key was added")}});
        return;
    }
    // A key deleted or marked compromised (here or by another process): extraction moves down the chain at once.
    if (!isCloudProvider(active) || m_vault->hasKey(active, environment))
        return;
    const ProviderId next = m_providers->moveDownChain();
    qCWarning(lcRuntime).noquote() << providerName(active) << "has no usable key in"
                                   << environmentName(m_providers->environment()) << "any more; extraction moved to"
                                   << providerName(next);
    m_audit->append(QStringLiteral("service"), QStringLiteral("provider.switched"),
                    QJsonObject{{QStringLiteral("from"), providerName(active)},
                                {QStringLiteral("to"), providerName(next)},
                                {QStringLiteral("reason"), QStringLiteral("key removed or compromised")}});
}

RateLimitPolicy Runtime::withVariables(RateLimitPolicy policy) const
{
    // A caller that set rateLimit without naming fields gives the whole policy; RATE_LIMIT_* each replace only theirs.
    const auto& from = m_config.fromVariables;
    if (from.rateLimit && !from.rateLimitEnabled && !from.rateLimitMax && !from.rateLimitWindow)
        return m_startupRateLimit;
    if (from.rateLimitEnabled)
        policy.enabled = m_startupRateLimit.enabled;
    if (from.rateLimitMax)
        policy.general.maxRequests = m_startupRateLimit.general.maxRequests;
    if (from.rateLimitWindow)
        policy.general.windowMinutes = m_startupRateLimit.general.windowMinutes;
    return policy;
}

QString Runtime::dataDirectoryFor(const StartupConfig& config)
{
    return config.dataDirectory.isEmpty() ? defaultDataDirectory() : config.dataDirectory;
}

QString Runtime::configDirectoryFor(const StartupConfig& config)
{
    return config.configDirectory.isEmpty() ? defaultConfigDirectory() : config.configDirectory;
}

Environment Runtime::environment() const
{
    return m_providers->environment();
}

std::optional<QString> Runtime::switchEnvironment(Environment environment, const QString& actor)
{
    const Environment previous = m_providers->environment();
    if (m_config.fromVariables.environment && environment != previous) {
        return QStringLiteral("SALESBUDDY_ENV or NODE_ENV sets the environment to %1 for this run; unset it to switch")
            .arg(environmentName(previous));
    }
    if (!m_profiles->setActive(environment))
        return QStringLiteral("cannot save the active environment to %1").arg(m_profiles->path());
    m_config.environment = environment;
    m_providers->setEnvironment(environment);
    const EnvironmentProfile profile = m_profiles->profile(environment);
    QJsonObject details{{QStringLiteral("from"), environmentName(previous)},
                        {QStringLiteral("to"), environmentName(environment)}};
    m_rateLimiter->setPolicy(withVariables(profile.rateLimit));
    if (!m_config.fromVariables.logLevel) {
        m_config.logLevel = profile.logLevel;
        applyLogLevel(profile.logLevel);
    }
    const ProviderId wanted = m_config.fromVariables.provider ? m_config.provider : profile.provider;
    if (const auto refusal = m_providers->setActive(wanted)) {
        // The profile's provider has no key here: offline answers until one is added.
        m_providers->setActive(ProviderId::Offline);
        details.insert(QStringLiteral("providerNote"), *refusal);
    }
    details.insert(QStringLiteral("provider"), providerName(m_providers->active()));
    m_audit->append(actor, QStringLiteral("env.switched"), details);
    qCInfo(lcRuntime).noquote() << "environment switched from" << environmentName(previous) << "to"
                                << environmentName(environment) << "- provider" << providerName(m_providers->active());
    return std::nullopt;
}

QFuture<QStringList> Runtime::loadKeys()
{
    // The admin token lives in the keychain, so scripts and the console's users keep one token across restarts.
    QFuture<void> adminToken = QtFuture::makeReadyFuture();
    if (m_adminTokenSource != AdminTokenSource::Environment) {
        const QString account = QStringLiteral("service.admin-token");
        adminToken = m_secrets->read(account).then(this, [this, account](const SecretReadResult& read) {
            if (const auto* value = std::get_if<SecretValue>(&read); value && value->size() >= 16) {
                m_adminToken = *value;
                m_adminTokenSource = AdminTokenSource::Keychain;
                logRedactor().registerSecret(m_adminToken);
                m_access->setAdminToken(m_adminToken);
                return QtFuture::makeReadyFuture();
            }
            if (std::get<SecretStoreError>(read).kind != SecretStoreError::Kind::NotFound)
                return QtFuture::makeReadyFuture(); // no keychain: this run's token
            // First run with a keychain: keep the token made for this run.
            return m_secrets->write(account, m_adminToken).then(this, [this](const SecretStoreResult& error) {
                if (!error)
                    m_adminTokenSource = AdminTokenSource::Keychain;
            });
        }).unwrap();
    }
    return adminToken.then(this, [this] { return m_vault->load(); }).unwrap().then(this, [this](const QStringList& problems) {
        if (m_config.provider != ProviderId::Offline && m_providers->active() != m_config.provider) {
            if (const auto refusal = m_providers->setActive(m_config.provider)) {
                const QString source = m_config.fromVariables.provider
                                           ? QStringLiteral("AI_PROVIDER is")
                                           : QStringLiteral("the %1 profile's provider is")
                                                 .arg(environmentName(m_providers->environment()));
                qCWarning(lcRuntime).noquote() << source << providerName(m_config.provider) << "but" << *refusal;
            }
        }
        return problems;
    });
}

void Runtime::startService()
{
    ServiceComponents components;
    components.router.add(healthRoute(*m_clock, m_clock->monotonicMs()));
    components.router.add(aiStatusRoute(*m_providers));
    components.router.add(switchProviderRoute(*m_providers, m_audit));
    components.router.add(extractionRoute(*m_providers, *m_clock, m_config.maxTextLength));
    components.router.add(getRateLimitRoute(*m_rateLimiter));
    components.router.add(putRateLimitRoute(*m_rateLimiter, m_audit));
    components.router.add(usageRoute(*m_usage));
    components.router.add(putBudgetRoute(*m_usage, m_audit));
    components.access = m_access;
    components.limiter = m_rateLimiter;
    components.metrics = m_metrics.get();
    m_service->start(m_config.service, std::move(components));
}

} // namespace sb
