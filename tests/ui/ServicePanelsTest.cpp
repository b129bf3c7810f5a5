// The Rate Limits and Health panels against a running service: edits reach it, and what it does shows up.
#include "FakeCloudServer.h"
#include "HttpTestClient.h"
#include "SignalWait.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "config/EnvironmentProfiles.h"
#include "health/HealthPanel.h"
#include "health/TrafficChart.h"
#include "ratelimits/RateLimitsPanel.h"
#include "secrets/KeyVault.h"
#include "secrets/SecretStoreWait.h"
#include "service/RateLimiter.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

using test::FakeCloudServer;

int statusOf(quint16 port, const QByteArray& path)
{
    const auto reply = test::HttpTestClient::request(port, "GET", path);
    return reply ? reply->status : 0;
}

TEST(RateLimitsPanel, ALimitEditedWithTheKeyboardIsEnforcedByTheRunningServiceAndAudited)
{
    test::TestService service;
    ASSERT_TRUE(service.ok());
    RateLimitsPanel panel(service.runtime());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    auto* general = panel.findChild<QSpinBox*>(QStringLiteral("generalMaxRequests"));
    ASSERT_NE(general, nullptr);
    auto* apply = panel.findChild<QPushButton*>(QStringLiteral("applyRateLimits"));
    EXPECT_FALSE(apply->isEnabled()); // nothing edited yet
    general->setFocus();
    general->selectAll();
    QTest::keyClicks(general, QStringLiteral("3"));
    EXPECT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_EQ(service.runtime().rateLimiter().policy().general.maxRequests, 3);
    EXPECT_FALSE(apply->isEnabled());

    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(statusOf(service.port(), "/api/ai/status"), 200);
    EXPECT_EQ(statusOf(service.port(), "/api/ai/status"), 429);
    EXPECT_EQ(statusOf(service.port(), "/api/health"), 200); // never limited

    const auto records = service.runtime().audit().tail();
    ASSERT_FALSE(records.isEmpty());
    EXPECT_EQ(records.back().event, QStringLiteral("ratelimit.changed"));
    EXPECT_TRUE(records.back().actor.startsWith(QStringLiteral("console:")));
    EXPECT_EQ(records.back()
                  .details.value(QStringLiteral("after"))
                  .toObject()
                  .value(QStringLiteral("general"))
                  .toObject()
                  .value(QStringLiteral("maxRequests"))
                  .toInt(),
              3);

    // The busiest clients: this test's connections, with the refusal.
    panel.refreshTraffic();
    auto* clients = panel.findChild<QTableWidget*>(QStringLiteral("clientTable"));
    ASSERT_GE(clients->rowCount(), 1);
    EXPECT_TRUE(clients->item(0, 0)->text().contains(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(clients->item(0, 1)->text(), QStringLiteral("3")); // the refused one is counted as refused
    EXPECT_EQ(clients->item(0, 3)->text(), QStringLiteral("1"));
    EXPECT_TRUE(
        panel.findChild<QLabel*>(QStringLiteral("rejectionTotals"))->text().contains(QStringLiteral("started: 1")));
}

TEST(RateLimitsPanel, TurningLimitingOffAndRevertingAnEdit)
{
    test::TestService service;
    RateLimitsPanel panel(service.runtime());
    auto* enabled = panel.findChild<QCheckBox*>(QStringLiteral("rateLimitEnabled"));
    ASSERT_TRUE(enabled->isChecked());
    enabled->setChecked(false);
    EXPECT_FALSE(panel.findChild<QSpinBox*>(QStringLiteral("extractionMaxRequests"))->isEnabled());
    panel.apply();
    EXPECT_FALSE(service.runtime().rateLimiter().policy().enabled);

    enabled->setChecked(true);
    panel.findChild<QSpinBox*>(QStringLiteral("extractionWindowMinutes"))->setValue(60);
    panel.revert();
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_EQ(panel.editedPolicy(), service.runtime().rateLimiter().policy());

    // A change made elsewhere (the API) shows up.
    RateLimitPolicy policy = service.runtime().rateLimiter().policy();
    policy.enabled = true;
    policy.extraction.maxRequests = 7;
    ASSERT_EQ(service.runtime().rateLimiter().setPolicy(policy), std::nullopt);
    EXPECT_EQ(panel.findChild<QSpinBox*>(QStringLiteral("extractionMaxRequests"))->value(), 7);
}

TEST(RateLimitsPanel, AppliedLimitsAreSavedInTheEnvironmentsProfileUnlessVariablesFixedThem)
{
    StartupConfig config = test::TestService::defaultConfig();
    config.fromVariables.rateLimit = false;
    test::TestService service(config);
    RateLimitsPanel panel(service.runtime());
    EXPECT_TRUE(panel.findChild<QGroupBox*>()->title().contains(QStringLiteral("Development")));
    panel.findChild<QSpinBox*>(QStringLiteral("extractionMaxRequests"))->setValue(12);
    panel.findChild<QCheckBox*>(QStringLiteral("rateLimitEnabled"))->setChecked(true);
    panel.apply();
    const RateLimitPolicy saved = service.runtime().profiles().profile(Environment::Development).rateLimit;
    EXPECT_EQ(saved.extraction.maxRequests, 12);
    EXPECT_TRUE(saved.enabled);

    test::TestService fixed; // RATE_LIMIT_* set: live only
    RateLimitsPanel other(fixed.runtime());
    const RateLimitPolicy before = fixed.runtime().profiles().profile(Environment::Development).rateLimit;
    other.findChild<QSpinBox*>(QStringLiteral("extractionMaxRequests"))->setValue(13);
    other.apply();
    EXPECT_EQ(fixed.runtime().rateLimiter().policy().extraction.maxRequests, 13);
    EXPECT_EQ(fixed.runtime().profiles().profile(Environment::Development).rateLimit, before);
}

TEST(HealthPanel, ShowsTheRunningServiceAndItsTraffic)
{
    test::TestService service;
    ASSERT_TRUE(service.ok());
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(statusOf(service.port(), "/api/health"), 200);
    ASSERT_EQ(statusOf(service.port(), "/api/nowhere"), 404);
    HealthPanel panel(service.runtime());
    panel.refresh();
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("serviceState"))->text().contains(QStringLiteral("healthy")));
    EXPECT_EQ(panel.findChild<QLabel*>(QStringLiteral("serviceAddress"))->text(),
              service.runtime().service().baseUrl());
    EXPECT_TRUE(
        panel.findChild<QLabel*>(QStringLiteral("serviceRequests"))->text().startsWith(QStringLiteral("6 served")));
    const auto points = panel.findChild<TrafficChart*>()->requestPoints();
    ASSERT_EQ(points.size(), 60);
    EXPECT_EQ(points.back().y(), 6);

    service.runtime().service().stop();
    panel.refresh();
    EXPECT_TRUE(
        panel.findChild<QLabel*>(QStringLiteral("serviceState"))->text().contains(QStringLiteral("not running")));
}

TEST(HealthPanel, CheckNowValidatesEveryConfiguredKeyAndShowsARejection)
{
    FakeCloudServer openai;
    openai.setDefault(FakeCloudServer::Answer::Unauthorized);
    StartupConfig config = test::TestService::defaultConfig();
    config.cloud.openai.baseUrl = openai.baseUrl();
    config.cloud.mistral.baseUrl = openai.baseUrl();
    test::TestService service(config);
    HealthPanel panel(service.runtime());
    auto* check = panel.findChild<QPushButton*>(QStringLiteral("checkNowButton"));
    EXPECT_FALSE(check->isEnabled()); // no key anywhere yet
    ASSERT_EQ(waitFor(service.runtime().keys().setKey(
                  ProviderId::OpenAI, Environment::Development,
                  SecretValue::fromString(QStringLiteral("sk-revoked-0123456789abcdef")), QStringLiteral("test"))),
              std::nullopt);
    panel.refresh();
    ASSERT_TRUE(check->isEnabled());
    QSignalSpy finished(&panel, &HealthPanel::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    ASSERT_TRUE(test::waitForSignal(finished, 8000));
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("providerHealth"));
    int openaiRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().startsWith(QStringLiteral("OpenAI")))
            openaiRow = row;
    }
    ASSERT_GE(openaiRow, 0);
    EXPECT_TRUE(table->item(openaiRow, 3)->text().contains(QStringLiteral("REJECTED")));
    EXPECT_TRUE(table->item(openaiRow, 2)->text().contains(QStringLiteral("keychain")));
    auto* bar = panel.findChild<MessageBar*>(QStringLiteral("messageBar"));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("OpenAI"))) << bar->text().toStdString();
}

} // namespace
} // namespace sb::ui
