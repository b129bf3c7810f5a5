#pragma once

#include "Runtime.h"

#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace sb::ui {

// Runs `handler` on the UI thread once `future` has a result, unless `receiver` is gone by then (the window closed
// while a provider was still answering). The runtime, which outlives every window, is the continuation's context:
// Qt 6.4 asserts that a continuation's context still exists when the future finishes, so a panel cannot be it.
// Runs `work` on `pool` and gives its result as a future (QtConcurrent::run(pool, …) without Qt Concurrent).
template <typename Work>
QFuture<std::invoke_result_t<Work>> runOn(QThreadPool& pool, Work work)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool.start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

template <typename T, typename Handler>
void whenReady(QFuture<T> future, Runtime& runtime, QObject* receiver, Handler handler)
{
    future.then(&runtime, [guard = QPointer<QObject>(receiver), handler = std::move(handler)](const T& value) mutable {
        if (guard)
            handler(value);
    });
}

template <typename Handler>
void whenReady(QFuture<void> future, Runtime& runtime, QObject* receiver, Handler handler)
{
    future.then(&runtime, [guard = QPointer<QObject>(receiver), handler = std::move(handler)]() mutable {
        if (guard)
            handler();
    });
}

} // namespace sb::ui
