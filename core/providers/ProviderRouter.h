#pragma once

#include "config/Environment.h"
#include "providers/Provider.h"

#include <QMutex>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace sb {

class KeySource;

// The answer to one extraction, saying which provider gave it and, when it was not the one asked for, why.
struct ExtractionResult
{
    QList<Entity> entities;
    ProviderId provider = ProviderId::Offline;
    QString model;
    std::optional<ProviderId> fallbackFrom;
    QString fallbackReason;
    qint64 latencyUs = 0;
};

struct ProviderInfo
{
    ProviderId id;
    QString model;
    bool keyConfigured = false;
    bool available = false; // can answer now
};

struct ProviderStatus
{
    ProviderId current;
    Environment environment;
    QList<ProviderInfo> providers;
    QList<ProviderId> fallback; // after the current one, in order
};

// Chooses who answers an extraction: the active provider (or a per-request choice), then down the fallback chain,
// which always ends with the offline provider so extraction keeps working. Thread-safe: the service thread extracts
// while the console switches providers.
class ProviderRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRouter)

public:
    ProviderRouter(ProviderId active, Environment environment, const KeySource& keys, QObject* parent = nullptr);
    ~ProviderRouter() override;

    // Providers this build can call; the offline one is always there.
    void addProvider(std::unique_ptr<Provider> provider);

    ProviderId active() const;
    // Fails, changing nothing, when the provider has no key in the current environment.
    std::optional<QString> setActive(ProviderId provider);
    Environment environment() const;
    ProviderStatus status() const;

    QFuture<ExtractionResult> extract(const ExtractionRequest& request, std::optional<ProviderId> requested = {});

signals:
    void activeChanged(sb::ProviderId current, sb::ProviderId previous);

private:
    bool keyConfigured(ProviderId provider) const;
    QList<ProviderId> chainFrom(ProviderId first) const;

    const KeySource& m_keys;
    mutable QMutex m_mutex;
    ProviderId m_active;
    Environment m_environment;
    std::map<ProviderId, std::shared_ptr<Provider>> m_providers;
};

} // namespace sb
