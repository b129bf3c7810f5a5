#include "config/EnvironmentProfiles.h"

#include "util/PrivateFile.h"

#include <QSettings>

namespace sb {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warn:
        return QStringLiteral("warn");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return {};
}

EnvironmentProfile EnvironmentProfile::defaults(Environment environment)
{
    EnvironmentProfile profile;
    profile.environment = environment;
    switch (environment) {
    case Environment::Development:
        profile.provider = ProviderId::Offline;
        profile.rateLimit.enabled = false;
        profile.logLevel = LogLevel::Debug;
        break;
    case Environment::Staging:
        profile.provider = ProviderId::Mistral;
        profile.rateLimit.general = {50, 15};
        profile.logLevel = LogLevel::Info;
        break;
    case Environment::Production:
        profile.provider = ProviderId::OpenAI;
        profile.rateLimit.general = {200, 15};
        profile.logLevel = LogLevel::Warn;
        break;
    }
    return profile;
}

std::optional<QString> EnvironmentProfile::validate() const
{
    if (auto error = rateLimit.validate())
        return error;
    if (rotationDays < 1 || rotationDays > 365)
        return QStringLiteral("the rotation period must be from 1 to 365 days");
    return std::nullopt;
}

bool EnvironmentProfile::operator==(const EnvironmentProfile& other) const
{
    return environment == other.environment && provider == other.provider && rateLimit == other.rateLimit &&
           logLevel == other.logLevel && rotationDays == other.rotationDays;
}

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

Environment ProfileStore::active() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    return parseEnvironment(settings.value(QStringLiteral("active")).toString()).value_or(Environment::Development);
}

bool ProfileStore::setActive(Environment environment)
{
    ensurePrivateFile(m_path);
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("active"), environmentName(environment));
    settings.sync();
    return settings.status() == QSettings::NoError;
}

EnvironmentProfile ProfileStore::profile(Environment environment) const
{
    EnvironmentProfile profile = EnvironmentProfile::defaults(environment);
    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(environmentName(environment));
    if (const auto provider = parseProviderName(settings.value(QStringLiteral("provider")).toString()))
        profile.provider = *provider;
    if (settings.contains(QStringLiteral("rateLimitEnabled")))
        profile.rateLimit.enabled = settings.value(QStringLiteral("rateLimitEnabled")).toBool();
    const auto number = [&settings](const char* key, int& target) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        if (ok)
            target = value;
    };
    number("generalMaxRequests", profile.rateLimit.general.maxRequests);
    number("generalWindowMinutes", profile.rateLimit.general.windowMinutes);
    number("extractionMaxRequests", profile.rateLimit.extraction.maxRequests);
    number("extractionWindowMinutes", profile.rateLimit.extraction.windowMinutes);
    number("rotationDays", profile.rotationDays);
    if (const auto level = parseLogLevel(settings.value(QStringLiteral("logLevel")).toString()))
        profile.logLevel = *level;
    // A hand-edited file with impossible values falls back to the defaults rather than stopping the program.
    if (profile.validate())
        return EnvironmentProfile::defaults(environment);
    return profile;
}

bool ProfileStore::setProfile(const EnvironmentProfile& profile)
{
    if (profile.validate())
        return false;
    ensurePrivateFile(m_path);
    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(environmentName(profile.environment));
    settings.setValue(QStringLiteral("provider"), providerName(profile.provider));
    settings.setValue(QStringLiteral("rateLimitEnabled"), profile.rateLimit.enabled);
    settings.setValue(QStringLiteral("generalMaxRequests"), profile.rateLimit.general.maxRequests);
    settings.setValue(QStringLiteral("generalWindowMinutes"), profile.rateLimit.general.windowMinutes);
    settings.setValue(QStringLiteral("extractionMaxRequests"), profile.rateLimit.extraction.maxRequests);
    settings.setValue(QStringLiteral("extractionWindowMinutes"), profile.rateLimit.extraction.windowMinutes);
    settings.setValue(QStringLiteral("logLevel"), logLevelName(profile.logLevel));
    settings.setValue(QStringLiteral("rotationDays"), profile.rotationDays);
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace sb
