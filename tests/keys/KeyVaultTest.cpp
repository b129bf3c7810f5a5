// Keys in the keychain: the real gnome-keyring of the test session (scripts/with-test-session.sh) and the in-memory
// store, through the same vault. Round trips for every environment and provider, replacement, deletion, the
// environment-variable override, a keychain that is not there, and the promise that no file ever holds a key.
#include "QtPrinters.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "providers/ProviderRouter.h"
#include "secrets/KeyVault.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace sb {
namespace {

enum class Backend { Memory, Keychain };

const QList<Environment> kEnvironments{Environment::Development, Environment::Staging, Environment::Production};
const QList<ProviderId> kProviders{ProviderId::OpenAI, ProviderId::Mistral};

// A key-shaped random value, different in every run and every slot.
SecretValue randomKey(ProviderId provider)
{
    const QByteArray prefix = provider == ProviderId::OpenAI ? "sk-proj-" : "";
    return SecretValue(QByteArray(prefix + SecretValue::generateToken(32).reveal().toByteArray()));
}

class KeyVaultTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Keychain) {
            if (!qEnvironmentVariableIsSet("SALESBUDDY_TEST_KEYRING"))
                GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh";
            // A service name of this test's own, so runs never see each other's entries.
            m_store = std::make_unique<KeychainSecretStore>(
                QStringLiteral("salesbuddy-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        } else {
            m_store = std::make_unique<MemorySecretStore>();
        }
        m_audit = std::make_unique<AuditLog>(m_folder.filePath(QStringLiteral("data/audit.log")), m_clock);
    }

    std::unique_ptr<KeyVault> vault(std::optional<SecretValue> openaiFromEnvironment = std::nullopt)
    {
        return std::make_unique<KeyVault>(*m_store, m_folder.filePath(QStringLiteral("config/keys.ini")), m_audit.get(),
                                          m_clock, std::move(openaiFromEnvironment), std::nullopt);
    }

    QTemporaryDir m_folder;
    ManualClock m_clock;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
};

TEST_P(KeyVaultTest, EveryEnvironmentAndProviderRoundTrips)
{
    std::map<std::pair<ProviderId, Environment>, SecretValue> written;
    {
        auto keys = vault();
        for (Environment environment : kEnvironments) {
            for (ProviderId provider : kProviders) {
                const SecretValue value = randomKey(provider);
                const auto error = waitFor(keys->setKey(provider, environment, value, QStringLiteral("test")));
                ASSERT_FALSE(error) << error->toStdString();
                written.emplace(std::pair{provider, environment}, value);
            }
        }
    }
    // A later run (a new vault on the same index) reads them all back from the store.
    auto keys = vault();
    EXPECT_FALSE(keys->hasKey(ProviderId::OpenAI, Environment::Production)); // not before load()
    const QStringList problems = waitFor(keys->load());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    for (const auto& [slot, value] : written) {
        const auto key = keys->key(slot.first, slot.second);
        ASSERT_TRUE(key);
        EXPECT_TRUE(key->equals(value.reveal()));
        const auto record = keys->index().find(slot.first, slot.second);
        ASSERT_TRUE(record);
        EXPECT_EQ(record->fingerprint, value.fingerprint());
        EXPECT_EQ(record->masked, value.masked());
        EXPECT_EQ(record->state, KeyState::Active);
    }
    // Staging and production keys differ, as they should.
    EXPECT_NE(keys->index().find(ProviderId::OpenAI, Environment::Staging)->fingerprint,
              keys->index().find(ProviderId::OpenAI, Environment::Production)->fingerprint);
}

TEST_P(KeyVaultTest, ReplacingKeepsTheCreationDateAndAuditsBothFingerprints)
{
    auto keys = vault();
    const SecretValue first = randomKey(ProviderId::OpenAI);
    const SecretValue second = randomKey(ProviderId::OpenAI);
    ASSERT_FALSE(waitFor(keys->setKey(ProviderId::OpenAI, Environment::Staging, first, QStringLiteral("cli:ana"))));
    m_clock.advanceMs(3 * 24 * 3600 * 1000LL);
    ASSERT_FALSE(waitFor(keys->setKey(ProviderId::OpenAI, Environment::Staging, second, QStringLiteral("cli:ana"))));
    const auto record = keys->index().find(ProviderId::OpenAI, Environment::Staging);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->created.daysTo(record->lastRotated), 3);
    EXPECT_TRUE(keys->key(ProviderId::OpenAI, Environment::Staging)->equals(second.reveal()));

    const QList<AuditRecord> events = m_audit->tail();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].event, QStringLiteral("key.added"));
    EXPECT_EQ(events[1].event, QStringLiteral("key.replaced"));
    EXPECT_EQ(events[1].actor, QStringLiteral("cli:ana"));
    EXPECT_EQ(events[1].details.value(QStringLiteral("fingerprint")).toString(), second.fingerprint());
    EXPECT_EQ(events[1].details.value(QStringLiteral("previousFingerprint")).toString(), first.fingerprint());
}

TEST_P(KeyVaultTest, StoringTheSameKeyAgainChangesNothing)
{
    auto keys = vault();
    const SecretValue value = randomKey(ProviderId::OpenAI);
    ASSERT_FALSE(waitFor(keys->setKey(ProviderId::OpenAI, Environment::Staging, value, QStringLiteral("t"))));
    m_clock.advanceMs(10 * 24 * 3600 * 1000LL);
    ASSERT_FALSE(waitFor(keys->setKey(ProviderId::OpenAI, Environment::Staging, value, QStringLiteral("t"))));
    const auto record = keys->index().find(ProviderId::OpenAI, Environment::Staging);
    EXPECT_EQ(record->created, record->lastRotated); // its age was not reset
    EXPECT_EQ(m_audit->tail().size(), 1);
}

TEST_P(KeyVaultTest, DeletingRemovesTheKeyFromTheStoreAndTheIndex)
{
    auto keys = vault();
    ASSERT_FALSE(waitFor(
        keys->setKey(ProviderId::Mistral, Environment::Production, randomKey(ProviderId::Mistral), QStringLiteral("t"))));
    ASSERT_FALSE(waitFor(keys->deleteKey(ProviderId::Mistral, Environment::Production, QStringLiteral("t"))));
    EXPECT_FALSE(keys->hasKey(ProviderId::Mistral, Environment::Production));
    EXPECT_FALSE(keys->index().find(ProviderId::Mistral, Environment::Production));
    const auto read = waitFor(m_store->read(QStringLiteral("mistral.production")));
    ASSERT_TRUE(std::holds_alternative<SecretStoreError>(read));
    EXPECT_EQ(std::get<SecretStoreError>(read).kind, SecretStoreError::Kind::NotFound);
    // Deleting again says there is nothing to delete.
    EXPECT_TRUE(waitFor(keys->deleteKey(ProviderId::Mistral, Environment::Production, QStringLiteral("t"))));
}

TEST_P(KeyVaultTest, NoFileEverHoldsAKey)
{
    QList<SecretValue> values;
    {
        auto keys = vault();
        for (Environment environment : kEnvironments) {
            for (ProviderId provider : kProviders) {
                values.append(randomKey(provider));
                ASSERT_FALSE(waitFor(keys->setKey(provider, environment, values.last(), QStringLiteral("t"))));
                keys->recordValidation(provider, environment, QStringLiteral("valid"), QStringLiteral("t"));
            }
        }
        ASSERT_FALSE(waitFor(keys->deleteKey(ProviderId::OpenAI, Environment::Development, QStringLiteral("t"))));
    }
    // Every file written under the settings and data folders: the index, the audit log and its head.
    int files = 0;
    for (QDirIterator it(m_folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const SecretValue& value : values) {
            EXPECT_FALSE(content.contains(value.reveal().toByteArray())) << file.fileName().toStdString();
            // Nor any long piece of one: 12 characters from its middle.
            EXPECT_FALSE(content.contains(value.reveal().toByteArray().mid(10, 12))) << file.fileName().toStdString();
        }
    }
    EXPECT_GE(files, 3);
}

TEST_P(KeyVaultTest, TheEnvironmentVariableWinsForEveryEnvironment)
{
    const SecretValue fromEnvironment(QByteArrayView("sk-from-the-environment-0123456789"));
    auto keys = vault(fromEnvironment);
    ASSERT_FALSE(waitFor(
        keys->setKey(ProviderId::OpenAI, Environment::Production, randomKey(ProviderId::OpenAI), QStringLiteral("t"))));
    EXPECT_TRUE(keys->overriddenByEnvironment(ProviderId::OpenAI));
    EXPECT_FALSE(keys->overriddenByEnvironment(ProviderId::Mistral));
    for (Environment environment : kEnvironments)
        EXPECT_TRUE(keys->key(ProviderId::OpenAI, environment)->equals(fromEnvironment.reveal()));
}

INSTANTIATE_TEST_SUITE_P(Stores, KeyVaultTest, ::testing::Values(Backend::Memory, Backend::Keychain),
                         [](const auto& test) {
                             return std::string(test.param == Backend::Memory ? "Memory" : "GnomeKeyring");
                         });

TEST(KeyVaultWithoutKeychain, FailsClearlyWritesNothingAndEnvironmentKeysStillWork)
{
    QTemporaryDir folder;
    ManualClock clock;
    MemorySecretStore store;
    store.setUnavailable(true);
    const QString index = folder.filePath(QStringLiteral("keys.ini"));
    KeyVault keys(store, index, nullptr, clock, SecretValue(QByteArrayView("sk-env-0123456789abcdef")), std::nullopt);
    const auto error = waitFor(keys.setKey(ProviderId::Mistral, Environment::Staging,
                                           SecretValue(QByteArrayView("mistral-0123456789abcdef")), QStringLiteral("t")));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("No keychain is reachable"))) << error->toStdString();
    EXPECT_TRUE(error->contains(QStringLiteral("environment variables"))) << error->toStdString();
    EXPECT_FALSE(QFile::exists(index));
    EXPECT_FALSE(keys.hasKey(ProviderId::Mistral, Environment::Staging));
    EXPECT_TRUE(keys.hasKey(ProviderId::OpenAI, Environment::Staging));
}

TEST(KeyVaultInTheService, AKeySetAtRunTimeLetsItsProviderBecomeActive)
{
    test::TestService service;
    ASSERT_TRUE(service.ok());
    ProviderRouter& providers = service.runtime().providers();
    EXPECT_TRUE(providers.setActive(ProviderId::Mistral)); // refused: no key yet
    ASSERT_FALSE(waitFor(service.runtime().keys().setKey(ProviderId::Mistral, Environment::Development,
                                                         randomKey(ProviderId::Mistral), QStringLiteral("t"))));
    EXPECT_FALSE(providers.setActive(ProviderId::Mistral));
    EXPECT_EQ(providers.active(), ProviderId::Mistral);
    EXPECT_TRUE(service.secrets().contains(QStringLiteral("mistral.development")));
}

} // namespace
} // namespace sb
