#include "AdminSupport.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "config/EnvironmentProfiles.h"
#include "providers/ProviderRouter.h"
#include "secrets/KeyVault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {
namespace {

QJsonObject profileJson(const EnvironmentProfile& profile)
{
    return QJsonObject{
        {QStringLiteral("environment"), environmentName(profile.environment)},
        {QStringLiteral("provider"), providerName(profile.provider)},
        {QStringLiteral("rateLimit"),
         QJsonObject{{QStringLiteral("enabled"), profile.rateLimit.enabled},
                     {QStringLiteral("general"),
                      QJsonObject{{QStringLiteral("maxRequests"), profile.rateLimit.general.maxRequests},
                                  {QStringLiteral("windowMinutes"), profile.rateLimit.general.windowMinutes}}},
                     {QStringLiteral("extraction"),
                      QJsonObject{{QStringLiteral("maxRequests"), profile.rateLimit.extraction.maxRequests},
                                  {QStringLiteral("windowMinutes"), profile.rateLimit.extraction.windowMinutes}}}}},
        {QStringLiteral("logLevel"), logLevelName(profile.logLevel)},
        {QStringLiteral("rotationDays"), profile.rotationDays},
    };
}

QString profileText(const EnvironmentProfile& profile)
{
    return QStringLiteral("provider %1, rate limiting %2, log level %3, keys rotated every %4 days")
        .arg(providerName(profile.provider),
             profile.rateLimit.enabled ? QStringLiteral("%1 per %2 min (extraction %3 per %4 min)")
                                             .arg(profile.rateLimit.general.maxRequests)
                                             .arg(profile.rateLimit.general.windowMinutes)
                                             .arg(profile.rateLimit.extraction.maxRequests)
                                             .arg(profile.rateLimit.extraction.windowMinutes)
                                       : QStringLiteral("off"),
             logLevelName(profile.logLevel))
        .arg(profile.rotationDays);
}

// What environment variables set for this run instead of the profile.
QJsonObject overridesJson(const StartupConfig& config)
{
    QJsonObject overrides;
    if (config.fromVariables.environment)
        overrides.insert(QStringLiteral("environment"), QStringLiteral("SALESBUDDY_ENV or NODE_ENV"));
    if (config.fromVariables.provider)
        overrides.insert(QStringLiteral("provider"), QStringLiteral("AI_PROVIDER"));
    if (config.fromVariables.rateLimit)
        overrides.insert(QStringLiteral("rateLimit"), QStringLiteral("RATE_LIMIT_*"));
    if (config.fromVariables.logLevel)
        overrides.insert(QStringLiteral("logLevel"), QStringLiteral("LOG_LEVEL"));
    return overrides;
}

} // namespace

int runEnv(const QStringList& arguments)
{
    AdminCommand command(
        QStringLiteral("env"),
        QStringLiteral("The deployment environments and their profiles.\n\n"
                       "  env list          the three environments, the active one marked\n"
                       "  env show [<env>]  a profile, and what environment variables override\n"
                       "  env use <env>     make an environment active (the console and the next "
                       "'salesbuddy serve' start in it)\n"
                       "  env set <env> <setting>=<value> ...\n"
                       "                    change a profile: provider=openai|mistral|offline, "
                       "rate-limit=on|off, max-requests=N, window-minutes=N, extraction-max-requests=N, "
                       "extraction-window-minutes=N, log-level=debug|info|warn|error, rotation-days=N\n\n"
                       "<env> is development, staging or production."));
    command.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show, use or set"));
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QStringList words = command.positional();
    const auto config = command.config();
    if (!config)
        return UsageError;
    const QString action = words.value(1);
    std::optional<Environment> named;
    if (words.size() >= 3) {
        named = parseEnvironment(words.at(2));
        if (!named) {
            return command.fail(
                QStringLiteral("'%1' is not an environment; use development, staging or production").arg(words.at(2)),
                UsageError);
        }
    }
    Runtime runtime(*config);
    const Environment active = runtime.environment();

    if (action == QLatin1String("list") && words.size() == 2) {
        QJsonArray rows;
        QString text;
        for (Environment environment : allEnvironments()) {
            const EnvironmentProfile profile = runtime.profiles().profile(environment);
            QJsonObject row = profileJson(profile);
            row.insert(QStringLiteral("active"), environment == active);
            rows.append(row);
            text += QStringLiteral("%1 %2  %3\n")
                        .arg(environment == active ? QStringLiteral("*") : QStringLiteral(" "))
                        .arg(environmentName(environment), -11)
                        .arg(profileText(profile));
        }
        if (config->fromVariables.environment)
            text += QStringLiteral("SALESBUDDY_ENV or NODE_ENV makes %1 the active one for this shell.\n")
                        .arg(environmentName(active));
        command.json() ? command.printJson(rows) : print(stdout, text);
        return Success;
    }
    if (action == QLatin1String("show") && words.size() <= 3) {
        const Environment environment = named.value_or(active);
        const EnvironmentProfile profile = runtime.profiles().profile(environment);
        QJsonObject data = profileJson(profile);
        data.insert(QStringLiteral("active"), environment == active);
        const QJsonObject overrides = environment == active ? overridesJson(runtime.config()) : QJsonObject();
        data.insert(QStringLiteral("overriddenBy"), overrides);
        if (command.json()) {
            command.printJson(data);
        } else {
            QString text =
                QStringLiteral("%1%2: %3\n")
                    .arg(environmentName(environment), environment == active ? QStringLiteral(" (active)") : QString(),
                         profileText(profile));
            for (auto it = overrides.begin(); it != overrides.end(); ++it)
                text += QStringLiteral("  %1 overrides the profile's %2 for this run\n")
                            .arg(it.value().toString(), it.key());
            print(stdout, text);
        }
        return Success;
    }
    if (action == QLatin1String("use") && named && words.size() == 3) {
        const Environment previous = runtime.profiles().active();
        if (*named == previous && !config->fromVariables.environment) {
            print(stdout, QStringLiteral("%1 is already the active environment.\n").arg(environmentName(*named)));
            return Success;
        }
        waitFor(runtime.keys().load()); // so the profile's provider is judged with the keychain's keys
        if (const auto error = runtime.switchEnvironment(*named, actor()))
            return command.fail(*error);
        if (command.json()) {
            command.printJson(QJsonObject{{QStringLiteral("active"), environmentName(*named)},
                                          {QStringLiteral("previous"), environmentName(previous)}});
        } else {
            print(stdout, QStringLiteral("%1 is now the active environment (was %2): %3.\n")
                              .arg(environmentName(*named), environmentName(previous),
                                   profileText(runtime.profiles().profile(*named))));
        }
        return Success;
    }
    if (action == QLatin1String("set") && named && words.size() > 3) {
        EnvironmentProfile profile = runtime.profiles().profile(*named);
        const EnvironmentProfile before = profile;
        for (const QString& assignment : words.mid(3)) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            const QString setting = assignment.left(equals).trimmed().toLower();
            const QString value = assignment.mid(equals + 1).trimmed();
            bool ok = true;
            const auto number = [&ok, &value](int& target, int maximum) {
                const int parsed = value.toInt(&ok);
                ok = ok && parsed >= 1 && parsed <= maximum;
                if (ok)
                    target = parsed;
            };
            if (equals <= 0) {
                ok = false;
            } else if (setting == QLatin1String("provider")) {
                const auto provider = parseProviderName(value);
                ok = provider.has_value();
                if (ok)
                    profile.provider = *provider;
            } else if (setting == QLatin1String("rate-limit")) {
                const QString flag = value.toLower();
                ok = flag == QLatin1String("on") || flag == QLatin1String("off");
                profile.rateLimit.enabled = flag == QLatin1String("on");
            } else if (setting == QLatin1String("max-requests")) {
                number(profile.rateLimit.general.maxRequests, RateLimitPolicy::kMaxRequestsCeiling);
            } else if (setting == QLatin1String("window-minutes")) {
                number(profile.rateLimit.general.windowMinutes, RateLimitPolicy::kMaxWindowMinutes);
            } else if (setting == QLatin1String("extraction-max-requests")) {
                number(profile.rateLimit.extraction.maxRequests, RateLimitPolicy::kMaxRequestsCeiling);
            } else if (setting == QLatin1String("extraction-window-minutes")) {
                number(profile.rateLimit.extraction.windowMinutes, RateLimitPolicy::kMaxWindowMinutes);
            } else if (setting == QLatin1String("log-level")) {
                const auto level = parseLogLevel(value);
                ok = level.has_value();
                if (ok)
                    profile.logLevel = *level;
            } else if (setting == QLatin1String("rotation-days")) {
                number(profile.rotationDays, 365);
            } else {
                ok = false;
            }
            if (!ok) {
                return command.fail(QStringLiteral("'%1' is not a setting this command knows with a valid value; see "
                                                   "'salesbuddy env --help'; nothing was changed")
                                        .arg(assignment),
                                    UsageError);
            }
        }
        if (!runtime.profiles().setProfile(profile))
            return command.fail(QStringLiteral("cannot save %1").arg(runtime.profiles().path()));
        if (!(profile == before)) {
            runtime.audit().append(actor(), QStringLiteral("env.profile_changed"),
                                   QJsonObject{{QStringLiteral("environment"), environmentName(*named)},
                                               {QStringLiteral("before"), profileJson(before)},
                                               {QStringLiteral("after"), profileJson(profile)}});
        }
        if (command.json())
            command.printJson(profileJson(profile));
        else
            print(stdout, QStringLiteral("%1: %2\n").arg(environmentName(*named), profileText(profile)));
        return Success;
    }
    return command.fail(QStringLiteral("expected 'env list', 'env show [<env>]', 'env use <env>' or 'env set <env> "
                                       "<setting>=<value>'"),
                        UsageError);
}

} // namespace sb::cli
