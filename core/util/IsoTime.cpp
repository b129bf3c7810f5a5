#include "util/IsoTime.h"

#include <cstdio>

namespace sb {
namespace {

// Days since 1970-01-01 to a proleptic Gregorian date (the era arithmetic of H. Hinnant's "chrono-compatible
// low-level date algorithms", written out here).
void civilFromDays(qint64 days, qint64& year, unsigned& month, unsigned& day)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146'097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1'460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    year = static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
}

} // namespace

QByteArray isoUtcWithMs(qint64 msSinceEpoch)
{
    constexpr qint64 kMsPerDay = 86'400'000;
    qint64 days = msSinceEpoch / kMsPerDay;
    qint64 msOfDay = msSinceEpoch % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    const auto hour = static_cast<unsigned>(msOfDay / 3'600'000);
    const auto minute = static_cast<unsigned>(msOfDay / 60'000 % 60);
    const auto second = static_cast<unsigned>(msOfDay / 1'000 % 60);
    const auto ms = static_cast<unsigned>(msOfDay % 1'000);
    char buffer[40];
    const int length = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ",
                                     static_cast<long long>(year), month, day, hour, minute, second, ms);
    return QByteArray(buffer, length);
}

} // namespace sb
