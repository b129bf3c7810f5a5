#include "providers/ProviderRouter.h"

#include "logging/LogCategories.h"
#include "secrets/KeySource.h"

#include <QElapsedTimer>

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

struct Attempt
{
    ExtractionRequest request;
    QList<std::pair<ProviderId, std::shared_ptr<Provider>>> chain; // provider == nullptr: skipped, see reasons
    QStringList reasons;
    qsizetype next = 0;
    std::optional<ProviderId> firstChoice;
    QElapsedTimer timer;
};

QFuture<ExtractionResult> runChain(std::shared_ptr<Attempt> attempt)
{
    while (attempt->next < attempt->chain.size() && !attempt->chain.at(attempt->next).second)
        ++attempt->next;
    if (attempt->next >= attempt->chain.size()) {
        // Unreachable while the offline provider ends the chain; kept so a broken chain fails loudly, not silently.
        ExtractionResult empty;
        empty.fallbackFrom = attempt->firstChoice;
        empty.fallbackReason = attempt->reasons.join(QStringLiteral("; "));
        return QtFuture::makeReadyFuture(empty);
    }
    const auto [id, provider] = attempt->chain.at(attempt->next++);
    const QString model = provider->model();
    return provider->extract(attempt->request)
        .then([attempt, id = id, model](const ProviderOutcome& outcome) {
            if (const auto* error = std::get_if<ProviderError>(&outcome)) {
                qCWarning(lcService).noquote() << providerName(id) << "failed:" << error->message;
                attempt->reasons.append(QStringLiteral("%1: %2").arg(providerName(id), error->message));
                return runChain(attempt);
            }
            ExtractionResult result;
            result.entities = std::get<QList<Entity>>(outcome);
            result.provider = id;
            result.model = model;
            if (attempt->firstChoice && *attempt->firstChoice != id) {
                result.fallbackFrom = attempt->firstChoice;
                result.fallbackReason = attempt->reasons.join(QStringLiteral("; "));
            }
            result.latencyUs = attempt->timer.nsecsElapsed() / 1000;
            return QtFuture::makeReadyFuture(result);
        })
        .unwrap();
}

} // namespace

ProviderRouter::ProviderRouter(ProviderId active, Environment environment, const KeySource& keys, QObject* parent)
    : QObject(parent)
    , m_keys(keys)
    , m_active(active)
    , m_environment(environment)
{}

ProviderRouter::~ProviderRouter() = default;

void ProviderRouter::addProvider(std::unique_ptr<Provider> provider)
{
    QMutexLocker lock(&m_mutex);
    const ProviderId id = provider->id();
    m_providers[id] = std::shared_ptr<Provider>(std::move(provider));
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
            return QStringLiteral("%1 has no API key in the %2 environment. Set %3 or add a key in the console, "
                                  "then switch again.")
                .arg(providerName(provider), environmentName(m_environment),
                     provider == ProviderId::OpenAI ? QStringLiteral("OPENAI_API_KEY")
                                                    : QStringLiteral("MISTRAL_API_KEY"));
        }
        previous = std::exchange(m_active, provider);
    }
    if (previous != provider) {
        qCInfo(lcService).noquote() << "active provider switched from" << providerName(previous) << "to"
                                    << providerName(provider);
        emit activeChanged(provider, previous);
    }
    return std::nullopt;
}

QList<ProviderId> ProviderRouter::chainFrom(ProviderId first) const
{
    QList<ProviderId> chain{first};
    if (isCloudProvider(first)) {
        const ProviderId other = first == ProviderId::OpenAI ? ProviderId::Mistral : ProviderId::OpenAI;
        if (keyConfigured(other))
            chain.append(other);
    }
    if (first != ProviderId::Offline)
        chain.append(ProviderId::Offline);
    return chain;
}

ProviderStatus ProviderRouter::status() const
{
    QMutexLocker lock(&m_mutex);
    ProviderStatus status{m_active, m_environment, {}, chainFrom(m_active)};
    status.fallback.removeFirst();
    for (ProviderId id : allProviders()) {
        const auto it = m_providers.find(id);
        ProviderInfo info{id, it != m_providers.end() ? it->second->model() : defaultModel(id), keyConfigured(id),
                          false};
        info.available = info.keyConfigured && it != m_providers.end();
        status.providers.append(info);
    }
    return status;
}

QFuture<ExtractionResult> ProviderRouter::extract(const ExtractionRequest& request, std::optional<ProviderId> requested)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->timer.start();
    attempt->request = request;
    {
        QMutexLocker lock(&m_mutex);
        const ProviderId first = requested.value_or(m_active);
        attempt->firstChoice = first;
        for (ProviderId id : chainFrom(first)) {
            const auto it = m_providers.find(id);
            if (!keyConfigured(id)) {
                attempt->reasons.append(QStringLiteral("%1: no API key in the %2 environment")
                                            .arg(providerName(id), environmentName(m_environment)));
                attempt->chain.append({id, nullptr});
            } else if (it == m_providers.end()) {
                attempt->reasons.append(
                    QStringLiteral("%1: cloud extraction is not available in this version").arg(providerName(id)));
                attempt->chain.append({id, nullptr});
            } else {
                attempt->chain.append({id, it->second});
            }
        }
    }
    return runChain(std::move(attempt));
}

} // namespace sb
