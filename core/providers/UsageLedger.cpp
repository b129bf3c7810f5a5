#include "providers/UsageLedger.h"

#include "logging/LogCategories.h"
#include "util/Clock.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#include <cmath>

namespace sb {
namespace {

constexpr int kFormatVersion = 1;

const QString kBudgets = QStringLiteral("budgetsUsd");
const QString kMonths = QStringLiteral("months");

double defaultBudget(Environment environment)
{
    return environment == Environment::Production ? 50.0 : 10.0;
}

BudgetLevel levelFor(double spent, double budget)
{
    if (spent >= budget)
        return BudgetLevel::Exceeded;
    if (spent >= budget * UsageLedger::kWarningFraction)
        return BudgetLevel::Warning;
    return BudgetLevel::Ok;
}

// Adds `amount` to a number field of a JSON object.
void add(QJsonObject& object, const QString& field, double amount)
{
    object.insert(field, object.value(field).toDouble() + amount);
}

} // namespace

QString formatUsd(double usd)
{
    // Cents for what people budget in; more places for the fractions of a cent single calls cost.
    return QStringLiteral("$%1").arg(usd, 0, 'f', std::abs(usd) >= 0.01 || usd == 0 ? 2 : 5);
}

QString budgetLevelName(BudgetLevel level)
{
    switch (level) {
    case BudgetLevel::Ok:
        return QStringLiteral("ok");
    case BudgetLevel::Warning:
        return QStringLiteral("warning");
    case BudgetLevel::Exceeded:
        return QStringLiteral("exceeded");
    }
    return {};
}

UsageLedger::UsageLedger(QString filePath, PriceTable prices, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_prices(std::move(prices))
    , m_clock(clock)
{
    m_document.insert(QStringLiteral("version"), kFormatVersion);
    QMutexLocker lock(&m_mutex);
    reloadLocked();
}

UsageLedger::~UsageLedger() = default;

QString UsageLedger::currentMonth() const
{
    return m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM"));
}

void UsageLedger::reloadLocked() const
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcProviders).noquote() << "cannot read usage totals from" << m_filePath << ":" << file.errorString();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // Keep the damaged file for a person to look at; start counting afresh from what this process knows.
        const QString aside =
            m_filePath + QStringLiteral(".damaged-") + m_clock.now().toUTC().toString(QStringLiteral("yyyyMMddTHHmmss"));
        QFile::rename(m_filePath, aside);
        qCWarning(lcProviders).noquote() << "usage totals in" << m_filePath << "could not be read ("
                                       << error.errorString() << "); kept as" << aside << "and started afresh";
        return;
    }
    m_document = document.object();
}

bool UsageLedger::saveLocked()
{
    if (m_filePath.isEmpty())
        return true;
    ensurePrivateFile(m_filePath);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_document).toJson()) < 0 || !file.commit()) {
        qCWarning(lcProviders).noquote() << "cannot save usage totals to" << m_filePath << ":" << file.errorString();
        return false;
    }
    return true;
}

void UsageLedger::record(Environment environment, ProviderId provider, const QString& model, TokenUsage usage)
{
    BudgetStatus before;
    BudgetStatus after;
    {
        QMutexLocker lock(&m_mutex);
        QLockFile fileLock(m_filePath + QStringLiteral(".lock"));
        if (!m_filePath.isEmpty() && !fileLock.tryLock(500)) {
            qCWarning(lcProviders).noquote() << "usage totals in" << m_filePath
                                           << "stayed locked by another process; recording without the lock";
        }
        reloadLocked();
        before = budgetLocked(environment);

        const std::optional<ModelPrice> price = m_prices.price(model);
        QJsonObject months = m_document.value(kMonths).toObject();
        QJsonObject month = months.value(before.month).toObject();
        QJsonObject perEnvironment = month.value(environmentName(environment)).toObject();
        const QString key = providerName(provider) + QLatin1Char('/') + model;
        QJsonObject totals = perEnvironment.value(key).toObject();
        add(totals, QStringLiteral("requests"), 1);
        add(totals, QStringLiteral("promptTokens"), double(usage.promptTokens));
        add(totals, QStringLiteral("completionTokens"), double(usage.completionTokens));
        if (price)
            add(totals, QStringLiteral("costUsd"), m_prices.cost(*price, usage.promptTokens, usage.completionTokens));
        else
            add(totals, QStringLiteral("unpricedRequests"), 1);
        perEnvironment.insert(key, totals);
        month.insert(environmentName(environment), perEnvironment);
        months.insert(before.month, month);
        m_document.insert(kMonths, months);
        saveLocked();
        after = budgetLocked(environment);
        if (!price && !m_unpricedWarned.contains(model)) {
            m_unpricedWarned.insert(model);
            qCWarning(lcProviders).noquote() << "no price for model" << model << "in the price table; its cost is not "
                                              "counted against the budget. Add it to prices.json.";
        }
    }
    if (after.level != before.level) {
        if (after.level == BudgetLevel::Warning) {
            qCWarning(lcProviders).noquote() << "cloud spending in" << environmentName(environment) << "has passed"
                                           << QStringLiteral("%1%").arg(int(kWarningFraction * 100))
                                           << "of its monthly budget:"
                                           << formatUsd(after.spentUsd) << "of" << formatUsd(after.budgetUsd);
        } else if (after.level == BudgetLevel::Exceeded) {
            qCWarning(lcProviders).noquote() << "cloud spending in" << environmentName(environment)
                                           << "has reached its monthly budget:" << formatUsd(after.spentUsd) << "of"
                                           << formatUsd(after.budgetUsd)
                                           << "- cloud providers are skipped until the month turns or the budget "
                                              "is raised; offline extraction continues";
        }
        emit budgetLevelChanged(environment, after.level);
    }
}

BudgetStatus UsageLedger::budgetLocked(Environment environment) const
{
    BudgetStatus status;
    status.environment = environment;
    status.month = currentMonth();
    const QString name = environmentName(environment);
    if (const auto it = m_overrides.find(environment); it != m_overrides.end())
        status.budgetUsd = it->second;
    else
        status.budgetUsd = m_document.value(kBudgets).toObject().value(name).toDouble(defaultBudget(environment));
    const QJsonObject perEnvironment =
        m_document.value(kMonths).toObject().value(status.month).toObject().value(name).toObject();
    for (auto it = perEnvironment.begin(); it != perEnvironment.end(); ++it) {
        const QJsonObject totals = it.value().toObject();
        status.spentUsd += totals.value(QLatin1String("costUsd")).toDouble();
        status.unpricedRequests += qint64(totals.value(QLatin1String("unpricedRequests")).toDouble());
    }
    status.level = levelFor(status.spentUsd, status.budgetUsd);
    return status;
}

BudgetStatus UsageLedger::budget(Environment environment) const
{
    QMutexLocker lock(&m_mutex);
    reloadLocked(); // another process may have spent since
    return budgetLocked(environment);
}

std::optional<QString> UsageLedger::setBudget(Environment environment, double usd)
{
    if (!std::isfinite(usd) || usd < 0 || usd > kMaxBudgetUsd)
        return QStringLiteral("a monthly budget must be an amount of US dollars from 0 to 1000000");
    BudgetLevel before;
    BudgetLevel after;
    {
        QMutexLocker lock(&m_mutex);
        QLockFile fileLock(m_filePath + QStringLiteral(".lock"));
        if (!m_filePath.isEmpty() && !fileLock.tryLock(2000))
            return QStringLiteral("usage.json is locked by another Sales Buddy process; try again");
        reloadLocked();
        before = budgetLocked(environment).level;
        QJsonObject budgets = m_document.value(kBudgets).toObject();
        budgets.insert(environmentName(environment), usd);
        m_document.insert(kBudgets, budgets);
        m_overrides.erase(environment);
        if (!saveLocked())
            return QStringLiteral("the budget could not be saved to %1; see the log").arg(m_filePath);
        after = budgetLocked(environment).level;
    }
    qCInfo(lcProviders).noquote() << "monthly budget for" << environmentName(environment) << "set to" << formatUsd(usd);
    if (after != before)
        emit budgetLevelChanged(environment, after);
    return std::nullopt;
}

void UsageLedger::overrideBudget(Environment environment, double usd)
{
    QMutexLocker lock(&m_mutex);
    m_overrides[environment] = usd;
}

QJsonObject UsageLedger::report() const
{
    QMutexLocker lock(&m_mutex);
    reloadLocked();
    const QString month = currentMonth();
    QJsonObject environments;
    for (Environment environment : {Environment::Development, Environment::Staging, Environment::Production}) {
        const BudgetStatus status = budgetLocked(environment);
        const QJsonObject perEnvironment = m_document.value(kMonths)
                                               .toObject()
                                               .value(month)
                                               .toObject()
                                               .value(environmentName(environment))
                                               .toObject();
        QJsonObject models;
        for (auto it = perEnvironment.begin(); it != perEnvironment.end(); ++it) {
            const QJsonObject totals = it.value().toObject();
            QJsonObject entry;
            for (const char* field : {"requests", "promptTokens", "completionTokens", "unpricedRequests"})
                entry.insert(QLatin1String(field), qint64(totals.value(QLatin1String(field)).toDouble()));
            entry.insert(QStringLiteral("costUsd"), std::round(totals.value(QLatin1String("costUsd")).toDouble() * 1e6) / 1e6);
            models.insert(it.key(), entry);
        }
        environments.insert(environmentName(environment),
                            QJsonObject{{QStringLiteral("spentUsd"), std::round(status.spentUsd * 1e6) / 1e6},
                                        {QStringLiteral("budgetUsd"), status.budgetUsd},
                                        {QStringLiteral("budgetOverridden"), m_overrides.count(environment) > 0},
                                        {QStringLiteral("state"), budgetLevelName(status.level)},
                                        {QStringLiteral("unpricedRequests"), status.unpricedRequests},
                                        {QStringLiteral("models"), models}});
    }
    return QJsonObject{{QStringLiteral("month"), month},
                       {QStringLiteral("pricesAsOf"), m_prices.asOf()},
                       {QStringLiteral("environments"), environments}};
}

} // namespace sb
