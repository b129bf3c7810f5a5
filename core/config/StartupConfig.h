#pragma once

#include "config/Environment.h"
#include "logging/Logging.h"
#include "providers/CloudSettings.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"
#include "service/RateLimitPolicy.h"
#include "service/ServiceOptions.h"

#include <QProcessEnvironment>

#include <optional>
#include <variant>

namespace sb {

// A configuration value that cannot be used: which setting, and a sentence naming the accepted values.
struct ConfigError
{
    QString setting; // "PORT" or "--port"
    QString message;
};

// Command-line values, as typed; unset when the flag was not given. Flags override the environment.
struct CommandLineOverrides
{
    std::optional<QString> port;
    std::optional<QString> bind;
    bool allowRemote = false;
    // POST /api/extract-entities refuses longer texts (413), in UTF-16 code units as `start`/`end` count them.
    qsizetype maxTextLength = 20'000;
};

// What a program needs before it starts anything, read from the environment variables the old Node service used
// (PORT, AI_PROVIDER, OPENAI_API_KEY, MISTRAL_API_KEY, RATE_LIMIT_*, LOG_LEVEL, NODE_ENV) plus our own SALESBUDDY_*
// ones, and from command-line flags. An empty variable counts as unset (as `process.env.X || default` did); an invalid
// one is an error naming it, never silently replaced by a default.
struct StartupConfig
{
    ServiceOptions service;
    LogLevel logLevel = LogLevel::Info;
    Environment environment = Environment::Development;
    ProviderId provider = ProviderId::Offline;
    std::optional<SecretValue> openaiKey;
    std::optional<SecretValue> mistralKey;
    CloudSettings cloud;
    // AI_MONTHLY_BUDGET_USD: the active environment's monthly cloud budget for this run, over the saved one.
    std::optional<double> monthlyBudgetUsd;
    // SALESBUDDY_DATA_DIR: where usage totals (and later the audit log) are kept; empty: the platform's data folder.
    QString dataDirectory;
    // SALESBUDDY_CONFIG_DIR: where settings (the key index, environment profiles) are kept; empty: the platform's.
    QString configDirectory;
    RateLimitPolicy rateLimit;
    std::optional<SecretValue> adminToken; // SALESBUDDY_ADMIN_TOKEN; generated at start when unset
    std::optional<SecretValue> apiToken;   // SALESBUDDY_API_TOKEN; required when listening beyond loopback
    bool allowRemote = false;
    // POST /api/extract-entities refuses longer texts (413), in UTF-16 code units as `start`/`end` count them.
    qsizetype maxTextLength = 20'000;

    // Which settings environment variables gave: those win over the active environment's profile, and status says so.
    struct FromVariables
    {
        bool environment = false; // SALESBUDDY_ENV or NODE_ENV
        bool provider = false;    // AI_PROVIDER
        bool rateLimit = false;   // any RATE_LIMIT_*, each of which replaces only its own field:
        bool rateLimitEnabled = false; // RATE_LIMIT_ENABLED
        bool rateLimitMax = false;     // RATE_LIMIT_MAX_REQUESTS
        bool rateLimitWindow = false;  // RATE_LIMIT_WINDOW_MINUTES
        bool logLevel = false;    // LOG_LEVEL
    };
    FromVariables fromVariables;

    static std::variant<StartupConfig, ConfigError> load(const QProcessEnvironment& environment,
                                                         const CommandLineOverrides& overrides);
};

} // namespace sb
