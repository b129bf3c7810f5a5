#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"

#include <QHash>

#include <optional>

namespace sb {

// Where provider keys come from. Code that uses a key asks this and never learns where the key lives: the
// environment today, the keychain as well once keys are kept there.
class KeySource
{
public:
    virtual ~KeySource() = default;
    // Thread-safe.
    virtual std::optional<SecretValue> key(ProviderId provider, Environment environment) const = 0;
    bool hasKey(ProviderId provider, Environment environment) const { return key(provider, environment).has_value(); }
    // Where the key comes from, for status: "environment" (a variable), "keychain", or empty when there is none.
    virtual QString origin(ProviderId provider, Environment environment) const
    {
        return hasKey(provider, environment) ? QStringLiteral("environment") : QString();
    }
};

// Keys fixed at start-up, such as OPENAI_API_KEY and MISTRAL_API_KEY; they apply to whichever environment is active.
class EnvironmentKeySource final : public KeySource
{
public:
    EnvironmentKeySource(std::optional<SecretValue> openai, std::optional<SecretValue> mistral);
    std::optional<SecretValue> key(ProviderId provider, Environment environment) const override;

private:
    std::optional<SecretValue> m_openai;
    std::optional<SecretValue> m_mistral;
};

} // namespace sb
