#include "service/InMemoryRateLimitStore.h"
#include "service/RateLimitPolicy.h"
#include "service/RateLimiter.h"
#include "util/Clock.h"

#include <QHostAddress>

#include <gtest/gtest.h>

namespace sb {
namespace {

constexpr qint64 kMinute = 60'000;

QString client(int n)
{
    return QStringLiteral("10.0.%1.%2").arg(n / 256).arg(n % 256);
}

TEST(InMemoryRateLimitStore, NeverAllowsMoreThanTheLimitInAnyWindow)
{
    // Requests every 7 s for an hour against 5 per minute: slide a 60 s window over the allowed ones.
    InMemoryRateLimitStore store;
    const TierLimit limit{5, 1};
    std::vector<qint64> allowed;
    for (qint64 t = 0; t < 60 * kMinute; t += 7'000) {
        if (store.hit(QStringLiteral("a"), RateTier::General, limit, t).allowed)
            allowed.push_back(t);
    }
    for (size_t i = 0; i + 5 < allowed.size(); ++i)
        EXPECT_GE(allowed[i + 5] - allowed[i], kMinute) << "six allowed within one minute at " << allowed[i];
    // And it is not stingy: five in every 63 s (the first request after a slot frees comes at a multiple of 7 s).
    EXPECT_GE(allowed.size(), 285u);
}

TEST(InMemoryRateLimitStore, TiersAndClientsCountSeparately)
{
    InMemoryRateLimitStore store;
    const TierLimit one{1, 15};
    EXPECT_TRUE(store.hit(QStringLiteral("a"), RateTier::General, one, 0).allowed);
    EXPECT_FALSE(store.hit(QStringLiteral("a"), RateTier::General, one, 1).allowed);
    EXPECT_TRUE(store.hit(QStringLiteral("a"), RateTier::Extraction, one, 2).allowed);
    EXPECT_TRUE(store.hit(QStringLiteral("b"), RateTier::General, one, 3).allowed);
}

TEST(InMemoryRateLimitStore, MemoryStaysBoundedWhateverTheNumberOfClients)
{
    InMemoryRateLimitStore store(1'000);
    const TierLimit limit{100, 15};
    qint64 now = 0;
    for (int i = 0; i < 50'000; ++i) {
        store.hit(client(i), RateTier::General, limit, now);
        now += 1; // all within one window: no client is idle, so the cap alone must hold
        ASSERT_LE(store.trackedClients(), 1'000);
    }
    // The most recent clients are the ones kept, and a newcomer is still served.
    EXPECT_TRUE(store.hit(QStringLiteral("new"), RateTier::General, limit, now).allowed);
    EXPECT_LE(store.trackedClients(), 1'000);
}

TEST(InMemoryRateLimitStore, IdleClientsExpire)
{
    InMemoryRateLimitStore store;
    const TierLimit limit{10, 1};
    for (int i = 0; i < 500; ++i)
        store.hit(client(i), RateTier::General, limit, 0);
    EXPECT_EQ(store.trackedClients(), 500);
    // Long after their windows have passed, ordinary traffic sweeps them out.
    for (int i = 0; i < 2'000; ++i)
        store.hit(QStringLiteral("busy"), RateTier::General, limit, 10 * kMinute + i * 100);
    EXPECT_LE(store.trackedClients(), 2);
}

TEST(RateLimiter, RejectsAnInvalidPolicyAndKeepsTheOldOne)
{
    ManualClock clock;
    RateLimiter limiter(RateLimitPolicy{}, clock);
    RateLimitPolicy bad;
    bad.extraction.maxRequests = 0;
    const auto error = limiter.setPolicy(bad);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("extraction")));
    EXPECT_EQ(limiter.policy(), RateLimitPolicy{});
}

TEST(RateLimiter, OffMeansNoDecisionAndCountsAreKeptPerAddress)
{
    ManualClock clock;
    RateLimitPolicy policy;
    policy.general = {2, 15};
    RateLimiter limiter(policy, clock);
    const QHostAddress v4(QStringLiteral("127.0.0.1"));
    const QHostAddress mapped(QStringLiteral("::ffff:127.0.0.1"));
    EXPECT_TRUE(limiter.check(v4, RateTier::General)->allowed);
    EXPECT_TRUE(limiter.check(mapped, RateTier::General)->allowed); // the same client
    EXPECT_FALSE(limiter.check(v4, RateTier::General)->allowed);
    EXPECT_EQ(limiter.rejectedTotal(), 1u);

    policy.enabled = false;
    ASSERT_FALSE(limiter.setPolicy(policy).has_value());
    EXPECT_FALSE(limiter.check(v4, RateTier::General).has_value());
}

} // namespace
} // namespace sb

namespace sb {
namespace {

TEST(InMemoryRateLimitStore, RetryAfterIsRightAfterTheLimitWasLowered)
{
    InMemoryRateLimitStore store;
    for (int i = 0; i < 10; ++i) // at 0, 1, …, 9 s
        ASSERT_TRUE(store.hit(QStringLiteral("a"), RateTier::Extraction, {10, 1}, i * 1'000).allowed);
    // Now only 2 per minute: 9 of the 10 must leave before one more fits, the one from 8 s at 68 s.
    const RateDecision refused = store.hit(QStringLiteral("a"), RateTier::Extraction, {2, 1}, 10'000);
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retryAfterSeconds, 58);
    EXPECT_EQ(refused.resetSeconds, 58);
    EXPECT_FALSE(store.hit(QStringLiteral("a"), RateTier::Extraction, {2, 1}, 67'999).allowed);
    EXPECT_TRUE(store.hit(QStringLiteral("a"), RateTier::Extraction, {2, 1}, 68'001).allowed);
}

} // namespace
} // namespace sb
