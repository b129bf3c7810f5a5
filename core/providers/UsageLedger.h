#pragma once

#include "config/Environment.h"
#include "providers/PriceTable.h"
#include "providers/ProviderId.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <map>
#include <optional>

namespace sb {

class Clock;

struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

enum class BudgetLevel { Ok, Warning, Exceeded };
QString budgetLevelName(BudgetLevel level); // "ok", "warning", "exceeded"
QString formatUsd(double usd);              // "$50.00", "$0.00027"

// One environment's spending against its budget in the current calendar month (UTC, as the providers bill).
struct BudgetStatus
{
    Environment environment = Environment::Development;
    QString month; // "2026-11"
    double spentUsd = 0;
    double budgetUsd = 0;
    BudgetLevel level = BudgetLevel::Ok;
    qint64 unpricedRequests = 0; // calls to models the price table does not know: not in spentUsd
};

// Tokens and cost of every cloud call, per environment, provider and model, per calendar month, and a monthly budget
// per environment (defaults after the old deployment guide: production $50, staging $10; development $10). Past 80%
// of the budget the level is Warning, at 100% Exceeded: the router then skips cloud providers until the month turns
// or the budget is raised.
//
// Kept in usage.json in the data folder and shared by every Sales Buddy process on the machine: each change re-reads
// the file under a lock file and writes it atomically, so the console and `salesbuddy serve` add to the same totals.
// Thread-safe.
class UsageLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLedger)

public:
    static constexpr double kWarningFraction = 0.8;
    static constexpr double kMaxBudgetUsd = 1e6;

    // `filePath` empty: kept in memory only.
    UsageLedger(QString filePath, PriceTable prices, const Clock& clock, QObject* parent = nullptr);
    ~UsageLedger() override;

    void record(Environment environment, ProviderId provider, const QString& model, TokenUsage usage);

    BudgetStatus budget(Environment environment) const;
    // Saved for good (in usage.json). A negative or absurd amount is refused with a sentence saying why.
    std::optional<QString> setBudget(Environment environment, double usd);
    // For this run only, not saved (AI_MONTHLY_BUDGET_USD).
    void overrideBudget(Environment environment, double usd);

    const PriceTable& prices() const { return m_prices; }
    QString filePath() const { return m_filePath; }
    // The month's totals: {"month", "pricesAsOf", "environments": {env: {budget..., "providers": {...}}}}.
    QJsonObject report() const;

signals:
    // Emitted (from the recording thread) when an environment's level rises or falls.
    void budgetLevelChanged(sb::Environment environment, sb::BudgetLevel level);

private:
    QString currentMonth() const;
    void reloadLocked() const; // picks up what other processes recorded
    bool saveLocked();
    BudgetStatus budgetLocked(Environment environment) const;

    const QString m_filePath;
    const PriceTable m_prices;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    mutable QJsonObject m_document;
    std::map<Environment, double> m_overrides;
    QSet<QString> m_unpricedWarned; // models already warned about, once each
};

} // namespace sb
