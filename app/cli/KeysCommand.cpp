#include "AdminSupport.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "config/DotEnv.h"
#include "config/EnvironmentProfiles.h"
#include "providers/ProviderRouter.h"
#include "secrets/EnvImport.h"
#include "secrets/KeyVault.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace sb::cli {
namespace {

const QList<ProviderId> kCloud{ProviderId::OpenAI, ProviderId::Mistral};

QString describe(const KeyRecord& record)
{
    return QStringLiteral("%1, fingerprint %2").arg(record.masked, record.fingerprint);
}

QJsonObject recordJson(const std::optional<KeyRecord>& record, ProviderId provider, Environment environment,
                       const KeyVault& vault, const QDateTime& now)
{
    QJsonObject object{{QStringLiteral("provider"), providerName(provider)},
                       {QStringLiteral("environment"), environmentName(environment)},
                       {QStringLiteral("inKeychain"), record.has_value()},
                       {QStringLiteral("overriddenBy"),
                        vault.overriddenByEnvironment(provider) ? QJsonValue(keyVariable(provider)) : QJsonValue()}};
    if (!record)
        return object;
    object.insert(QStringLiteral("masked"), record->masked);
    object.insert(QStringLiteral("fingerprint"), record->fingerprint);
    object.insert(QStringLiteral("state"), keyStateName(record->state));
    object.insert(QStringLiteral("created"), record->created.toString(Qt::ISODate));
    object.insert(QStringLiteral("lastRotated"), record->lastRotated.toString(Qt::ISODate));
    object.insert(QStringLiteral("ageDays"), record->lastRotated.daysTo(now));
    object.insert(QStringLiteral("lastValidated"), record->lastValidated.isValid()
                                                       ? QJsonValue(record->lastValidated.toString(Qt::ISODate))
                                                       : QJsonValue());
    object.insert(QStringLiteral("lastValidation"),
                  record->lastValidation.isEmpty() ? QJsonValue() : QJsonValue(record->lastValidation));
    return object;
}

// "openai" (or "demo"-style aliases) as a cloud provider, or nullopt after reporting the mistake.
std::optional<Environment> environmentOption(const AdminCommand& command, const QCommandLineOption& option,
                                             QCommandLineParser& parser, Environment fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const auto environment = parseEnvironment(parser.value(option));
    if (!environment) {
        command.fail(
            QStringLiteral("--env must be development, staging or production, not '%1'").arg(parser.value(option)),
            UsageError);
    }
    return environment;
}

int list(AdminCommand& command, Runtime& runtime)
{
    const QDateTime now = runtime.clock().now();
    const KeyVault& vault = runtime.keys();
    QJsonArray rows;
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("ENVIRONMENT"), -12)
                       .arg(QStringLiteral("PROVIDER"), -9)
                       .arg(QStringLiteral("KEY"), -10)
                       .arg(QStringLiteral("FINGERPRINT"), -12)
                       .arg(QStringLiteral("AGE"), -7)
                       .arg(QStringLiteral("STATE"), -12)
                       .arg(QStringLiteral("LAST CHECK"));
    for (Environment environment : allEnvironments()) {
        for (ProviderId provider : kCloud) {
            const auto record = vault.index().find(provider, environment);
            rows.append(recordJson(record, provider, environment, vault, now));
            if (!record) {
                text += QStringLiteral("%1 %2 %3\n")
                            .arg(environmentName(environment), -12)
                            .arg(providerName(provider), -9)
                            .arg(QStringLiteral("not set"));
                continue;
            }
            const QString check =
                record->lastValidated.isValid()
                    ? QStringLiteral("%1 on %2")
                          .arg(record->lastValidation, record->lastValidated.date().toString(Qt::ISODate))
                    : QStringLiteral("never");
            text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                        .arg(environmentName(environment), -12)
                        .arg(providerName(provider), -9)
                        .arg(record->masked, -10)
                        .arg(record->fingerprint, -12)
                        .arg(QStringLiteral("%1 d").arg(record->lastRotated.daysTo(now)), -7)
                        .arg(keyStateName(record->state), -12)
                        .arg(check);
        }
    }
    for (ProviderId provider : kCloud) {
        if (vault.overriddenByEnvironment(provider)) {
            text += QStringLiteral("%1 is set: it is the %2 key for every environment, whatever the keychain holds.\n")
                        .arg(keyVariable(provider), providerName(provider));
        }
    }
    if (command.json())
        command.printJson(rows);
    else
        print(stdout, text);
    return Success;
}

int set(AdminCommand& command, Runtime& runtime, ProviderId provider, Environment environment)
{
    QString error;
    const auto bytes =
        readSecret(QStringLiteral("%1 key for %2: ").arg(providerName(provider), environmentName(environment)), error);
    if (!bytes)
        return command.fail(error, UsageError);
    const SecretValue value(*bytes);
    if (const auto failure = waitFor(runtime.keys().setKey(provider, environment, value, actor())))
        return command.fail(*failure);
    const auto record = runtime.keys().index().find(provider, environment);
    if (command.json()) {
        command.printJson(recordJson(record, provider, environment, runtime.keys(), runtime.clock().now()));
    } else {
        print(stdout, QStringLiteral("Stored the %1 key for %2 (%3) in the %4.\n")
                          .arg(providerName(provider), environmentName(environment), describe(*record),
                               runtime.keys().storeName()));
    }
    return Success;
}

int remove(AdminCommand& command, Runtime& runtime, ProviderId provider, Environment environment, bool yes)
{
    const auto record = runtime.keys().index().find(provider, environment);
    if (!record) {
        return command.fail(
            QStringLiteral("there is no %1 key for %2").arg(providerName(provider), environmentName(environment)));
    }
    if (!yes && !confirm(QStringLiteral("Delete the %1 key for %2 (%3)?")
                             .arg(providerName(provider), environmentName(environment), describe(*record)))) {
        return command.fail(stdinIsTerminal() ? QStringLiteral("nothing deleted")
                                              : QStringLiteral("add --yes to delete without a terminal to confirm on"),
                            stdinIsTerminal() ? Failure : UsageError);
    }
    if (const auto failure = waitFor(runtime.keys().deleteKey(provider, environment, actor())))
        return command.fail(*failure);
    if (command.json()) {
        command.printJson(QJsonObject{{QStringLiteral("deleted"), true},
                                      {QStringLiteral("provider"), providerName(provider)},
                                      {QStringLiteral("environment"), environmentName(environment)},
                                      {QStringLiteral("fingerprint"), record->fingerprint}});
    } else {
        print(stdout, QStringLiteral("Deleted the %1 key for %2 (%3).\n")
                          .arg(providerName(provider), environmentName(environment), describe(*record)));
    }
    return Success;
}

int validate(AdminCommand& command, Runtime& runtime, const QList<ProviderId>& providers, Environment environment)
{
    const QStringList problems = waitFor(runtime.keys().load());
    QJsonArray results;
    QString text;
    bool allValid = true;
    bool any = false;
    for (ProviderId provider : providers) {
        if (!runtime.keys().hasKey(provider, environment))
            continue;
        any = true;
        const KeyCheck check = waitFor(runtime.providers().provider(provider)->checkKey(environment));
        const QString result = keyCheckResultName(check.result);
        if (runtime.keys().index().find(provider, environment) && !runtime.keys().overriddenByEnvironment(provider))
            runtime.keys().recordValidation(provider, environment, result, actor());
        allValid = allValid && check.result == KeyCheck::Result::Valid;
        const QString source =
            runtime.keys().overriddenByEnvironment(provider) ? keyVariable(provider) : QStringLiteral("keychain");
        results.append(QJsonObject{{QStringLiteral("provider"), providerName(provider)},
                                   {QStringLiteral("environment"), environmentName(environment)},
                                   {QStringLiteral("source"), source},
                                   {QStringLiteral("result"), result},
                                   {QStringLiteral("latencyMs"), check.latencyMs},
                                   {QStringLiteral("message"), check.message}});
        text += QStringLiteral("%1 (%2, from %3): %4 in %5 ms - %6\n")
                    .arg(providerName(provider), environmentName(environment), source, result)
                    .arg(check.latencyMs)
                    .arg(check.message);
    }
    if (!any) {
        for (const QString& problem : problems)
            print(stderr, QStringLiteral("salesbuddy keys validate: %1\n").arg(problem));
        return command.fail(QStringLiteral("no key to validate in %1").arg(environmentName(environment)));
    }
    if (command.json())
        command.printJson(results);
    else
        print(stdout, text);
    return allValid ? Success : Failure;
}

int importEnv(AdminCommand& command, Runtime& runtime, const QString& path, std::optional<Environment> target, bool yes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return command.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const auto parsed = parseDotEnv(file.readAll());
    if (const auto* error = std::get_if<DotEnvError>(&parsed))
        return command.fail(QStringLiteral("%1: %2; nothing was imported").arg(path, error->message));
    const auto planned = planImport(std::get<QList<DotEnvEntry>>(parsed), target, runtime.environment(),
                                    runtime.keys().index(), runtime.profiles());
    if (const auto* error = std::get_if<QString>(&planned))
        return command.fail(QStringLiteral("%1: %2; nothing was imported").arg(path, *error));
    const ImportPlan& plan = std::get<ImportPlan>(planned);
    const QStringList changes = plan.describe();

    QJsonArray described;
    for (const QString& change : changes)
        described.append(change);
    if (!plan.changesAnything()) {
        if (command.json())
            command.printJson(QJsonObject{{QStringLiteral("applied"), false}, {QStringLiteral("changes"), described}});
        else
            print(stdout, QStringLiteral("%1 changes nothing.\n").arg(path) +
                              (changes.isEmpty()
                                   ? QString()
                                   : QStringLiteral("  ") + changes.join(QStringLiteral("\n  ")) + QLatin1Char('\n')));
        return Success;
    }
    if (!command.json())
        print(stdout, QStringLiteral("Importing %1 will:\n  %2\n").arg(path, changes.join(QStringLiteral("\n  "))));
    if (!yes && !confirm(QStringLiteral("Apply these changes?"))) {
        if (command.json())
            command.printJson(QJsonObject{{QStringLiteral("applied"), false}, {QStringLiteral("changes"), described}});
        else
            print(stdout, stdinIsTerminal() ? QStringLiteral("Nothing changed.\n")
                                            : QStringLiteral("Nothing changed: add --yes to apply without a terminal "
                                                             "to confirm on.\n"));
        return Success;
    }
    if (const auto failure = waitFor(applyImport(plan, runtime.keys(), runtime.profiles(), &runtime.audit(), actor(),
                                                 QFileInfo(path).fileName())))
        return command.fail(*failure);
    if (command.json())
        command.printJson(QJsonObject{{QStringLiteral("applied"), true}, {QStringLiteral("changes"), described}});
    else
        print(stdout, QStringLiteral("Done.\n"));
    return Success;
}

int exportEnv(AdminCommand& command, Runtime& runtime, Environment environment, bool withValues, const QString& output)
{
    if (withValues) {
        const QStringList problems = waitFor(runtime.keys().load());
        for (const QString& problem : problems)
            print(stderr, QStringLiteral("salesbuddy keys: %1\n").arg(problem));
    }
    std::function<std::optional<SecretValue>(ProviderId)> values;
    if (withValues) {
        values = [&runtime, environment](ProviderId provider) {
            return runtime.keys().storedKey(provider, environment);
        };
    }
    const QByteArray text =
        exportDotEnv(environment, runtime.profiles().profile(environment), runtime.keys().index(), values);
    bool anyValue = false;
    for (ProviderId provider : kCloud)
        anyValue = anyValue || (withValues && runtime.keys().storedKey(provider, environment));
    const auto record = [&] {
        if (anyValue) {
            runtime.audit().append(
                actor(), QStringLiteral("env.exported"),
                QJsonObject{{QStringLiteral("environment"), environmentName(environment)},
                            {QStringLiteral("withValues"), true},
                            {QStringLiteral("to"), output.isEmpty() ? QStringLiteral("stdout") : output}});
        }
    };
    if (output.isEmpty() || output == QLatin1String("-")) {
        print(stdout, QString::fromUtf8(text));
        record();
        return Success;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return command.fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text);
    if (!file.commit())
        return command.fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    record();
    print(stderr, QStringLiteral("Wrote %1%2.\n")
                      .arg(output, withValues ? QStringLiteral(" with the keys in it: keep it "
                                                               "private, delete it when done")
                                              : QString()));
    return Success;
}

} // namespace

int runKeys(const QStringList& arguments)
{
    AdminCommand command(
        QStringLiteral("keys"),
        QStringLiteral("Manage provider keys in the system keychain.\n\n"
                       "  keys list                       every environment's keys: masked, fingerprint, age, state\n"
                       "  keys set <provider>             store a key, read from standard input or typed hidden\n"
                       "  keys delete <provider> [--yes]  remove a key from the keychain\n"
                       "  keys validate [<provider>]      ask the provider whether the key works\n"
                       "  keys import-env <file> [--yes]  read keys and settings from a .env file, showing the "
                       "changes first\n"
                       "  keys export-env [-o <file>]     write a .env; keys masked unless --with-values\n\n"
                       "<provider> is openai or mistral. Keys are never taken as arguments: they would stay in the "
                       "shell history and in the process list."));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       QStringLiteral("Environment: development, staging or production (default: the "
                                                      "active one, SALESBUDDY_ENV or NODE_ENV)."),
                                       QStringLiteral("environment"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("Delete or import without asking."));
    const QCommandLineOption valuesOption(QStringLiteral("with-values"),
                                          QStringLiteral("export-env: write the keys themselves, not masked."));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("export-env: the file to write (default: standard output)."),
                                          QStringLiteral("file"));
    command.parser().addOption(envOption);
    command.parser().addOption(yesOption);
    command.parser().addOption(valuesOption);
    command.parser().addOption(outputOption);
    command.parser().addPositionalArgument(QStringLiteral("action"),
                                           QStringLiteral("list, set, delete, validate, import-env or export-env"));
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QStringList words = command.positional(); // "keys", action, ...
    const QString action = words.value(1);
    const auto config = command.config();
    if (!config)
        return UsageError;
    Runtime runtime(*config);
    // Without --env: the active environment.
    const auto environment = environmentOption(command, envOption, command.parser(), runtime.environment());
    if (!environment)
        return UsageError;

    if (action == QLatin1String("list") && words.size() == 2)
        return list(command, runtime);
    if (action == QLatin1String("import-env") && words.size() == 3) {
        const std::optional<Environment> target =
            command.parser().isSet(envOption) ? environment : std::optional<Environment>();
        return importEnv(command, runtime, words.at(2), target, command.parser().isSet(yesOption));
    }
    if (action == QLatin1String("export-env") && words.size() == 2) {
        return exportEnv(command, runtime, command.parser().isSet(envOption) ? *environment : runtime.environment(),
                         command.parser().isSet(valuesOption), command.parser().value(outputOption));
    }
    if ((action == QLatin1String("set") || action == QLatin1String("delete")) && words.size() == 3) {
        const auto provider = cloudProvider(command, words.at(2));
        if (!provider)
            return UsageError;
        return action == QLatin1String("set")
                   ? set(command, runtime, *provider, *environment)
                   : remove(command, runtime, *provider, *environment, command.parser().isSet(yesOption));
    }
    if (action == QLatin1String("validate") && words.size() <= 3) {
        QList<ProviderId> providers = kCloud;
        if (words.size() == 3) {
            const auto provider = cloudProvider(command, words.at(2));
            if (!provider)
                return UsageError;
            providers = {*provider};
        }
        return validate(command, runtime, providers, *environment);
    }
    return command.fail(QStringLiteral("expected 'keys list', 'keys set <provider>', 'keys delete <provider>', "
                                       "'keys validate [<provider>]', 'keys import-env <file>' or 'keys export-env'; "
                                       "see 'salesbuddy keys --help'"),
                        UsageError);
}

} // namespace sb::cli
