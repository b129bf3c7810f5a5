#include "rotation/RotationManager.h"

#include "audit/AuditLog.h"
#include "config/EnvironmentProfiles.h"
#include "logging/LogCategories.h"
#include "providers/ProviderRouter.h"
#include "secrets/Redactor.h"
#include "util/Clock.h"
#include "util/PrivateFile.h"

#include <QJsonObject>
#include <QSettings>

namespace sb {
namespace {

const QList<Environment> kRotated{Environment::Staging, Environment::Production};

QString dashboard(ProviderId provider)
{
    return provider == ProviderId::Mistral ? QStringLiteral("the Mistral console (console.mistral.ai, API keys)")
                                           : QStringLiteral("the OpenAI dashboard (platform.openai.com, API keys)");
}

std::optional<RotationStep> parseStep(const QString& name)
{
    for (RotationStep step : rotationSteps()) {
        if (rotationStepName(step) == name)
            return step;
    }
    if (name == rotationStepName(RotationStep::Done))
        return RotationStep::Done;
    return std::nullopt;
}

} // namespace

const QList<RotationStep>& rotationSteps()
{
    static const QList<RotationStep> steps{RotationStep::AddPending,       RotationStep::Validate,
                                           RotationStep::SwitchStaging,    RotationStep::VerifyStaging,
                                           RotationStep::SwitchProduction, RotationStep::VerifyProduction,
                                           RotationStep::Retire};
    return steps;
}

QString rotationStepName(RotationStep step)
{
    switch (step) {
    case RotationStep::AddPending:
        return QStringLiteral("add");
    case RotationStep::Validate:
        return QStringLiteral("validate");
    case RotationStep::SwitchStaging:
        return QStringLiteral("switch-staging");
    case RotationStep::VerifyStaging:
        return QStringLiteral("verify-staging");
    case RotationStep::SwitchProduction:
        return QStringLiteral("switch-production");
    case RotationStep::VerifyProduction:
        return QStringLiteral("verify-production");
    case RotationStep::Retire:
        return QStringLiteral("retire");
    case RotationStep::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString rotationStepInstructions(RotationStep step, ProviderId provider)
{
    switch (step) {
    case RotationStep::AddPending:
        return QStringLiteral("Create two new keys in %1, one for staging and one for production (never the same key "
                              "for both), and give them here. They are stored as pending: the old keys keep working.")
            .arg(dashboard(provider));
    case RotationStep::Validate:
        return QStringLiteral("The program asks %1 whether each new key works. Both must be accepted to go on.")
            .arg(providerName(provider));
    case RotationStep::SwitchStaging:
        return QStringLiteral("Staging starts using its new key here. If a staging deployment reads %1 from a CI secret "
                              "or its environment, update it now.")
            .arg(keyVariable(provider));
    case RotationStep::VerifyStaging:
        return QStringLiteral("The program checks staging's new key with %1 again. Check your staging deployment "
                              "still extracts.")
            .arg(providerName(provider));
    case RotationStep::SwitchProduction:
        return QStringLiteral("Production starts using its new key here. Update the production deployment's %1 "
                              "secret now.")
            .arg(keyVariable(provider));
    case RotationStep::VerifyProduction:
        return QStringLiteral("The program checks production's new key with %1. Check production still extracts.")
            .arg(providerName(provider));
    case RotationStep::Retire:
        return QStringLiteral("Revoke the old keys in %1. The program deletes them from the keychain and the "
                              "rotation is done.")
            .arg(dashboard(provider));
    case RotationStep::Done:
        return QStringLiteral("The rotation is complete.");
    }
    return {};
}

QString keyDueStatusName(KeyDue::Status status)
{
    switch (status) {
    case KeyDue::Status::Ok:
        return QStringLiteral("ok");
    case KeyDue::Status::DueSoon:
        return QStringLiteral("due-soon");
    case KeyDue::Status::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

RotationManager::RotationManager(QString statePath, KeyVault& keys, ProfileStore& profiles, ProviderRouter& providers,
                                 AuditLog* audit, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_statePath(std::move(statePath))
    , m_keys(keys)
    , m_profiles(profiles)
    , m_providers(providers)
    , m_audit(audit)
    , m_clock(clock)
{}

std::optional<RotationState> RotationManager::state(ProviderId provider) const
{
    QSettings settings(m_statePath, QSettings::IniFormat);
    settings.beginGroup(providerName(provider));
    const auto next = parseStep(settings.value(QStringLiteral("next")).toString());
    if (!next)
        return std::nullopt;
    RotationState state;
    state.provider = provider;
    state.next = *next;
    state.started = QDateTime::fromString(settings.value(QStringLiteral("started")).toString(), Qt::ISODate);
    state.startedBy = settings.value(QStringLiteral("startedBy")).toString();
    for (RotationStep step : rotationSteps()) {
        const QString at = settings.value(rotationStepName(step) + QStringLiteral(".at")).toString();
        if (at.isEmpty())
            continue;
        state.done.append({step, QDateTime::fromString(at, Qt::ISODate),
                           settings.value(rotationStepName(step) + QStringLiteral(".by")).toString()});
    }
    return state;
}

void RotationManager::save(const RotationState& state)
{
    ensurePrivateFile(m_statePath);
    QSettings settings(m_statePath, QSettings::IniFormat);
    settings.remove(providerName(state.provider));
    if (state.next != RotationStep::Done) {
        settings.beginGroup(providerName(state.provider));
        settings.setValue(QStringLiteral("next"), rotationStepName(state.next));
        settings.setValue(QStringLiteral("started"), state.started.toUTC().toString(Qt::ISODate));
        settings.setValue(QStringLiteral("startedBy"), state.startedBy);
        for (const RotationState::Done& done : state.done) {
            settings.setValue(rotationStepName(done.step) + QStringLiteral(".at"), done.at.toUTC().toString(Qt::ISODate));
            settings.setValue(rotationStepName(done.step) + QStringLiteral(".by"), done.by);
        }
        settings.endGroup();
    }
    settings.sync();
    emit changed(state.provider);
}

KeyResult RotationManager::start(ProviderId provider, const QString& actor)
{
    if (!isCloudProvider(provider))
        return QStringLiteral("the offline provider has no keys to rotate");
    if (const auto current = state(provider)) {
        return QStringLiteral("a rotation of the %1 keys is under way since %2; its next step is '%3'")
            .arg(providerName(provider), current->started.toString(Qt::ISODate), rotationStepName(current->next));
    }
    RotationState fresh;
    fresh.provider = provider;
    fresh.started = m_clock.now().toUTC();
    fresh.startedBy = actor;
    save(fresh);
    if (m_audit)
        m_audit->append(actor, QStringLiteral("rotation.started"), QJsonObject{{QStringLiteral("provider"), providerName(provider)}});
    return std::nullopt;
}

void RotationManager::finishStep(RotationState state, const QString& actor)
{
    const RotationStep step = state.next;
    state.done.append({step, m_clock.now().toUTC(), actor});
    const qsizetype index = rotationSteps().indexOf(step);
    state.next = index + 1 < rotationSteps().size() ? rotationSteps().at(index + 1) : RotationStep::Done;
    if (m_audit) {
        m_audit->append(actor, state.next == RotationStep::Done ? QStringLiteral("rotation.completed")
                                                                : QStringLiteral("rotation.step"),
                        QJsonObject{{QStringLiteral("provider"), providerName(state.provider)},
                                    {QStringLiteral("step"), rotationStepName(step)}});
    }
    save(state);
}

QFuture<KeyResult> RotationManager::validate(ProviderId provider, Environment environment, KeySlot slot)
{
    const auto target = m_providers.provider(provider);
    if (!target)
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("%1 is not available").arg(providerName(provider))));
    return m_keys.read(provider, environment, slot)
        .then(this, [target, provider, environment](const SecretReadResult& read) -> QFuture<KeyResult> {
            if (const auto* error = std::get_if<SecretStoreError>(&read))
                return QtFuture::makeReadyFuture(KeyResult(error->message));
            logRedactor().registerSecret(std::get<SecretValue>(read));
            return target->checkGivenKey(std::get<SecretValue>(read))
                .then([provider, environment](const KeyCheck& check) -> KeyResult {
                    if (check.result == KeyCheck::Result::Valid)
                        return std::nullopt;
                    return QStringLiteral("the %1 key for %2 was not accepted: %3")
                        .arg(providerName(provider), environmentName(environment), check.message);
                });
        })
        .unwrap();
}

QFuture<KeyResult> RotationManager::advance(ProviderId provider, const QString& actor,
                                            const std::map<Environment, SecretValue>& newKeys)
{
    const auto current = state(provider);
    if (!current) {
        return QtFuture::makeReadyFuture(KeyResult(
            QStringLiteral("no rotation of the %1 keys is under way; start one first").arg(providerName(provider))));
    }
    const RotationState rotation = *current;
    const auto done = [this, rotation, actor](const KeyResult& failure) {
        if (!failure)
            finishStep(rotation, actor);
        return failure;
    };
    switch (rotation.next) {
    case RotationStep::AddPending: {
        const auto staging = newKeys.find(Environment::Staging);
        const auto production = newKeys.find(Environment::Production);
        if (staging == newKeys.end() || production == newKeys.end() || staging->second.isEmpty() ||
            production->second.isEmpty())
            return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("give a new staging key and a new production key")));
        if (staging->second.equals(production->second.reveal()))
            return QtFuture::makeReadyFuture(
                KeyResult(QStringLiteral("staging and production need different keys; create two in the dashboard")));
        for (const auto& [environment, value] : newKeys) {
            const auto old = m_keys.index().find(provider, environment);
            if (old && old->fingerprint == value.fingerprint()) {
                return QtFuture::makeReadyFuture(KeyResult(
                    QStringLiteral("the new %1 key is the one in use now; create a new one").arg(environmentName(environment))));
            }
        }
        QList<QFuture<KeyResult>> writes{m_keys.storePending(provider, Environment::Staging, staging->second, actor),
                                         m_keys.storePending(provider, Environment::Production, production->second, actor)};
        return QtFuture::whenAll(writes.begin(), writes.end()).then(this, [done](const QList<QFuture<KeyResult>>& all) {
            for (const auto& write : all) {
                if (write.result())
                    return KeyResult(*write.result());
            }
            return done(std::nullopt);
        });
    }
    case RotationStep::Validate: {
        QList<QFuture<KeyResult>> checks{validate(provider, Environment::Staging, KeySlot::Pending),
                                         validate(provider, Environment::Production, KeySlot::Pending)};
        return QtFuture::whenAll(checks.begin(), checks.end()).then(this, [done](const QList<QFuture<KeyResult>>& all) {
            QStringList failures;
            for (const auto& check : all) {
                if (check.result())
                    failures.append(*check.result());
            }
            return failures.isEmpty() ? done(std::nullopt) : KeyResult(failures.join(QStringLiteral("; ")));
        });
    }
    case RotationStep::SwitchStaging:
    case RotationStep::SwitchProduction: {
        const Environment environment =
            rotation.next == RotationStep::SwitchStaging ? Environment::Staging : Environment::Production;
        return m_keys.promotePending(provider, environment, actor).then(this, done);
    }
    case RotationStep::VerifyStaging:
    case RotationStep::VerifyProduction: {
        const Environment environment =
            rotation.next == RotationStep::VerifyStaging ? Environment::Staging : Environment::Production;
        return validate(provider, environment, KeySlot::Current).then(this, [this, done, provider, environment, actor](const KeyResult& failure) {
            m_keys.recordValidation(provider, environment, failure ? QStringLiteral("rejected") : QStringLiteral("valid"),
                                    actor);
            return failure ? failure : done(std::nullopt);
        });
    }
    case RotationStep::Retire: {
        QList<QFuture<KeyResult>> removals;
        for (Environment environment : kRotated)
            removals.append(m_keys.retirePrevious(provider, environment, actor));
        return QtFuture::whenAll(removals.begin(), removals.end()).then(this, [done](const QList<QFuture<KeyResult>>& all) {
            for (const auto& removal : all) {
                if (removal.result())
                    return KeyResult(*removal.result());
            }
            return done(std::nullopt);
        });
    }
    case RotationStep::Done:
        break;
    }
    return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("the rotation is already complete")));
}

QFuture<KeyResult> RotationManager::cancel(ProviderId provider, const QString& actor)
{
    const auto current = state(provider);
    if (!current)
        return QtFuture::makeReadyFuture(KeyResult(QStringLiteral("no rotation of the %1 keys is under way").arg(providerName(provider))));
    if (current->next > RotationStep::SwitchStaging) {
        return QtFuture::makeReadyFuture(KeyResult(
            QStringLiteral("staging already uses its new key; finish the rotation instead of cancelling it")));
    }
    for (Environment environment : kRotated)
        m_keys.discardPending(provider, environment, actor);
    QSettings(m_statePath, QSettings::IniFormat).remove(providerName(provider));
    if (m_audit)
        m_audit->append(actor, QStringLiteral("rotation.cancelled"), QJsonObject{{QStringLiteral("provider"), providerName(provider)}});
    emit changed(provider);
    return QtFuture::makeReadyFuture(KeyResult());
}

QFuture<KeyResult> RotationManager::compromise(ProviderId provider, Environment environment, const QString& actor,
                                               std::optional<SecretValue> replacement)
{
    return m_keys.markCompromised(provider, environment, actor)
        .then(this, [this, provider, environment, actor, replacement](const KeyResult& failure) -> QFuture<KeyResult> {
            // Whatever the keychain said, the key is out of use: move extraction off it now.
            if (m_providers.environment() == environment && m_providers.active() == provider &&
                !m_keys.hasKey(provider, environment)) {
                const ProviderId next = m_providers.moveDownChain();
                if (m_audit) {
                    m_audit->append(actor, QStringLiteral("provider.switched"),
                                    QJsonObject{{QStringLiteral("from"), providerName(provider)},
                                                {QStringLiteral("to"), providerName(next)},
                                                {QStringLiteral("reason"), QStringLiteral("key compromised")}});
                }
            }
            if (failure || !replacement)
                return QtFuture::makeReadyFuture(failure);
            return m_keys.setKey(provider, environment, *replacement, actor);
        })
        .unwrap();
}

QList<KeyDue> RotationManager::schedule() const
{
    QList<KeyDue> list;
    const QDateTime now = m_clock.now();
    for (const KeyRecord& record : m_keys.index().all()) {
        if (record.slot != KeySlot::Current || record.state != KeyState::Active)
            continue;
        KeyDue due;
        due.record = record;
        due.rotationDays = m_profiles.profile(record.environment).rotationDays;
        due.ageDays = record.lastRotated.daysTo(now);
        due.due = record.lastRotated.addDays(due.rotationDays);
        const qint64 left = now.daysTo(due.due);
        due.status = now >= due.due ? KeyDue::Status::Overdue : left <= 7 ? KeyDue::Status::DueSoon : KeyDue::Status::Ok;
        list.append(due);
    }
    return list;
}

} // namespace sb
