#include "HttpTestClient.h"
#include "SignalWait.h"
#include "TestService.h"

#include <QTcpServer>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

TEST(Listen, ListensOnLoopbackOnly)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    EXPECT_EQ(service.runtime().service().address(), QHostAddress(QHostAddress::LocalHost));
    EXPECT_TRUE(service.runtime().service().baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
}

TEST(Listen, ATakenPortFailsWithAClearError)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    StartupConfig options;
    options.service.port = squatter.serverPort();

    ManualClock clock;
    Runtime runtime(options, clock);
    QSignalSpy failed(&runtime.service(), &ServiceHost::startFailed);
    QSignalSpy started(&runtime.service(), &ServiceHost::started);
    runtime.startService();
    ASSERT_TRUE(waitForSignal(failed));
    EXPECT_TRUE(started.isEmpty());
    EXPECT_FALSE(runtime.service().isRunning());
    const auto error = failed.first().first().value<ListenError>();
    EXPECT_TRUE(error.addressInUse);
    EXPECT_EQ(error.address, QStringLiteral("127.0.0.1:%1").arg(options.service.port));
    EXPECT_TRUE(error.describe().contains(QStringLiteral("already in use")));
    EXPECT_TRUE(error.describe().contains(QStringLiteral("--port")));
    EXPECT_FALSE(error.describe().contains(QLatin1Char('\n')));
}

TEST(Listen, StopFreesThePortAndStartCanUseItAgain)
{
    TestService service;
    ASSERT_TRUE(service.ok());
    const quint16 port = service.port();
    service.runtime().service().stop();
    EXPECT_FALSE(service.runtime().service().isRunning());
    EXPECT_FALSE(HttpTestClient(port).connect(500));

    ServiceOptions options = service.runtime().serviceOptions();
    options.port = port;
    service.runtime().setServiceOptions(options);
    QSignalSpy started(&service.runtime().service(), &ServiceHost::started);
    service.runtime().startService();
    ASSERT_TRUE(waitForSignal(started));
    const auto reply = HttpTestClient::request(port, "GET", "/api/health");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
}

} // namespace
} // namespace sb::test
