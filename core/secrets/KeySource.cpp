#include "secrets/KeySource.h"

namespace sb {

EnvironmentKeySource::EnvironmentKeySource(std::optional<SecretValue> openai, std::optional<SecretValue> mistral)
    : m_openai(std::move(openai))
    , m_mistral(std::move(mistral))
{}

std::optional<SecretValue> EnvironmentKeySource::key(ProviderId provider, Environment) const
{
    switch (provider) {
    case ProviderId::OpenAI:
        return m_openai;
    case ProviderId::Mistral:
        return m_mistral;
    case ProviderId::Offline:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace sb
