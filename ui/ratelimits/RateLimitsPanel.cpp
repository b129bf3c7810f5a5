#include "RateLimitsPanel.h"

#include "Labels.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "config/EnvironmentProfiles.h"
#include "providers/ProviderRouter.h"
#include "service/RateLimitAdmin.h"
#include "service/RateLimiter.h"
#include "service/ServiceMetrics.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"
#include "widgets/TableCells.h"

#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

constexpr int kClientRows = 20;

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString secondsAgo(qint64 lastSeenMs, qint64 nowMs)
{
    const qint64 seconds = std::max<qint64>(0, (nowMs - lastSeenMs) / 1000);
    if (seconds < 60)
        return RateLimitsPanel::tr("%n s ago", nullptr, static_cast<int>(seconds));
    return RateLimitsPanel::tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
}

} // namespace

RateLimitsPanel::RateLimitsPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_enabled(new QCheckBox(tr("&Limit requests per client"), this))
    , m_variablesNote(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_totals(new QLabel(this))
    , m_clients(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("rateLimitsPanel"));
    m_enabled->setObjectName(QStringLiteral("rateLimitEnabled"));
    m_enabled->setAccessibleName(tr("Rate limiting on"));
    m_general = makeTier(QStringLiteral("general"));
    m_extraction = makeTier(QStringLiteral("extraction"));
    m_apply->setObjectName(QStringLiteral("applyRateLimits"));
    m_revert->setObjectName(QStringLiteral("revertRateLimits"));
    m_apply->setToolTip(tr("Applies the limits to the running service from its next request"));
    m_variablesNote->setObjectName(QStringLiteral("variablesNote"));
    m_variablesNote->setWordWrap(true);

    auto* limits = new QGroupBox(this);
    m_limitsBox = limits;
    auto* grid = new QGridLayout(limits);
    grid->addWidget(m_enabled, 0, 0, 1, 4);
    grid->addWidget(new QLabel(tr("<b>Tier</b>"), limits), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Requests</b>"), limits), 1, 1);
    grid->addWidget(new QLabel(tr("<b>per window of</b>"), limits), 1, 2);
    grid->addWidget(new QLabel(tr("<b>Covers</b>"), limits), 1, 3);
    auto* generalLabel = new QLabel(tr("&General"), limits);
    generalLabel->setBuddy(m_general.maxRequests);
    grid->addWidget(generalLabel, 2, 0);
    grid->addWidget(m_general.maxRequests, 2, 1);
    grid->addWidget(m_general.windowMinutes, 2, 2);
    grid->addWidget(wrapped(tr("Every route but health and extraction (RATE_LIMIT_MAX_REQUESTS, "
                               "RATE_LIMIT_WINDOW_MINUTES)"),
                            limits),
                    2, 3);
    auto* extractionLabel = new QLabel(tr("E&xtraction"), limits);
    extractionLabel->setBuddy(m_extraction.maxRequests);
    grid->addWidget(extractionLabel, 3, 0);
    grid->addWidget(m_extraction.maxRequests, 3, 1);
    grid->addWidget(m_extraction.windowMinutes, 3, 2);
    grid->addWidget(wrapped(tr("POST /api/extract-entities, which may call a paid provider"), limits), 3, 3);
    grid->addWidget(new QLabel(tr("Health"), limits), 4, 0);
    grid->addWidget(new QLabel(tr("never limited"), limits), 4, 1, 1, 2);
    grid->addWidget(new QLabel(tr("GET /api/health, for monitors"), limits), 4, 3);
    grid->setColumnStretch(3, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_variablesNote, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    grid->addLayout(buttons, 5, 0, 1, 4);

    auto* traffic = new QGroupBox(tr("Busiest Clients Now"), this);
    m_totals->setObjectName(QStringLiteral("rejectionTotals"));
    m_totals->setWordWrap(true);
    m_clients->setObjectName(QStringLiteral("clientTable"));
    m_clients->setAccessibleName(tr("Busiest clients"));
    m_clients->setHorizontalHeaderLabels(
        {tr("Client"), tr("General requests"), tr("Extractions"), tr("Refused"), tr("Last request")});
    m_clients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->verticalHeader()->hide();
    m_clients->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* trafficLayout = new QVBoxLayout(traffic);
    trafficLayout->addWidget(m_totals);
    trafficLayout->addWidget(m_clients, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(limits);
    layout->addWidget(traffic, 1);

    setTabOrder(m_enabled, m_general.maxRequests);
    setTabOrder(m_general.maxRequests, m_general.windowMinutes);
    setTabOrder(m_general.windowMinutes, m_extraction.maxRequests);
    setTabOrder(m_extraction.maxRequests, m_extraction.windowMinutes);
    setTabOrder(m_extraction.windowMinutes, m_revert);
    setTabOrder(m_revert, m_apply);
    setTabOrder(m_apply, m_clients);

    connect(m_enabled, &QCheckBox::toggled, this, &RateLimitsPanel::updateState);
    for (QSpinBox* spin :
         {m_general.maxRequests, m_general.windowMinutes, m_extraction.maxRequests, m_extraction.windowMinutes}) {
        connect(spin, &QSpinBox::valueChanged, this, &RateLimitsPanel::updateState);
    }
    connect(m_apply, &QPushButton::clicked, this, &RateLimitsPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &RateLimitsPanel::revert);
    // Changes made elsewhere (the API, an environment switch) show at once, unless the admin is mid-edit.
    connect(&m_runtime.rateLimiter(), &RateLimiter::policyChanged, this, [this](const RateLimitPolicy& policy) {
        if (!m_apply->isEnabled())
            showPolicy(policy);
        updateState();
    });
    // Another environment has its own limits: show them, dropping edits meant for the one before.
    connect(&m_runtime.providers(), &ProviderRouter::environmentChanged, this, [this] {
        showTitle();
        showPolicy(m_runtime.rateLimiter().policy());
    });
    m_trafficTimer.setInterval(2000);
    connect(&m_trafficTimer, &QTimer::timeout, this, &RateLimitsPanel::refreshTraffic);

    const auto& variables = m_runtime.config().fromVariables;
    m_variablesNote->setText(variables.rateLimit
                                 ? tr("RATE_LIMIT_* variables set some of these limits at start, so changes here are "
                                      "not saved: they last until the console closes.")
                                 : tr("Apply also saves the limits in this environment's profile, for the next "
                                      "start and for `salesbuddy serve`."));
    showTitle();
    showPolicy(m_runtime.rateLimiter().policy());
    refreshTraffic();
}

RateLimitsPanel::~RateLimitsPanel() = default;

RateLimitsPanel::TierEditor RateLimitsPanel::makeTier(const QString& name)
{
    TierEditor editor{new QSpinBox(this), new QSpinBox(this)};
    editor.maxRequests->setObjectName(name + QStringLiteral("MaxRequests"));
    editor.maxRequests->setAccessibleName(tr("%1 tier: requests per window").arg(name));
    // The ranges RateLimitPolicy::validate() accepts, so the spin boxes cannot hold what Apply would refuse.
    editor.maxRequests->setRange(1, RateLimitPolicy::kMaxRequestsCeiling);
    editor.maxRequests->setGroupSeparatorShown(true);
    editor.windowMinutes->setObjectName(name + QStringLiteral("WindowMinutes"));
    editor.windowMinutes->setAccessibleName(tr("%1 tier: window in minutes").arg(name));
    editor.windowMinutes->setRange(1, RateLimitPolicy::kMaxWindowMinutes);
    editor.windowMinutes->setSuffix(tr(" min"));
    return editor;
}

RateLimitPolicy RateLimitsPanel::editedPolicy() const
{
    RateLimitPolicy policy;
    policy.enabled = m_enabled->isChecked();
    policy.general = {m_general.maxRequests->value(), m_general.windowMinutes->value()};
    policy.extraction = {m_extraction.maxRequests->value(), m_extraction.windowMinutes->value()};
    return policy;
}

void RateLimitsPanel::showPolicy(const RateLimitPolicy& policy)
{
    const QSignalBlocker a(m_enabled);
    const QSignalBlocker b(m_general.maxRequests);
    const QSignalBlocker c(m_general.windowMinutes);
    const QSignalBlocker d(m_extraction.maxRequests);
    const QSignalBlocker e(m_extraction.windowMinutes);
    m_enabled->setChecked(policy.enabled);
    m_general.maxRequests->setValue(policy.general.maxRequests);
    m_general.windowMinutes->setValue(policy.general.windowMinutes);
    m_extraction.maxRequests->setValue(policy.extraction.maxRequests);
    m_extraction.windowMinutes->setValue(policy.extraction.windowMinutes);
    updateState();
}

void RateLimitsPanel::updateState()
{
    const bool changed = editedPolicy() != m_runtime.rateLimiter().policy();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
    for (QSpinBox* spin :
         {m_general.maxRequests, m_general.windowMinutes, m_extraction.maxRequests, m_extraction.windowMinutes})
        spin->setEnabled(m_enabled->isChecked());
}

void RateLimitsPanel::apply()
{
    const RateLimitPolicy policy = editedPolicy();
    if (auto invalid = changeRateLimits(m_runtime.rateLimiter(), &m_runtime.audit(), policy, consoleActor())) {
        m_message->showMessage(MessageBar::Kind::Error, *invalid);
        return;
    }
    showPolicy(policy);
    const Environment environment = m_runtime.environment();
    if (!m_runtime.config().fromVariables.rateLimit) {
        EnvironmentProfile profile = m_runtime.profiles().profile(environment);
        profile.rateLimit = policy;
        if (!m_runtime.profiles().setProfile(profile)) {
            m_message->showMessage(MessageBar::Kind::Warning,
                                   tr("Applied to the running service, but not saved: %1 cannot be written. The "
                                      "limits go back to the profile's at the next start.")
                                       .arg(QDir::toNativeSeparators(m_runtime.profiles().path())));
            return;
        }
    }
    m_message->showMessage(
        MessageBar::Kind::Positive,
        policy.enabled ? tr("Applied: %1 requests per %2 min in general, %3 extractions per %4 min, per client.")
                             .arg(QLocale().toString(policy.general.maxRequests))
                             .arg(policy.general.windowMinutes)
                             .arg(QLocale().toString(policy.extraction.maxRequests))
                             .arg(policy.extraction.windowMinutes)
                       : tr("Rate limiting is off: every client may send as many requests as it likes."));
}

void RateLimitsPanel::showTitle()
{
    m_limitsBox->setTitle(tr("Limits for %1").arg(environmentLabel(m_runtime.environment())));
}

void RateLimitsPanel::revert()
{
    showPolicy(m_runtime.rateLimiter().policy());
    m_message->hide();
}

void RateLimitsPanel::refreshTraffic()
{
    const RateLimiter& limiter = m_runtime.rateLimiter();
    const MetricsSnapshot metrics = m_runtime.metrics().snapshot();
    qint64 lastHour = 0;
    for (const MinuteTraffic& minute : metrics.lastHour)
        lastHour += minute.rejected;
    QString totals =
        tr("Refused since the service started: %1 · in the last hour: %2")
            .arg(QLocale().toString(static_cast<qint64>(limiter.rejectedTotal())), QLocale().toString(lastHour));
    if (!limiter.policy().enabled)
        totals += QLatin1String(" · ") + tr("limiting is off, so nobody is refused");
    m_totals->setText(totals);

    const QList<ClientUsage> clients = limiter.busiestClients(kClientRows);
    m_clients->setRowCount(static_cast<int>(clients.size()));
    const qint64 nowMs = m_runtime.clock().monotonicMs();
    const QLocale locale;
    for (int row = 0; row < clients.size(); ++row) {
        const ClientUsage& client = clients.at(row);
        const QStringList cells{client.client, locale.toString(client.general), locale.toString(client.extraction),
                                locale.toString(client.rejected), secondsAgo(client.lastSeenMs, nowMs)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = cellAt(m_clients, row, column);
            item->setText(cells.at(column));
            item->setForeground(client.rejected > 0 ? QBrush(QColor(0xd0, 0x30, 0x30)) : QBrush());
            if (column > 0 && column < 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (clients.isEmpty()) {
        m_clients->setRowCount(1);
        auto* item = new QTableWidgetItem(limiter.policy().enabled
                                              ? tr("No requests in the current windows.")
                                              : tr("Rate limiting is off, so requests are not counted per client."));
        item->setFlags(Qt::ItemIsEnabled);
        m_clients->setItem(0, 0, item);
        m_clients->setSpan(0, 0, 1, m_clients->columnCount());
    } else {
        m_clients->clearSpans();
    }
}

void RateLimitsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshTraffic();
    m_trafficTimer.start();
}

void RateLimitsPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_trafficTimer.stop();
}

} // namespace sb::ui
