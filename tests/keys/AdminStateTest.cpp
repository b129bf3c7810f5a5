// The state the old deployment guide kept in people's heads, kept by the program: environment profiles, .env import
// and export, the rotation steps, the compromise procedure and the security checklist.
#include "FakeCloudServer.h"
#include "HttpTestClient.h"
#include "QtPrinters.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "config/DotEnv.h"
#include "config/EnvironmentProfiles.h"
#include "providers/ProviderRouter.h"
#include "secrets/EnvImport.h"
#include "secrets/KeyVault.h"
#include "rotation/RotationManager.h"
#include "rotation/SecurityChecklist.h"
#include "service/RateLimiter.h"

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

SecretValue key(const char* text)
{
    return SecretValue(QByteArrayView(text));
}

QStringList events(Runtime& runtime)
{
    QStringList names;
    for (const AuditRecord& record : runtime.audit().tail())
        names.append(record.event);
    return names;
}

// ---- .env files ----

TEST(DotEnvFile, ReadsWhatRealFilesContain)
{
    const QByteArray content = "\xEF\xBB\xBF# Sales Buddy\r\n"
                               "export OPENAI_API_KEY=sk-abc123 # production key\r\n"
                               "\r\n"
                               "MISTRAL_API_KEY='lit\\eral # not a comment'\n"
                               "GREETING=\"line one\\nline \\\"two\\\"\"\n"
                               "MULTI=\"first\n"
                               "second\"\n"
                               "EMPTY=\n"
                               "  SPACED = value with spaces  \n";
    const auto parsed = parseDotEnv(content);
    ASSERT_TRUE(std::holds_alternative<QList<DotEnvEntry>>(parsed)) << std::get<DotEnvError>(parsed).message.toStdString();
    const auto& entries = std::get<QList<DotEnvEntry>>(parsed);
    ASSERT_EQ(entries.size(), 6);
    EXPECT_EQ(entries[0].name, QStringLiteral("OPENAI_API_KEY"));
    EXPECT_EQ(entries[0].value, "sk-abc123");
    EXPECT_EQ(entries[0].line, 2);
    EXPECT_EQ(entries[1].value, "lit\\eral # not a comment");
    EXPECT_EQ(entries[2].value, "line one\nline \"two\"");
    EXPECT_EQ(entries[3].value, "first\nsecond");
    EXPECT_EQ(entries[4].value, "");
    EXPECT_EQ(entries[4].line, 8);
    EXPECT_EQ(entries[5].name, QStringLiteral("SPACED"));
    EXPECT_EQ(entries[5].value, "value with spaces");
}

TEST(DotEnvFile, AMalformedLineIsNamedByNumber)
{
    struct Case
    {
        QByteArray content;
        int line;
        const char* says;
    };
    for (const Case& bad : {Case{"A=1\nB=2\nthis is not a setting\n", 3, "no '='"},
                            Case{"A=1\n2BAD=x\n", 2, "not a variable name"},
                            Case{"A=1\nB=\"never closed\nC=3\n", 2, "never"},
                            Case{"A='x' trailing\n", 1, "unexpected text"}}) {
        const auto parsed = parseDotEnv(bad.content);
        ASSERT_TRUE(std::holds_alternative<DotEnvError>(parsed)) << bad.content.toStdString();
        EXPECT_EQ(std::get<DotEnvError>(parsed).line, bad.line) << bad.content.toStdString();
        EXPECT_TRUE(std::get<DotEnvError>(parsed).message.contains(QLatin1String(bad.says)))
            << std::get<DotEnvError>(parsed).message.toStdString();
    }
}

TEST(DotEnvFile, WrittenLinesReadBackUnchanged)
{
    for (const QByteArray& value : {QByteArray("plain-value_1.2"), QByteArray("with space"), QByteArray("quote\"s"),
                                    QByteArray("new\nline"), QByteArray("back\\slash #hash"), QByteArray()}) {
        const auto parsed = parseDotEnv(dotEnvLine(QStringLiteral("NAME"), value) + '\n');
        ASSERT_TRUE(std::holds_alternative<QList<DotEnvEntry>>(parsed));
        ASSERT_EQ(std::get<QList<DotEnvEntry>>(parsed).size(), 1);
        EXPECT_EQ(std::get<QList<DotEnvEntry>>(parsed).first().value, value);
    }
}

// A runtime that follows the environment profiles, as the programs do when no variable overrides them.
StartupConfig profileConfig()
{
    StartupConfig config = TestService::defaultConfig();
    config.fromVariables = {};
    return config;
}

TEST(EnvImportExport, PlansShowsThenAppliesKeysAndProfiles)
{
    TestService service(profileConfig());
    ASSERT_TRUE(service.ok());
    Runtime& runtime = service.runtime();
    ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Production,
                                               key("sk-prod-old-0123456789abcdef"), QStringLiteral("t"))));
    const QByteArray file = "NODE_ENV=staging\n"
                            "OPENAI_API_KEY=sk-staging-0123456789abcdef\n"       // unsuffixed: the file's NODE_ENV
                            "OPENAI_API_KEY_PRODUCTION=sk-prod-new-0123456789abcdef\n"
                            "MISTRAL_API_KEY_PROD=mistral-prod-0123456789abcdef\n"
                            "AI_PROVIDER=openai\n"
                            "RATE_LIMIT_MAX_REQUESTS=75\n"
                            "LOG_LEVEL_PRODUCTION=error\n"
                            "PORT=3000\n";
    const auto entries = std::get<QList<DotEnvEntry>>(parseDotEnv(file));
    const auto planned = planImport(entries, std::nullopt, runtime.environment(), runtime.keys().index(),
                                    runtime.profiles());
    ASSERT_TRUE(std::holds_alternative<ImportPlan>(planned)) << std::get<QString>(planned).toStdString();
    const ImportPlan& plan = std::get<ImportPlan>(planned);
    const QString described = plan.describe().join(QLatin1Char('\n'));
    EXPECT_TRUE(described.contains(QStringLiteral("add the openai key for staging"))) << described.toStdString();
    EXPECT_TRUE(described.contains(QStringLiteral("replace the openai key for production: sk-…cdef → sk-…cdef")))
        << described.toStdString();
    EXPECT_TRUE(described.contains(QStringLiteral("add the mistral key for production")));
    EXPECT_TRUE(described.contains(QStringLiteral("staging profile: provider mistral → openai, limit 50 per 15 min → "
                                                  "75 per 15 min")))
        << described.toStdString();
    EXPECT_TRUE(described.contains(QStringLiteral("production profile: log level warn → error")));
    EXPECT_TRUE(described.contains(QStringLiteral("ignore PORT (line 8)")));
    // Nothing has changed yet.
    EXPECT_FALSE(runtime.keys().index().find(ProviderId::OpenAI, Environment::Staging));
    EXPECT_EQ(runtime.profiles().profile(Environment::Staging).provider, ProviderId::Mistral);

    ASSERT_FALSE(waitFor(applyImport(plan, runtime.keys(), runtime.profiles(), &runtime.audit(), QStringLiteral("t"),
                                     QStringLiteral("old.env"))));
    EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Staging)->equals("sk-staging-0123456789abcdef"));
    EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Production)->equals("sk-prod-new-0123456789abcdef"));
    EXPECT_TRUE(runtime.keys().key(ProviderId::Mistral, Environment::Production)->equals("mistral-prod-0123456789abcdef"));
    EXPECT_EQ(runtime.profiles().profile(Environment::Staging).provider, ProviderId::OpenAI);
    EXPECT_EQ(runtime.profiles().profile(Environment::Staging).rateLimit.general.maxRequests, 75);
    EXPECT_EQ(runtime.profiles().profile(Environment::Production).logLevel, LogLevel::Error);
    EXPECT_TRUE(events(runtime).contains(QStringLiteral("env.imported")));

    // Exported: masked by default, the keys only when asked; either reads back.
    const QByteArray masked = exportDotEnv(Environment::Production, runtime.profiles().profile(Environment::Production),
                                           runtime.keys().index(), {});
    EXPECT_FALSE(masked.contains("sk-prod-new-0123456789abcdef"));
    EXPECT_TRUE(masked.contains("# OPENAI_API_KEY=sk-…cdef"));
    const QByteArray full = exportDotEnv(Environment::Production, runtime.profiles().profile(Environment::Production),
                                         runtime.keys().index(), [&runtime](ProviderId provider) {
                                             return runtime.keys().storedKey(provider, Environment::Production);
                                         });
    const auto reread = parseDotEnv(full);
    ASSERT_TRUE(std::holds_alternative<QList<DotEnvEntry>>(reread));
    QMap<QString, QByteArray> values;
    for (const DotEnvEntry& entry : std::get<QList<DotEnvEntry>>(reread))
        values.insert(entry.name, entry.value);
    EXPECT_EQ(values.value(QStringLiteral("OPENAI_API_KEY")), "sk-prod-new-0123456789abcdef");
    EXPECT_EQ(values.value(QStringLiteral("LOG_LEVEL")), "error");
    EXPECT_EQ(values.value(QStringLiteral("NODE_ENV")), "production");
}

TEST(EnvImportExport, AnInvalidValueImportsNothingAndNamesItsLine)
{
    TestService service(profileConfig());
    Runtime& runtime = service.runtime();
    const auto entries = std::get<QList<DotEnvEntry>>(
        parseDotEnv("OPENAI_API_KEY=sk-fine-0123456789abcdef\nRATE_LIMIT_MAX_REQUESTS=lots\n"));
    const auto planned = planImport(entries, Environment::Staging, runtime.environment(), runtime.keys().index(),
                                    runtime.profiles());
    ASSERT_TRUE(std::holds_alternative<QString>(planned));
    EXPECT_TRUE(std::get<QString>(planned).contains(QStringLiteral("line 2"))) << std::get<QString>(planned).toStdString();
    EXPECT_FALSE(runtime.keys().index().find(ProviderId::OpenAI, Environment::Staging));
}

// ---- environment profiles ----

TEST(Profiles, DefaultsFollowTheOldGuide)
{
    const auto development = EnvironmentProfile::defaults(Environment::Development);
    EXPECT_EQ(development.provider, ProviderId::Offline);
    EXPECT_FALSE(development.rateLimit.enabled);
    EXPECT_EQ(development.logLevel, LogLevel::Debug);
    const auto staging = EnvironmentProfile::defaults(Environment::Staging);
    EXPECT_EQ(staging.provider, ProviderId::Mistral);
    EXPECT_EQ(staging.rateLimit.general, (TierLimit{50, 15}));
    EXPECT_EQ(staging.logLevel, LogLevel::Info);
    const auto production = EnvironmentProfile::defaults(Environment::Production);
    EXPECT_EQ(production.provider, ProviderId::OpenAI);
    EXPECT_TRUE(production.rateLimit.enabled);
    EXPECT_EQ(production.rateLimit.general, (TierLimit{200, 15}));
    EXPECT_EQ(production.logLevel, LogLevel::Warn);
    EXPECT_EQ(production.rotationDays, 30);
}

TEST(Profiles, SwitchingEnvironmentAppliesItsProfileAndIsRemembered)
{
    StartupConfig config = profileConfig();
    QTemporaryDir folder;
    config.configDirectory = folder.filePath(QStringLiteral("config"));
    config.dataDirectory = folder.filePath(QStringLiteral("data"));
    {
        TestService service(config);
        Runtime& runtime = service.runtime();
        EXPECT_EQ(runtime.environment(), Environment::Development);
        EXPECT_FALSE(runtime.rateLimiter().policy().enabled);
        ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::Mistral, Environment::Staging,
                                                   key("mistral-staging-0123456789"), QStringLiteral("t"))));
        ASSERT_FALSE(runtime.switchEnvironment(Environment::Staging, QStringLiteral("console:ana")));
        EXPECT_EQ(runtime.environment(), Environment::Staging);
        EXPECT_EQ(runtime.providers().active(), ProviderId::Mistral); // staging's provider, which has a key there
        EXPECT_TRUE(runtime.rateLimiter().policy().enabled);
        EXPECT_EQ(runtime.rateLimiter().policy().general, (TierLimit{50, 15}));

        // Production's provider has no key there: offline answers, and the audit line says why.
        ASSERT_FALSE(runtime.switchEnvironment(Environment::Production, QStringLiteral("console:ana")));
        EXPECT_EQ(runtime.providers().active(), ProviderId::Offline);
        const AuditRecord last = runtime.audit().tail(1).first();
        EXPECT_EQ(last.event, QStringLiteral("env.switched"));
        EXPECT_EQ(last.actor, QStringLiteral("console:ana"));
        EXPECT_TRUE(last.details.value(QStringLiteral("providerNote")).toString().contains(QStringLiteral("no API key")));
        ASSERT_FALSE(runtime.switchEnvironment(Environment::Staging, QStringLiteral("console:ana")));
    }
    // The next start begins in staging, with its key.
    TestService again(config);
    EXPECT_EQ(again.runtime().environment(), Environment::Staging);
    EXPECT_EQ(again.runtime().rateLimiter().policy().general, (TierLimit{50, 15}));
}

TEST(Profiles, ARateLimitVariableReplacesOnlyItsOwnField)
{
    StartupConfig config = profileConfig();
    config.environment = Environment::Staging;
    config.fromVariables.environment = true;
    config.rateLimit.general.windowMinutes = 10; // RATE_LIMIT_WINDOW_MINUTES=10
    config.fromVariables.rateLimit = config.fromVariables.rateLimitWindow = true;
    TestService service(config);
    const RateLimitPolicy policy = service.runtime().rateLimiter().policy();
    EXPECT_TRUE(policy.enabled);
    EXPECT_EQ(policy.general, (TierLimit{50, 10})); // staging's 50, the variable's 10 minutes
}

TEST(Profiles, AnEnvironmentVariableFixesTheEnvironmentForTheRun)
{
    StartupConfig config = profileConfig();
    config.environment = Environment::Production;
    config.fromVariables.environment = true;
    TestService service(config);
    EXPECT_EQ(service.runtime().environment(), Environment::Production);
    EXPECT_TRUE(service.runtime().rateLimiter().policy().enabled); // production's profile
    const auto refusal = service.runtime().switchEnvironment(Environment::Staging, QStringLiteral("t"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("NODE_ENV")));
    EXPECT_EQ(service.runtime().environment(), Environment::Production);
}

// ---- rotation ----

class RotationTest : public ::testing::Test
{
protected:
    StartupConfig config()
    {
        StartupConfig config = TestService::defaultConfig();
        config.cloud.openai.baseUrl = provider.baseUrl();
        config.cloud.timeoutMs = 2000;
        config.configDirectory = folder.filePath(QStringLiteral("config"));
        config.dataDirectory = folder.filePath(QStringLiteral("data"));
        return config;
    }
    static void seed(Runtime& runtime)
    {
        for (auto [environment, value] : {std::pair{Environment::Staging, "sk-staging-old-0123456789"},
                                          std::pair{Environment::Production, "sk-production-old-0123456789"}}) {
            ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, environment, key(value), QStringLiteral("t"))));
        }
    }

    QTemporaryDir folder;
    FakeCloudServer provider;
    MemorySecretStore keychain; // outlives a restart
};

TEST_F(RotationTest, StepsGoInOrderSurviveARestartAndKeepTheOldKeyUntilTheEnd)
{
    const std::map<Environment, SecretValue> fresh{{Environment::Staging, key("sk-staging-new-0123456789")},
                                                   {Environment::Production, key("sk-production-new-0123456789")}};
    {
        TestService service(config(), &keychain);
        Runtime& runtime = service.runtime();
        seed(runtime);
        RotationManager& rotation = runtime.rotation();
        EXPECT_TRUE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t"), fresh))); // not started
        ASSERT_FALSE(rotation.start(ProviderId::OpenAI, QStringLiteral("cli:ana")));
        EXPECT_TRUE(rotation.start(ProviderId::OpenAI, QStringLiteral("cli:ana"))); // one at a time

        // The add step insists on two different, new keys.
        EXPECT_TRUE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t"),
                                             {{Environment::Staging, key("sk-same-0123456789")},
                                              {Environment::Production, key("sk-same-0123456789")}})));
        EXPECT_EQ(rotation.state(ProviderId::OpenAI)->next, RotationStep::AddPending);
        ASSERT_FALSE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("cli:ana"), fresh)));
        EXPECT_EQ(rotation.state(ProviderId::OpenAI)->next, RotationStep::Validate);
        // Pending keys are not used.
        EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Staging)->equals("sk-staging-old-0123456789"));
    }
    // A restart later the rotation is where it was.
    TestService service(config(), &keychain);
    Runtime& runtime = service.runtime();
    EXPECT_TRUE(waitFor(runtime.loadKeys()).isEmpty());
    RotationManager& rotation = runtime.rotation();
    ASSERT_TRUE(rotation.state(ProviderId::OpenAI));
    EXPECT_EQ(rotation.state(ProviderId::OpenAI)->next, RotationStep::Validate);
    EXPECT_EQ(rotation.state(ProviderId::OpenAI)->startedBy, QStringLiteral("cli:ana"));

    // A provider that rejects the new keys stops the rotation at validate.
    provider.script({FakeCloudServer::Answer::Unauthorized});
    EXPECT_TRUE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t"))));
    EXPECT_EQ(rotation.state(ProviderId::OpenAI)->next, RotationStep::Validate);
    ASSERT_FALSE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t")))); // validate
    const auto checked = provider.received();
    ASSERT_GE(checked.size(), 3);
    EXPECT_EQ(checked.last().header("Authorization").left(17), "Bearer sk-product"); // the new keys were checked
    ASSERT_FALSE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t")))); // switch staging
    EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Staging)->equals("sk-staging-new-0123456789"));
    EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Production)->equals("sk-production-old-0123456789"));
    EXPECT_TRUE(runtime.keys().index().find(ProviderId::OpenAI, Environment::Staging, KeySlot::Previous));
    for (int step = 0; step < 3; ++step) // verify staging, switch production, verify production
        ASSERT_FALSE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("t"))));
    EXPECT_TRUE(runtime.keys().key(ProviderId::OpenAI, Environment::Production)->equals("sk-production-new-0123456789"));
    // The old keys are still in the keychain until the last step.
    EXPECT_TRUE(service.secrets().contains(QStringLiteral("openai.production.previous")));
    ASSERT_FALSE(waitFor(rotation.advance(ProviderId::OpenAI, QStringLiteral("cli:bo")))); // retire
    EXPECT_FALSE(rotation.state(ProviderId::OpenAI));
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.production.previous")));
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.staging.pending")));
    EXPECT_FALSE(runtime.keys().index().find(ProviderId::OpenAI, Environment::Staging, KeySlot::Previous));
    const QStringList log = events(runtime);
    EXPECT_TRUE(log.contains(QStringLiteral("rotation.started")));
    EXPECT_EQ(log.count(QStringLiteral("rotation.step")), 6);
    EXPECT_EQ(log.last(), QStringLiteral("rotation.completed"));
    EXPECT_TRUE(AuditLog::verify(runtime.audit().path()).intact);
}

TEST_F(RotationTest, CompromiseStopsTheKeyAtOnceAndMovesExtractionDownTheChain)
{
    StartupConfig settings = config();
    settings.provider = ProviderId::OpenAI;
    TestService service(settings);
    Runtime& runtime = service.runtime();
    ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Development,
                                               key("sk-dev-0123456789abcdef"), QStringLiteral("t"))));
    ASSERT_FALSE(runtime.providers().setActive(ProviderId::OpenAI));
    ASSERT_FALSE(waitFor(runtime.rotation().compromise(ProviderId::OpenAI, Environment::Development,
                                                       QStringLiteral("console:ana"))));
    EXPECT_FALSE(runtime.keys().hasKey(ProviderId::OpenAI, Environment::Development));
    EXPECT_EQ(runtime.providers().active(), ProviderId::Offline);
    EXPECT_EQ(runtime.keys().index().find(ProviderId::OpenAI, Environment::Development)->state, KeyState::Compromised);
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.development")));
    EXPECT_TRUE(events(runtime).contains(QStringLiteral("key.compromised")));
    EXPECT_TRUE(events(runtime).contains(QStringLiteral("provider.switched")));

    // Its replacement is a new key, active at once.
    ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Development,
                                               key("sk-dev-replacement-0123456789"), QStringLiteral("t"))));
    EXPECT_EQ(runtime.keys().index().find(ProviderId::OpenAI, Environment::Development)->state, KeyState::Active);
    EXPECT_FALSE(runtime.providers().setActive(ProviderId::OpenAI));
}

TEST_F(RotationTest, AnotherProcessMarkingAKeyCompromisedStopsItHereToo)
{
    TestService service(config());
    Runtime& runtime = service.runtime();
    ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Development,
                                               key("sk-dev-0123456789abcdef"), QStringLiteral("t"))));
    ASSERT_FALSE(runtime.providers().setActive(ProviderId::OpenAI));
    // `salesbuddy rotation compromise` in another process: another vault on the same index and keychain.
    KeyVault other(service.secrets(), runtime.keys().index().path(), nullptr, runtime.clock(), std::nullopt, std::nullopt);
    QSignalSpy changed(&runtime.keys(), &KeyVault::keysChanged);
    ASSERT_FALSE(waitFor(other.markCompromised(ProviderId::OpenAI, Environment::Development, QStringLiteral("cli:bo"))));
    ASSERT_TRUE(changed.wait(5000)); // the index changed on disk
    EXPECT_FALSE(runtime.keys().hasKey(ProviderId::OpenAI, Environment::Development));
    EXPECT_EQ(runtime.providers().active(), ProviderId::Offline);
}

TEST_F(RotationTest, ScheduleMarksDueAndOverdueKeys)
{
    TestService service(config());
    Runtime& runtime = service.runtime();
    seed(runtime);
    service.clock().advanceMs(24LL * 24 * 3600 * 1000); // 24 days
    QList<KeyDue> due = runtime.rotation().schedule();
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due[0].status, KeyDue::Status::DueSoon);
    EXPECT_EQ(due[0].ageDays, 24);
    service.clock().advanceMs(7LL * 24 * 3600 * 1000); // 31 days
    EXPECT_EQ(runtime.rotation().schedule().first().status, KeyDue::Status::Overdue);
}

TEST(AdminToken, IsKeptInTheKeychainAcrossRestartsUnlessTheEnvironmentGivesOne)
{
    MemorySecretStore keychain;
    StartupConfig config = TestService::defaultConfig();
    config.adminToken.reset();
    QByteArray first;
    {
        TestService service(config, &keychain);
        EXPECT_EQ(service.runtime().adminTokenSource(), Runtime::AdminTokenSource::ThisRun);
        waitFor(service.runtime().loadKeys());
        EXPECT_EQ(service.runtime().adminTokenSource(), Runtime::AdminTokenSource::Keychain);
        first = service.runtime().adminToken().reveal().toByteArray();
    }
    EXPECT_TRUE(keychain.contains(QStringLiteral("service.admin-token")));
    TestService again(config, &keychain);
    waitFor(again.runtime().loadKeys());
    EXPECT_EQ(again.runtime().adminToken().reveal().toByteArray(), first);
    // The service accepts it.
    const auto reply = HttpTestClient::request(again.port(), "GET", "/api/rate-limit", {{"Authorization", "Bearer " + first}});
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);

    // Without a keychain, a token for this run only.
    MemorySecretStore broken;
    broken.setUnavailable(true);
    TestService headless(config, &broken);
    waitFor(headless.runtime().loadKeys());
    EXPECT_EQ(headless.runtime().adminTokenSource(), Runtime::AdminTokenSource::ThisRun);
    EXPECT_NE(headless.runtime().adminToken().reveal().toByteArray(), first);
}

// ---- the checklist ----

TEST_F(RotationTest, ChecklistChecksWhatItCanAndRemembersWhatIsTicked)
{
    TestService service(config());
    Runtime& runtime = service.runtime();
    const auto item = [&runtime](const char* id) {
        for (const ChecklistItem& each : runtime.checklist().evaluate()) {
            if (each.id == QLatin1String(id))
                return each;
        }
        ADD_FAILURE() << "no item " << id;
        return ChecklistItem{};
    };
    seed(runtime);
    EXPECT_TRUE(item("separate-keys").passed);
    EXPECT_TRUE(item("production-rate-limit").passed);
    EXPECT_TRUE(item("keys-rotated").passed);
    EXPECT_TRUE(item("files-free-of-keys").passed) << item("files-free-of-keys").detail.toStdString();
    EXPECT_FALSE(item("two-factor").passed);

    // The same key for staging and production fails the first item.
    ASSERT_FALSE(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Production,
                                               key("sk-staging-old-0123456789"), QStringLiteral("t"))));
    EXPECT_FALSE(item("separate-keys").passed);
    // A key written into a file in the data folder is found.
    QFile leak(QDir(runtime.dataDirectory()).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(leak.open(QIODevice::WriteOnly));
    leak.write("remember: sk-staging-old-0123456789\n");
    leak.close();
    EXPECT_FALSE(item("files-free-of-keys").passed);
    EXPECT_TRUE(item("files-free-of-keys").detail.contains(QStringLiteral("notes.txt")));
    // Rate limiting off in production, and keys past their period.
    EnvironmentProfile production = runtime.profiles().profile(Environment::Production);
    production.rateLimit.enabled = false;
    ASSERT_TRUE(runtime.profiles().setProfile(production));
    EXPECT_FALSE(item("production-rate-limit").passed);
    service.clock().advanceMs(31LL * 24 * 3600 * 1000);
    EXPECT_FALSE(item("keys-rotated").passed);

    // Manual items are ticked with a name and date; automatic ones cannot be.
    EXPECT_TRUE(runtime.checklist().tick(QStringLiteral("two-factor"), true, QStringLiteral("cli:ana"), runtime.clock().now()));
    EXPECT_FALSE(runtime.checklist().tick(QStringLiteral("separate-keys"), true, QStringLiteral("cli:ana"), runtime.clock().now()));
    EXPECT_TRUE(item("two-factor").passed);
    EXPECT_TRUE(item("two-factor").detail.contains(QStringLiteral("cli:ana")));
}

} // namespace
} // namespace sb::test
