#include "Notifier.h"

#include "Labels.h"
#include "Runtime.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"
#include "rotation/RotationManager.h"
#include "secrets/KeyVault.h"

namespace sb::ui {

Notifier::Notifier(Runtime& runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    ProviderRouter& router = m_runtime.providers();
    // Both come from other threads (the network thread, the service thread): queued to this one.
    connect(
        &router, &ProviderRouter::keyChecked, this,
        [this](ProviderId provider, const KeyCheck& check) {
            if (check.result != KeyCheck::Result::Rejected)
                return;
            const Environment environment = m_runtime.environment();
            announce(rejectionId(provider, environment), tr("%1 rejected a key").arg(providerLabel(provider)),
                     tr("The %1 key for %2 was refused by %1. Replace it in Providers & Keys; if it may have leaked, "
                        "use Rotation → A Key Is Compromised.")
                         .arg(providerLabel(provider), environmentLabel(environment)),
                     Severity::Critical);
        },
        Qt::QueuedConnection);
    connect(
        &router, &ProviderRouter::providerFailed, this,
        [this](ProviderId provider, const ProviderError& error) {
            if (error.kind != ProviderError::Kind::KeyRejected)
                return;
            const Environment environment = m_runtime.environment();
            announce(rejectionId(provider, environment), tr("%1 rejected a key").arg(providerLabel(provider)),
                     tr("Extraction with %1 in %2 failed: the key was refused. Extraction fell back down the chain; "
                        "replace the key in Providers & Keys.")
                         .arg(providerLabel(provider), environmentLabel(environment)),
                     Severity::Critical);
        },
        Qt::QueuedConnection);
    // A new key gets its own chance to be announced as rejected.
    connect(&m_runtime.keys(), &KeyVault::keysChanged, this, [this] {
        m_announced.removeIf([](const QString& id) { return id.startsWith(QLatin1String("rejected/")); });
    });
    connect(&m_runtime.usage(), &UsageLedger::budgetLevelChanged, this, &Notifier::checkBudget, Qt::QueuedConnection);
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::checkNow);
    m_timer.start();
}

QString Notifier::rejectionId(ProviderId provider, Environment environment) const
{
    const auto key = m_runtime.keys().key(provider, environment);
    return QStringLiteral("rejected/%1/%2/%3")
        .arg(providerName(provider), environmentName(environment), key ? key->fingerprint() : QString());
}

void Notifier::checkNow()
{
    checkSchedule();
    checkBudget();
}

void Notifier::announce(const QString& id, const QString& title, const QString& message, Severity severity)
{
    if (m_announced.contains(id))
        return;
    m_announced.insert(id);
    emit notify(title, message, severity);
}

void Notifier::checkSchedule()
{
    for (const KeyDue& due : m_runtime.rotation().schedule()) {
        if (due.status != KeyDue::Status::Overdue)
            continue;
        // Once per key value: a replaced key that becomes overdue later is announced again.
        announce(
            QStringLiteral("overdue/%1").arg(due.record.fingerprint), tr("A key is overdue for rotation"),
            tr("The %1 key for %2 (%3) is %n day(s) old; rotate it in the Rotation panel.", nullptr,
               static_cast<int>(due.ageDays))
                .arg(providerLabel(due.record.provider), environmentLabel(due.record.environment), due.record.masked),
            Severity::Warning);
    }
}

void Notifier::checkBudget()
{
    const Environment environment = m_runtime.environment();
    const BudgetStatus budget = m_runtime.usage().budget(environment);
    if (budget.level == BudgetLevel::Ok)
        return;
    const bool spent = budget.level == BudgetLevel::Exceeded;
    announce(QStringLiteral("budget/%1/%2/%3")
                 .arg(environmentName(environment), budget.month, budgetLevelName(budget.level)),
             spent ? tr("The %1 budget is spent").arg(environmentLabel(environment))
                   : tr("Over 80% of the %1 budget is spent").arg(environmentLabel(environment)),
             tr("%1 of %2 this month. %3")
                 .arg(formatUsd(budget.spentUsd), formatUsd(budget.budgetUsd),
                      spent ? tr("The offline provider answers until next month or a higher budget.")
                            : tr("Raise the budget in Providers & Keys if this is expected.")),
             spent ? Severity::Critical : Severity::Warning);
}

} // namespace sb::ui
