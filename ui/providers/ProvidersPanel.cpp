#include "ProvidersPanel.h"

#include "FallbackEditor.h"
#include "KeyManager.h"
#include "Labels.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "providers/ProviderAdmin.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"
#include "secrets/KeyVault.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

ProvidersPanel::ProvidersPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_keys(new KeyManager(runtime, *m_message, this))
{
    setObjectName(QStringLiteral("providersPanel"));
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(group(tr("Keys"), m_keys, content));
    column->addWidget(group(tr("Who Extracts"), buildRouting(), content));
    auto* lower = new QHBoxLayout;
    lower->addWidget(group(tr("Endpoints"), buildEndpoints(), content), 3);
    lower->addWidget(group(tr("Spending This Month"), buildUsage(), content), 2);
    column->addLayout(lower);
    column->addStretch(1);

    // At 1024×640 the groups do not all fit; they scroll rather than squash.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Providers and keys"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    ProviderRouter& router = m_runtime.providers();
    // Queued: the chain editor must not be rebuilt from inside its own signal.
    connect(&m_runtime.keys(), &KeyVault::keysChanged, this, &ProvidersPanel::refreshRouting, Qt::QueuedConnection);
    connect(&router, &ProviderRouter::activeChanged, this, &ProvidersPanel::refreshRouting, Qt::QueuedConnection);
    connect(&router, &ProviderRouter::fallbackChanged, this, &ProvidersPanel::refreshRouting, Qt::QueuedConnection);
    connect(&router, &ProviderRouter::environmentChanged, this, [this](Environment environment) {
        m_keys->setKeyEnvironment(environment);
        refresh();
    });
    connect(m_keys, &KeyManager::environmentChosen, this, [this] {
        m_budgetEdited = false; // an unsaved edit was for the other environment
        refreshUsage();
    });
    connect(m_keys, &KeyManager::operationFinished, this, &ProvidersPanel::operationFinished);
    connect(m_keys, &KeyManager::operationFinished, this, &ProvidersPanel::refreshRouting);
    connect(&m_runtime.usage(), &UsageLedger::budgetLevelChanged, this, &ProvidersPanel::refreshUsage);
    // Ages, spending by the service thread and other processes' changes have no signal of their own.
    m_refreshTimer.setInterval(10'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    refresh();
}

ProvidersPanel::~ProvidersPanel() = default;

QWidget* ProvidersPanel::buildRouting()
{
    auto* box = new QWidget(this);
    m_active = new QComboBox(box);
    m_active->setObjectName(QStringLiteral("activeProvider"));
    m_active->setAccessibleName(tr("Active provider"));
    for (ProviderId id : allProviders())
        m_active->addItem(providerLabel(id), static_cast<int>(id));
    m_fallback = new FallbackEditor(box);
    m_routingNote = new QLabel(box);
    m_routingNote->setObjectName(QStringLiteral("routingNote"));
    m_routingNote->setWordWrap(true);

    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto* activeLabel = new QLabel(tr("&Active provider:"), box);
    activeLabel->setBuddy(m_active);
    auto* activeRow = new QHBoxLayout;
    activeRow->addWidget(m_active);
    activeRow->addStretch(1);
    form->addRow(activeLabel, activeRow);
    form->addRow(tr("Then, in order:"), m_fallback);
    form->addRow(m_routingNote);

    connect(m_active, &QComboBox::activated, this, [this](int index) {
        const auto id = static_cast<ProviderId>(m_active->itemData(index).toInt());
        if (auto refusal = switchActiveProvider(m_runtime.providers(), &m_runtime.audit(), id, actor())) {
            fail(*refusal);
            refreshRouting();
            return;
        }
        succeed(tr("%1 now answers extractions.").arg(providerLabel(id)));
    });
    connect(m_fallback, &FallbackEditor::chainEdited, this, [this](const QList<ProviderId>& chain) {
        changeFallback(m_runtime.providers(), &m_runtime.audit(), chain, actor());
    });
    connect(m_fallback, &FallbackEditor::resetRequested, this, [this] {
        changeFallback(m_runtime.providers(), &m_runtime.audit(), std::nullopt, actor());
        refreshRouting();
    });
    return box;
}

QWidget* ProvidersPanel::buildEndpoints()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Model"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Base URL"), box), 0, 2);
    int row = 1;
    for (ProviderId id : cloudProviders()) {
        const QString name = providerName(id);
        EndpointRow endpoint{id, new QLineEdit(box), new QLineEdit(box), new QPushButton(tr("Apply"), box), false};
        endpoint.model->setObjectName(name + QStringLiteral("Model"));
        endpoint.model->setAccessibleName(tr("%1 model").arg(providerLabel(id)));
        endpoint.baseUrl->setObjectName(name + QStringLiteral("BaseUrl"));
        endpoint.baseUrl->setAccessibleName(tr("%1 base URL").arg(providerLabel(id)));
        endpoint.apply->setObjectName(name + QStringLiteral("ApplyEndpoint"));
        endpoint.apply->setAccessibleName(tr("Apply %1 endpoint").arg(providerLabel(id)));
        grid->addWidget(new QLabel(providerLabel(id), box), row, 0);
        grid->addWidget(endpoint.model, row, 1);
        grid->addWidget(endpoint.baseUrl, row, 2);
        grid->addWidget(endpoint.apply, row, 3);
        // Edited by the user: refreshes leave the text alone until it is applied.
        auto edited = [this, id] {
            for (EndpointRow& e : m_endpoints) {
                if (e.provider == id)
                    e.edited = true;
            }
            refreshEndpoints();
        };
        connect(endpoint.model, &QLineEdit::textEdited, this, edited);
        connect(endpoint.baseUrl, &QLineEdit::textEdited, this, edited);
        connect(endpoint.apply, &QPushButton::clicked, this, [this, id] { applyEndpoint(id); });
        connect(endpoint.model, &QLineEdit::returnPressed, this, [this, id] { applyEndpoint(id); });
        connect(endpoint.baseUrl, &QLineEdit::returnPressed, this, [this, id] { applyEndpoint(id); });
        m_endpoints.append(endpoint);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    auto* note = new QLabel(tr("Changes last until the console closes. To keep one, set %1 and %2 (or the MISTRAL_ "
                               "ones) where the console starts.")
                                .arg(QStringLiteral("OPENAI_MODEL"), QStringLiteral("OPENAI_BASE_URL")),
                            box);
    note->setWordWrap(true);
    grid->addWidget(note, row, 0, 1, 4);
    return box;
}

QWidget* ProvidersPanel::buildUsage()
{
    auto* box = new QWidget(this);
    m_usageTitle = new QLabel(box);
    m_usageTitle->setObjectName(QStringLiteral("usageTitle"));
    m_usageBar = new QProgressBar(box);
    m_usageBar->setObjectName(QStringLiteral("usageBar"));
    m_usageBar->setAccessibleName(tr("Spending against the budget"));
    m_usageBar->setRange(0, 1000);
    m_usageBar->setTextVisible(true);
    m_usageDetail = new QLabel(box);
    m_usageDetail->setObjectName(QStringLiteral("usageDetail"));
    m_usageDetail->setWordWrap(true);
    m_budget = new QDoubleSpinBox(box);
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_budget->setAccessibleName(tr("Monthly budget in US dollars"));
    m_budget->setRange(0, UsageLedger::kMaxBudgetUsd);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$"));
    m_saveBudget = new QPushButton(tr("Save &Budget"), box);
    m_saveBudget->setObjectName(QStringLiteral("saveBudgetButton"));
    auto* budgetLabel = new QLabel(tr("Monthly bud&get:"), box);
    budgetLabel->setBuddy(m_budget);
    auto* budgetRow = new QHBoxLayout;
    budgetRow->addWidget(budgetLabel);
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_saveBudget);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_usageTitle);
    layout->addWidget(m_usageBar);
    layout->addWidget(m_usageDetail);
    layout->addLayout(budgetRow);
    // Typed but not saved yet: refreshes leave it alone.
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { m_budgetEdited = true; });
    connect(m_saveBudget, &QPushButton::clicked, this, [this] {
        const Environment environment = m_keys->keyEnvironment();
        if (auto failure =
                changeBudget(m_runtime.usage(), &m_runtime.audit(), environment, m_budget->value(), actor())) {
            fail(*failure);
            return;
        }
        succeed(
            tr("The %1 budget is now %2 a month.").arg(environmentLabel(environment), formatUsd(m_budget->value())));
        refreshUsage();
    });
    return box;
}

QString ProvidersPanel::actor() const
{
    return consoleActor();
}

void ProvidersPanel::succeed(const QString& message)
{
    m_message->showMessage(MessageBar::Kind::Positive, message);
    refresh();
}

void ProvidersPanel::fail(const QString& message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
    refresh();
}

void ProvidersPanel::refresh()
{
    m_keys->refresh();
    refreshRouting();
    refreshUsage();
}

void ProvidersPanel::refreshRouting()
{
    const ProviderStatus status = m_runtime.providers().status();
    m_active->setCurrentIndex(m_active->findData(static_cast<int>(status.current)));
    const auto configured = m_runtime.providers().configuredFallback();
    m_fallback->setChain(configured ? *configured : status.fallback);
    QStringList notes;
    if (!configured)
        notes << tr("This is the default chain: the other cloud provider when it has a key, then offline.");
    if (status.current == ProviderId::Offline)
        notes << tr("Offline is the active provider, so nothing is tried after it; the chain applies while OpenAI or "
                    "Mistral is active.");
    for (const ProviderInfo& info : status.providers) {
        if (isCloudProvider(info.id) && !info.keyConfigured)
            notes << tr("%1 has no key in %2, so it is skipped.")
                         .arg(providerLabel(info.id), environmentLabel(status.environment));
        else if (info.circuit == CircuitBreaker::State::Open)
            notes << tr("%1 is paused after repeated failures; it is tried again in %n second(s).", nullptr,
                        static_cast<int>((info.circuitTrialInMs + 999) / 1000))
                         .arg(providerLabel(info.id));
    }
    if (m_runtime.config().fromVariables.provider)
        notes << tr("AI_PROVIDER chose the provider at start; a change here lasts until the console closes.");
    m_routingNote->setText(notes.join(QLatin1Char(' ')));
    m_routingNote->setVisible(!notes.isEmpty());
    refreshEndpoints();
}

void ProvidersPanel::refreshEndpoints()
{
    for (const EndpointRow& endpoint : std::as_const(m_endpoints)) {
        const auto provider = m_runtime.providers().provider(endpoint.provider);
        endpoint.model->setEnabled(provider != nullptr);
        endpoint.baseUrl->setEnabled(provider != nullptr);
        if (!provider) {
            endpoint.apply->setEnabled(false);
            continue;
        }
        if (!endpoint.edited) {
            endpoint.model->setText(provider->model());
            endpoint.baseUrl->setText(provider->baseUrl().toString());
        }
        endpoint.apply->setEnabled(endpoint.model->text().trimmed() != provider->model() ||
                                   QUrl(endpoint.baseUrl->text().trimmed()) != provider->baseUrl());
    }
}

void ProvidersPanel::refreshUsage()
{
    const Environment environment = m_keys->keyEnvironment();
    const BudgetStatus budget = m_runtime.usage().budget(environment);
    const QDate month = QDate::fromString(budget.month + QStringLiteral("-01"), Qt::ISODate);
    m_usageTitle->setText(
        tr("<b>%1</b>, %2")
            .arg(environmentLabel(environment),
                 month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : budget.month));
    const double fraction = budget.budgetUsd > 0 ? budget.spentUsd / budget.budgetUsd : (budget.spentUsd > 0 ? 1 : 0);
    m_usageBar->setValue(static_cast<int>(std::min(1.0, fraction) * 1000));
    m_usageBar->setFormat(tr("%1 of %2 (%3%)")
                              .arg(formatUsd(budget.spentUsd), formatUsd(budget.budgetUsd))
                              .arg(QLocale().toString(fraction * 100, 'f', 0)));
    QPalette colors = palette();
    if (budget.level == BudgetLevel::Exceeded)
        colors.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
    else if (budget.level == BudgetLevel::Warning)
        colors.setColor(QPalette::Highlight, QColor(0xe0, 0x8a, 0x00));
    m_usageBar->setPalette(colors);
    QString detail;
    switch (budget.level) {
    case BudgetLevel::Ok:
        detail = tr("Cloud providers answer until the budget is spent; then the offline provider does.");
        break;
    case BudgetLevel::Warning:
        detail = tr("Over 80% of the budget is spent.");
        break;
    case BudgetLevel::Exceeded:
        detail = tr("The budget is spent: the offline provider answers until next month or a higher budget.");
        break;
    }
    if (budget.unpricedRequests > 0)
        detail += QLatin1Char(' ') + tr("%n call(s) to models without a known price are not counted.", nullptr,
                                        static_cast<int>(budget.unpricedRequests));
    m_usageDetail->setText(detail);
    if (!m_budgetEdited) {
        const QSignalBlocker blocker(m_budget);
        m_budget->setValue(budget.budgetUsd);
    }
}

void ProvidersPanel::applyEndpoint(ProviderId provider)
{
    for (const EndpointRow& endpoint : std::as_const(m_endpoints)) {
        if (endpoint.provider != provider)
            continue;
        if (!endpoint.apply->isEnabled())
            return; // nothing changed
        const CloudEndpoint wanted{QUrl(endpoint.baseUrl->text().trimmed()), endpoint.model->text().trimmed()};
        if (auto problem = changeEndpoint(m_runtime.providers(), &m_runtime.audit(), provider, wanted, actor())) {
            fail(*problem);
            return;
        }
        for (EndpointRow& e : m_endpoints) {
            if (e.provider == provider)
                e.edited = false;
        }
        succeed(tr("%1 now uses %2 at %3.").arg(providerLabel(provider), wanted.model, wanted.baseUrl.toString()));
    }
}

void ProvidersPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_refreshTimer.start();
}

void ProvidersPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_refreshTimer.stop();
    m_keys->conceal();
}

} // namespace sb::ui
