// The pieces the cloud providers are built from, each on its own: the answer checker, retry timing, the circuit
// breaker, prices and the usage ledger.
#include "QtPrinters.h"
#include "providers/ChatProtocol.h"
#include "providers/CircuitBreaker.h"
#include "providers/PriceTable.h"
#include "providers/RetryPolicy.h"
#include "providers/UsageLedger.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sb {
namespace {

QString answer(const char* json)
{
    return QString::fromUtf8(json);
}

TEST(ChatAnswer, RepeatedValuesMapToSuccessiveOccurrences)
{
    const QString text = QStringLiteral("Ana met Bo. Later Ana called ana again.");
    const auto parsed = chat::entitiesFromContent(
        answer(R"({"entities":[{"type":"person","value":"Ana","confidence":0.9},
                                {"type":"person","value":"Ana","confidence":0.9},
                                {"type":"person","value":"Ana","confidence":0.9}]})"),
        text);
    ASSERT_TRUE(std::holds_alternative<chat::Candidates>(parsed));
    const auto& entities = std::get<chat::Candidates>(parsed).entities;
    ASSERT_EQ(entities.size(), 3);
    EXPECT_EQ(entities[0].start, 0);
    EXPECT_EQ(entities[1].start, 18);
    // The third has no exact match left, so it takes the lowercase one, as written in the text.
    EXPECT_EQ(entities[2].start, 29);
    EXPECT_EQ(entities[2].value, QStringLiteral("ana"));
}

TEST(ChatAnswer, InventedValuesAndUnknownTypesAreDroppedAndCounted)
{
    const auto parsed = chat::entitiesFromContent(
        answer(R"({"entities":[{"type":"person","value":"Nobody Here","confidence":0.9},
                                {"type":"vehicle","value":"Ana","confidence":0.9},
                                {"type":"person","value":"","confidence":0.9},
                                {"type":"person","value":"Ana","confidence":7}]})"),
        QStringLiteral("Ana called."));
    ASSERT_TRUE(std::holds_alternative<chat::Candidates>(parsed));
    const auto& result = std::get<chat::Candidates>(parsed);
    EXPECT_EQ(result.invented, 2);
    EXPECT_EQ(result.unknownTypes, 1);
    ASSERT_EQ(result.entities.size(), 1);
    EXPECT_DOUBLE_EQ(result.entities[0].confidence, 1.0); // clamped into (0, 1]
}

TEST(ChatAnswer, ABareArrayIsAcceptedAndProseIsNot)
{
    EXPECT_TRUE(std::holds_alternative<chat::Candidates>(
        chat::entitiesFromContent(answer(R"([{"type":"person","value":"Ana"}])"), QStringLiteral("Ana"))));
    EXPECT_TRUE(std::holds_alternative<QString>(
        chat::entitiesFromContent(answer("Here you go: Ana"), QStringLiteral("Ana"))));
    EXPECT_TRUE(std::holds_alternative<QString>(
        chat::entitiesFromContent(answer(R"({"people":["Ana"]})"), QStringLiteral("Ana"))));
}

TEST(ChatReply, UsageIsReadAndACutOffAnswerIsAnError)
{
    const auto good = chat::parseReply(
        R"({"choices":[{"message":{"content":"{}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":3}})");
    ASSERT_TRUE(std::holds_alternative<chat::Reply>(good));
    EXPECT_EQ(std::get<chat::Reply>(good).usage.promptTokens, 12);
    EXPECT_EQ(std::get<chat::Reply>(good).usage.completionTokens, 3);
    EXPECT_TRUE(std::holds_alternative<QString>(
        chat::parseReply(R"({"choices":[{"message":{"content":"{\"ent"},"finish_reason":"length"}]})")));
    EXPECT_TRUE(std::holds_alternative<QString>(chat::parseReply(R"({"choices":[]})")));
    EXPECT_TRUE(std::holds_alternative<QString>(chat::parseReply("{\"choices\": [")));
}

TEST(RetryTiming, DurationsAsOpenAiWritesThem)
{
    EXPECT_EQ(retry::parseDurationMs("20ms"), 20);
    EXPECT_EQ(retry::parseDurationMs("1.5s"), 1500);
    EXPECT_EQ(retry::parseDurationMs("6m0s"), 360'000);
    EXPECT_EQ(retry::parseDurationMs("1h2m3s"), 3'723'000);
    EXPECT_FALSE(retry::parseDurationMs("soon"));
    EXPECT_FALSE(retry::parseDurationMs("5 parsecs"));
    EXPECT_FALSE(retry::parseDurationMs(""));
}

TEST(RetryTiming, RetryAfterInSecondsOrAsADate)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(17, 0, 0), Qt::UTC);
    EXPECT_EQ(retry::serverDelayMs({{"Retry-After", "2"}}, now), 2000);
    EXPECT_EQ(retry::serverDelayMs({{"retry-after", "Wed, 25 Nov 2026 17:00:05 GMT"}}, now), 5000);
    EXPECT_EQ(retry::serverDelayMs({{"Retry-After", "Wed, 25 Nov 2026 16:00:00 GMT"}}, now), 0); // already past
    EXPECT_FALSE(retry::serverDelayMs({{"Retry-After", "whenever"}}, now));
    EXPECT_FALSE(retry::serverDelayMs({{"Content-Type", "application/json"}}, now));
    // The longest of what is given wins when the reply does not say which limit ran out.
    EXPECT_EQ(retry::serverDelayMs({{"Retry-After", "1"}, {"x-ratelimit-reset-tokens", "3s"}}, now), 3000);
}

TEST(RetryTiming, BackoffGrowsAndStaysInItsJitterBand)
{
    EXPECT_EQ(retry::backoffMs(0, 0.0), 250);
    EXPECT_EQ(retry::backoffMs(0, 0.999), 499);
    EXPECT_EQ(retry::backoffMs(1, 0.0), 500);
    EXPECT_EQ(retry::backoffMs(1, 0.999), 999);
    EXPECT_GT(retry::backoffMs(2, 0.0), retry::backoffMs(1, 0.999));
}

TEST(Breaker, OpensAtTheThresholdAndLetsOneTrialThroughAfterTheCoolDown)
{
    CircuitBreaker breaker(3, 1000);
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(breaker.tryAcquire(0));
        breaker.recordFailure(0);
    }
    EXPECT_EQ(breaker.state(0), CircuitBreaker::State::Closed);
    ASSERT_TRUE(breaker.tryAcquire(0));
    breaker.recordFailure(100);
    EXPECT_EQ(breaker.state(100), CircuitBreaker::State::Open);
    EXPECT_FALSE(breaker.tryAcquire(500));
    EXPECT_EQ(breaker.msUntilTrial(500), 600);

    EXPECT_EQ(breaker.state(1100), CircuitBreaker::State::HalfOpen);
    EXPECT_TRUE(breaker.tryAcquire(1100));
    EXPECT_FALSE(breaker.tryAcquire(1100)); // only one trial at a time
    breaker.recordSuccess();
    EXPECT_EQ(breaker.state(1100), CircuitBreaker::State::Closed);
    EXPECT_EQ(breaker.consecutiveFailures(), 0);
}

TEST(Breaker, AnUnusedTrialIsGivenBack)
{
    CircuitBreaker breaker(1, 1000);
    breaker.recordFailure(0);
    ASSERT_TRUE(breaker.tryAcquire(1000));
    breaker.release();
    EXPECT_TRUE(breaker.tryAcquire(1000));
}

TEST(Prices, DatedSnapshotsArePricedAsTheirModelAndUserPricesWin)
{
    PriceTable prices = PriceTable::shipped();
    EXPECT_FALSE(prices.asOf().isEmpty());
    ASSERT_TRUE(prices.price(QStringLiteral("gpt-4o-mini-2024-07-18")));
    EXPECT_DOUBLE_EQ(prices.price(QStringLiteral("gpt-4o-mini-2024-07-18"))->inputPerMillion,
                     prices.price(QStringLiteral("gpt-4o-mini"))->inputPerMillion);
    EXPECT_NE(prices.price(QStringLiteral("gpt-4o"))->inputPerMillion,
              prices.price(QStringLiteral("gpt-4o-mini"))->inputPerMillion);
    EXPECT_FALSE(prices.price(QStringLiteral("llama-3-8b")));

    auto own = PriceTable::parse(R"({"asOf":"2026-11-01","models":{"llama-3-8b":{"input":0,"output":0},
                                                                       "gpt-4o-mini":{"input":1,"output":2}}})");
    ASSERT_TRUE(std::holds_alternative<PriceTable>(own));
    prices.overlay(std::get<PriceTable>(own));
    EXPECT_TRUE(prices.price(QStringLiteral("llama-3-8b")));
    EXPECT_DOUBLE_EQ(prices.price(QStringLiteral("gpt-4o-mini"))->outputPerMillion, 2.0);
    EXPECT_EQ(prices.asOf(), QStringLiteral("2026-11-01"));
}

TEST(Prices, AMalformedTableIsRefusedWithAReason)
{
    const auto notJson = PriceTable::parse("{models: }");
    ASSERT_TRUE(std::holds_alternative<QString>(notJson));
    const auto negative = PriceTable::parse(R"({"models":{"x":{"input":-1,"output":1}}})");
    ASSERT_TRUE(std::holds_alternative<QString>(negative));
    EXPECT_TRUE(std::get<QString>(negative).contains(QStringLiteral("\"x\"")));
}

TEST(Usage, TotalsAreKeptPerMonthAndSharedThroughTheFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("usage.json"));
    ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC));
    UsageLedger console(path, PriceTable::shipped(), clock);
    UsageLedger server(path, PriceTable::shipped(), clock); // another process on the same file
    console.record(Environment::Staging, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"), {1'000'000, 0});
    server.record(Environment::Staging, ProviderId::Mistral, QStringLiteral("mistral-small-latest"), {0, 1'000'000});
    EXPECT_NEAR(console.budget(Environment::Staging).spentUsd, 0.15 + 0.30, 1e-9);
    EXPECT_NEAR(server.budget(Environment::Staging).spentUsd, 0.45, 1e-9);
    EXPECT_EQ(console.budget(Environment::Production).spentUsd, 0.0);

    // A new month starts from zero; the old one stays in the file.
    clock.advanceMs(2 * 3600 * 1000);
    EXPECT_EQ(console.budget(Environment::Staging).month, QStringLiteral("2026-12"));
    EXPECT_EQ(console.budget(Environment::Staging).spentUsd, 0.0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("months")].toObject().contains(
        QStringLiteral("2026-11")));
}

TEST(Usage, BudgetLevelsAndTheirDefaults)
{
    ManualClock clock;
    UsageLedger ledger({}, PriceTable::shipped(), clock);
    EXPECT_EQ(ledger.budget(Environment::Production).budgetUsd, 50.0);
    EXPECT_EQ(ledger.budget(Environment::Staging).budgetUsd, 10.0);
    ASSERT_FALSE(ledger.setBudget(Environment::Staging, 1.0));
    EXPECT_TRUE(ledger.setBudget(Environment::Staging, -1.0));
    EXPECT_TRUE(ledger.setBudget(Environment::Staging, std::numeric_limits<double>::quiet_NaN()));
    ledger.record(Environment::Staging, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"), {5'000'000, 0}); // $0.75
    EXPECT_EQ(ledger.budget(Environment::Staging).level, BudgetLevel::Ok);
    ledger.record(Environment::Staging, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"), {500'000, 0}); // $0.825
    EXPECT_EQ(ledger.budget(Environment::Staging).level, BudgetLevel::Warning);
    ledger.record(Environment::Staging, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"), {2'000'000, 0});
    EXPECT_EQ(ledger.budget(Environment::Staging).level, BudgetLevel::Exceeded);
    ledger.overrideBudget(Environment::Staging, 100);
    EXPECT_EQ(ledger.budget(Environment::Staging).level, BudgetLevel::Ok);
}

TEST(Usage, AnUnknownModelIsCountedButNotPriced)
{
    ManualClock clock;
    UsageLedger ledger({}, PriceTable::shipped(), clock);
    ledger.record(Environment::Development, ProviderId::OpenAI, QStringLiteral("my-local-llama"), {1000, 1000});
    const BudgetStatus status = ledger.budget(Environment::Development);
    EXPECT_EQ(status.spentUsd, 0.0);
    EXPECT_EQ(status.unpricedRequests, 1);
}

TEST(Usage, ADamagedFileIsKeptAsideNotOverwritten)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("usage.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"months\": {\"2026-11\": ");
    }
    ManualClock clock;
    UsageLedger ledger(path, PriceTable::shipped(), clock);
    ledger.record(Environment::Development, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"), {1000, 0});
    const QStringList aside = QDir(folder.path()).entryList({QStringLiteral("usage.json.damaged-*")});
    ASSERT_EQ(aside.size(), 1);
    QFile kept(folder.filePath(aside.first()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("{\"months\": {\"2026-11\": "));
    EXPECT_GT(ledger.budget(Environment::Development).spentUsd, 0.0);
}

} // namespace
} // namespace sb
