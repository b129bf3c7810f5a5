// The request guard in front of QHttpServer, seen from a client: limits are enforced before the server buffers
// anything, the service says why in the envelope, and it keeps serving afterwards.
#include "HttpTestClient.h"
#include "TestService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace sb::test {
namespace {

QByteArray extractionBody(const QString& text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
}

bool stillServes(quint16 port)
{
    const auto reply = HttpTestClient::request(port, "GET", "/api/health");
    return reply && reply->status == 200;
}

TEST(RequestGuard, AnOversizedBodyIsRefusedBeforeItIsSent)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    // Announce 10 MB and send none of it: the answer must come from the headers alone.
    client.send(QByteArray("POST /api/extract-entities HTTP/1.1\r\nHost: 127.0.0.1:") +
                QByteArray::number(service.port()) +
                "\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
    const auto reply = client.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 413);
    EXPECT_EQ(reply->json().value(QStringLiteral("error")).toString(), QStringLiteral("payload_too_large"));
    EXPECT_TRUE(reply->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("65536")));
    EXPECT_TRUE(client.waitForClose());
    EXPECT_TRUE(stillServes(service.port()));
}

TEST(RequestGuard, TheBodyLimitIsConfigurable)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.limits.request.maxBodyBytes = 2048;
    TestService service(config);
    ASSERT_TRUE(service.ok());
    const auto reply =
        HttpTestClient::request(service.port(), "POST", "/api/extract-entities", {{"Content-Type", "application/json"}},
                                extractionBody(QString(3000, QLatin1Char('a'))));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 413);
    EXPECT_TRUE(reply->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("2048")));
}

TEST(RequestGuard, AnOversizedHeaderSectionIs431)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto reply =
        HttpTestClient::request(service.port(), "GET", "/api/health", {{"X-Padding", QByteArray(17 * 1024, 'x')}});
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 431);
    EXPECT_EQ(reply->json().value(QStringLiteral("error")).toString(), QStringLiteral("header_too_large"));
    EXPECT_TRUE(stillServes(service.port()));
}

TEST(RequestGuard, AClientThatSendsNothingCompleteIsTimedOut)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.limits.idleTimeout = std::chrono::milliseconds(300);
    TestService service(config);
    ASSERT_TRUE(service.ok());

    // Slowloris: a request trickled in byte by byte, never finished.
    HttpTestClient slow(service.port());
    ASSERT_TRUE(slow.connect());
    slow.send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    const auto reply = slow.readReply(5000);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 408);
    EXPECT_TRUE(slow.waitForClose());

    // A connection that never sends a byte is closed quietly.
    HttpTestClient silent(service.port());
    ASSERT_TRUE(silent.connect());
    EXPECT_TRUE(silent.waitForClose(5000));
    EXPECT_TRUE(stillServes(service.port()));
}

TEST(RequestGuard, AnIdleKeepAliveConnectionIsClosedButActiveOnesAreNot)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.limits.idleTimeout = std::chrono::milliseconds(400);
    TestService service(config);
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    // Requests every 100 ms keep the connection alive well past the idle timeout.
    for (int i = 0; i < 8; ++i) {
        client.send(HttpTestClient::build(service.port(), "GET", "/api/health"));
        const auto reply = client.readReply();
        ASSERT_TRUE(reply) << "request " << i;
        EXPECT_EQ(reply->status, 200);
        QThread::msleep(100);
    }
    EXPECT_TRUE(client.waitForClose(5000));
}

TEST(RequestGuard, ConnectionsBeyondTheCapAreRefusedWith503)
{
    StartupConfig config = TestService::defaultConfig();
    config.service.limits.maxConnections = 4;
    TestService service(config);
    ASSERT_TRUE(service.ok());

    std::vector<std::unique_ptr<HttpTestClient>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<HttpTestClient>(service.port()));
        ASSERT_TRUE(held.back()->connect());
        held.back()->send(HttpTestClient::build(service.port(), "GET", "/api/health"));
        const auto reply = held.back()->readReply();
        ASSERT_TRUE(reply); // each is open and served
        EXPECT_EQ(reply->status, 200);
    }
    HttpTestClient extra(service.port());
    ASSERT_TRUE(extra.connect());
    extra.send(HttpTestClient::build(service.port(), "GET", "/api/health"));
    const auto refused = extra.readReply();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 503);
    EXPECT_EQ(refused->json().value(QStringLiteral("error")).toString(), QStringLiteral("too_many_connections"));
    EXPECT_TRUE(extra.waitForClose());

    // A freed slot is usable again.
    held.pop_back();
    bool served = false;
    for (int attempt = 0; attempt < 50 && !served; ++attempt) {
        const auto reply = HttpTestClient::request(service.port(), "GET", "/api/health");
        served = reply && reply->status == 200;
        if (!served)
            QThread::msleep(20);
    }
    EXPECT_TRUE(served);
}

TEST(RequestGuard, TextOverTheLimitIs413WithTheLimitInTheMessage)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const auto atLimit =
        HttpTestClient::request(service.port(), "POST", "/api/extract-entities", {{"Content-Type", "application/json"}},
                                extractionBody(QString(20'000, QLatin1Char('a'))));
    ASSERT_TRUE(atLimit);
    EXPECT_EQ(atLimit->status, 200);

    const auto over =
        HttpTestClient::request(service.port(), "POST", "/api/extract-entities", {{"Content-Type", "application/json"}},
                                extractionBody(QString(20'001, QLatin1Char('a'))));
    ASSERT_TRUE(over);
    EXPECT_EQ(over->status, 413);
    EXPECT_EQ(over->json().value(QStringLiteral("error")).toString(), QStringLiteral("text_too_long"));
    EXPECT_TRUE(over->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("20000")));
}

TEST(RequestGuard, PipelinedRequestsAreAnsweredInOrder)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    HttpTestClient client(service.port());
    ASSERT_TRUE(client.connect());
    const QByteArray extraction =
        HttpTestClient::build(service.port(), "POST", "/api/extract-entities", {{"Content-Type", "application/json"}},
                              extractionBody(QStringLiteral("Write to ana@example.com")));
    client.send(extraction + HttpTestClient::build(service.port(), "GET", "/nowhere") + extraction);
    const auto first = client.readReply();
    const auto second = client.readReply();
    const auto third = client.readReply();
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(first->status, 200);
    EXPECT_EQ(second->status, 404);
    EXPECT_EQ(third->status, 200);
}

} // namespace
} // namespace sb::test
