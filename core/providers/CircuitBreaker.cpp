#include "providers/CircuitBreaker.h"

#include <algorithm>

namespace sb {

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs - m_openedAtMs >= m_coolDownMs ? State::HalfOpen : State::Open;
}

bool CircuitBreaker::tryAcquire(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::release()
{
    m_trialInFlight = false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    // A failed trial re-opens at once; a closed breaker opens when the run of failures reaches the threshold.
    if (m_open || m_failures >= m_threshold) {
        m_open = true;
        m_openedAtMs = nowMs;
    }
    m_trialInFlight = false;
}

qint64 CircuitBreaker::msUntilTrial(qint64 nowMs) const
{
    if (!m_open)
        return 0;
    return std::max<qint64>(0, m_coolDownMs - (nowMs - m_openedAtMs));
}

QString circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return {};
}

} // namespace sb
