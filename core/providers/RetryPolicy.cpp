#include "providers/RetryPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace sb::retry {
namespace {

std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 && seconds < 86'400 ? std::optional<qint64>(std::llround(seconds * 1000)) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 25 Nov 2026 17:47:35 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace

std::optional<qint64> parseDurationMs(QByteArrayView text)
{
    const QByteArray input = text.trimmed().toByteArray();
    if (input.isEmpty())
        return std::nullopt;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < input.size()) {
        const qsizetype numberStart = i;
        while (i < input.size() && (std::isdigit(static_cast<unsigned char>(input[i])) || input[i] == '.'))
            ++i;
        if (i == numberStart)
            return std::nullopt;
        bool ok = false;
        const double number = input.mid(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < input.size() && std::isalpha(static_cast<unsigned char>(input[i])))
            ++i;
        const QByteArray unit = input.mid(unitStart, i - unitStart);
        if (unit == "ms")
            totalMs += number;
        else if (unit == "s")
            totalMs += number * 1000;
        else if (unit == "m")
            totalMs += number * 60'000;
        else if (unit == "h")
            totalMs += number * 3'600'000;
        else
            return std::nullopt;
    }
    if (totalMs > 86'400'000)
        return std::nullopt;
    return std::llround(totalMs);
}

std::optional<qint64> serverDelayMs(const QList<QPair<QByteArray, QByteArray>>& headers, const QDateTime& now)
{
    std::optional<qint64> longest;
    const auto consider = [&longest](std::optional<qint64> delay) {
        if (delay && (!longest || *delay > *longest))
            longest = delay;
    };
    const auto header = [&headers](const char* wanted) -> std::optional<QByteArray> {
        for (const auto& [name, value] : headers) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                return value.trimmed();
        }
        return std::nullopt;
    };
    if (const auto value = header("retry-after"))
        consider(parseRetryAfter(*value, now));
    if (const auto value = header("retry-after-ms"))
        consider(parseDurationMs(QByteArray(*value + "ms")));
    // OpenAI's reset times: the one for the budget that ran out (remaining 0) matters; when the reply does not say
    // which ran out, the longest.
    const auto requestsLeft = header("x-ratelimit-remaining-requests");
    const auto tokensLeft = header("x-ratelimit-remaining-tokens");
    const bool saysWhich = (requestsLeft && *requestsLeft == "0") || (tokensLeft && *tokensLeft == "0");
    for (const auto& [remaining, reset] : {std::pair{requestsLeft, "x-ratelimit-reset-requests"},
                                           std::pair{tokensLeft, "x-ratelimit-reset-tokens"}}) {
        if (saysWhich && !(remaining && *remaining == "0"))
            continue;
        if (const auto value = header(reset))
            consider(parseDurationMs(*value));
    }
    return longest;
}

qint64 backoffMs(int retry, double random01)
{
    const qint64 ceiling = kBaseDelayMs << std::clamp(retry, 0, 10);
    return ceiling / 2 + static_cast<qint64>(std::clamp(random01, 0.0, 1.0) * (ceiling / 2));
}

} // namespace sb::retry
