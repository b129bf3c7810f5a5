#pragma once

#include <QDateTime>

#include <atomic>

namespace sb {

// Time as core code sees it: wall time for what people read (timestamps, due dates) and a monotonic millisecond count
// for what must not jump (rate windows, uptime). Tests inject ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

// A clock that moves only when told to. Thread-safe, so a test can advance it while the service thread reads it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_elapsedMs.load(); }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }

private:
    const QDateTime m_start;
    std::atomic<qint64> m_elapsedMs{0};
};

} // namespace sb
