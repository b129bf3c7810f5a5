#pragma once

#include "config/Environment.h"
#include "logging/Logging.h"
#include "providers/ProviderId.h"
#include "service/RateLimitPolicy.h"

#include <QString>

namespace sb {

QString logLevelName(LogLevel level); // "debug", "info", "warn", "error"

// What an environment runs with, after the old deployment guide: development on the offline provider with rate
// limiting off and debug logging; staging on Mistral, 50 requests per 15 minutes, info; production on OpenAI, 200 per
// 15 minutes, warnings only. Keys are due for rotation every `rotationDays`.
struct EnvironmentProfile
{
    Environment environment = Environment::Development;
    ProviderId provider = ProviderId::Offline;
    RateLimitPolicy rateLimit;
    LogLevel logLevel = LogLevel::Info;
    int rotationDays = 30;

    static EnvironmentProfile defaults(Environment environment);
    // A sentence saying what is wrong, or nullopt.
    std::optional<QString> validate() const;
    bool operator==(const EnvironmentProfile& other) const;
};

// The three profiles and which environment is active, in environments.ini in the settings folder (written atomically).
// Both programs share it: `salesbuddy env use` sets what the console and the next `salesbuddy serve` start in.
class ProfileStore final
{
public:
    explicit ProfileStore(QString path);

    QString path() const { return m_path; }
    Environment active() const;
    bool setActive(Environment environment);
    EnvironmentProfile profile(Environment environment) const;
    // Validated first; false (nothing written) when invalid or the file cannot be written.
    bool setProfile(const EnvironmentProfile& profile);

private:
    QString m_path;
};

} // namespace sb
