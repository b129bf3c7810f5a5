#pragma once

#include <QEventLoop>
#include <QFutureWatcher>

namespace sb {

template <typename T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace sb
