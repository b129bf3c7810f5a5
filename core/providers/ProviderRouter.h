#pragma once

#include "config/Environment.h"
#include "providers/CircuitBreaker.h"
#include "providers/Provider.h"
#include "providers/UsageLedger.h"

#include <QMutex>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace sb {

class Clock;
class KeySource;

// The answer to one extraction, saying which provider gave it and, when it was not the one asked for, why.
struct ExtractionResult
{
    QList<Entity> entities;
    ProviderId provider = ProviderId::Offline;
    QString model;
    std::optional<ProviderId> fallbackFrom;
    QString fallbackReason;
    qint64 latencyUs = 0;
};

struct ProviderInfo
{
    ProviderId id;
    QString model;
    QUrl baseUrl;
    bool keyConfigured = false;
    QString keySource; // "environment" (OPENAI_API_KEY, MISTRAL_API_KEY), "keychain", or empty
    bool available = false; // would be tried now: built in, has a key, breaker not open, budget not spent
    CircuitBreaker::State circuit = CircuitBreaker::State::Closed;
    int consecutiveFailures = 0;
    qint64 circuitTrialInMs = 0; // while open
    std::optional<ProviderError> lastError;
    QDateTime lastErrorAt;
    std::optional<KeyCheck> lastKeyCheck;
};

struct ProviderStatus
{
    ProviderId current;
    Environment environment;
    QList<ProviderInfo> providers;
    QList<ProviderId> fallback; // after the current one, in order, as configured
    std::optional<BudgetStatus> budget; // the environment's cloud budget, when usage is tracked
};

// Chooses who answers an extraction: the active provider (or a per-request choice), then down the fallback chain,
// which always ends with the offline provider so extraction keeps working. Cloud providers are skipped while their
// circuit breaker is open (5 consecutive failures, a trial call after 30 s) or the environment's monthly budget is
// spent. Thread-safe: the service thread extracts while the console switches providers.
class ProviderRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRouter)

public:
    ProviderRouter(ProviderId active, Environment environment, const KeySource& keys, const Clock& clock,
                   QObject* parent = nullptr);
    ~ProviderRouter() override;

    // Providers this build can call; the offline one is always there.
    void addProvider(std::shared_ptr<Provider> provider);
    std::shared_ptr<Provider> provider(ProviderId id) const;
    // Spending is checked against its budgets; without one, budgets are not enforced.
    void setUsageLedger(UsageLedger* ledger);

    ProviderId active() const;
    // Fails, changing nothing, when the provider is not built in or has no key in the current environment.
    std::optional<QString> setActive(ProviderId provider);
    // Makes the first provider after the active one in the chain that can be made active (offline at worst) the
    // active one, and returns it. For when the active provider's key is gone.
    ProviderId moveDownChain();
    Environment environment() const;
    // Keys and budget are now those of `environment`. The active provider stays; see Runtime::switchEnvironment.
    void setEnvironment(Environment environment);

    // The providers tried after the first choice. Unset (the default): the other cloud provider when it has a key.
    // The offline provider is appended when missing, so the chain always ends in an answer.
    QList<ProviderId> fallback() const;
    void setFallback(std::optional<QList<ProviderId>> fallback);
    // The chain as set (AI_FALLBACK, the API, the console), whichever provider is active; nullopt: the default.
    std::optional<QList<ProviderId>> configuredFallback() const;

    ProviderStatus status() const;

    QFuture<ExtractionResult> extract(const ExtractionRequest& request, std::optional<ProviderId> requested = {});

    // Asks every built-in cloud provider whether its key for the current environment works; the results show in
    // status() and come with keyChecked().
    QFuture<void> checkKeys();

signals:
    void activeChanged(sb::ProviderId current, sb::ProviderId previous);
    void environmentChanged(sb::Environment current);
    void fallbackChanged();
    // A provider could not answer (emitted from the thread it failed on).
    void providerFailed(sb::ProviderId provider, sb::ProviderError error);
    void keyChecked(sb::ProviderId provider, sb::KeyCheck check);

private:
    struct Attempt;
    struct Health
    {
        CircuitBreaker breaker;
        std::optional<ProviderError> lastError;
        QDateTime lastErrorAt;
        std::optional<KeyCheck> lastKeyCheck;
    };

    bool keyConfigured(ProviderId provider) const;
    QList<ProviderId> chainFrom(ProviderId first) const;
    QFuture<ExtractionResult> runChain(std::shared_ptr<Attempt> attempt);
    void recordOutcome(ProviderId id, const ProviderOutcome& outcome);

    const KeySource& m_keys;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    ProviderId m_active;
    Environment m_environment;
    std::optional<QList<ProviderId>> m_fallback;
    UsageLedger* m_usage = nullptr;
    std::map<ProviderId, std::shared_ptr<Provider>> m_providers;
    std::map<ProviderId, Health> m_health;
};

} // namespace sb
