// Admin authentication, bans, the remote mode's API token and the Host check, over real sockets.
#include "FakeProvider.h"
#include "HttpTestClient.h"
#include "TestService.h"
#include "providers/ProviderRouter.h"
#include "service/AccessControl.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

const QPair<QByteArray, QByteArray> kJson{"Content-Type", "application/json"};

std::optional<HttpReply> switchProvider(quint16 port, const QByteArray& provider,
                                        std::optional<QPair<QByteArray, QByteArray>> auth)
{
    QList<QPair<QByteArray, QByteArray>> headers{kJson};
    if (auth)
        headers.append(*auth);
    return HttpTestClient::request(port, "POST", "/api/ai/provider", headers, "{\"provider\":\"" + provider + "\"}");
}

QPair<QByteArray, QByteArray> bearer(const QByteArray& token)
{
    return {"Authorization", "Bearer " + token};
}

TEST(Access, AdminRoutesNeedTheAdminToken)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    for (const auto& [method, path] : {std::pair{"POST", "/api/ai/provider"}, std::pair{"GET", "/api/rate-limit"},
                                       std::pair{"PUT", "/api/rate-limit"}}) {
        const auto reply = HttpTestClient::request(service.port(), method, path, {kJson}, R"({"provider":"demo"})");
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->status, 401) << method << " " << path;
        EXPECT_EQ(reply->header("WWW-Authenticate"), "Bearer realm=\"salesbuddy\"");
        EXPECT_EQ(reply->json().value(QStringLiteral("error")).toString(), QStringLiteral("authentication_required"));
    }
    const auto wrong = switchProvider(service.port(), "demo", bearer("not-the-admin-token-at-all"));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_EQ(wrong->json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));

    const auto right = switchProvider(service.port(), "demo", TestService::adminAuthorization());
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    // Reading status and extracting need no token on loopback.
    EXPECT_EQ(HttpTestClient::request(service.port(), "GET", "/api/ai/status")->status, 200);
}

TEST(Access, TenFailuresBanTheAddressForFifteenMinutes)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 10; ++i) {
        const auto reply = switchProvider(service.port(), "demo", bearer("guess-" + QByteArray::number(i)));
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->status, 401) << "attempt " << i;
    }
    // Now even the right token is refused, and so is every route but health.
    const auto banned = switchProvider(service.port(), "demo", TestService::adminAuthorization());
    ASSERT_TRUE(banned);
    EXPECT_EQ(banned->status, 403);
    EXPECT_EQ(banned->json().value(QStringLiteral("error")).toString(), QStringLiteral("banned"));
    EXPECT_EQ(banned->header("Retry-After"), "900");
    EXPECT_EQ(HttpTestClient::request(service.port(), "GET", "/api/ai/status")->status, 403);
    EXPECT_EQ(HttpTestClient::request(service.port(), "GET", "/api/health")->status, 200);
    EXPECT_TRUE(service.runtime().access().isBanned(QHostAddress(QHostAddress::LocalHost)));

    service.clock().advanceMs(15 * 60'000 - 1'000);
    EXPECT_EQ(switchProvider(service.port(), "demo", TestService::adminAuthorization())->status, 403);
    service.clock().advanceMs(1'000);
    EXPECT_EQ(switchProvider(service.port(), "demo", TestService::adminAuthorization())->status, 200);
}

TEST(Access, FailuresOutsideTheWindowDoNotAddUp)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(switchProvider(service.port(), "demo", bearer("wrong-token"))->status, 401);
    service.clock().advanceMs(15 * 60'000 + 1);
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(switchProvider(service.port(), "demo", bearer("wrong-token"))->status, 401);
    EXPECT_EQ(switchProvider(service.port(), "demo", TestService::adminAuthorization())->status, 200);
}

TEST(Access, RemoteModeGuardsEveryRouteButHealthWithTheApiToken)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    config.allowRemote = true;
    config.apiToken = SecretValue(QByteArrayView("api-token-0123456789abcdef"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    const quint16 port = service.port();

    const QByteArray body = R"({"text":"hello"})";
    const auto anonymous = HttpTestClient::request(port, "POST", "/api/extract-entities", {kJson}, body);
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
    EXPECT_EQ(HttpTestClient::request(port, "GET", "/api/ai/status")->status, 401);
    EXPECT_EQ(HttpTestClient::request(port, "GET", "/api/health")->status, 200);

    const auto withToken = HttpTestClient::request(port, "POST", "/api/extract-entities",
                                                   {kJson, bearer("api-token-0123456789abcdef")}, body);
    ASSERT_TRUE(withToken);
    EXPECT_EQ(withToken->status, 200);
    // The API token is not an admin token.
    EXPECT_EQ(switchProvider(port, "demo", bearer("api-token-0123456789abcdef"))->status, 401);
    EXPECT_EQ(switchProvider(port, "demo", TestService::adminAuthorization())->status, 200);
}

TEST(Access, ARequestForAnotherHostIsRefused)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    // What a DNS-rebinding page would send: our address, its own name.
    client.send("POST /api/extract-entities HTTP/1.1\r\nHost: attacker.example:" + QByteArray::number(service.port()) +
                "\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{\"text\":\"abc\"}");
    const auto reply = client.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 421);
    EXPECT_EQ(reply->json().value(QStringLiteral("error")).toString(), QStringLiteral("misdirected_request"));
    for (const QByteArray& host : {QByteArray("localhost"), QByteArray("[::1]"), QByteArray("127.0.0.1")}) {
        const QByteArray request = "GET /api/ai/status HTTP/1.1\r\nHost: " + host + ":" +
                                   QByteArray::number(service.port()) + "\r\nConnection: close\r\n\r\n";
        HttpTestClient ok(service.port());
        ASSERT_TRUE(ok.connect());
        ok.send(request);
        const auto answer = ok.readReply();
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 200) << host.toStdString();
    }
}

TEST(ProviderRoutes, SwitchingToAProviderWithoutAKeyIs409AndNamesTheVariable)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    service.runtime().providers().addProvider(std::make_unique<FakeProvider>(ProviderId::Mistral));
    const auto noKey = switchProvider(service.port(), "mistral", TestService::adminAuthorization());
    ASSERT_TRUE(noKey);
    EXPECT_EQ(noKey->status, 409);
    EXPECT_EQ(noKey->json().value(QStringLiteral("error")).toString(), QStringLiteral("provider_unavailable"));
    EXPECT_TRUE(noKey->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("MISTRAL_API_KEY")));
    EXPECT_EQ(service.runtime().providers().active(), ProviderId::Offline);
}

TEST(ProviderRoutes, StatusListsProvidersWithoutKeys)
{
    StartupConfig config = TestService::defaultConfig();
    config.openaiKey = SecretValue(QByteArrayView("sk-test-abcdefghijklmnopqrstuvwxyz012345"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    const auto reply = HttpTestClient::request(service.port(), "GET", "/api/ai/status");
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    EXPECT_FALSE(reply->body.contains("sk-test")); // never the key
    const QJsonObject data = reply->json()[QStringLiteral("data")].toObject();
    EXPECT_EQ(data.value(QStringLiteral("current")).toString(), QStringLiteral("offline"));
    // OpenAI has a key, Mistral has none.
    EXPECT_TRUE(data.value(QStringLiteral("openaiAvailable")).toBool());
    EXPECT_FALSE(data.value(QStringLiteral("mistralAvailable")).toBool());
    EXPECT_EQ(data.value(QStringLiteral("environment")).toString(), QStringLiteral("development"));
    EXPECT_TRUE(data.value(QStringLiteral("available")).toArray().contains(QStringLiteral("openai")));
    EXPECT_FALSE(data.value(QStringLiteral("available")).toArray().contains(QStringLiteral("mistral")));
    EXPECT_TRUE(data.value(QStringLiteral("available")).toArray().contains(QStringLiteral("offline")));
    const QJsonObject openai = data[QStringLiteral("providers")][QStringLiteral("openai")].toObject();
    EXPECT_TRUE(openai.value(QStringLiteral("keyConfigured")).toBool());
    EXPECT_EQ(openai.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(openai.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("https://api.openai.com/v1"));
    EXPECT_EQ(openai.value(QStringLiteral("keySource")).toString(), QStringLiteral("environment"));
    EXPECT_EQ(openai[QStringLiteral("circuit")][QStringLiteral("state")].toString(), QStringLiteral("closed"));
    EXPECT_TRUE(openai.value(QStringLiteral("lastError")).isNull());
    EXPECT_TRUE(openai.value(QStringLiteral("keyCheck")).isNull()); // not checked unless asked: ?check=1
    EXPECT_FALSE(data[QStringLiteral("providers")][QStringLiteral("mistral")][QStringLiteral("keyConfigured")].toBool());
    EXPECT_EQ(data[QStringLiteral("budget")][QStringLiteral("budgetUsd")].toDouble(), 10.0);
}

TEST(ProviderRoutes, SwitchingValidatesTheProviderAndItsKey)
{
    StartupConfig config = TestService::defaultConfig();
    config.openaiKey = SecretValue(QByteArrayView("sk-test-abcdefghijklmnopqrstuvwxyz012345"));
    config.mistralKey = SecretValue(QByteArrayView("mistral-test-key-0123456789"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    service.runtime().providers().addProvider(std::make_unique<FakeProvider>(ProviderId::OpenAI));
    service.runtime().providers().addProvider(std::make_unique<FakeProvider>(ProviderId::Mistral));
    const auto admin = TestService::adminAuthorization();

    const auto missing = HttpTestClient::request(service.port(), "POST", "/api/ai/provider", {kJson, admin}, "{}");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 400);
    EXPECT_EQ(switchProvider(service.port(), "gpt", admin)->status, 400);

    const auto switched = switchProvider(service.port(), "openai", admin);
    ASSERT_TRUE(switched);
    ASSERT_EQ(switched->status, 200);
    EXPECT_EQ(switched->json()[QStringLiteral("data")][QStringLiteral("current")].toString(), QStringLiteral("openai"));
    EXPECT_EQ(switched->json()[QStringLiteral("data")][QStringLiteral("previous")].toString(),
              QStringLiteral("offline"));
    EXPECT_EQ(service.runtime().providers().active(), ProviderId::OpenAI);

    // "demo" is the old name of offline.
    const auto demo = switchProvider(service.port(), "demo", admin);
    ASSERT_TRUE(demo);
    ASSERT_EQ(demo->status, 200);
    EXPECT_EQ(demo->json()[QStringLiteral("data")][QStringLiteral("current")].toString(), QStringLiteral("offline"));
}

} // namespace
} // namespace sb::test
