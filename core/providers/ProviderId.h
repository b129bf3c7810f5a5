#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sb {

enum class ProviderId { OpenAI, Mistral, Offline };

QString providerName(ProviderId id); // "openai", "mistral", "offline"
// Accepts the three names and "demo", the old service's name for the offline provider, case-insensitively.
std::optional<ProviderId> parseProviderName(const QString& text);
const QList<ProviderId>& allProviders();
// The ones with keys: OpenAI, Mistral.
const QList<ProviderId>& cloudProviders();
// The environment variable that carries a cloud provider's key: "OPENAI_API_KEY", "MISTRAL_API_KEY".
QString keyVariable(ProviderId id);
inline bool isCloudProvider(ProviderId id)
{
    return id != ProviderId::Offline;
}

} // namespace sb
