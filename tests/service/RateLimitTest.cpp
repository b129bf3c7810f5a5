// Rate limiting over real sockets: exact counts under concurrency, the IETF headers, 429s a client can act on, and
// limits changed at run time.
#include "HttpTestClient.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "service/RateLimiter.h"

#include <QJsonObject>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace sb::test {
namespace {

const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

StartupConfig withLimits(TierLimit general, TierLimit extraction)
{
    StartupConfig config = TestService::defaultConfig();
    config.rateLimit.general = general;
    config.rateLimit.extraction = extraction;
    return config;
}

std::optional<HttpReply> extract(quint16 port)
{
    return HttpTestClient::request(port, "POST", "/api/extract-entities", kJson, R"({"text":"hello"})");
}

TEST(RateLimit, ManyClientsAtOnceGetExactlyTheLimit)
{
    TestService service(withLimits({1000, 15}, {25, 15}));
    ASSERT_TRUE(service.ok());
    const quint16 port = service.port();
    std::atomic<int> allowed{0};
    std::atomic<int> limited{0};
    std::atomic<int> other{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            // Keep-alive connections, all hammering at once.
            HttpTestClient client(port);
            if (!client.connect()) {
                other += 10;
                return;
            }
            for (int i = 0; i < 10; ++i) {
                client.send(HttpTestClient::build(port, "POST", "/api/extract-entities", kJson, R"({"text":"hi"})"));
                const auto reply = client.readReply();
                if (reply && reply->status == 200)
                    ++allowed;
                else if (reply && reply->status == 429)
                    ++limited;
                else
                    ++other;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(allowed.load(), 25);
    EXPECT_EQ(limited.load(), 55);
    EXPECT_EQ(other.load(), 0);
}

TEST(RateLimit, ResponsesCarryTheDraft7Headers)
{
    TestService service(withLimits({200, 15}, {50, 15}));
    ASSERT_TRUE(service.ok());
    const auto first = extract(service.port());
    ASSERT_TRUE(first);
    EXPECT_EQ(first->header("RateLimit-Policy"), "50;w=900");
    EXPECT_EQ(first->header("RateLimit"), "limit=50, remaining=49, reset=900");
    const auto second = extract(service.port());
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->header("RateLimit").startsWith("limit=50, remaining=48, reset="));

    // The general tier counts separately, and so does a 404 (probing costs the same as using).
    const auto status = HttpTestClient::request(service.port(), "GET", "/api/ai/status");
    ASSERT_TRUE(status);
    EXPECT_EQ(status->header("RateLimit-Policy"), "200;w=900");
    EXPECT_EQ(status->header("RateLimit"), "limit=200, remaining=199, reset=900");
    const auto missing = HttpTestClient::request(service.port(), "GET", "/api/nothing");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 404);
    EXPECT_EQ(missing->header("RateLimit"), "limit=200, remaining=198, reset=900");
}

TEST(RateLimit, HealthIsNeverLimited)
{
    TestService service(withLimits({2, 15}, {2, 15}));
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 20; ++i) {
        const auto reply = HttpTestClient::request(service.port(), "GET", "/api/health");
        ASSERT_TRUE(reply);
        ASSERT_EQ(reply->status, 200);
        EXPECT_FALSE(reply->hasHeader("RateLimit"));
    }
}

TEST(RateLimit, A429SaysWhenToRetryAndTheWindowSlides)
{
    TestService service(withLimits({200, 15}, {3, 1}));
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(extract(service.port())->status, 200);
        service.clock().advanceMs(10'000); // requests at 0 s, 10 s, 20 s
    }
    const auto refused = extract(service.port()); // at 30 s
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 429);
    EXPECT_EQ(refused->json().value(QStringLiteral("success")).toBool(true), false);
    EXPECT_EQ(refused->json().value(QStringLiteral("error")).toString(), QStringLiteral("rate_limited"));
    EXPECT_EQ(refused->header("Retry-After"), "30"); // the request at 0 s leaves the 60 s window at 60 s
    EXPECT_EQ(refused->header("RateLimit"), "limit=3, remaining=0, reset=30");

    service.clock().advanceMs(29'000); // 59 s: still inside
    EXPECT_EQ(extract(service.port())->status, 429);
    service.clock().advanceMs(1'000); // 60 s: the first request has left the window, one slot is free
    EXPECT_EQ(extract(service.port())->status, 200);
    EXPECT_EQ(extract(service.port())->status, 429);
}

TEST(RateLimit, RejectionsReachTheAuditLogAsOneLineAMinute)
{
    TestService service(withLimits({200, 15}, {2, 15}));
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 7; ++i)
        extract(service.port());
    service.runtime().summarizeRejections(); // what the minute timer does
    const QList<AuditRecord> records = service.runtime().audit().tail();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].event, QStringLiteral("ratelimit.rejected"));
    EXPECT_EQ(records[0].actor, QStringLiteral("service"));
    EXPECT_EQ(records[0].details.value(QStringLiteral("total")).toInt(), 5);
    EXPECT_EQ(records[0].details.value(QStringLiteral("clients")).toObject().size(), 1);
    // Nothing new, nothing written.
    service.runtime().summarizeRejections();
    EXPECT_EQ(service.runtime().audit().tail().size(), 1);
}

TEST(RateLimit, AdminCanReadAndChangeTheLimitsWithoutRestart)
{
    TestService service(withLimits({200, 15}, {2, 15}));
    ASSERT_TRUE(service.ok());
    const auto auth = TestService::adminAuthorization();

    const auto current = HttpTestClient::request(service.port(), "GET", "/api/rate-limit", {auth});
    ASSERT_TRUE(current);
    ASSERT_EQ(current->status, 200);
    const QJsonObject data = current->json()[QStringLiteral("data")].toObject();
    EXPECT_TRUE(data.value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(data[QStringLiteral("extraction")][QStringLiteral("maxRequests")].toInt(), 2);
    EXPECT_EQ(data[QStringLiteral("general")][QStringLiteral("windowMinutes")].toInt(), 15);

    EXPECT_EQ(extract(service.port())->status, 200);
    EXPECT_EQ(extract(service.port())->status, 200);
    EXPECT_EQ(extract(service.port())->status, 429);

    const auto raised = HttpTestClient::request(service.port(), "PUT", "/api/rate-limit", {auth, kJson.first()},
                                                R"({"extraction":{"maxRequests":4}})");
    ASSERT_TRUE(raised);
    ASSERT_EQ(raised->status, 200) << raised->body.toStdString();
    EXPECT_EQ(
        raised->json()[QStringLiteral("data")][QStringLiteral("extraction")][QStringLiteral("maxRequests")].toInt(), 4);
    EXPECT_EQ(service.runtime().rateLimiter().policy().extraction.maxRequests, 4);
    EXPECT_EQ(extract(service.port())->status, 200);
    EXPECT_EQ(extract(service.port())->status, 200);
    EXPECT_EQ(extract(service.port())->status, 429);

    // Switched off, nothing is limited and no headers are sent.
    const auto off = HttpTestClient::request(service.port(), "PUT", "/api/rate-limit", {auth, kJson.first()},
                                             R"({"enabled":false})");
    ASSERT_TRUE(off);
    ASSERT_EQ(off->status, 200);
    const auto free = extract(service.port());
    ASSERT_TRUE(free);
    EXPECT_EQ(free->status, 200);
    EXPECT_FALSE(free->hasHeader("RateLimit"));
}

TEST(RateLimit, InvalidChangesAreRefusedAndChangeNothing)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto auth = TestService::adminAuthorization();
    const RateLimitPolicy before = service.runtime().rateLimiter().policy();
    for (const QByteArray& body :
         {QByteArray(R"({"maxRequests":"abc"})"), QByteArray(R"({"maxRequests":0})"),
          QByteArray(R"({"windowMinutes":-5})"), QByteArray(R"({"extraction":{"maxRequests":2.5}})"),
          QByteArray(R"({"general":7})"), QByteArray(R"({"enabled":"yes"})"), QByteArray(R"([1])")}) {
        const auto reply =
            HttpTestClient::request(service.port(), "PUT", "/api/rate-limit", {auth, kJson.first()}, body);
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->status, 400) << body.toStdString();
        EXPECT_FALSE(reply->json().value(QStringLiteral("message")).toString().isEmpty());
    }
    EXPECT_EQ(service.runtime().rateLimiter().policy(), before);
}

TEST(RateLimit, TheOldServicesFlatFieldsSetTheGeneralTier)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto reply = HttpTestClient::request(service.port(), "PUT", "/api/rate-limit",
                                               {TestService::adminAuthorization(), kJson.first()},
                                               R"({"maxRequests":120,"windowMinutes":5})");
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    EXPECT_EQ(service.runtime().rateLimiter().policy().general, (TierLimit{120, 5}));
    EXPECT_EQ(service.runtime().rateLimiter().policy().extraction, (TierLimit{50, 15}));
}

} // namespace
} // namespace sb::test
