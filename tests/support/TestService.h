#pragma once

#include "QtPrinters.h"
#include "Runtime.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretValue.h"
#include "service/ServiceHost.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace sb::test {

// A Runtime whose service listens on an ephemeral loopback port, started and ready when construction returns.
class TestService
{
public:
    static constexpr const char* kAdminToken = "test-admin-token-0123456789abcdef";

    // `keychain`: a store of the test's own that outlives this service, for tests that restart it; otherwise each
    // service has a fresh one.
    explicit TestService(StartupConfig config = defaultConfig(), MemorySecretStore* keychain = nullptr)
        : m_runtime(std::make_unique<Runtime>(withFolders(std::move(config), m_folders), m_clock, memoryStore(keychain)))
    {
        QSignalSpy started(&m_runtime->service(), &ServiceHost::started);
        QSignalSpy failed(&m_runtime->service(), &ServiceHost::startFailed);
        m_runtime->startService();
        for (int i = 0; i < 100 && started.isEmpty() && failed.isEmpty(); ++i)
            started.wait(100);
        m_ok = !started.isEmpty();
    }

    // An ephemeral loopback port, a known admin token, and the shipped limits.
    static StartupConfig defaultConfig()
    {
        StartupConfig config;
        config.service.port = 0;
        config.adminToken = SecretValue(QByteArrayView(kAdminToken));
        // What a test sets is what it gets, whatever the environment's profile says.
        config.fromVariables.environment = true;
        config.fromVariables.provider = true;
        config.fromVariables.rateLimit = true; // the whole policy, not field by field
        config.fromVariables.logLevel = true;
        return config;
    }
    static QPair<QByteArray, QByteArray> adminAuthorization()
    {
        return {QByteArrayLiteral("Authorization"), QByteArray("Bearer ") + kAdminToken};
    }

    bool ok() const { return m_ok; }
    QString dataDirectory() const { return m_runtime->dataDirectory(); }
    // Where this runtime's keys are kept: memory.
    MemorySecretStore& secrets() { return *m_secrets; }
    quint16 port() const { return m_runtime->service().port(); }
    Runtime& runtime() { return *m_runtime; }
    ManualClock& clock() { return m_clock; }

private:
    // Usage totals, the audit log and settings go to a fresh folder, never the user's.
    static StartupConfig withFolders(StartupConfig config, const QTemporaryDir& folder)
    {
        if (config.dataDirectory.isEmpty())
            config.dataDirectory = folder.filePath(QStringLiteral("data"));
        if (config.configDirectory.isEmpty())
            config.configDirectory = folder.filePath(QStringLiteral("config"));
        return config;
    }
    // Hands every call to a store that lives elsewhere.
    class ForwardingStore final : public SecretStore
    {
    public:
        explicit ForwardingStore(SecretStore& target)
            : m_target(target)
        {}
        QString name() const override { return m_target.name(); }
        QFuture<SecretStoreResult> write(const QString& account, const SecretValue& value) override
        {
            return m_target.write(account, value);
        }
        QFuture<SecretReadResult> read(const QString& account) override { return m_target.read(account); }
        QFuture<SecretStoreResult> remove(const QString& account) override { return m_target.remove(account); }

    private:
        SecretStore& m_target;
    };

    std::unique_ptr<SecretStore> memoryStore(MemorySecretStore* shared)
    {
        if (shared) {
            m_secrets = shared;
            return std::make_unique<ForwardingStore>(*shared);
        }
        auto store = std::make_unique<MemorySecretStore>();
        m_secrets = store.get();
        return store;
    }

    QTemporaryDir m_folders;
    MemorySecretStore* m_secrets = nullptr;
    ManualClock m_clock;
    std::unique_ptr<Runtime> m_runtime;
    bool m_ok = false;
};

} // namespace sb::test
