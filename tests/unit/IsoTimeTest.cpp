#include "util/IsoTime.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(IsoTime, AgreesWithQDateTimeAcrossEras)
{
    // Leap days, century rules, the epoch, negative times, and times far ahead.
    for (const qint64 ms : {qint64(0), qint64(-1), qint64(951'782'400'000), qint64(4'107'456'000'123),
                            qint64(1'795'613'577'364), qint64(-2'208'988'800'001), qint64(253'402'300'799'999)}) {
        const QByteArray expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        EXPECT_EQ(isoUtcWithMs(ms).toStdString(), expected.toStdString()) << ms;
    }
    // And every day of a few years, at an odd time of day.
    const qint64 start = QDateTime(QDate(1999, 12, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (qint64 day = 0; day < 3 * 366 + 800; ++day) {
        const qint64 ms = start + day * 86'400'000 + 45'296'789;
        ASSERT_EQ(isoUtcWithMs(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
    }
}

} // namespace
} // namespace sb
