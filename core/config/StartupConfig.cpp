#include "config/StartupConfig.h"

#include <tuple>

namespace sb {
namespace {

constexpr int kMinTokenLength = 16;

// Reads one variable; empty counts as unset.
std::optional<QString> read(const QProcessEnvironment& environment, const char* name)
{
    const QString value = environment.value(QString::fromLatin1(name));
    if (value.trimmed().isEmpty())
        return std::nullopt;
    return value;
}

std::optional<int> parseWholeNumber(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(const QString& text)
{
    const QString value = text.trimmed().toLower();
    for (const char* yes : {"true", "1", "yes", "on"}) {
        if (value == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"false", "0", "no", "off"}) {
        if (value == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

std::optional<QHostAddress> parseBindAddress(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

ConfigError wholeNumberError(const QString& setting, const QString& value, int minimum, int maximum)
{
    return {setting, QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(setting)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(value.left(40))};
}

// Each step reads one group of settings into `config`, or says what is wrong.
using Step = std::optional<ConfigError>;

Step loadService(StartupConfig& config, const QProcessEnvironment& env, const CommandLineOverrides& overrides)
{
    const bool portFromFlag = overrides.port.has_value();
    if (const auto text = portFromFlag ? overrides.port : read(env, "PORT")) {
        const QString setting = portFromFlag ? QStringLiteral("--port") : QStringLiteral("PORT");
        const auto port = parseWholeNumber(*text, 1, 65535);
        if (!port)
            return wholeNumberError(setting, *text, 1, 65535);
        config.service.port = static_cast<quint16>(*port);
    }
    if (const auto text = read(env, "SALESBUDDY_MAX_BODY_BYTES")) {
        const auto bytes = parseWholeNumber(*text, 1024, 16 * 1024 * 1024);
        if (!bytes)
            return wholeNumberError(QStringLiteral("SALESBUDDY_MAX_BODY_BYTES"), *text, 1024, 16 * 1024 * 1024);
        config.service.limits.request.maxBodyBytes = *bytes;
    }

    config.allowRemote = overrides.allowRemote;
    if (overrides.bind) {
        const auto address = parseBindAddress(*overrides.bind);
        if (!address) {
            return ConfigError{QStringLiteral("--bind"),
                               QStringLiteral("--bind must be an IP address such as 127.0.0.1 or ::1, not '%1'.")
                                   .arg(overrides.bind->left(60))};
        }
        config.service.bindAddress = *address;
    }
    if (!config.service.bindAddress.isLoopback()) {
        const QString address = config.service.bindAddress.toString();
        if (!config.allowRemote) {
            return ConfigError{QStringLiteral("--bind"),
                               QStringLiteral("--bind %1 would expose the service beyond this computer. Add "
                                              "--allow-remote and set SALESBUDDY_API_TOKEN to do that on purpose.")
                                   .arg(address)};
        }
        if (!config.apiToken) {
            return ConfigError{QStringLiteral("SALESBUDDY_API_TOKEN"),
                               QStringLiteral("Listening on %1 requires SALESBUDDY_API_TOKEN (at least %2 characters); "
                                              "every client except health checks must then send it as a Bearer "
                                              "token. Refusing to start without it.")
                                   .arg(address)
                                   .arg(kMinTokenLength)};
        }
    }
    return std::nullopt;
}

Step loadTokens(StartupConfig& config, const QProcessEnvironment& env)
{
    for (const auto& [name, target] : {std::pair{"SALESBUDDY_ADMIN_TOKEN", &config.adminToken},
                                       std::pair{"SALESBUDDY_API_TOKEN", &config.apiToken}}) {
        if (const auto text = read(env, name)) {
            if (text->trimmed().size() < kMinTokenLength) {
                return ConfigError{QString::fromLatin1(name),
                                   QStringLiteral("%1 must be at least %2 characters long; generate one with "
                                                  "`openssl rand -base64 32`.")
                                       .arg(QString::fromLatin1(name))
                                       .arg(kMinTokenLength)};
            }
            *target = SecretValue::fromString(text->trimmed());
        }
    }
    return std::nullopt;
}

Step loadProviders(StartupConfig& config, const QProcessEnvironment& env)
{
    if (const auto text = read(env, "AI_PROVIDER")) {
        const auto provider = parseProviderName(*text);
        if (!provider) {
            return ConfigError{QStringLiteral("AI_PROVIDER"),
                               QStringLiteral("AI_PROVIDER must be one of openai, mistral, offline (or demo, its old "
                                              "name), not '%1'.")
                                   .arg(text->left(40))};
        }
        config.provider = *provider;
        config.fromVariables.provider = true;
    }
    if (const auto key = read(env, "OPENAI_API_KEY"))
        config.openaiKey = SecretValue::fromString(key->trimmed());
    if (const auto key = read(env, "MISTRAL_API_KEY"))
        config.mistralKey = SecretValue::fromString(key->trimmed());
    return std::nullopt;
}

std::optional<QUrl> parseBaseUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") &&
                                                   url.scheme() != QLatin1String("http")))
        return std::nullopt;
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    return url;
}

Step loadCloud(StartupConfig& config, const QProcessEnvironment& env)
{
    for (ProviderId id : {ProviderId::OpenAI, ProviderId::Mistral}) {
        const QByteArray prefix = providerName(id).toUpper().toLatin1();
        const QByteArray urlName = prefix + "_BASE_URL";
        const QByteArray modelName = prefix + "_MODEL";
        if (const auto text = read(env, urlName.constData())) {
            const auto url = parseBaseUrl(*text);
            if (!url) {
                return ConfigError{QString::fromLatin1(urlName),
                                   QStringLiteral("%1 must be an http:// or https:// address such as "
                                                  "https://api.openai.com/v1 or http://127.0.0.1:8080/v1, without a "
                                                  "user name, query or fragment; not '%2'.")
                                       .arg(QString::fromLatin1(urlName), text->left(80))};
            }
            config.cloud.endpoint(id).baseUrl = *url;
        }
        if (const auto text = read(env, modelName.constData())) {
            const QString model = text->trimmed();
            if (model.size() > 200 || model.contains(QLatin1Char(' '))) {
                return ConfigError{QString::fromLatin1(modelName),
                                   QStringLiteral("%1 must be a model name such as gpt-4o-mini, without spaces.")
                                       .arg(QString::fromLatin1(modelName))};
            }
            config.cloud.endpoint(id).model = model;
        }
    }
    for (const auto& [name, target, minimum] : {std::tuple{"AI_TIMEOUT_MS", &config.cloud.timeoutMs, 100},
                                                std::tuple{"AI_DEADLINE_MS", &config.cloud.deadlineMs, 100}}) {
        if (const auto text = read(env, name)) {
            const auto value = parseWholeNumber(*text, minimum, 600'000);
            if (!value)
                return wholeNumberError(QString::fromLatin1(name), *text, minimum, 600'000);
            *target = *value;
        }
    }
    if (const auto text = read(env, "AI_FALLBACK")) {
        QList<ProviderId> chain;
        for (const QString& part : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto id = parseProviderName(part);
            if (!id) {
                return ConfigError{QStringLiteral("AI_FALLBACK"),
                                   QStringLiteral("AI_FALLBACK must be a comma-separated list of openai, mistral and "
                                                  "offline, such as 'mistral,offline'; '%1' is not a provider.")
                                       .arg(part.trimmed().left(40))};
            }
            if (!chain.contains(*id))
                chain.append(*id);
        }
        config.cloud.fallback = chain;
    }
    if (const auto text = read(env, "AI_MONTHLY_BUDGET_USD")) {
        bool ok = false;
        const double budget = text->trimmed().toDouble(&ok);
        if (!ok || !(budget >= 0) || budget > 1e6) {
            return ConfigError{QStringLiteral("AI_MONTHLY_BUDGET_USD"),
                               QStringLiteral("AI_MONTHLY_BUDGET_USD must be an amount of US dollars from 0 to "
                                              "1000000, such as 50 or 12.5, not '%1'.")
                                   .arg(text->left(40))};
        }
        config.monthlyBudgetUsd = budget;
    }
    if (const auto text = read(env, "SALESBUDDY_DATA_DIR"))
        config.dataDirectory = text->trimmed();
    if (const auto text = read(env, "SALESBUDDY_CONFIG_DIR"))
        config.configDirectory = text->trimmed();
    return std::nullopt;
}

Step loadRateLimit(StartupConfig& config, const QProcessEnvironment& env)
{
    if (const auto text = read(env, "RATE_LIMIT_ENABLED")) {
        const auto enabled = parseBoolean(*text);
        if (!enabled) {
            return ConfigError{QStringLiteral("RATE_LIMIT_ENABLED"),
                               QStringLiteral("RATE_LIMIT_ENABLED must be true or false (also 1/0, yes/no, on/off), "
                                              "not '%1'.")
                                   .arg(text->left(40))};
        }
        config.rateLimit.enabled = *enabled;
        config.fromVariables.rateLimit = config.fromVariables.rateLimitEnabled = true;
    }
    if (const auto text = read(env, "RATE_LIMIT_MAX_REQUESTS")) {
        const auto max = parseWholeNumber(*text, 1, RateLimitPolicy::kMaxRequestsCeiling);
        if (!max) {
            return wholeNumberError(QStringLiteral("RATE_LIMIT_MAX_REQUESTS"), *text, 1,
                                    RateLimitPolicy::kMaxRequestsCeiling);
        }
        config.rateLimit.general.maxRequests = *max;
        config.fromVariables.rateLimit = config.fromVariables.rateLimitMax = true;
    }
    if (const auto text = read(env, "RATE_LIMIT_WINDOW_MINUTES")) {
        const auto minutes = parseWholeNumber(*text, 1, RateLimitPolicy::kMaxWindowMinutes);
        if (!minutes) {
            return wholeNumberError(QStringLiteral("RATE_LIMIT_WINDOW_MINUTES"), *text, 1,
                                    RateLimitPolicy::kMaxWindowMinutes);
        }
        config.rateLimit.general.windowMinutes = *minutes;
        config.fromVariables.rateLimit = config.fromVariables.rateLimitWindow = true;
    }
    return std::nullopt;
}

Step loadGeneral(StartupConfig& config, const QProcessEnvironment& env)
{
    if (const auto text = read(env, "LOG_LEVEL")) {
        const auto level = parseLogLevel(*text);
        if (!level) {
            return ConfigError{
                QStringLiteral("LOG_LEVEL"),
                QStringLiteral("LOG_LEVEL must be one of debug, info, warn, error, not '%1'.").arg(text->left(40))};
        }
        config.logLevel = *level;
        config.fromVariables.logLevel = true;
    }
    // SALESBUDDY_ENV is ours and wins; NODE_ENV is what existing deployments already set.
    for (const char* name : {"SALESBUDDY_ENV", "NODE_ENV"}) {
        const auto text = read(env, name);
        if (!text)
            continue;
        const auto environment = parseEnvironment(*text);
        if (!environment) {
            return ConfigError{QString::fromLatin1(name),
                               QStringLiteral("%1 must be one of development, staging, production, not '%2'.")
                                   .arg(QString::fromLatin1(name), text->left(40))};
        }
        config.environment = *environment;
        config.fromVariables.environment = true;
        break;
    }
    return std::nullopt;
}

} // namespace

std::variant<StartupConfig, ConfigError> StartupConfig::load(const QProcessEnvironment& environment,
                                                             const CommandLineOverrides& overrides)
{
    StartupConfig config;
    if (auto error = loadGeneral(config, environment))
        return *error;
    if (auto error = loadTokens(config, environment)) // before the service: a remote bind needs the API token
        return *error;
    if (auto error = loadService(config, environment, overrides))
        return *error;
    if (auto error = loadProviders(config, environment))
        return *error;
    if (auto error = loadCloud(config, environment))
        return *error;
    if (auto error = loadRateLimit(config, environment))
        return *error;
    return config;
}

} // namespace sb
