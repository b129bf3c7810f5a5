#pragma once

#include "logging/Logging.h"
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
};

// What a program needs to know before it starts anything, read from the environment the old Node service used and
// from command-line flags. Invalid values are errors, never silently replaced by defaults.
struct StartupConfig
{
    ServiceOptions service;
    LogLevel logLevel = LogLevel::Info;

    static std::variant<StartupConfig, ConfigError> load(const QProcessEnvironment& environment,
                                                         const CommandLineOverrides& overrides);
};

} // namespace sb
