#pragma once

#include <QString>
#include <QtGlobal>

namespace sb {

// Keeps a dead provider from adding its timeout to every request. Closed: calls go through. After `threshold`
// consecutive failures it opens: calls are refused without trying. After `coolDownMs` it is half-open: one trial call
// goes through; its success closes the breaker, its failure opens it for another cool-down. Not thread-safe on its
// own; the owner locks.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    static constexpr int kDefaultThreshold = 5;
    static constexpr qint64 kDefaultCoolDownMs = 30'000;

    CircuitBreaker()
        : CircuitBreaker(kDefaultThreshold, kDefaultCoolDownMs)
    {}
    CircuitBreaker(int threshold, qint64 coolDownMs)
        : m_threshold(threshold)
        , m_coolDownMs(coolDownMs)
    {}

    // True when a call may be made now; in half-open state only the first caller gets true until that call reports.
    bool tryAcquire(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    // Gives back a trial call that was acquired but never made (the chain ended before reaching it).
    void release();

    State state(qint64 nowMs) const;
    int consecutiveFailures() const { return m_failures; }
    // While open, how long until a trial call is allowed.
    qint64 msUntilTrial(qint64 nowMs) const;

private:
    int m_threshold;
    qint64 m_coolDownMs;
    int m_failures = 0;
    bool m_open = false;
    qint64 m_openedAtMs = 0;
    bool m_trialInFlight = false;
};

QString circuitStateName(CircuitBreaker::State state); // "closed", "open", "half-open"

} // namespace sb
