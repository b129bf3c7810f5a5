#include "HttpTestClient.h"
#include "TestService.h"
#include "Version.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

TEST(HealthRoute, AnswersTheSeedEnvelopeOverARealSocket)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    service.clock().advanceMs(42'500);

    const auto reply = HttpTestClient::request(service.port(), "GET", "/api/health");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
    EXPECT_EQ(reply->header("Content-Type"), "application/json");
    const QJsonObject body = reply->json();
    EXPECT_EQ(body.value(QStringLiteral("success")).toBool(), true);
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    EXPECT_EQ(data.value(QStringLiteral("version")).toString(), QString::fromLatin1(kVersion));
    EXPECT_EQ(data.value(QStringLiteral("uptimeSeconds")).toInt(), 42);
    const QDateTime timestamp =
        QDateTime::fromString(data.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
    EXPECT_TRUE(timestamp.isValid());
    EXPECT_EQ(timestamp, service.clock().now());
}

TEST(HealthRoute, EveryResponseCarriesTheSafetyHeadersAndNoCors)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    for (const QByteArray& path : {QByteArray("/api/health"), QByteArray("/nowhere")}) {
        const auto reply = HttpTestClient::request(service.port(), "GET", path, {{"Origin", "https://evil.example"}});
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->header("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(reply->header("X-Frame-Options"), "DENY");
        EXPECT_EQ(reply->header("Cache-Control"), "no-store");
        EXPECT_FALSE(reply->hasHeader("Access-Control-Allow-Origin"));
    }
}

TEST(HealthRoute, UnknownPathsAndMethodsGetTheEnvelope)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto missing = HttpTestClient::request(service.port(), "GET", "/api/nothing-here");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 404);
    EXPECT_EQ(missing->json().value(QStringLiteral("success")).toBool(true), false);
    EXPECT_EQ(missing->json().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));

    const auto wrongMethod = HttpTestClient::request(service.port(), "POST", "/api/health", {}, "{}");
    ASSERT_TRUE(wrongMethod);
    EXPECT_EQ(wrongMethod->status, 405);
    EXPECT_EQ(wrongMethod->header("Allow"), "GET, HEAD");
    EXPECT_FALSE(wrongMethod->json().value(QStringLiteral("message")).toString().isEmpty());
}

TEST(HealthRoute, ForeignHostHeaderIsRefused)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    client.send("GET /api/health HTTP/1.1\r\nHost: rebinding.example:" + QByteArray::number(service.port()) +
                "\r\n\r\n");
    const auto reply = client.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 421);
    EXPECT_EQ(reply->json().value(QStringLiteral("error")).toString(), QStringLiteral("misdirected_request"));
}

TEST(HealthRoute, KeepAliveServesManyRequestsOnOneConnectionInOrder)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    QByteArray pipelined;
    for (int i = 0; i < 20; ++i)
        pipelined += HttpTestClient::build(service.port(), "GET", i % 2 ? "/api/health" : "/missing");
    client.send(pipelined);
    for (int i = 0; i < 20; ++i) {
        const auto reply = client.readReply();
        ASSERT_TRUE(reply) << "reply " << i;
        EXPECT_EQ(reply->status, i % 2 ? 200 : 404) << "reply " << i;
    }
    EXPECT_TRUE(client.isConnected());
}

TEST(HealthRoute, ConnectionCloseIsHonoured)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    client.send(HttpTestClient::build(service.port(), "GET", "/api/health", {{"Connection", "close"}}));
    const auto reply = client.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
    EXPECT_EQ(reply->header("Connection"), "close");
    EXPECT_TRUE(client.waitForClose());
}

} // namespace
} // namespace sb::test

namespace sb::test {
namespace {

TEST(HealthRoute, HeadGetsTheHeadersWithoutTheBody)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    client.send("HEAD /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(service.port()) +
                "\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(client.waitForClose());
    const QByteArray raw = client.buffered() + client.socket().readAll();
    ASSERT_TRUE(raw.startsWith("HTTP/1.1 200 OK\r\n")) << raw.toStdString();
    EXPECT_TRUE(raw.contains("\r\nContent-Type: application/json\r\n"));
    EXPECT_TRUE(raw.contains("\r\nContent-Length: "));
    EXPECT_TRUE(raw.endsWith("\r\n\r\n")) << "a body followed the headers: " << raw.toStdString();

    const auto wrongMethod = HttpTestClient::request(service.port(), "DELETE", "/api/health");
    ASSERT_TRUE(wrongMethod);
    EXPECT_EQ(wrongMethod->status, 405);
    EXPECT_EQ(wrongMethod->header("Allow"), "GET, HEAD");
}

TEST(HealthRoute, AnotherLoopbackAddressAnswersToItsOwnName)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.bindAddress = QHostAddress(QStringLiteral("127.0.0.2"));
    TestService service(config);
    ASSERT_TRUE(service.ok());
    const QHostAddress address(QStringLiteral("127.0.0.2"));
    HttpTestClient client(service.port(), address);
    ASSERT_TRUE(client.connect());
    client.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.2:" + QByteArray::number(service.port()) + "\r\n\r\n");
    const auto reply = client.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
}

} // namespace
} // namespace sb::test
