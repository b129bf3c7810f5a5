#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"
#include "secrets/KeyVault.h"

#include <QDateTime>
#include <QObject>

#include <map>
#include <optional>

namespace sb {

class AuditLog;
class Clock;
class ProfileStore;
class ProviderRouter;

// The old guide's monthly rotation of a provider's staging and production keys, as steps done in order.
enum class RotationStep { AddPending, Validate, SwitchStaging, VerifyStaging, SwitchProduction, VerifyProduction, Retire, Done };

QString rotationStepName(RotationStep step); // "add", "validate", "switch-staging", ..., "done"
// What a person does outside the program for this step, and what the program does and checks.
QString rotationStepInstructions(RotationStep step, ProviderId provider);
const QList<RotationStep>& rotationSteps(); // AddPending … Retire

struct RotationState
{
    struct Done
    {
        RotationStep step;
        QDateTime at;
        QString by;
    };
    ProviderId provider = ProviderId::OpenAI;
    QDateTime started;
    QString startedBy;
    RotationStep next = RotationStep::AddPending;
    QList<Done> done;
};

// A key's place in the rotation schedule.
struct KeyDue
{
    KeyRecord record;
    int rotationDays = 30;
    qint64 ageDays = 0;
    QDateTime due;
    enum class Status { Ok, DueSoon, Overdue } status = Status::Ok; // DueSoon: within 7 days
};
QString keyDueStatusName(KeyDue::Status status); // "ok", "due-soon", "overdue"

// Rotations in progress (rotation.ini in the settings folder, so one survives a restart and can be resumed from
// the console or the command line), the rotation schedule, and the compromise procedure.
class RotationManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationManager)

public:
    RotationManager(QString statePath, KeyVault& keys, ProfileStore& profiles, ProviderRouter& providers,
                    AuditLog* audit, const Clock& clock, QObject* parent = nullptr);

    std::optional<RotationState> state(ProviderId provider) const;
    // Begins a rotation of the provider's staging and production keys; fails when one is already under way.
    KeyResult start(ProviderId provider, const QString& actor);
    // Does the next step, and only the next: AddPending takes the new staging and production keys in `newKeys`.
    // Resolves to nullopt when the step is done and recorded, else to why it could not be (and nothing moved on).
    QFuture<KeyResult> advance(ProviderId provider, const QString& actor,
                               const std::map<Environment, SecretValue>& newKeys = {});
    // Abandons a rotation before its switches: pending keys are deleted, the current ones stay.
    QFuture<KeyResult> cancel(ProviderId provider, const QString& actor);

    // The compromise procedure, in one call: the key stops being used at once, extraction moves down the fallback
    // chain if it was using it, everything is audited, and `replacement`, when given, becomes the new key.
    QFuture<KeyResult> compromise(ProviderId provider, Environment environment, const QString& actor,
                                  std::optional<SecretValue> replacement = std::nullopt);

    // Every key in use with its age and due date.
    QList<KeyDue> schedule() const;

signals:
    void changed(sb::ProviderId provider);

private:
    void save(const RotationState& state);
    void finishStep(RotationState state, const QString& actor);
    QFuture<KeyResult> validate(ProviderId provider, Environment environment, KeySlot slot);

    const QString m_statePath;
    KeyVault& m_keys;
    ProfileStore& m_profiles;
    ProviderRouter& m_providers;
    AuditLog* m_audit;
    const Clock& m_clock;
};

} // namespace sb
