#pragma once

#include "service/RateLimitStore.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace sb {

class Clock;

// Per-client rate limiting for the service, shared between the service thread (which counts requests) and the
// console (which reads and changes the policy). Thread-safe; changes take effect on the next request.
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    RateLimiter(const RateLimitPolicy& policy, const Clock& clock, std::unique_ptr<RateLimitStore> store = nullptr,
                QObject* parent = nullptr);
    ~RateLimiter() override;

    RateLimitPolicy policy() const;
    // Validates, then applies; on an invalid policy returns the reason and changes nothing.
    std::optional<QString> setPolicy(const RateLimitPolicy& policy);

    // Counts a request; nullopt when rate limiting is off.
    std::optional<RateDecision> check(const QHostAddress& client, RateTier tier);

    QList<ClientUsage> busiestClients(int count) const;
    quint64 rejectedTotal() const { return m_rejectedTotal.load(); }
    // Rejections per client since the last call, for the audit log's per-minute summary. At most 100 clients are
    // named; the rest are counted under "other".
    QHash<QString, qint64> takeRejections();

signals:
    void policyChanged(const sb::RateLimitPolicy& policy);

private:
    const Clock& m_clock;
    mutable QMutex m_mutex;
    RateLimitPolicy m_policy;
    std::unique_ptr<RateLimitStore> m_store;
    std::atomic<quint64> m_rejectedTotal{0};
    QHash<QString, qint64> m_recentRejections; // guarded by m_mutex
};

} // namespace sb

Q_DECLARE_METATYPE(sb::RateLimitPolicy)
