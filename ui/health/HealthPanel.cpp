#include "HealthPanel.h"

#include "Labels.h"
#include "Runtime.h"
#include "TrafficChart.h"
#include "Version.h"
#include "WhenReady.h"
#include "providers/ProviderRouter.h"
#include "service/ServiceHost.h"
#include "service/ServiceMetrics.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"
#include "widgets/TableCells.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

enum ProviderColumn { NameColumn, ModelColumn, KeyColumn, CheckColumn, CircuitColumn, ErrorColumn, Columns };

QString uptimeLabel(qint64 seconds)
{
    if (seconds < 60)
        return HealthPanel::tr("%n second(s)", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return HealthPanel::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        return HealthPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return HealthPanel::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400)) + QLatin1Char(' ') +
           HealthPanel::tr("%1 h").arg((seconds % 86400) / 3600);
}

QString checkLabel(const std::optional<KeyCheck>& check, const QDateTime& now)
{
    if (!check)
        return HealthPanel::tr("not checked yet");
    const qint64 minutes = check->checkedAt.secsTo(now) / 60;
    const QString when =
        minutes < 1 ? HealthPanel::tr("just now") : HealthPanel::tr("%n min ago", nullptr, static_cast<int>(minutes));
    switch (check->result) {
    case KeyCheck::Result::Valid:
        return HealthPanel::tr("key valid, reachable (%1 ms, %2)").arg(check->latencyMs).arg(when);
    case KeyCheck::Result::Rejected:
        return HealthPanel::tr("key REJECTED (%1)").arg(when);
    case KeyCheck::Result::Unreachable:
        return HealthPanel::tr("NOT reachable: %1 (%2)").arg(check->message, when);
    case KeyCheck::Result::NoKey:
        return HealthPanel::tr("no key to check");
    case KeyCheck::Result::NotNeeded:
        return HealthPanel::tr("no key needed");
    }
    return {};
}

QString circuitLabel(const ProviderInfo& info)
{
    switch (info.circuit) {
    case CircuitBreaker::State::Closed:
        return info.consecutiveFailures > 0
                   ? HealthPanel::tr("closed, %n failure(s) in a row", nullptr, info.consecutiveFailures)
                   : HealthPanel::tr("closed");
    case CircuitBreaker::State::Open:
        return HealthPanel::tr("OPEN, retry in %n s", nullptr, static_cast<int>((info.circuitTrialInMs + 999) / 1000));
    case CircuitBreaker::State::HalfOpen:
        return HealthPanel::tr("half-open, trying one call");
    }
    return {};
}

QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HealthPanel::HealthPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_state(valueLabel("serviceState", this))
    , m_address(valueLabel("serviceAddress", this))
    , m_uptime(valueLabel("serviceUptime", this))
    , m_requests(valueLabel("serviceRequests", this))
    , m_errorRate(valueLabel("serviceErrorRate", this))
    , m_latency(valueLabel("serviceLatency", this))
    , m_chart(new TrafficChart(this))
    , m_providers(new QTableWidget(0, Columns, this))
    , m_check(new QPushButton(tr("&Check Now"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("healthPanel"));
    m_providers->setObjectName(QStringLiteral("providerHealth"));
    m_providers->setAccessibleName(tr("Provider health"));
    m_providers->setHorizontalHeaderLabels(
        {tr("Provider"), tr("Model"), tr("Key"), tr("Last check"), tr("Circuit breaker"), tr("Last error")});
    m_providers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_providers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_providers->verticalHeader()->hide();
    m_providers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_providers->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_providers->setWordWrap(false);
    m_check->setObjectName(QStringLiteral("checkNowButton"));
    m_check->setToolTip(tr("Asks each cloud provider whether its key for the current environment works"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking keys"));
    m_progress->hide();

    auto* providers = new QGroupBox(tr("Providers"), this);
    auto* providerButtons = new QHBoxLayout;
    providerButtons->addStretch(1);
    providerButtons->addWidget(m_progress);
    providerButtons->addWidget(m_check);
    auto* providerLayout = new QVBoxLayout(providers);
    providerLayout->addWidget(m_providers, 1);
    providerLayout->addLayout(providerButtons);

    auto* traffic = new QGroupBox(tr("Traffic, Last Hour"), this);
    auto* trafficLayout = new QVBoxLayout(traffic);
    trafficLayout->addWidget(m_chart);

    auto* top = new QHBoxLayout;
    top->addWidget(buildService());
    top->addWidget(traffic, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top, 3);
    layout->addWidget(providers, 2);

    connect(m_check, &QPushButton::clicked, this, &HealthPanel::checkNow);
    ServiceHost& service = m_runtime.service();
    connect(&service, &ServiceHost::started, this, &HealthPanel::refresh);
    connect(&service, &ServiceHost::stopped, this, &HealthPanel::refresh);
    connect(&service, &ServiceHost::startFailed, this, &HealthPanel::refresh);
    ProviderRouter& router = m_runtime.providers();
    connect(&router, &ProviderRouter::providerFailed, this, &HealthPanel::refreshProviders, Qt::QueuedConnection);
    connect(&router, &ProviderRouter::keyChecked, this, &HealthPanel::refreshProviders, Qt::QueuedConnection);
    connect(&router, &ProviderRouter::environmentChanged, this, &HealthPanel::refreshProviders);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &HealthPanel::refresh);
    refresh();
}

HealthPanel::~HealthPanel() = default;

QWidget* HealthPanel::buildService()
{
    auto* box = new QGroupBox(tr("Service"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Up for:"), m_uptime);
    form->addRow(tr("Requests:"), m_requests);
    form->addRow(tr("Errors (last hour):"), m_errorRate);
    form->addRow(tr("Response time:"), m_latency);
    form->addRow(tr("Version:"), new QLabel(QString::fromLatin1(kVersion), box));
    return box;
}

void HealthPanel::refresh()
{
    refreshService();
    refreshProviders();
}

void HealthPanel::refreshService()
{
    const ServiceHost& service = m_runtime.service();
    const MetricsSnapshot metrics = m_runtime.metrics().snapshot();
    const QLocale locale;
    if (service.isRunning()) {
        // The status /api/health gives: the service answers, so it is healthy.
        m_state->setText(tr("<b style=\"color:#2e9e44\">● healthy</b>, answering requests"));
        m_address->setText(service.baseUrl());
        m_uptime->setText(uptimeLabel(metrics.uptimeSeconds));
    } else {
        m_state->setText(tr("<b style=\"color:#d03030\">● not running</b>: the console could not start it, or it "
                            "stopped"));
        m_address->setText(tr("none"));
        m_uptime->setText(tr("—"));
    }
    m_requests->setText(tr("%1 served · %2 refused by rate limits")
                            .arg(locale.toString(metrics.requests), locale.toString(metrics.rejected)));
    m_errorRate->setText(
        tr("%1% of requests (%2 since start)")
            .arg(locale.toString(metrics.errorRateLastHour * 100, 'f', 1), locale.toString(metrics.errors)));
    m_latency->setText(
        metrics.requests > 0
            ? tr("median %1 · 95th percentile %2").arg(durationLabel(metrics.p50Us), durationLabel(metrics.p95Us))
            : tr("no requests yet"));
    m_chart->setTraffic(metrics.lastHour);
}

void HealthPanel::refreshProviders()
{
    const ProviderStatus status = m_runtime.providers().status();
    const QDateTime now = m_runtime.clock().now();
    m_providers->setRowCount(static_cast<int>(status.providers.size()));
    for (int row = 0; row < status.providers.size(); ++row) {
        const ProviderInfo& info = status.providers.at(row);
        QString name = providerLabel(info.id);
        if (info.id == status.current)
            name += tr(" (active)");
        QString key = tr("not needed");
        if (isCloudProvider(info.id)) {
            key = info.keyConfigured
                      ? (info.keySource == QLatin1String("environment") ? tr("from %1").arg(keyVariable(info.id))
                                                                        : tr("in the keychain"))
                      : tr("none in %1").arg(environmentLabel(status.environment));
        }
        QString error = tr("none");
        if (info.lastError) {
            const qint64 minutes = info.lastErrorAt.secsTo(now) / 60;
            error = tr("%1: %2 (%n min ago)", nullptr, static_cast<int>(minutes))
                        .arg(providerErrorKindName(info.lastError->kind), info.lastError->message);
        }
        const QStringList cells{name,
                                info.model,
                                key,
                                isCloudProvider(info.id) ? checkLabel(info.lastKeyCheck, now) : tr("always available"),
                                circuitLabel(info),
                                error};
        const bool bad = info.circuit == CircuitBreaker::State::Open ||
                         (info.lastKeyCheck && (info.lastKeyCheck->result == KeyCheck::Result::Rejected ||
                                                info.lastKeyCheck->result == KeyCheck::Result::Unreachable));
        for (int column = 0; column < Columns; ++column) {
            QTableWidgetItem* item = cellAt(m_providers, row, column);
            item->setText(cells.at(column));
            item->setToolTip(cells.at(column));
            item->setForeground(bad ? QBrush(QColor(0xd0, 0x30, 0x30)) : QBrush());
        }
    }
    bool anyKey = false;
    for (const ProviderInfo& info : status.providers)
        anyKey |= isCloudProvider(info.id) && info.keyConfigured;
    m_check->setEnabled(anyKey && !m_checking);
    m_check->setToolTip(
        anyKey ? tr("Asks each cloud provider whether its key for %1 works").arg(environmentLabel(status.environment))
               : tr("No cloud provider has a key in %1; set one in Providers & Keys.")
                     .arg(environmentLabel(status.environment)));
}

void HealthPanel::checkNow()
{
    if (m_checking)
        return;
    m_checking = true;
    m_check->setEnabled(false);
    m_progress->show();
    m_message->showMessage(MessageBar::Kind::Information, tr("Checking every configured key with its provider…"));
    whenReady(m_runtime.providers().checkKeys(), m_runtime, this, [this] {
        m_checking = false;
        m_progress->hide();
        refresh();
        QStringList problems;
        for (const ProviderInfo& info : m_runtime.providers().status().providers) {
            if (info.lastKeyCheck && info.lastKeyCheck->result != KeyCheck::Result::Valid &&
                info.lastKeyCheck->result != KeyCheck::Result::NotNeeded &&
                info.lastKeyCheck->result != KeyCheck::Result::NoKey)
                problems << tr("%1: %2").arg(providerLabel(info.id),
                                             checkLabel(info.lastKeyCheck, info.lastKeyCheck->checkedAt));
        }
        if (problems.isEmpty())
            m_message->showMessage(MessageBar::Kind::Positive, tr("Every configured key works."));
        else
            m_message->showMessage(MessageBar::Kind::Error, problems.join(QLatin1String("; ")));
        emit checkFinished();
    });
}

void HealthPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void HealthPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace sb::ui
