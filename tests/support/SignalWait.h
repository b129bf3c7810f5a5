#pragma once

#include <QSignalSpy>

namespace sb::test {

// True once the spy has recorded a signal: at once if it already has, else after waiting up to timeoutMs with the
// event loop running. (QSignalSpy::wait alone only waits for a signal still to come.)
inline bool waitForSignal(QSignalSpy& spy, int timeoutMs = 5000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

} // namespace sb::test
