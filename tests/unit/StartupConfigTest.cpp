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
    for (const char* bad : {"abc", "0", "65536", "-1", "", "80x"}) {
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
