#pragma once

#include "providers/ProviderId.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace sb {

// Where one OpenAI-compatible provider lives and which model it runs.
struct CloudEndpoint
{
    QUrl baseUrl; // up to and including the version, e.g. https://api.openai.com/v1
    QString model;
};

// How the cloud providers are called: endpoints, time limits and the fallback chain. Read at start-up from OPENAI_*,
// MISTRAL_* and AI_* variables (docs/PROVIDERS.md).
struct CloudSettings
{
    CloudEndpoint openai{QUrl(QStringLiteral("https://api.openai.com/v1")), QStringLiteral("gpt-4o-mini")};
    CloudEndpoint mistral{QUrl(QStringLiteral("https://api.mistral.ai/v1")), QStringLiteral("mistral-small-latest")};
    // One HTTP attempt, connecting included, may take this long (AI_TIMEOUT_MS).
    int timeoutMs = 15'000;
    // One provider, retries and their waits included, may take this long before the chain moves on (AI_DEADLINE_MS).
    int deadlineMs = 30'000;
    // Providers tried after the first choice, in order (AI_FALLBACK); unset: the other cloud provider, then offline.
    // The offline provider always ends the chain, whether listed or not.
    std::optional<QList<ProviderId>> fallback;

    const CloudEndpoint& endpoint(ProviderId id) const { return id == ProviderId::Mistral ? mistral : openai; }
    CloudEndpoint& endpoint(ProviderId id) { return id == ProviderId::Mistral ? mistral : openai; }
};

} // namespace sb
