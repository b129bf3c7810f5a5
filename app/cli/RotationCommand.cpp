#include "AdminSupport.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "secrets/KeyVault.h"
#include "rotation/RotationManager.h"
#include "rotation/SecurityChecklist.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sb::cli {
namespace {

QJsonObject rotationJson(const RotationState& state)
{
    QJsonArray done;
    for (const RotationState::Done& step : state.done) {
        done.append(QJsonObject{{QStringLiteral("step"), rotationStepName(step.step)},
                                {QStringLiteral("at"), step.at.toString(Qt::ISODate)},
                                {QStringLiteral("by"), step.by}});
    }
    return QJsonObject{{QStringLiteral("provider"), providerName(state.provider)},
                       {QStringLiteral("started"), state.started.toString(Qt::ISODate)},
                       {QStringLiteral("startedBy"), state.startedBy},
                       {QStringLiteral("next"), rotationStepName(state.next)},
                       {QStringLiteral("instructions"), rotationStepInstructions(state.next, state.provider)},
                       {QStringLiteral("done"), done}};
}

int status(AdminCommand& command, Runtime& runtime)
{
    QJsonArray keys;
    QString text = QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("ENVIRONMENT"), -12)
                       .arg(QStringLiteral("PROVIDER"), -9)
                       .arg(QStringLiteral("AGE"), -8)
                       .arg(QStringLiteral("DUE"), -11)
                       .arg(QStringLiteral("STATUS"));
    const QList<KeyDue> schedule = runtime.rotation().schedule();
    for (const KeyDue& due : schedule) {
        keys.append(QJsonObject{{QStringLiteral("provider"), providerName(due.record.provider)},
                                {QStringLiteral("environment"), environmentName(due.record.environment)},
                                {QStringLiteral("fingerprint"), due.record.fingerprint},
                                {QStringLiteral("ageDays"), due.ageDays},
                                {QStringLiteral("rotationDays"), due.rotationDays},
                                {QStringLiteral("due"), due.due.date().toString(Qt::ISODate)},
                                {QStringLiteral("status"), keyDueStatusName(due.status)}});
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(environmentName(due.record.environment), -12)
                    .arg(providerName(due.record.provider), -9)
                    .arg(QStringLiteral("%1 d").arg(due.ageDays), -8)
                    .arg(due.due.date().toString(Qt::ISODate), -11)
                    .arg(keyDueStatusName(due.status));
    }
    if (schedule.isEmpty())
        text = QStringLiteral("No keys in the keychain yet ('salesbuddy keys set').\n");
    QJsonArray rotations;
    for (ProviderId provider : {ProviderId::OpenAI, ProviderId::Mistral}) {
        if (const auto state = runtime.rotation().state(provider)) {
            rotations.append(rotationJson(*state));
            text += QStringLiteral("\nRotation of the %1 keys since %2 (%3 of %4 steps done). Next: %5\n  %6\n")
                        .arg(providerName(provider), state->started.toString(Qt::ISODate))
                        .arg(state->done.size())
                        .arg(rotationSteps().size())
                        .arg(rotationStepName(state->next), rotationStepInstructions(state->next, provider));
        }
    }
    if (command.json())
        command.printJson(QJsonObject{{QStringLiteral("keys"), keys}, {QStringLiteral("rotations"), rotations}});
    else
        print(stdout, text);
    return Success;
}

int advance(AdminCommand& command, Runtime& runtime, ProviderId provider)
{
    const auto state = runtime.rotation().state(provider);
    if (!state)
        return command.fail(QStringLiteral("no rotation of the %1 keys is under way; run 'salesbuddy rotation start %1'")
                                .arg(providerName(provider)));
    std::map<Environment, SecretValue> newKeys;
    if (state->next == RotationStep::AddPending) {
        QString error;
        const auto values = readSecrets({QStringLiteral("New %1 key for staging: ").arg(providerName(provider)),
                                         QStringLiteral("New %1 key for production: ").arg(providerName(provider))},
                                        error);
        if (!values)
            return command.fail(error, UsageError);
        newKeys.emplace(Environment::Staging, SecretValue(values->at(0)));
        newKeys.emplace(Environment::Production, SecretValue(values->at(1)));
    } else {
        // The switches and verifications need the keys in use.
        waitFor(runtime.keys().load());
    }
    const RotationStep step = state->next;
    if (const auto failure = waitFor(runtime.rotation().advance(provider, actor(), newKeys)))
        return command.fail(QStringLiteral("step '%1' not done: %2").arg(rotationStepName(step), *failure));
    const auto after = runtime.rotation().state(provider);
    if (command.json()) {
        command.printJson(QJsonObject{{QStringLiteral("done"), rotationStepName(step)},
                                      {QStringLiteral("rotation"), after ? QJsonValue(rotationJson(*after)) : QJsonValue()}});
    } else if (after) {
        print(stdout, QStringLiteral("Done: %1. Next: %2\n  %3\n")
                          .arg(rotationStepName(step), rotationStepName(after->next),
                               rotationStepInstructions(after->next, provider)));
    } else {
        print(stdout, QStringLiteral("Done: %1. The rotation of the %2 keys is complete.\n")
                          .arg(rotationStepName(step), providerName(provider)));
    }
    return Success;
}

int compromise(AdminCommand& command, Runtime& runtime, ProviderId provider, Environment environment, bool replace,
               bool yes)
{
    const auto record = runtime.keys().index().find(provider, environment);
    if (!record)
        return command.fail(QStringLiteral("there is no %1 key for %2").arg(providerName(provider), environmentName(environment)));
    if (!yes && !confirm(QStringLiteral("Mark the %1 key for %2 (%3, fingerprint %4) as compromised? It stops being "
                                        "used at once.")
                             .arg(providerName(provider), environmentName(environment), record->masked,
                                  record->fingerprint))) {
        return command.fail(stdinIsTerminal() ? QStringLiteral("nothing changed")
                                              : QStringLiteral("add --yes to act without a terminal to confirm on"),
                            stdinIsTerminal() ? Failure : UsageError);
    }
    std::optional<SecretValue> replacement;
    if (replace) {
        QString error;
        const auto value = readSecret(QStringLiteral("Replacement %1 key for %2: ").arg(providerName(provider),
                                                                                       environmentName(environment)),
                                      error);
        if (!value)
            return command.fail(error + QStringLiteral("; the key was not marked"), UsageError);
        replacement = SecretValue(*value);
    }
    waitFor(runtime.keys().load());
    if (const auto failure = waitFor(runtime.rotation().compromise(provider, environment, actor(), replacement)))
        return command.fail(*failure);
    if (command.json()) {
        command.printJson(QJsonObject{{QStringLiteral("compromised"), record->fingerprint},
                                      {QStringLiteral("provider"), providerName(provider)},
                                      {QStringLiteral("environment"), environmentName(environment)},
                                      {QStringLiteral("replaced"), replacement.has_value()}});
    } else {
        print(stdout, QStringLiteral("The %1 key for %2 (%3) is marked compromised and no longer used; running "
                                     "services switch to their fallback provider. %4\nRevoke it in the provider's "
                                     "dashboard now.\n")
                          .arg(providerName(provider), environmentName(environment), record->fingerprint,
                               replacement ? QStringLiteral("Its replacement (%1) is in use.").arg(replacement->masked())
                                           : QStringLiteral("Set a replacement with 'salesbuddy keys set %1 --env %2'.")
                                                 .arg(providerName(provider), environmentName(environment))));
    }
    return Success;
}

} // namespace

int runRotation(const QStringList& arguments)
{
    AdminCommand command(
        QStringLiteral("rotation"),
        QStringLiteral("Key rotation and the compromise procedure.\n\n"
                       "  rotation status                      every key's age and due date; rotations under way\n"
                       "  rotation start <provider>            begin rotating the staging and production keys\n"
                       "  rotation advance <provider>          do the next step (add, validate, switch-staging, "
                       "verify-staging, switch-production, verify-production, retire)\n"
                       "  rotation cancel <provider>           abandon a rotation before staging switched\n"
                       "  rotation compromise <provider> --env <env> [--replace] [--yes]\n"
                       "                                       stop using a key at once; --replace reads its "
                       "replacement\n\n"
                       "The 'add' step reads the new staging and production keys from standard input, one per line, "
                       "or asks for them."));
    const QCommandLineOption envOption(QStringLiteral("env"), QStringLiteral("compromise: the key's environment."),
                                       QStringLiteral("environment"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           QStringLiteral("compromise: read the replacement key and use it at once."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("compromise: do not ask."));
    command.parser().addOption(envOption);
    command.parser().addOption(replaceOption);
    command.parser().addOption(yesOption);
    command.parser().addPositionalArgument(QStringLiteral("action"),
                                           QStringLiteral("status, start, advance, cancel or compromise"));
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QStringList words = command.positional();
    const auto config = command.config();
    if (!config)
        return UsageError;
    const QString action = words.value(1);
    Runtime runtime(*config);
    if (action == QLatin1String("status") && words.size() == 2)
        return status(command, runtime);
    if (words.size() != 3)
        return command.fail(QStringLiteral("see 'salesbuddy rotation --help'"), UsageError);
    const auto provider = cloudProvider(command, words.at(2));
    if (!provider)
        return UsageError;
    if (action == QLatin1String("start")) {
        if (const auto failure = runtime.rotation().start(*provider, actor()))
            return command.fail(*failure);
        const auto state = runtime.rotation().state(*provider);
        command.json() ? command.printJson(rotationJson(*state))
                       : print(stdout, QStringLiteral("Rotation of the %1 keys started. Next: %2\n  %3\n")
                                           .arg(providerName(*provider), rotationStepName(state->next),
                                                rotationStepInstructions(state->next, *provider)));
        return Success;
    }
    if (action == QLatin1String("advance"))
        return advance(command, runtime, *provider);
    if (action == QLatin1String("cancel")) {
        if (const auto failure = waitFor(runtime.rotation().cancel(*provider, actor())))
            return command.fail(*failure);
        if (command.json())
            command.printJson(QJsonObject{{QStringLiteral("cancelled"), providerName(*provider)}});
        else
            print(stdout, QStringLiteral("Rotation of the %1 keys cancelled; the keys in use did not change.\n")
                              .arg(providerName(*provider)));
        return Success;
    }
    if (action == QLatin1String("compromise")) {
        if (!command.parser().isSet(envOption))
            return command.fail(QStringLiteral("say which key: --env development, staging or production"), UsageError);
        const auto environment = parseEnvironment(command.parser().value(envOption));
        if (!environment)
            return command.fail(QStringLiteral("--env must be development, staging or production"), UsageError);
        return compromise(command, runtime, *provider, *environment, command.parser().isSet(replaceOption),
                          command.parser().isSet(yesOption));
    }
    return command.fail(QStringLiteral("see 'salesbuddy rotation --help'"), UsageError);
}

int runChecklist(const QStringList& arguments)
{
    AdminCommand command(QStringLiteral("checklist"),
                         QStringLiteral("The security checklist of the old deployment guide.\n\n"
                                        "  checklist              every item: automatic ones checked now, manual ones "
                                        "as ticked\n"
                                        "  checklist tick <id>    tick a manual item (with your name and the date)\n"
                                        "  checklist untick <id>\n\n"
                                        "Exit code 0 when every item passes, 1 otherwise."));
    command.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("tick or untick, optional"));
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QStringList words = command.positional();
    const auto config = command.config();
    if (!config)
        return UsageError;
    Runtime runtime(*config);
    if (words.size() == 3 && (words.at(1) == QLatin1String("tick") || words.at(1) == QLatin1String("untick"))) {
        const bool done = words.at(1) == QLatin1String("tick");
        if (!runtime.checklist().tick(words.at(2), done, actor(), runtime.clock().now()))
            return command.fail(QStringLiteral("'%1' is not a manual checklist item; see 'salesbuddy checklist'")
                                    .arg(words.at(2)),
                                UsageError);
        runtime.audit().append(actor(), done ? QStringLiteral("checklist.ticked") : QStringLiteral("checklist.unticked"),
                               QJsonObject{{QStringLiteral("item"), words.at(2)}});
    } else if (words.size() != 1) {
        return command.fail(QStringLiteral("expected 'checklist', 'checklist tick <id>' or 'checklist untick <id>'"),
                            UsageError);
    }
    waitFor(runtime.keys().load()); // the file scan looks for the keys in use
    const QList<ChecklistItem> items = runtime.checklist().evaluate();
    const int score = SecurityChecklist::score(items);
    if (command.json()) {
        QJsonArray rows;
        for (const ChecklistItem& item : items) {
            rows.append(QJsonObject{{QStringLiteral("id"), item.id},
                                    {QStringLiteral("title"), item.title},
                                    {QStringLiteral("automatic"), item.automatic},
                                    {QStringLiteral("passed"), item.passed},
                                    {QStringLiteral("detail"), item.detail}});
        }
        command.printJson(QJsonObject{{QStringLiteral("score"), score},
                                      {QStringLiteral("of"), int(items.size())},
                                      {QStringLiteral("items"), rows}});
    } else {
        QString text = QStringLiteral("Security checklist: %1 of %2\n").arg(score).arg(items.size());
        for (const ChecklistItem& item : items) {
            text += QStringLiteral("  [%1] %2 %3\n        %4%5\n")
                        .arg(item.passed ? QStringLiteral("x") : QStringLiteral(" "))
                        .arg(item.id, -24)
                        .arg(item.title, item.detail,
                             item.automatic ? QStringLiteral(" (checked automatically)") : QString());
        }
        print(stdout, text);
    }
    return score == items.size() ? Success : Failure;
}

} // namespace sb::cli
