#include "secrets/EnvImport.h"

#include "audit/AuditLog.h"
#include "secrets/KeyVault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <map>

namespace sb {
namespace {

struct Target
{
    QString base;                       // the name without its environment suffix
    std::optional<Environment> suffix;  // the environment the suffix names
};

Target splitSuffix(const QString& name)
{
    static const std::vector<std::pair<QString, Environment>> suffixes{
        {QStringLiteral("_STAGING"), Environment::Staging},
        {QStringLiteral("_PRODUCTION"), Environment::Production},
        {QStringLiteral("_PROD"), Environment::Production},
        {QStringLiteral("_DEVELOPMENT"), Environment::Development},
        {QStringLiteral("_DEV"), Environment::Development},
    };
    for (const auto& [suffix, environment] : suffixes) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return {name.chopped(suffix.size()), environment};
    }
    return {name, std::nullopt};
}

std::optional<bool> parseFlag(const QByteArray& text)
{
    const QByteArray value = text.trimmed().toLower();
    if (value == "true" || value == "1" || value == "yes" || value == "on")
        return true;
    if (value == "false" || value == "0" || value == "no" || value == "off")
        return false;
    return std::nullopt;
}

std::optional<int> parseCount(const QByteArray& text, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::nullopt;
    return value;
}

QString describeProfileChange(const EnvironmentProfile& before, const EnvironmentProfile& after)
{
    QStringList parts;
    if (before.provider != after.provider)
        parts.append(QStringLiteral("provider %1 → %2").arg(providerName(before.provider), providerName(after.provider)));
    if (before.rateLimit.enabled != after.rateLimit.enabled) {
        parts.append(QStringLiteral("rate limiting %1").arg(after.rateLimit.enabled ? QStringLiteral("on")
                                                                                     : QStringLiteral("off")));
    }
    if (!(before.rateLimit.general == after.rateLimit.general)) {
        parts.append(QStringLiteral("limit %1 per %2 min → %3 per %4 min")
                         .arg(before.rateLimit.general.maxRequests)
                         .arg(before.rateLimit.general.windowMinutes)
                         .arg(after.rateLimit.general.maxRequests)
                         .arg(after.rateLimit.general.windowMinutes));
    }
    if (before.logLevel != after.logLevel)
        parts.append(QStringLiteral("log level %1 → %2").arg(logLevelName(before.logLevel), logLevelName(after.logLevel)));
    return QStringLiteral("%1 profile: %2").arg(environmentName(after.environment), parts.join(QStringLiteral(", ")));
}

} // namespace

bool ImportPlan::changesAnything() const
{
    return !profiles.isEmpty() || std::any_of(keys.begin(), keys.end(), [](const KeyChange& key) { return !key.unchanged; });
}

QStringList ImportPlan::describe() const
{
    QStringList lines;
    for (const KeyChange& key : keys) {
        const QString which = QStringLiteral("the %1 key for %2").arg(providerName(key.provider), environmentName(key.environment));
        if (key.unchanged)
            lines.append(QStringLiteral("keep %1: the keychain already holds it (%2)").arg(which, key.value.masked()));
        else if (key.current)
            lines.append(QStringLiteral("replace %1: %2 → %3").arg(which, key.current->masked, key.value.masked()));
        else
            lines.append(QStringLiteral("add %1 (%2)").arg(which, key.value.masked()));
    }
    for (qsizetype i = 0; i < profiles.size(); ++i)
        lines.append(describeProfileChange(before.at(i), profiles.at(i)));
    for (const QString& note : ignored)
        lines.append(QStringLiteral("ignore %1").arg(note));
    return lines;
}

std::variant<ImportPlan, QString> planImport(const QList<DotEnvEntry>& entries, std::optional<Environment> target,
                                             Environment active, const KeyIndex& index, const ProfileStore& profiles)
{
    // Where unsuffixed names go: --env, else the file's own NODE_ENV, else the active environment.
    Environment unsuffixed = active;
    if (target) {
        unsuffixed = *target;
    } else {
        for (const DotEnvEntry& entry : entries) {
            if (entry.name == QLatin1String("NODE_ENV") || entry.name == QLatin1String("SALESBUDDY_ENV")) {
                const auto named = parseEnvironment(QString::fromUtf8(entry.value));
                if (!named) {
                    return QStringLiteral("line %1: %2 must be development, staging or production")
                        .arg(entry.line)
                        .arg(entry.name);
                }
                unsuffixed = *named;
            }
        }
    }

    ImportPlan plan;
    std::map<Environment, EnvironmentProfile> edited;
    const auto profileFor = [&](Environment environment) -> EnvironmentProfile& {
        auto it = edited.find(environment);
        if (it == edited.end())
            it = edited.emplace(environment, profiles.profile(environment)).first;
        return it->second;
    };
    for (const DotEnvEntry& entry : entries) {
        const Target name = splitSuffix(entry.name);
        const Environment environment = name.suffix.value_or(unsuffixed);
        const auto invalid = [&](const QString& accepted) {
            return QStringLiteral("line %1: %2 must be %3").arg(entry.line).arg(entry.name, accepted);
        };
        if (name.base == QLatin1String("OPENAI_API_KEY") || name.base == QLatin1String("MISTRAL_API_KEY")) {
            const ProviderId provider =
                name.base.startsWith(QLatin1String("OPENAI")) ? ProviderId::OpenAI : ProviderId::Mistral;
            if (entry.value.trimmed().isEmpty()) {
                plan.ignored.append(QStringLiteral("%1 (line %2): empty").arg(entry.name).arg(entry.line));
                continue;
            }
            if (entry.value.contains(' ') || entry.value.contains('\n'))
                return invalid(QStringLiteral("a key: one word without spaces"));
            ImportPlan::KeyChange change{provider, environment, SecretValue(entry.value.trimmed()),
                                         index.find(provider, environment), false, entry.line};
            change.unchanged = change.current && change.current->fingerprint == change.value.fingerprint();
            // A later line for the same key wins, as it would in the shell.
            plan.keys.removeIf([&](const ImportPlan::KeyChange& other) {
                return other.provider == provider && other.environment == environment;
            });
            plan.keys.append(change);
        } else if (name.base == QLatin1String("AI_PROVIDER")) {
            const auto provider = parseProviderName(QString::fromUtf8(entry.value));
            if (!provider)
                return invalid(QStringLiteral("openai, mistral or offline (or demo)"));
            profileFor(environment).provider = *provider;
        } else if (name.base == QLatin1String("RATE_LIMIT_ENABLED")) {
            const auto flag = parseFlag(entry.value);
            if (!flag)
                return invalid(QStringLiteral("true or false"));
            profileFor(environment).rateLimit.enabled = *flag;
        } else if (name.base == QLatin1String("RATE_LIMIT_MAX_REQUESTS")) {
            const auto count = parseCount(entry.value, RateLimitPolicy::kMaxRequestsCeiling);
            if (!count)
                return invalid(QStringLiteral("a whole number from 1 to %1").arg(RateLimitPolicy::kMaxRequestsCeiling));
            profileFor(environment).rateLimit.general.maxRequests = *count;
        } else if (name.base == QLatin1String("RATE_LIMIT_WINDOW_MINUTES")) {
            const auto count = parseCount(entry.value, RateLimitPolicy::kMaxWindowMinutes);
            if (!count)
                return invalid(QStringLiteral("a whole number from 1 to %1").arg(RateLimitPolicy::kMaxWindowMinutes));
            profileFor(environment).rateLimit.general.windowMinutes = *count;
        } else if (name.base == QLatin1String("LOG_LEVEL")) {
            const auto level = parseLogLevel(QString::fromUtf8(entry.value));
            if (!level)
                return invalid(QStringLiteral("debug, info, warn or error"));
            profileFor(environment).logLevel = *level;
        } else if (entry.name == QLatin1String("NODE_ENV") || entry.name == QLatin1String("SALESBUDDY_ENV")) {
            continue; // chose where unsuffixed names go
        } else {
            plan.ignored.append(QStringLiteral("%1 (line %2): not a setting kept per environment; it stays an "
                                               "environment variable")
                                    .arg(entry.name)
                                    .arg(entry.line));
        }
    }
    for (const auto& [environment, profile] : edited) {
        const EnvironmentProfile current = profiles.profile(environment);
        if (!(profile == current)) {
            plan.before.append(current);
            plan.profiles.append(profile);
        }
    }
    return plan;
}

QFuture<std::optional<QString>> applyImport(const ImportPlan& plan, KeyVault& keys, ProfileStore& profiles,
                                            AuditLog* audit, const QString& actor, const QString& source)
{
    QList<QFuture<KeyResult>> writes;
    int keyCount = 0;
    for (const ImportPlan::KeyChange& change : plan.keys) {
        if (change.unchanged)
            continue;
        writes.append(keys.setKey(change.provider, change.environment, change.value, actor));
        ++keyCount;
    }
    const auto finish = [plan, &profiles, audit, actor, source, keyCount](const QStringList& failures)
        -> std::optional<QString> {
        if (!failures.isEmpty())
            return failures.join(QStringLiteral("; ")) + QStringLiteral(". No profile was changed.");
        for (const EnvironmentProfile& profile : plan.profiles) {
            if (!profiles.setProfile(profile))
                return QStringLiteral("the keys were stored, but %1 could not be written").arg(profiles.path());
        }
        if (audit) {
            QJsonArray changed;
            for (const EnvironmentProfile& profile : plan.profiles)
                changed.append(environmentName(profile.environment));
            audit->append(actor, QStringLiteral("env.imported"),
                          QJsonObject{{QStringLiteral("source"), source},
                                      {QStringLiteral("keys"), keyCount},
                                      {QStringLiteral("profiles"), changed}});
        }
        return std::nullopt;
    };
    if (writes.isEmpty())
        return QtFuture::makeReadyFuture(finish({}));
    return QtFuture::whenAll(writes.begin(), writes.end()).then(&keys, [finish](const QList<QFuture<KeyResult>>& done) {
        QStringList failures;
        for (const QFuture<KeyResult>& write : done) {
            if (write.result())
                failures.append(*write.result());
        }
        return finish(failures);
    });
}

QByteArray exportDotEnv(Environment environment, const EnvironmentProfile& profile, const KeyIndex& index,
                        const std::function<std::optional<SecretValue>(ProviderId)>& values)
{
    QByteArray out = "# Sales Buddy settings for " + environmentName(environment).toUtf8() + ", exported " +
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + "\n";
    out += dotEnvLine(QStringLiteral("NODE_ENV"), environmentName(environment).toUtf8()) + '\n';
    out += dotEnvLine(QStringLiteral("AI_PROVIDER"), providerName(profile.provider).toUtf8()) + '\n';
    out += dotEnvLine(QStringLiteral("RATE_LIMIT_ENABLED"), profile.rateLimit.enabled ? "true" : "false") + '\n';
    out += dotEnvLine(QStringLiteral("RATE_LIMIT_MAX_REQUESTS"), QByteArray::number(profile.rateLimit.general.maxRequests)) + '\n';
    out += dotEnvLine(QStringLiteral("RATE_LIMIT_WINDOW_MINUTES"),
                      QByteArray::number(profile.rateLimit.general.windowMinutes)) + '\n';
    out += dotEnvLine(QStringLiteral("LOG_LEVEL"), logLevelName(profile.logLevel).toUtf8()) + '\n';
    for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
        const QString name = keyVariable(provider);
        const auto record = index.find(provider, environment);
        if (!record) {
            out += "# " + name.toUtf8() + " is not set for this environment\n";
            continue;
        }
        if (values) {
            if (const auto value = values(provider)) {
                out += dotEnvLine(name, value->reveal().toByteArray()) + '\n';
                continue;
            }
        }
        out += "# " + name.toUtf8() + "=" + record->masked.toUtf8() + "  (masked; fingerprint " +
               record->fingerprint.toUtf8() + ")\n";
    }
    return out;
}

} // namespace sb
