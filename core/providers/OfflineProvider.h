#pragma once

#include "extract/OfflineExtractor.h"
#include "providers/Provider.h"

#include <memory>

namespace sb {

// The provider that always works: local rules, no network, no key. The end of every fallback chain.
class OfflineProvider final : public Provider
{
public:
    explicit OfflineProvider(std::shared_ptr<const OfflineExtractor> extractor = std::make_shared<OfflineExtractor>())
        : m_extractor(std::move(extractor))
    {}

    ProviderId id() const override { return ProviderId::Offline; }
    QString model() const override { return OfflineExtractor::modelName(); }
    QFuture<ProviderOutcome> extract(const ExtractionRequest& request) override;

private:
    const std::shared_ptr<const OfflineExtractor> m_extractor;
};

} // namespace sb
