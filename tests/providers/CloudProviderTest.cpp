// The cloud providers end to end: POST /api/extract-entities on the real service, the providers pointed at fake
// OpenAI-compatible servers on 127.0.0.1 that answer as each test tells them. Nothing here reaches the internet.
#include "FakeCloudServer.h"
#include "HttpTestClient.h"
#include "LogCapture.h"
#include "TestService.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

using Answer = FakeCloudServer::Answer;

constexpr const char* kOpenAiKey = "sk-test-openai-0123456789abcdef2345";
constexpr const char* kMistralKey = "mistral-test-key-abcdefghijklmnop";
const QString kText = QStringLiteral("Call Ana Lima at Northwind Traders tomorrow at 3 PM about $5k, or mail "
                                     "ana@northwind.example.");

// What a model might answer for kText: six real entities (one in the wrong case), one it made up, one of a type
// that does not exist.
QString modelAnswer()
{
    return QStringLiteral(R"({"entities": [
        {"type": "person", "value": "Ana Lima", "confidence": 0.97},
        {"type": "organization", "value": "Northwind traders", "confidence": 0.9},
        {"type": "date", "value": "tomorrow", "confidence": 0.95},
        {"type": "time", "value": "3 PM", "confidence": 0.95},
        {"type": "financial", "value": "$5k", "confidence": 0.9},
        {"type": "contact", "value": "ana@northwind.example", "confidence": 0.99},
        {"type": "person", "value": "Zebulon Quartermaine", "confidence": 0.8},
        {"type": "weapon", "value": "Ana", "confidence": 0.5}]})");
}

// Two fake providers and a service whose openai and mistral point at them, openai active.
class CloudTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        openai.setContent(modelAnswer());
        mistral.setContent(modelAnswer());
    }

    StartupConfig config() const
    {
        StartupConfig config = TestService::defaultConfig();
        config.provider = ProviderId::OpenAI;
        config.openaiKey = SecretValue(QByteArrayView(kOpenAiKey));
        config.mistralKey = SecretValue(QByteArrayView(kMistralKey));
        config.cloud.openai.baseUrl = openai.baseUrl();
        config.cloud.mistral.baseUrl = mistral.baseUrl();
        config.cloud.timeoutMs = 1000;
        config.cloud.deadlineMs = 4000;
        return config;
    }

    static QJsonObject extract(quint16 port, const QString& text = kText)
    {
        const QJsonObject body{{QStringLiteral("text"), text},
                               {QStringLiteral("referenceTime"), QStringLiteral("2026-11-25T09:00:00")}};
        const auto reply = HttpTestClient::request(port, "POST", "/api/extract-entities",
                                                   {{"Content-Type", "application/json"}},
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!reply || reply->status != 200) {
            ADD_FAILURE() << "extraction failed: " << (reply ? reply->body.toStdString() : "no reply");
            return {};
        }
        return reply->json().value(QStringLiteral("data")).toObject();
    }

    static QJsonObject status(quint16 port, const QByteArray& query = {})
    {
        const auto reply = HttpTestClient::request(port, "GET", QByteArray("/api/ai/status") + query);
        return reply ? reply->json().value(QStringLiteral("data")).toObject() : QJsonObject();
    }

    FakeCloudServer openai;
    FakeCloudServer mistral;
};

QJsonObject entityOfType(const QJsonObject& data, const QString& type)
{
    for (const QJsonValue& value : data.value(QStringLiteral("entities")).toArray()) {
        if (value.toObject().value(QStringLiteral("type")).toString() == type)
            return value.toObject();
    }
    return {};
}

TEST_F(CloudTest, OpenAiAnswersWithCheckedOffsetsAndOfflineNormalization)
{
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(data.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    EXPECT_FALSE(data.contains(QStringLiteral("fallbackFrom")));

    const QJsonArray entities = data.value(QStringLiteral("entities")).toArray();
    // The invented name and the unknown type are dropped; the rest keep the order of the text.
    ASSERT_EQ(entities.size(), 6) << QJsonDocument(entities).toJson().toStdString();
    for (const QJsonValue& value : entities) {
        const QJsonObject entity = value.toObject();
        const int start = entity.value(QStringLiteral("start")).toInt();
        const int end = entity.value(QStringLiteral("end")).toInt();
        EXPECT_EQ(kText.mid(start, end - start), entity.value(QStringLiteral("value")).toString());
        EXPECT_FALSE(entity.value(QStringLiteral("context")).toString().isEmpty());
        EXPECT_GT(entity.value(QStringLiteral("confidence")).toDouble(), 0.0);
    }
    // The model's wrong case maps to the text as written.
    EXPECT_EQ(entityOfType(data, QStringLiteral("organization")).value(QStringLiteral("value")).toString(),
              QStringLiteral("Northwind Traders"));
    EXPECT_EQ(entityOfType(data, QStringLiteral("date")).value(QStringLiteral("normalized")).toString(),
              QStringLiteral("2026-11-26"));
    EXPECT_EQ(entityOfType(data, QStringLiteral("time")).value(QStringLiteral("normalized")).toString(),
              QStringLiteral("15:00"));
    EXPECT_EQ(entityOfType(data, QStringLiteral("financial")).value(QStringLiteral("normalized")).toString(),
              QStringLiteral("5000 USD"));
    EXPECT_EQ(entityOfType(data, QStringLiteral("contact")).value(QStringLiteral("normalized")).toString(),
              QStringLiteral("ana@northwind.example"));
    EXPECT_TRUE(entityOfType(data, QStringLiteral("person")).value(QStringLiteral("normalized")).isNull());

    // What the provider received: exactly the key as a bearer token, the model, a strict JSON schema, the text.
    const auto requests = openai.received();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].method, "POST");
    EXPECT_EQ(requests[0].path, "/v1/chat/completions");
    EXPECT_EQ(requests[0].header("Authorization"), QByteArray("Bearer ") + kOpenAiKey);
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
    EXPECT_EQ(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    EXPECT_TRUE(format.value(QStringLiteral("json_schema")).toObject().value(QStringLiteral("strict")).toBool());
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_TRUE(messages[1].toObject().value(QStringLiteral("content")).toString().contains(kText));
    EXPECT_TRUE(messages[1].toObject().value(QStringLiteral("content")).toString().contains(
        QStringLiteral("2026-11-25T09:00:00")));
    EXPECT_EQ(mistral.count("/chat/completions"), 0);
}

TEST_F(CloudTest, MistralIsAskedForJsonModeWithItsOwnKeyAndModel)
{
    StartupConfig settings = config();
    settings.provider = ProviderId::Mistral;
    TestService service(settings);
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_EQ(data.value(QStringLiteral("model")).toString(), QStringLiteral("mistral-small-latest"));
    EXPECT_EQ(data.value(QStringLiteral("entities")).toArray().size(), 6);
    const auto requests = mistral.received();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].header("Authorization"), QByteArray("Bearer ") + kMistralKey);
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    EXPECT_EQ(body.value(QStringLiteral("response_format"))[QStringLiteral("type")].toString(),
              QStringLiteral("json_object"));
    EXPECT_EQ(openai.count("/chat/completions"), 0);
}

TEST_F(CloudTest, RateLimitedCallIsRetriedAfterTheWaitTheProviderAsksFor)
{
    openai.script({Answer::TooMany});
    openai.setRateLimitHeaders({{"Retry-After", "1"}});
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_FALSE(data.contains(QStringLiteral("fallbackFrom")));
    const auto requests = openai.received();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_GE(requests[1].atMs - requests[0].atMs, 950); // Retry-After: 1 second, not the shorter backoff
}

TEST_F(CloudTest, OpenAiResetHeaderIsHonouredWhenThereIsNoRetryAfter)
{
    openai.script({Answer::TooMany});
    openai.setRateLimitHeaders({{"x-ratelimit-remaining-requests", "0"},
                                {"x-ratelimit-reset-requests", "1.2s"},
                                {"x-ratelimit-remaining-tokens", "5000"},
                                {"x-ratelimit-reset-tokens", "6m0s"}});
    TestService service(config());
    ASSERT_TRUE(service.ok());
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    const auto requests = openai.received();
    ASSERT_EQ(requests.size(), 2);
    // The requests budget ran out, so its reset time counts, not the tokens' six minutes.
    EXPECT_GE(requests[1].atMs - requests[0].atMs, 1150);
}

TEST_F(CloudTest, AWaitPastTheDeadlineIsNotWaitedForButFallsBack)
{
    openai.setDefault(Answer::TooMany);
    openai.setRateLimitHeaders({{"Retry-After", "60"}});
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_EQ(data.value(QStringLiteral("fallbackFrom")).toString(), QStringLiteral("openai"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("429")));
    EXPECT_EQ(openai.count("/chat/completions"), 1);
}

TEST_F(CloudTest, ServerErrorsAreRetriedTwiceThenTheChainMovesOn)
{
    openai.setDefault(Answer::ServerError);
    openai.script({Answer::ServerError, Answer::Unavailable, Answer::ServerError});
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_EQ(data.value(QStringLiteral("fallbackFrom")).toString(), QStringLiteral("openai"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("HTTP 500")));
    EXPECT_EQ(openai.count("/chat/completions"), 3); // the call and two retries
    EXPECT_EQ(mistral.count("/chat/completions"), 1);
}

TEST_F(CloudTest, RejectedKeyIsNotRetriedAndIsReportedAsSuch)
{
    openai.setDefault(Answer::Unauthorized);
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("key rejected")));
    EXPECT_EQ(openai.count("/chat/completions"), 1);
    const QJsonObject lastError =
        status(service.port())[QStringLiteral("providers")][QStringLiteral("openai")][QStringLiteral("lastError")]
            .toObject();
    EXPECT_EQ(lastError.value(QStringLiteral("kind")).toString(), QStringLiteral("key_rejected"));
}

struct BrokenAnswer
{
    Answer answer;
    const char* name;
    friend void PrintTo(const BrokenAnswer& broken, std::ostream* out) { *out << broken.name; }
};

class BrokenAnswers : public CloudTest, public ::testing::WithParamInterface<BrokenAnswer>
{};

TEST_P(BrokenAnswers, AreProviderFailuresAndTheNextProviderAnswers)
{
    openai.setDefault(GetParam().answer);
    StartupConfig settings = config();
    settings.cloud.fallback = QList<ProviderId>{ProviderId::Offline}; // AI_FALLBACK=offline
    TestService service(settings);
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(data.value(QStringLiteral("fallbackFrom")).toString(), QStringLiteral("openai"));
    EXPECT_FALSE(data.value(QStringLiteral("fallbackReason")).toString().isEmpty());
    // The offline extractor still finds what it can.
    EXPECT_FALSE(data.value(QStringLiteral("entities")).toArray().isEmpty());
    EXPECT_EQ(mistral.count("/chat/completions"), 0); // not in the configured chain
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenAnswers,
                         ::testing::Values(BrokenAnswer{Answer::InvalidJson, "InvalidJson"},
                                           BrokenAnswer{Answer::Truncated, "Truncated"},
                                           BrokenAnswer{Answer::CutOff, "CutOffAtLengthLimit"},
                                           BrokenAnswer{Answer::Stall, "StallsPastTheTimeout"},
                                           BrokenAnswer{Answer::BadRequest, "ModelNotFound"}),
                         [](const auto& test) { return std::string(test.param.name); });

TEST_F(CloudTest, ContentThatIsNotTheEntityListIsAFailure)
{
    openai.setContent(QStringLiteral("Sure! Here are the entities: Ana Lima, Northwind Traders."));
    StartupConfig settings = config();
    settings.cloud.fallback = QList<ProviderId>{ProviderId::Offline};
    TestService service(settings);
    ASSERT_TRUE(service.ok());
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("not valid JSON")));
}

TEST_F(CloudTest, BreakerOpensAfterFiveFailuresAndATrialCloses)
{
    openai.setDefault(Answer::BadRequest);
    TestService service(config());
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_EQ(openai.count("/chat/completions"), 5);
    const QJsonObject circuit =
        status(service.port())[QStringLiteral("providers")][QStringLiteral("openai")][QStringLiteral("circuit")]
            .toObject();
    EXPECT_EQ(circuit.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    EXPECT_EQ(circuit.value(QStringLiteral("consecutiveFailures")).toInt(), 5);

    // Open: openai is not called at all, and the answer says why.
    const QJsonObject skipped = extract(service.port());
    EXPECT_EQ(skipped.value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_TRUE(skipped.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("circuit open")));
    EXPECT_EQ(openai.count("/chat/completions"), 5);

    // 30 s later one trial call goes through; it succeeds and the breaker closes.
    openai.setDefault(Answer::Good);
    service.clock().advanceMs(30'000);
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(openai.count("/chat/completions"), 6);
    EXPECT_EQ(status(service.port())[QStringLiteral("providers")][QStringLiteral("openai")][QStringLiteral("circuit")]
                  [QStringLiteral("state")]
                      .toString(),
              QStringLiteral("closed"));
}

TEST_F(CloudTest, AFailedTrialReopensTheBreaker)
{
    openai.setDefault(Answer::BadRequest);
    TestService service(config());
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 5; ++i)
        extract(service.port());
    service.clock().advanceMs(30'000);
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("mistral"));
    EXPECT_EQ(openai.count("/chat/completions"), 6); // the trial
    extract(service.port());
    EXPECT_EQ(openai.count("/chat/completions"), 6); // open again for another 30 s
}

TEST_F(CloudTest, SpentBudgetStopsCloudProvidersUntilItIsRaised)
{
    // 1000 prompt and 200 completion tokens of gpt-4o-mini cost $0.00027 a call.
    TestService service(config());
    ASSERT_TRUE(service.ok());
    ASSERT_FALSE(service.runtime().usage().setBudget(Environment::Development, 0.0003));
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(status(service.port())[QStringLiteral("budget")][QStringLiteral("state")].toString(),
              QStringLiteral("warning")); // past 80%
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));

    // Now past 100%: neither cloud provider is called; offline answers and says why.
    const QJsonObject data = extract(service.port());
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("budget")));
    EXPECT_EQ(openai.count("/chat/completions"), 2);
    EXPECT_EQ(mistral.count("/chat/completions"), 0);
    const QJsonObject state = status(service.port());
    EXPECT_EQ(state[QStringLiteral("budget")][QStringLiteral("state")].toString(), QStringLiteral("exceeded"));
    EXPECT_FALSE(state.value(QStringLiteral("openaiAvailable")).toBool());

    // GET /api/usage reports the month's tokens and cost.
    const auto usage = HttpTestClient::request(service.port(), "GET", "/api/usage");
    ASSERT_TRUE(usage);
    ASSERT_EQ(usage->status, 200);
    const QJsonObject development =
        usage->json()[QStringLiteral("data")][QStringLiteral("environments")][QStringLiteral("development")].toObject();
    const QJsonObject model = development[QStringLiteral("models")][QStringLiteral("openai/gpt-4o-mini")].toObject();
    EXPECT_EQ(model.value(QStringLiteral("requests")).toInt(), 2);
    EXPECT_EQ(model.value(QStringLiteral("promptTokens")).toInt(), 2000);
    EXPECT_EQ(model.value(QStringLiteral("completionTokens")).toInt(), 400);
    EXPECT_NEAR(development.value(QStringLiteral("spentUsd")).toDouble(), 0.00054, 1e-9);

    // Raising the budget (an admin route) lets the providers back in.
    const auto raised = HttpTestClient::request(
        service.port(), "PUT", "/api/usage/budget", {{"Content-Type", "application/json"}, TestService::adminAuthorization()},
        R"({"environment":"development","budgetUsd":5})");
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->status, 200) << raised->body.toStdString();
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
}

TEST_F(CloudTest, UsageSurvivesARestart)
{
    QTemporaryDir folder;
    StartupConfig settings = config();
    settings.dataDirectory = folder.path();
    {
        TestService service(settings);
        ASSERT_TRUE(service.ok());
        extract(service.port());
    }
    TestService restarted(settings);
    ASSERT_TRUE(restarted.ok());
    const BudgetStatus budget = restarted.runtime().usage().budget(Environment::Development);
    EXPECT_NEAR(budget.spentUsd, 0.00027, 1e-9);
    EXPECT_EQ(budget.budgetUsd, 10.0);
}

TEST_F(CloudTest, BudgetRouteRefusesBadInputAndNeedsTheAdminToken)
{
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    const auto anonymous = HttpTestClient::request(service.port(), "PUT", "/api/usage/budget", json,
                                                   R"({"environment":"production","budgetUsd":1})");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
    auto admin = json;
    admin.append(TestService::adminAuthorization());
    for (const QByteArray& body : {QByteArray(R"({"environment":"prod","budgetUsd":-1})"),
                                   QByteArray(R"({"environment":"qa","budgetUsd":1})"),
                                   QByteArray(R"({"environment":"staging","budgetUsd":"ten"})")}) {
        const auto reply = HttpTestClient::request(service.port(), "PUT", "/api/usage/budget", admin, body);
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->status, 400) << body.toStdString();
    }
    EXPECT_EQ(service.runtime().usage().budget(Environment::Production).budgetUsd, 50.0); // unchanged
}

TEST_F(CloudTest, StatusCheckValidatesEachKeyAgainstItsProvider)
{
    mistral.setDefault(Answer::Unauthorized);
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const QJsonObject data = status(service.port(), "?check=1");
    const QJsonObject providers = data.value(QStringLiteral("providers")).toObject();
    const QJsonObject openaiCheck = providers[QStringLiteral("openai")][QStringLiteral("keyCheck")].toObject();
    EXPECT_EQ(openaiCheck.value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
    EXPECT_GE(openaiCheck.value(QStringLiteral("latencyMs")).toInt(-1), 0);
    EXPECT_EQ(providers[QStringLiteral("mistral")][QStringLiteral("keyCheck")][QStringLiteral("result")].toString(),
              QStringLiteral("rejected"));
    EXPECT_EQ(openai.count("/models"), 1);
    EXPECT_EQ(openai.received().first().header("Authorization"), QByteArray("Bearer ") + kOpenAiKey);
    EXPECT_EQ(openai.received().first().method, "GET");
}

TEST_F(CloudTest, StatusCheckReportsAnUnreachableProvider)
{
    StartupConfig settings = config();
    quint16 closedPort = 0;
    {
        FakeCloudServer gone;
        closedPort = gone.port();
    }
    settings.cloud.mistral.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
    TestService service(settings);
    ASSERT_TRUE(service.ok());
    const QJsonObject providers = status(service.port(), "?check=1").value(QStringLiteral("providers")).toObject();
    EXPECT_EQ(providers[QStringLiteral("mistral")][QStringLiteral("keyCheck")][QStringLiteral("result")].toString(),
              QStringLiteral("unreachable"));
    EXPECT_EQ(providers[QStringLiteral("openai")][QStringLiteral("keyCheck")][QStringLiteral("result")].toString(),
              QStringLiteral("valid"));
}

TEST_F(CloudTest, FallbackChainCanBeChangedAtRunTime)
{
    openai.setDefault(Answer::ServerError);
    TestService service(config());
    ASSERT_TRUE(service.ok());
    const auto changed = HttpTestClient::request(
        service.port(), "POST", "/api/ai/provider", {{"Content-Type", "application/json"}, TestService::adminAuthorization()},
        R"({"fallback":["offline"]})");
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed->status, 200) << changed->body.toStdString();
    EXPECT_EQ(changed->json()[QStringLiteral("data")][QStringLiteral("fallback")].toArray(),
              QJsonArray{QStringLiteral("offline")});
    EXPECT_EQ(extract(service.port()).value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(mistral.count("/chat/completions"), 0);
}

TEST_F(CloudTest, NoKeyTextInAnyLogLineOrAnswer)
{
    LogCapture log;
    QByteArray answers;
    {
        TestService service(config());
        ASSERT_TRUE(service.ok());
        for (Answer answer : {Answer::Unauthorized, Answer::BadRequest, Answer::InvalidJson, Answer::Good}) {
            openai.script({answer});
            mistral.script({answer});
            answers += QJsonDocument(extract(service.port())).toJson();
        }
        mistral.setDefault(Answer::Unauthorized);
        answers += QJsonDocument(status(service.port(), "?check=1")).toJson();
    }
    for (const QByteArray& secret : {QByteArray(kOpenAiKey), QByteArray(kMistralKey), QByteArray("sk-tes"),
                                     QByteArray("0123456789abcdef"), QByteArray("abcdefghijklmnop")}) {
        EXPECT_FALSE(log.all().contains(QString::fromLatin1(secret))) << secret.toStdString();
        EXPECT_FALSE(answers.contains(secret)) << secret.toStdString();
    }
    // The failures were logged, so the assertion above had something to look at.
    EXPECT_TRUE(log.all().contains(QStringLiteral("key rejected")));
}

} // namespace
} // namespace sb::test
