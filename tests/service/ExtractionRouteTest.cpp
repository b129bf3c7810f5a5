// POST /api/extract-entities over a real socket: the response the old service's clients read, and a clear 400 for
// every kind of bad input, after which the service keeps serving.
#include "FakeProvider.h"
#include "HttpTestClient.h"
#include "TestService.h"
#include "providers/ProviderRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

std::optional<HttpReply> extract(quint16 port, const QByteArray& body,
                                 const QList<QPair<QByteArray, QByteArray>>& headers = kJson)
{
    return HttpTestClient::request(port, "POST", "/api/extract-entities", headers, body);
}

TEST(ExtractionRoute, AnswersWithEntitiesAndTheirUtf16Offsets)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    // The emoji is two UTF-16 code units, so the address starts at 6, not 5.
    const QString text = QStringLiteral("Hi 😀 mail ANA@Example.com about €1,200 today");
    const auto reply = extract(service.port(), QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson());
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200) << reply->body.toStdString();
    const QJsonObject body = reply->json();
    EXPECT_TRUE(body.value(QStringLiteral("success")).toBool());
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("text")).toString(), text);
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_FALSE(data.value(QStringLiteral("model")).toString().isEmpty());
    EXPECT_GE(data.value(QStringLiteral("latencyMs")).toDouble(-1), 0.0);
    EXPECT_TRUE(
        QDateTime::fromString(data.value(QStringLiteral("processedAt")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_FALSE(data.contains(QStringLiteral("fallbackFrom")));

    const QJsonArray entities = data.value(QStringLiteral("entities")).toArray();
    bool sawEmail = false;
    for (const QJsonValue& value : entities) {
        const QJsonObject entity = value.toObject();
        for (const char* field : {"type", "value", "start", "end", "confidence", "normalized", "context"})
            EXPECT_TRUE(entity.contains(QLatin1String(field))) << field;
        const int start = entity.value(QStringLiteral("start")).toInt();
        const int end = entity.value(QStringLiteral("end")).toInt();
        EXPECT_EQ(text.mid(start, end - start), entity.value(QStringLiteral("value")).toString());
        const double confidence = entity.value(QStringLiteral("confidence")).toDouble();
        EXPECT_GT(confidence, 0.0);
        EXPECT_LE(confidence, 1.0);
        if (entity.value(QStringLiteral("type")).toString() == QStringLiteral("contact")) {
            sawEmail = true;
            EXPECT_EQ(start, 11);
            EXPECT_EQ(entity.value(QStringLiteral("normalized")).toString(), QStringLiteral("ana@example.com"));
        }
    }
    EXPECT_TRUE(sawEmail);
}

TEST(ExtractionRoute, UnknownFieldsAreIgnoredAndCharsetUtf8IsAccepted)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto reply = extract(service.port(), R"({"text":"call me","mood":"sunny","options":{"x":1}})",
                               {{"Content-Type", "Application/JSON; charset=UTF-8"}});
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
}

TEST(ExtractionRoute, DemoIsAcceptedAsAPerRequestProvider)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto reply = extract(service.port(), R"({"text":"pay $5","provider":"demo"})");
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    EXPECT_EQ(reply->json()[QStringLiteral("data")][QStringLiteral("provider")].toString(), QStringLiteral("offline"));
}

TEST(ExtractionRoute, AProviderWithoutAKeyFallsBackToOfflineAndSaysWhy)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto reply = extract(service.port(), R"({"text":"pay $5","provider":"openai"})");
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    const QJsonObject data = reply->json()[QStringLiteral("data")].toObject();
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(data.value(QStringLiteral("fallbackFrom")).toString(), QStringLiteral("openai"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("no API key")));
}

struct BadInput
{
    const char* name;
    QByteArray contentType;
    QByteArray body;
    const char* error;
    const char* inMessage;
};

void PrintTo(const BadInput& input, std::ostream* out)
{
    *out << input.name;
}

// One service for all cases: it must survive each of them.
class ExtractionRouteBadInput : public ::testing::TestWithParam<BadInput>
{
protected:
    static void SetUpTestSuite() { s_service = std::make_unique<TestService>(); }
    static void TearDownTestSuite() { s_service.reset(); }
    static std::unique_ptr<TestService> s_service;
};
std::unique_ptr<TestService> ExtractionRouteBadInput::s_service;

TEST_P(ExtractionRouteBadInput, GetsAClear400AndTheServiceKeepsServing)
{
    TestService& service = *s_service;
    ASSERT_TRUE(service.ok());
    const BadInput& input = GetParam();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!input.contentType.isEmpty())
        headers.append({"Content-Type", input.contentType});
    const auto reply = extract(service.port(), input.body, headers);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 400) << reply->body.toStdString();
    const QJsonObject body = reply->json();
    EXPECT_EQ(body.value(QStringLiteral("success")).toBool(true), false);
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(), QString::fromLatin1(input.error));
    EXPECT_TRUE(body.value(QStringLiteral("message")).toString().contains(QString::fromUtf8(input.inMessage)))
        << qPrintable(body.value(QStringLiteral("message")).toString());

    const auto good = extract(service.port(), R"({"text":"still here"})");
    ASSERT_TRUE(good);
    EXPECT_EQ(good->status, 200);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ExtractionRouteBadInput,
    ::testing::Values(
        BadInput{"MalformedJson", "application/json", R"({"text": "unterminated)", "invalid_json", "not valid JSON"},
        BadInput{"TrailingGarbage", "application/json", R"({"text":"a"} extra)", "invalid_json", "not valid JSON"},
        BadInput{"ArrayNotObject", "application/json", R"(["text"])", "invalid_request", "must be a JSON object"},
        BadInput{"StringNotObject", "application/json", R"("text")", "invalid_request", "must be a JSON object"},
        BadInput{"EmptyBody", "application/json", "", "invalid_request", "empty"},
        BadInput{"MissingText", "application/json", R"({"notes":"x"})", "invalid_request", "'text' is required"},
        BadInput{"NullText", "application/json", R"({"text":null})", "invalid_request", "'text' is required"},
        BadInput{"NumberText", "application/json", R"({"text":42})", "invalid_request", "'text' must be a string"},
        BadInput{"ObjectText", "application/json", R"({"text":{"a":1}})", "invalid_request", "'text' must be a string"},
        BadInput{"EmptyText", "application/json", R"({"text":""})", "invalid_request", "must not be empty"},
        BadInput{"BlankText", "application/json", R"({"text":"  \n\t "})", "invalid_request", "must not be empty"},
        BadInput{"InvalidUtf8", "application/json", QByteArray("{\"text\":\"caf\xC3\x28\"}"), "invalid_utf8", "UTF-8"},
        BadInput{"OverlongUtf8", "application/json", QByteArray("{\"text\":\"\xC0\xAF\"}"), "invalid_utf8", "UTF-8"},
        BadInput{"TextPlain", "text/plain", R"({"text":"a"})", "unsupported_media_type", "application/json"},
        BadInput{"FormEncoded", "application/x-www-form-urlencoded", "text=a", "unsupported_media_type",
                 "application/json"},
        BadInput{"NoContentType", "", R"({"text":"a"})", "unsupported_media_type", "application/json"},
        BadInput{"Latin1Charset", "application/json; charset=iso-8859-1", R"({"text":"a"})", "unsupported_media_type",
                 "application/json"},
        BadInput{"BadReferenceTime", "application/json", R"({"text":"a","referenceTime":"next week"})",
                 "invalid_request", "'referenceTime'"},
        BadInput{"NumericReferenceTime", "application/json", R"({"text":"a","referenceTime":1700000000})",
                 "invalid_request", "'referenceTime'"},
        BadInput{"UnknownProvider", "application/json", R"({"text":"a","provider":"gpt"})", "invalid_request",
                 "'provider'"}),
    [](const ::testing::TestParamInfo<BadInput>& param) { return std::string(param.param.name); });

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST(ExtractionRoute, AnAsynchronousProviderAnswersThroughTheSameRoute)
{
    StartupConfig config = TestService::defaultConfig();
    config.openaiKey = SecretValue(QByteArrayView("sk-test-abcdefghijklmnopqrstuvwxyz012345"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    auto fake = std::make_unique<FakeProvider>(ProviderId::OpenAI, 50);
    const FakeProvider* provider = fake.get();
    service.runtime().providers().addProvider(std::move(fake));
    ASSERT_FALSE(service.runtime().providers().setActive(ProviderId::OpenAI).has_value());

    // The slow answer comes first on the connection, then a fast one: they must arrive in request order.
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    client.send(
        HttpTestClient::build(service.port(), "POST", "/api/extract-entities", kJson, R"({"text":"Acme deal"})") +
        HttpTestClient::build(service.port(), "GET", "/api/health"));
    const auto first = client.readReply();
    const auto second = client.readReply();
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->status, 200) << first->body.toStdString();
    const QJsonObject data = first->json()[QStringLiteral("data")].toObject();
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(data.value(QStringLiteral("model")).toString(), QStringLiteral("fake-model-1"));
    EXPECT_EQ(data[QStringLiteral("entities")][0][QStringLiteral("value")].toString(), QStringLiteral("Acme"));
    EXPECT_TRUE(first->hasHeader("RateLimit"));
    EXPECT_EQ(second->status, 200);
    EXPECT_EQ(second->json()[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("healthy"));
    EXPECT_EQ(provider->calls(), 1);
}

TEST(ExtractionRoute, AFailingProviderFallsBackToOfflineWithItsReason)
{
    StartupConfig config = TestService::defaultConfig();
    config.openaiKey = SecretValue(QByteArrayView("sk-test-abcdefghijklmnopqrstuvwxyz012345"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    auto fake = std::make_unique<FakeProvider>(ProviderId::OpenAI);
    fake->failWith({ProviderError::Kind::Timeout, QStringLiteral("no answer within 10 s")});
    service.runtime().providers().addProvider(std::move(fake));
    ASSERT_FALSE(service.runtime().providers().setActive(ProviderId::OpenAI).has_value());

    const auto reply = extract(service.port(), R"({"text":"mail ana@example.com"})");
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    const QJsonObject data = reply->json()[QStringLiteral("data")].toObject();
    EXPECT_EQ(data.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(data.value(QStringLiteral("fallbackFrom")).toString(), QStringLiteral("openai"));
    EXPECT_TRUE(data.value(QStringLiteral("fallbackReason")).toString().contains(QStringLiteral("no answer within")));
    EXPECT_EQ(data[QStringLiteral("entities")][0][QStringLiteral("type")].toString(), QStringLiteral("contact"));
}

TEST(ExtractionRoute, AClientThatLeavesBeforeAnAsynchronousAnswerDoesNotHurtTheService)
{
    StartupConfig config = TestService::defaultConfig();
    config.openaiKey = SecretValue(QByteArrayView("sk-test-abcdefghijklmnopqrstuvwxyz012345"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    service.runtime().providers().addProvider(std::make_unique<FakeProvider>(ProviderId::OpenAI, 200));
    ASSERT_FALSE(service.runtime().providers().setActive(ProviderId::OpenAI).has_value());
    {
        HttpTestClient client(service.port());
        ASSERT_TRUE(client.connect());
        client.send(HttpTestClient::build(service.port(), "POST", "/api/extract-entities", kJson, R"({"text":"x"})"));
        client.socket().abort();
    }
    QThread::msleep(300); // the answer arrives for a connection that is gone
    const auto reply = extract(service.port(), R"({"text":"still serving"})");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
}

} // namespace
} // namespace sb::test
