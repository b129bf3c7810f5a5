#pragma once

#include "providers/ChatProtocol.h"
#include "providers/CloudSettings.h"
#include "providers/Provider.h"

#include <QMutex>

#include <memory>

namespace sb {

class CloudNetwork;
struct HttpExchange;
class KeySource;
class OfflineExtractor;
class UsageLedger;

// How long and how hard one provider is tried.
struct CallLimits
{
    int timeoutMs = 15'000;  // one HTTP attempt
    int deadlineMs = 30'000; // all attempts and the waits between them
};

// OpenAI or Mistral (or any OpenAI-compatible server) over the chat-completions API: the entity prompt out, the
// model's JSON back, checked against the text and normalized by the offline normalizers so every provider answers in
// the same shape. 429 and 5xx are retried with backoff (honouring Retry-After) within the deadline; 401/403 are
// reported as a rejected key at once. Thread-safe: work is posted to the CloudNetwork thread.
class CloudProvider final : public Provider
{
public:
    CloudProvider(ProviderId id, CloudEndpoint endpoint, CallLimits limits, const KeySource& keys,
                  CloudNetwork& network, std::shared_ptr<const OfflineExtractor> normalizer, UsageLedger* usage);

    ProviderId id() const override { return m_id; }
    QString model() const override;
    QUrl baseUrl() const override { return endpoint().baseUrl; }
    CloudEndpoint endpoint() const;
    // Takes effect from the next request.
    void setEndpoint(const CloudEndpoint& endpoint);

    QFuture<ProviderOutcome> extract(const ExtractionRequest& request) override;
    QFuture<KeyCheck> checkKey(Environment environment) override;
    QFuture<KeyCheck> checkGivenKey(const SecretValue& key) override;

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void handle(std::shared_ptr<Call> call, const HttpExchange& exchange);
    void finish(const std::shared_ptr<Call>& call, ProviderOutcome outcome);

    const ProviderId m_id;
    const CallLimits m_limits;
    const KeySource& m_keys;
    CloudNetwork& m_network;
    const std::shared_ptr<const OfflineExtractor> m_normalizer;
    UsageLedger* const m_usage;
    mutable QMutex m_mutex;
    CloudEndpoint m_endpoint;
};

} // namespace sb
