#include "util/Clock.h"

#include <chrono>

namespace sb {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ManualClock::ManualClock(const QDateTime& start)
    : m_start(start)
{}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_elapsedMs.load());
}

} // namespace sb
