#include "providers/ProviderRouter.h"

#include "logging/LogCategories.h"
#include "secrets/KeySource.h"
#include "util/Clock.h"

#include <QElapsedTimer>

#include <algorithm>

namespace sb {
namespace {

QString defaultModel(ProviderId id)
{
    switch (id) {
    case ProviderId::OpenAI:
        return QStringLiteral("gpt-4o-mini");
    case ProviderId::Mistral:
        return QStringLiteral("mistral-small-latest");
    case ProviderId::Offline:
        return {};
    }
    return {};
}

} // namespace

struct ProviderRouter::Attempt
{
    ExtractionRequest request;
    QList<std::pair<ProviderId, std::shared_ptr<Provider>>> chain;
    QStringList reasons; // why each provider before the one that answered did not
    qsizetype next = 0;
    ProviderId firstChoice = ProviderId::Offline;
    QElapsedTimer timer;
};

ProviderRouter::ProviderRouter(ProviderId active, Environment environment, const KeySource& keys, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_active(active)
    , m_environment(environment)
{
    for (ProviderId id : allProviders())
        m_health.emplace(id, Health{});
}

ProviderRouter::~ProviderRouter() = default;

void ProviderRouter::addProvider(std::shared_ptr<Provider> provider)
{
    QMutexLocker lock(&m_mutex);
    const ProviderId id = provider->id();
    m_providers[id] = std::move(provider);
}

std::shared_ptr<Provider> ProviderRouter::provider(ProviderId id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_providers.find(id);
    return it != m_providers.end() ? it->second : nullptr;
}

void ProviderRouter::setUsageLedger(UsageLedger* ledger)
{
    QMutexLocker lock(&m_mutex);
    m_usage = ledger;
}

ProviderId ProviderRouter::active() const
{
    QMutexLocker lock(&m_mutex);
    return m_active;
}

Environment ProviderRouter::environment() const
{
    QMutexLocker lock(&m_mutex);
    return m_environment;
}

void ProviderRouter::setEnvironment(Environment environment)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_environment == environment)
            return;
        m_environment = environment;
        // A key check was about the other environment's key.
        for (auto& [id, health] : m_health)
            health.lastKeyCheck.reset();
    }
    emit environmentChanged(environment);
}

bool ProviderRouter::keyConfigured(ProviderId provider) const
{
    return !isCloudProvider(provider) || m_keys.hasKey(provider, m_environment);
}

std::optional<QString> ProviderRouter::setActive(ProviderId provider)
{
    ProviderId previous;
    {
        QMutexLocker lock(&m_mutex);
        if (m_providers.find(provider) == m_providers.end()) {
            return QStringLiteral("%1 extraction is not available in this version of Sales Buddy; extraction stays "
                                  "with %2.")
                .arg(providerName(provider), providerName(m_active));
        }
        if (!keyConfigured(provider)) {
            return QStringLiteral("%1 has no API key in the %2 environment. Set %3, or store one with 'salesbuddy "
                                  "keys set %1 --env %2', then switch again.")
                .arg(providerName(provider), environmentName(m_environment), keyVariable(provider));
        }
        previous = std::exchange(m_active, provider);
    }
    if (previous != provider) {
        qCInfo(lcProviders).noquote() << "active provider switched from" << providerName(previous) << "to"
                                      << providerName(provider);
        emit activeChanged(provider, previous);
    }
    return std::nullopt;
}

ProviderId ProviderRouter::moveDownChain()
{
    for (ProviderId candidate : fallback()) {
        if (!setActive(candidate))
            return candidate;
    }
    setActive(ProviderId::Offline);
    return ProviderId::Offline;
}

QList<ProviderId> ProviderRouter::fallback() const
{
    QMutexLocker lock(&m_mutex);
    QList<ProviderId> chain = chainFrom(m_active);
    chain.removeFirst();
    return chain;
}

void ProviderRouter::setFallback(std::optional<QList<ProviderId>> fallback)
{
    {
        QMutexLocker lock(&m_mutex);
        m_fallback = std::move(fallback);
    }
    emit fallbackChanged();
}

std::optional<QList<ProviderId>> ProviderRouter::configuredFallback() const
{
    QMutexLocker lock(&m_mutex);
    return m_fallback;
}

QList<ProviderId> ProviderRouter::chainFrom(ProviderId first) const
{
    QList<ProviderId> chain{first};
    if (m_fallback) {
        for (ProviderId id : *m_fallback) {
            if (!chain.contains(id))
                chain.append(id);
        }
    } else if (isCloudProvider(first)) {
        const ProviderId other = first == ProviderId::OpenAI ? ProviderId::Mistral : ProviderId::OpenAI;
        if (keyConfigured(other))
            chain.append(other);
    }
    if (!chain.contains(ProviderId::Offline))
        chain.append(ProviderId::Offline);
    // Nothing after the offline provider is ever reached.
    return chain.mid(0, chain.indexOf(ProviderId::Offline) + 1);
}

ProviderStatus ProviderRouter::status() const
{
    QMutexLocker lock(&m_mutex);
    ProviderStatus status{m_active, m_environment, {}, chainFrom(m_active), std::nullopt};
    status.fallback.removeFirst();
    if (m_usage) {
        lock.unlock(); // usage.json is read outside the lock
        status.budget = m_usage->budget(status.environment);
        lock.relock();
    }
    const bool budgetSpent = status.budget && status.budget->level == BudgetLevel::Exceeded;
    const qint64 now = m_clock.monotonicMs();
    for (ProviderId id : allProviders()) {
        const auto it = m_providers.find(id);
        const Health& health = m_health.at(id);
        ProviderInfo info;
        info.id = id;
        info.model = it != m_providers.end() ? it->second->model() : defaultModel(id);
        info.baseUrl = it != m_providers.end() ? it->second->baseUrl() : QUrl();
        info.keyConfigured = keyConfigured(id);
        if (isCloudProvider(id))
            info.keySource = m_keys.origin(id, m_environment);
        info.circuit = health.breaker.state(now);
        info.consecutiveFailures = health.breaker.consecutiveFailures();
        info.circuitTrialInMs = health.breaker.msUntilTrial(now);
        info.lastError = health.lastError;
        info.lastErrorAt = health.lastErrorAt;
        info.lastKeyCheck = health.lastKeyCheck;
        info.available = info.keyConfigured && it != m_providers.end() && info.circuit != CircuitBreaker::State::Open &&
                         !(isCloudProvider(id) && budgetSpent);
        status.providers.append(info);
    }
    return status;
}

QFuture<ExtractionResult> ProviderRouter::extract(const ExtractionRequest& request, std::optional<ProviderId> requested)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->timer.start();
    attempt->request = request;
    UsageLedger* usage = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        attempt->request.environment = m_environment;
        attempt->firstChoice = requested.value_or(m_active);
        usage = m_usage;
        for (ProviderId id : chainFrom(attempt->firstChoice)) {
            const auto it = m_providers.find(id);
            const bool first = id == attempt->firstChoice;
            if (it == m_providers.end()) {
                if (first) {
                    attempt->reasons.append(
                        QStringLiteral("%1: cloud extraction is not available in this version").arg(providerName(id)));
                }
                continue;
            }
            if (!keyConfigured(id)) {
                if (first) {
                    attempt->reasons.append(QStringLiteral("%1: no API key in the %2 environment")
                                                .arg(providerName(id), environmentName(m_environment)));
                }
                continue;
            }
            attempt->chain.append({id, it->second});
        }
    }
    // The budget is read (from usage.json, which other processes share) outside the lock, and only when a cloud
    // provider is about to be asked.
    const bool cloudInChain = std::any_of(attempt->chain.begin(), attempt->chain.end(),
                                          [](const auto& entry) { return isCloudProvider(entry.first); });
    if (usage && cloudInChain) {
        const BudgetStatus budget = usage->budget(attempt->request.environment);
        if (budget.level == BudgetLevel::Exceeded) {
            decltype(attempt->chain) affordable;
            for (const auto& entry : std::as_const(attempt->chain)) {
                if (!isCloudProvider(entry.first)) {
                    affordable.append(entry);
                    continue;
                }
                attempt->reasons.append(QStringLiteral("%1: the %2 monthly cloud budget is spent (%3 of %4)")
                                            .arg(providerName(entry.first), environmentName(budget.environment),
                                                 formatUsd(budget.spentUsd), formatUsd(budget.budgetUsd)));
            }
            attempt->chain = affordable;
        }
    }
    return runChain(std::move(attempt));
}

QFuture<ExtractionResult> ProviderRouter::runChain(std::shared_ptr<Attempt> attempt)
{
    std::shared_ptr<Provider> provider;
    ProviderId id = ProviderId::Offline;
    {
        QMutexLocker lock(&m_mutex);
        while (attempt->next < attempt->chain.size()) {
            std::tie(id, provider) = attempt->chain.at(attempt->next++);
            CircuitBreaker& breaker = m_health.at(id).breaker;
            const qint64 now = m_clock.monotonicMs();
            if (breaker.tryAcquire(now))
                break;
            if (breaker.state(now) == CircuitBreaker::State::HalfOpen) {
                attempt->reasons.append(
                    QStringLiteral("%1: circuit open after %2 consecutive failures, a trial call is "
                                   "under way")
                        .arg(providerName(id))
                        .arg(breaker.consecutiveFailures()));
            } else {
                attempt->reasons.append(
                    QStringLiteral("%1: circuit open after %2 consecutive failures, next try in %3 s")
                        .arg(providerName(id))
                        .arg(breaker.consecutiveFailures())
                        .arg((breaker.msUntilTrial(now) + 999) / 1000));
            }
            provider.reset();
        }
    }
    if (!provider) {
        // Unreachable while the offline provider ends the chain; kept so a broken chain fails loudly, not silently.
        ExtractionResult empty;
        empty.fallbackFrom = attempt->firstChoice;
        empty.fallbackReason = attempt->reasons.join(QStringLiteral("; "));
        qCCritical(lcProviders).noquote() << "no provider could answer:" << empty.fallbackReason;
        return QtFuture::makeReadyFuture(empty);
    }
    const QString model = provider->model();
    return provider->extract(attempt->request)
        .then([this, attempt, id, model](const ProviderOutcome& outcome) {
            recordOutcome(id, outcome);
            if (const auto* error = std::get_if<ProviderError>(&outcome)) {
                attempt->reasons.append(QStringLiteral("%1: %2").arg(providerName(id), error->message));
                return runChain(attempt);
            }
            ExtractionResult result;
            result.entities = std::get<QList<Entity>>(outcome);
            result.provider = id;
            result.model = model;
            if (attempt->firstChoice != id) {
                result.fallbackFrom = attempt->firstChoice;
                result.fallbackReason = attempt->reasons.join(QStringLiteral("; "));
            }
            result.latencyUs = attempt->timer.nsecsElapsed() / 1000;
            return QtFuture::makeReadyFuture(result);
        })
        .unwrap();
}

void ProviderRouter::recordOutcome(ProviderId id, const ProviderOutcome& outcome)
{
    const auto* error = std::get_if<ProviderError>(&outcome);
    {
        QMutexLocker lock(&m_mutex);
        Health& health = m_health.at(id);
        if (!error) {
            health.breaker.recordSuccess();
            return;
        }
        if (error->kind == ProviderError::Kind::NoKey || error->kind == ProviderError::Kind::Unsupported) {
            health.breaker.release(); // nothing was called: not a failure of the provider
            return;
        }
        const CircuitBreaker::State before = health.breaker.state(m_clock.monotonicMs());
        health.breaker.recordFailure(m_clock.monotonicMs());
        health.lastError = *error;
        health.lastErrorAt = m_clock.now();
        if (before != CircuitBreaker::State::Open &&
            health.breaker.state(m_clock.monotonicMs()) == CircuitBreaker::State::Open) {
            qCWarning(lcProviders).noquote()
                << providerName(id) << "circuit opened after" << health.breaker.consecutiveFailures()
                << "consecutive failures; it is skipped until a trial call succeeds";
        }
    }
    qCWarning(lcProviders).noquote() << providerName(id) << "failed:" << error->message;
    emit providerFailed(id, *error);
}

QFuture<void> ProviderRouter::checkKeys()
{
    QList<QFuture<void>> checks;
    Environment environment;
    std::map<ProviderId, std::shared_ptr<Provider>> providers;
    {
        QMutexLocker lock(&m_mutex);
        environment = m_environment;
        providers = m_providers;
    }
    for (const auto& [id, provider] : providers) {
        if (!isCloudProvider(id))
            continue;
        checks.append(provider->checkKey(environment).then([this, id = id](const KeyCheck& check) {
            {
                QMutexLocker lock(&m_mutex);
                m_health.at(id).lastKeyCheck = check;
            }
            qCInfo(lcProviders).noquote()
                << providerName(id) << "key check:" << keyCheckResultName(check.result) << "-" << check.message;
            emit keyChecked(id, check);
        }));
    }
    return QtFuture::whenAll(checks.begin(), checks.end()).then([](const QList<QFuture<void>>&) {});
}

} // namespace sb
