#include "config/StartupConfig.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

QProcessEnvironment environment(std::initializer_list<std::pair<const char*, const char*>> values)
{
    QProcessEnvironment env;
    for (const auto& [name, value] : values)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return env;
}

TEST(StartupConfig, DefaultsToLoopbackPort3000)
{
    const auto loaded = StartupConfig::load(environment({}), {});
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    const auto& config = std::get<StartupConfig>(loaded);
    EXPECT_EQ(config.service.port, 3000);
    EXPECT_EQ(config.service.bindAddress, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(config.logLevel, LogLevel::Info);
}

TEST(StartupConfig, PortComesFromTheEnvironmentAndTheFlagWins)
{
    auto loaded = StartupConfig::load(environment({{"PORT", "4100"}}), {});
    EXPECT_EQ(std::get<StartupConfig>(loaded).service.port, 4100);
    CommandLineOverrides flags;
    flags.port = QStringLiteral("4200");
    loaded = StartupConfig::load(environment({{"PORT", "4100"}}), flags);
    EXPECT_EQ(std::get<StartupConfig>(loaded).service.port, 4200);
}

TEST(StartupConfig, InvalidPortNamesTheSettingItCameFrom)
{
    for (const char* bad : {"abc", "0", "65536", "-1", "80x"}) {
        auto loaded = StartupConfig::load(environment({{"PORT", bad}}), {});
        ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded)) << bad;
        EXPECT_EQ(std::get<ConfigError>(loaded).setting, QStringLiteral("PORT"));
        EXPECT_TRUE(std::get<ConfigError>(loaded).message.contains(QStringLiteral("1 to 65535")));
    }
    CommandLineOverrides flags;
    flags.port = QStringLiteral("many");
    const auto loaded = StartupConfig::load(environment({}), flags);
    ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded));
    EXPECT_EQ(std::get<ConfigError>(loaded).setting, QStringLiteral("--port"));
}

TEST(StartupConfig, LogLevelIsValidated)
{
    EXPECT_EQ(std::get<StartupConfig>(StartupConfig::load(environment({{"LOG_LEVEL", "warn"}}), {})).logLevel,
              LogLevel::Warn);
    const auto loaded = StartupConfig::load(environment({{"LOG_LEVEL", "verbose"}}), {});
    ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded));
    EXPECT_TRUE(std::get<ConfigError>(loaded).message.contains(QStringLiteral("debug, info, warn, error")));
}

TEST(StartupConfig, AnEmptyVariableCountsAsUnset)
{
    // `PORT= salesbuddy serve` behaves as `process.env.PORT || 3000` did in the old service.
    const auto loaded = StartupConfig::load(
        environment({{"PORT", ""}, {"AI_PROVIDER", " "}, {"RATE_LIMIT_MAX_REQUESTS", ""}, {"OPENAI_API_KEY", ""}}), {});
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    const auto& config = std::get<StartupConfig>(loaded);
    EXPECT_EQ(config.service.port, 3000);
    EXPECT_EQ(config.provider, ProviderId::Offline);
    EXPECT_EQ(config.rateLimit.general.maxRequests, 200);
    EXPECT_FALSE(config.openaiKey.has_value());
}

TEST(StartupConfig, ReadsTheOldServicesVariables)
{
    const auto loaded = StartupConfig::load(environment({{"AI_PROVIDER", "Mistral"},
                                                         {"OPENAI_API_KEY", "sk-test-0123456789"},
                                                         {"MISTRAL_API_KEY", " mistral-key-abcdef "},
                                                         {"RATE_LIMIT_ENABLED", "false"},
                                                         {"RATE_LIMIT_MAX_REQUESTS", "75"},
                                                         {"RATE_LIMIT_WINDOW_MINUTES", "5"},
                                                         {"NODE_ENV", "staging"}}),
                                            {});
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    const auto& config = std::get<StartupConfig>(loaded);
    EXPECT_EQ(config.provider, ProviderId::Mistral);
    ASSERT_TRUE(config.openaiKey && config.mistralKey);
    EXPECT_TRUE(config.openaiKey->equals("sk-test-0123456789"));
    EXPECT_TRUE(config.mistralKey->equals("mistral-key-abcdef"));
    EXPECT_FALSE(config.rateLimit.enabled);
    EXPECT_EQ(config.rateLimit.general, (TierLimit{75, 5}));
    EXPECT_EQ(config.rateLimit.extraction, (TierLimit{50, 15})); // the AI tier keeps the old service's own limit
    EXPECT_EQ(config.environment, Environment::Staging);
}

TEST(StartupConfig, ReadsTheCloudProviderSettings)
{
    const auto loaded = StartupConfig::load(environment({{"OPENAI_BASE_URL", "http://127.0.0.1:8080/v1/"},
                                                         {"OPENAI_MODEL", "llama-3.1-8b-instruct"},
                                                         {"MISTRAL_MODEL", "mistral-large-latest"},
                                                         {"AI_TIMEOUT_MS", "5000"},
                                                         {"AI_DEADLINE_MS", "12000"},
                                                         {"AI_FALLBACK", "mistral, offline"},
                                                         {"AI_MONTHLY_BUDGET_USD", "12.5"},
                                                         {"SALESBUDDY_DATA_DIR", "/var/lib/salesbuddy"}}),
                                            {});
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    const StartupConfig& config = std::get<StartupConfig>(loaded);
    EXPECT_EQ(config.cloud.openai.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    EXPECT_EQ(config.cloud.openai.model, QStringLiteral("llama-3.1-8b-instruct"));
    EXPECT_EQ(config.cloud.mistral.baseUrl, QUrl(QStringLiteral("https://api.mistral.ai/v1"))); // default kept
    EXPECT_EQ(config.cloud.mistral.model, QStringLiteral("mistral-large-latest"));
    EXPECT_EQ(config.cloud.timeoutMs, 5000);
    EXPECT_EQ(config.cloud.deadlineMs, 12000);
    ASSERT_TRUE(config.cloud.fallback);
    EXPECT_EQ(*config.cloud.fallback, (QList<ProviderId>{ProviderId::Mistral, ProviderId::Offline}));
    EXPECT_EQ(config.monthlyBudgetUsd, 12.5);
    EXPECT_EQ(config.dataDirectory, QStringLiteral("/var/lib/salesbuddy"));
}

TEST(StartupConfig, CloudDefaultsAreTheOldServicesModels)
{
    const auto loaded = StartupConfig::load(environment({}), {});
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    const CloudSettings& cloud = std::get<StartupConfig>(loaded).cloud;
    EXPECT_EQ(cloud.openai.baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    EXPECT_EQ(cloud.openai.model, QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(cloud.mistral.model, QStringLiteral("mistral-small-latest"));
    EXPECT_EQ(cloud.timeoutMs, 15000);
    EXPECT_FALSE(cloud.fallback);
}

TEST(StartupConfig, DemoIsTheOldNameOfOffline)
{
    const auto loaded = StartupConfig::load(environment({{"AI_PROVIDER", "demo"}}), {});
    EXPECT_EQ(std::get<StartupConfig>(loaded).provider, ProviderId::Offline);
}

TEST(StartupConfig, SalesbuddyEnvWinsOverNodeEnv)
{
    const auto loaded =
        StartupConfig::load(environment({{"NODE_ENV", "development"}, {"SALESBUDDY_ENV", "production"}}), {});
    EXPECT_EQ(std::get<StartupConfig>(loaded).environment, Environment::Production);
}

struct InvalidValue
{
    const char* variable;
    const char* value;
    const char* accepted; // part of the message
};

void PrintTo(const InvalidValue& value, std::ostream* out)
{
    *out << value.variable << '=' << value.value;
}

class StartupConfigInvalid : public ::testing::TestWithParam<InvalidValue>
{
};

TEST_P(StartupConfigInvalid, StopsWithAMessageNamingTheVariableAndTheAcceptedValues)
{
    const InvalidValue& bad = GetParam();
    const auto loaded = StartupConfig::load(environment({{bad.variable, bad.value}}), {});
    ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded)) << bad.variable << "=" << bad.value;
    const auto& error = std::get<ConfigError>(loaded);
    EXPECT_EQ(error.setting, QString::fromLatin1(bad.variable));
    EXPECT_TRUE(error.message.contains(QString::fromLatin1(bad.variable))) << qPrintable(error.message);
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(bad.accepted))) << qPrintable(error.message);
}

INSTANTIATE_TEST_SUITE_P(Variables, StartupConfigInvalid,
                         ::testing::Values(InvalidValue{"AI_PROVIDER", "gpt", "openai, mistral, offline"},
                                           InvalidValue{"RATE_LIMIT_MAX_REQUESTS", "abc", "whole number from 1 to"},
                                           InvalidValue{"RATE_LIMIT_MAX_REQUESTS", "0", "whole number from 1 to"},
                                           InvalidValue{"RATE_LIMIT_WINDOW_MINUTES", "1.5",
                                                        "whole number from 1 to 1440"},
                                           InvalidValue{"RATE_LIMIT_ENABLED", "maybe", "true or false"},
                                           InvalidValue{"NODE_ENV", "live", "development, staging, production"},
                                           InvalidValue{"SALESBUDDY_ENV", "qa", "development, staging, production"},
                                           InvalidValue{"LOG_LEVEL", "trace", "debug, info, warn, error"},
                                           InvalidValue{"SALESBUDDY_ADMIN_TOKEN", "short", "at least 16 characters"},
                                           InvalidValue{"SALESBUDDY_API_TOKEN", "short", "at least 16 characters"},
                                           InvalidValue{"SALESBUDDY_MAX_BODY_BYTES", "10", "whole number from 1024"},
                                           InvalidValue{"OPENAI_BASE_URL", "api.openai.com/v1", "http:// or https://"},
                                           InvalidValue{"MISTRAL_BASE_URL", "https://user:pw@example.com/v1",
                                                        "without a user name"},
                                           InvalidValue{"OPENAI_MODEL", "gpt 4o", "without spaces"},
                                           InvalidValue{"AI_TIMEOUT_MS", "5s", "whole number from 100"},
                                           InvalidValue{"AI_DEADLINE_MS", "50", "whole number from 100"},
                                           InvalidValue{"AI_FALLBACK", "mistral,claude", "'claude' is not a provider"},
                                           InvalidValue{"AI_MONTHLY_BUDGET_USD", "-5", "from 0 to 1000000"}),
                         [](const ::testing::TestParamInfo<InvalidValue>& param) {
                             return std::string(param.param.variable) + "_" + std::to_string(param.index);
                         });

TEST(StartupConfig, ARemoteBindNeedsAllowRemoteAndAnApiToken)
{
    CommandLineOverrides flags;
    flags.bind = QStringLiteral("0.0.0.0");
    auto loaded = StartupConfig::load(environment({}), flags);
    ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded));
    EXPECT_EQ(std::get<ConfigError>(loaded).setting, QStringLiteral("--bind"));
    EXPECT_TRUE(std::get<ConfigError>(loaded).message.contains(QStringLiteral("--allow-remote")));

    flags.allowRemote = true;
    loaded = StartupConfig::load(environment({}), flags);
    ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded));
    EXPECT_EQ(std::get<ConfigError>(loaded).setting, QStringLiteral("SALESBUDDY_API_TOKEN"));

    loaded = StartupConfig::load(environment({{"SALESBUDDY_API_TOKEN", "0123456789abcdef0123"}}), flags);
    ASSERT_TRUE(std::holds_alternative<StartupConfig>(loaded));
    EXPECT_EQ(std::get<StartupConfig>(loaded).service.bindAddress, QHostAddress(QHostAddress::AnyIPv4));
    EXPECT_TRUE(std::get<StartupConfig>(loaded).apiToken.has_value());
}

TEST(StartupConfig, BindAcceptsLoopbackOnly)
{
    CommandLineOverrides flags;
    flags.bind = QStringLiteral("::1");
    EXPECT_EQ(std::get<StartupConfig>(StartupConfig::load(environment({}), flags)).service.bindAddress,
              QHostAddress(QHostAddress::LocalHostIPv6));
    flags.bind = QStringLiteral("localhost");
    EXPECT_EQ(std::get<StartupConfig>(StartupConfig::load(environment({}), flags)).service.bindAddress,
              QHostAddress(QHostAddress::LocalHost));
    for (const char* refused : {"0.0.0.0", "192.168.1.10", "not-an-address"}) {
        flags.bind = QString::fromLatin1(refused);
        const auto loaded = StartupConfig::load(environment({}), flags);
        ASSERT_TRUE(std::holds_alternative<ConfigError>(loaded)) << refused;
        EXPECT_EQ(std::get<ConfigError>(loaded).setting, QStringLiteral("--bind"));
    }
}

} // namespace
} // namespace sb
