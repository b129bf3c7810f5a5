#include "service/RateLimiter.h"

#include "service/ApiRequest.h"
#include "service/InMemoryRateLimitStore.h"
#include "util/Clock.h"

namespace sb {

RateLimiter::RateLimiter(const RateLimitPolicy& policy, const Clock& clock, std::unique_ptr<RateLimitStore> store,
                         QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy(policy)
    , m_store(store ? std::move(store) : std::make_unique<InMemoryRateLimitStore>())
{
    Q_ASSERT(!policy.validate());
}

RateLimiter::~RateLimiter() = default;

RateLimitPolicy RateLimiter::policy() const
{
    QMutexLocker lock(&m_mutex);
    return m_policy;
}

std::optional<QString> RateLimiter::setPolicy(const RateLimitPolicy& policy)
{
    if (auto error = policy.validate())
        return error;
    {
        QMutexLocker lock(&m_mutex);
        if (m_policy == policy)
            return std::nullopt;
        m_policy = policy;
    }
    emit policyChanged(policy);
    return std::nullopt;
}

std::optional<RateDecision> RateLimiter::check(const QHostAddress& client, RateTier tier)
{
    const QString key = clientKey(client);
    QMutexLocker lock(&m_mutex);
    if (!m_policy.enabled)
        return std::nullopt;
    const TierLimit& limit = tier == RateTier::General ? m_policy.general : m_policy.extraction;
    const RateDecision decision = m_store->hit(key, tier, limit, m_clock.monotonicMs());
    if (!decision.allowed) {
        ++m_rejectedTotal;
        constexpr qsizetype kNamedClients = 100;
        if (m_recentRejections.contains(key) || m_recentRejections.size() < kNamedClients)
            ++m_recentRejections[key];
        else
            ++m_recentRejections[QStringLiteral("other")];
    }
    return decision;
}

QHash<QString, qint64> RateLimiter::takeRejections()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_recentRejections, {});
}

QList<ClientUsage> RateLimiter::busiestClients(int count) const
{
    QMutexLocker lock(&m_mutex);
    return m_store->busiest(count, m_policy.general, m_policy.extraction, m_clock.monotonicMs());
}

} // namespace sb
