#include "service/ServiceMetrics.h"

#include "util/Clock.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(ServiceMetrics, CountsRequestsRejectionsAndErrorsPerMinuteOverTheLastHour)
{
    ManualClock clock;
    ServiceMetrics metrics(clock);
    metrics.markStarted();
    metrics.record(200, 1000);
    metrics.record(429, 50);
    clock.advanceMs(61'000);
    metrics.record(200, 2000);
    metrics.record(503, 9000);
    metrics.record(200, 3000);

    const MetricsSnapshot snapshot = metrics.snapshot();
    EXPECT_TRUE(snapshot.running);
    EXPECT_EQ(snapshot.uptimeSeconds, 61);
    EXPECT_EQ(snapshot.requests, 5);
    EXPECT_EQ(snapshot.rejected, 1);
    EXPECT_EQ(snapshot.errors, 1);
    EXPECT_DOUBLE_EQ(snapshot.errorRateLastHour, 0.2);
    ASSERT_EQ(snapshot.lastHour.size(), ServiceMetrics::kMinutes);
    EXPECT_EQ(snapshot.lastHour.back().requests, 3);
    EXPECT_EQ(snapshot.lastHour.back().errors, 1);
    EXPECT_EQ(snapshot.lastHour.at(snapshot.lastHour.size() - 2).requests, 2);
    EXPECT_EQ(snapshot.lastHour.at(snapshot.lastHour.size() - 2).rejected, 1);
    EXPECT_EQ(snapshot.lastHour.back().minute.secsTo(clock.now()) / 60, 0);
    EXPECT_EQ(snapshot.p50Us, 2000);
    EXPECT_EQ(snapshot.p95Us, 9000);
}

TEST(ServiceMetrics, AnHourLaterTheOldMinutesAreGoneButTheTotalsRemain)
{
    ManualClock clock;
    ServiceMetrics metrics(clock);
    metrics.markStarted();
    for (int i = 0; i < 10; ++i)
        metrics.record(500, 100);
    clock.advanceMs(60 * 60'000);
    const MetricsSnapshot snapshot = metrics.snapshot();
    EXPECT_EQ(snapshot.errors, 10);
    qint64 inWindow = 0;
    for (const MinuteTraffic& minute : snapshot.lastHour)
        inWindow += minute.requests;
    EXPECT_EQ(inWindow, 0);
    EXPECT_DOUBLE_EQ(snapshot.errorRateLastHour, 0);

    metrics.markStarted(); // a restart starts counting again
    EXPECT_EQ(metrics.snapshot().requests, 0);
    metrics.markStopped();
    EXPECT_FALSE(metrics.snapshot().running);
}

TEST(ServiceMetrics, PercentilesCoverOnlyTheMostRecentResponses)
{
    ManualClock clock;
    ServiceMetrics metrics(clock);
    metrics.markStarted();
    for (int i = 0; i < ServiceMetrics::kLatencySamples; ++i)
        metrics.record(200, 1'000'000); // a slow start…
    for (int i = 0; i < ServiceMetrics::kLatencySamples; ++i)
        metrics.record(200, i < ServiceMetrics::kLatencySamples / 2 ? 100 : 300); // …forgotten
    const MetricsSnapshot snapshot = metrics.snapshot();
    EXPECT_EQ(snapshot.p95Us, 300);
    EXPECT_LE(snapshot.p50Us, 300);
}

} // namespace
} // namespace sb
