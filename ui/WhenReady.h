#pragma once

#include "Runtime.h"

#include <QFuture>
#include <QPointer>

#include <utility>

namespace sb::ui {

// Runs `handler` on the UI thread once `future` has a result, unless `receiver` is gone by then (the window closed
// while a provider was still answering). The runtime, which outlives every window, is the continuation's context:
// Qt 6.4 asserts that a continuation's context still exists when the future finishes, so a panel cannot be it.
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
