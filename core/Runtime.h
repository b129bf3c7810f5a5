#pragma once

#include "config/StartupConfig.h"

#include <QObject>

#include <memory>

namespace sb {

class AccessControl;
class CloudNetwork;
class Clock;
class KeySource;
class ProviderRouter;
class RateLimiter;
class ServiceHost;
class UsageLedger;

// Owns one of each core object and wires them together. Both programs build exactly one: the CLI for `serve` and the
// admin subcommands, the console for its window. Objects shared with the service thread (providers, limiter, access
// control) are thread-safe and outlive it: the service stops before they go.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    explicit Runtime(StartupConfig config, QObject* parent = nullptr);
    // For tests: a clock of the caller's that outlives the runtime.
    Runtime(StartupConfig config, const Clock& clock, QObject* parent = nullptr);
    ~Runtime() override;

    const StartupConfig& config() const { return m_config; }
    const ServiceOptions& serviceOptions() const { return m_config.service; }
    // Takes effect at the next startService().
    void setServiceOptions(const ServiceOptions& options) { m_config.service = options; }

    ServiceHost& service() { return *m_service; }
    ProviderRouter& providers() { return *m_providers; }
    UsageLedger& usage() { return *m_usage; }
    // Where usage totals (and the user's prices.json) live: SALESBUDDY_DATA_DIR or the platform's data folder.
    QString dataDirectory() const { return m_dataDirectory; }
    RateLimiter& rateLimiter() { return *m_rateLimiter; }
    AccessControl& access() { return *m_access; }
    const Clock& clock() const { return *m_clock; }
    // The token administrative routes require: SALESBUDDY_ADMIN_TOKEN, or one generated for this run.
    const SecretValue& adminToken() const { return m_adminToken; }
    bool adminTokenGenerated() const { return !m_config.adminToken.has_value(); }

    // Starts the HTTP service with the current options; the outcome arrives as ServiceHost::started/startFailed.
    void startService();

private:
    void build();

    StartupConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock;
    SecretValue m_adminToken;
    std::unique_ptr<KeySource> m_keys;
    QString m_dataDirectory;
    std::unique_ptr<CloudNetwork> m_network;
    UsageLedger* m_usage = nullptr;
    ProviderRouter* m_providers = nullptr;
    RateLimiter* m_rateLimiter = nullptr;
    AccessControl* m_access = nullptr;
    ServiceHost* m_service = nullptr;
};

} // namespace sb
