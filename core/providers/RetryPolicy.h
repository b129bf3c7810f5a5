#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace sb {

// When to try a provider again after a 429 or a 5xx.
namespace retry {

inline constexpr int kMaxRetries = 2;
inline constexpr qint64 kBaseDelayMs = 500;

// How long the server asked us to wait: Retry-After (delta-seconds or an HTTP date), or OpenAI's
// x-ratelimit-reset-requests / x-ratelimit-reset-tokens durations ("1s", "6m0s", "250ms"); the longest of those
// present. nullopt when the reply says nothing usable.
std::optional<qint64> serverDelayMs(const QList<QPair<QByteArray, QByteArray>>& headers, const QDateTime& now);

// A Go-style duration as OpenAI writes it: "20ms", "1.5s", "6m0s", "1h2m3s". nullopt when it is not one.
std::optional<qint64> parseDurationMs(QByteArrayView text);

// Exponential backoff with jitter for retry number `retry` (0 for the first retry): a random point in the upper half
// of base·2^retry, so clients that failed together do not come back together. `random01` is in [0, 1).
qint64 backoffMs(int retry, double random01);

} // namespace retry
} // namespace sb
