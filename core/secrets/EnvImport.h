#pragma once

#include "config/DotEnv.h"
#include "config/EnvironmentProfiles.h"
#include "secrets/KeyIndex.h"
#include "secrets/SecretValue.h"

#include <QFuture>
#include <QStringList>

#include <optional>
#include <variant>

namespace sb {

class AuditLog;
class KeyVault;

// What importing a .env file would change, worked out before anything changes, so it can be shown and confirmed.
struct ImportPlan
{
    struct KeyChange
    {
        ProviderId provider;
        Environment environment;
        SecretValue value;
        std::optional<KeyRecord> current; // the key it replaces
        bool unchanged = false;           // the keychain already holds this very key
        int line = 0;
    };
    QList<KeyChange> keys;
    QList<EnvironmentProfile> profiles; // profiles as they will be, only those that change
    QList<EnvironmentProfile> before;   // the same profiles as they are
    QStringList ignored;                // "PORT (line 3): ..." — read but not kept per environment

    bool changesAnything() const;
    // One line per change, for people: "add the openai key for staging (sk-…a1b2)".
    QStringList describe() const;
};

// Reads the old service's variables from a parsed .env: OPENAI_API_KEY and MISTRAL_API_KEY (also with a _STAGING,
// _PRODUCTION/_PROD or _DEVELOPMENT/_DEV suffix for that environment), AI_PROVIDER, RATE_LIMIT_ENABLED,
// RATE_LIMIT_MAX_REQUESTS, RATE_LIMIT_WINDOW_MINUTES and LOG_LEVEL (suffixes likewise). Unsuffixed names go to
// `target`, or, when the file says NODE_ENV, to that environment. An invalid value is an error naming its line, and
// then there is no plan.
std::variant<ImportPlan, QString> planImport(const QList<DotEnvEntry>& entries, std::optional<Environment> target,
                                             Environment active, const KeyIndex& index, const ProfileStore& profiles);

// Carries a plan out: keys into the keychain, profiles saved, one "env.imported" audit line (plus the keys' own).
// Resolves to nullopt, or to what failed; profiles are saved only when every key was stored.
QFuture<std::optional<QString>> applyImport(const ImportPlan& plan, KeyVault& keys, ProfileStore& profiles,
                                            AuditLog* audit, const QString& actor, const QString& source);

// The .env text for one environment: its profile's settings and its keys, either masked in comments (the default) or,
// when `values` is given, with the keys themselves.
QByteArray exportDotEnv(Environment environment, const EnvironmentProfile& profile, const KeyIndex& index,
                        const std::function<std::optional<SecretValue>(ProviderId)>& values);

} // namespace sb
