#pragma once

#include "config/StartupConfig.h"
#include "secrets/SecretStore.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QTimer;

namespace sb {

class AccessControl;
class AuditLog;
class CloudNetwork;
class Clock;
class ProviderRouter;
class RateLimiter;
class ServiceHost;
class KeyVault;
class ProfileStore;
class RotationManager;
class SecurityChecklist;
class ServiceMetrics;
class UsageLedger;

// Owns one of each core object and wires them together. Both programs build exactly one: the CLI for `serve` and the
// admin subcommands, the console for its window. Objects shared with the service thread (providers, limiter, access
// control) are thread-safe and outlive it: the service stops before they go.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    // Keys are kept in the system keychain.
    explicit Runtime(StartupConfig config, QObject* parent = nullptr);
    // For tests: a clock of the caller's that outlives the runtime, and where keys are kept (the system keychain when
    // null).
    Runtime(StartupConfig config, const Clock& clock, std::unique_ptr<SecretStore> secrets = nullptr,
            QObject* parent = nullptr);
    ~Runtime() override;

    const StartupConfig& config() const { return m_config; }
    const ServiceOptions& serviceOptions() const { return m_config.service; }
    // Takes effect at the next startService().
    void setServiceOptions(const ServiceOptions& options) { m_config.service = options; }

    ServiceHost& service() { return *m_service; }
    ProviderRouter& providers() { return *m_providers; }
    UsageLedger& usage() { return *m_usage; }
    KeyVault& keys() { return *m_vault; }
    ProfileStore& profiles() { return *m_profiles; }
    RotationManager& rotation() { return *m_rotation; }
    SecurityChecklist& checklist() { return *m_checklist; }
    // The environment whose keys, budget and profile are in use.
    Environment environment() const;
    // Makes `environment` the active one, now and for the next start: its keys, its budget, its profile's provider
    // (offline when that provider has no key there) and rate limits, except where environment variables fixed them.
    // Audited. Fails, changing nothing, when SALESBUDDY_ENV or NODE_ENV fixes the environment for this run.
    std::optional<QString> switchEnvironment(Environment environment, const QString& actor);
    AuditLog& audit() { return *m_audit; }
    // Where usage totals, the user's prices.json and the audit log live: SALESBUDDY_DATA_DIR or the platform's data
    // folder (~/.local/share/salesbuddy on Linux).
    QString dataDirectory() const { return m_dataDirectory; }
    // Where settings live, the key index among them: SALESBUDDY_CONFIG_DIR or the platform's configuration folder
    // (~/.config/salesbuddy on Linux).
    QString configDirectory() const { return m_configDirectory; }
    // The folders a configuration names (SALESBUDDY_DATA_DIR, SALESBUDDY_CONFIG_DIR) or the platform's defaults,
    // without building anything.
    static QString dataDirectoryFor(const StartupConfig& config);
    static QString configDirectoryFor(const StartupConfig& config);

    // Reads the keychain's keys into memory, then makes AI_PROVIDER active if it could not be before they were there.
    // Resolves to the problems met (empty when there were none). Needs a running event loop on this thread.
    QFuture<QStringList> loadKeys();

    // Writes the rate-limit rejections counted since the last summary to the audit log as one line (done every
    // minute, and at exit).
    void summarizeRejections();
    RateLimiter& rateLimiter() { return *m_rateLimiter; }
    AccessControl& access() { return *m_access; }
    const Clock& clock() const { return *m_clock; }
    // Requests, rejections, errors and latency of the running service.
    ServiceMetrics& metrics() { return *m_metrics; }
    // The token administrative routes require: SALESBUDDY_ADMIN_TOKEN, else the one kept in the keychain (made on first
    // use, read by loadKeys()), else, without a keychain, one generated for this run.
    const SecretValue& adminToken() const { return m_adminToken; }
    enum class AdminTokenSource { Environment, Keychain, ThisRun };
    AdminTokenSource adminTokenSource() const { return m_adminTokenSource; }

    // Starts the HTTP service with the current options; the outcome arrives as ServiceHost::started/startFailed.
    void startService();

private:
    void build();
    void auditServiceEvents();
    // A profile's limits with the fields RATE_LIMIT_* variables set replaced by theirs.
    RateLimitPolicy withVariables(RateLimitPolicy policy) const;
    RateLimitPolicy m_startupRateLimit;
    void followKeyChanges();

    StartupConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock;
    SecretValue m_adminToken;
    AdminTokenSource m_adminTokenSource = AdminTokenSource::ThisRun;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_dataDirectory;
    QString m_configDirectory;
    AuditLog* m_audit = nullptr;
    KeyVault* m_vault = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    RotationManager* m_rotation = nullptr;
    std::unique_ptr<SecurityChecklist> m_checklist;
    QTimer* m_rejectionSummary = nullptr;
    std::unique_ptr<CloudNetwork> m_network;
    UsageLedger* m_usage = nullptr;
    ProviderRouter* m_providers = nullptr;
    RateLimiter* m_rateLimiter = nullptr;
    AccessControl* m_access = nullptr;
    ServiceHost* m_service = nullptr;
    std::unique_ptr<ServiceMetrics> m_metrics;
};

} // namespace sb
