#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sb {
class Runtime;
}

namespace sb::ui {

class MessageBar;
class TrafficChart;

// Whether the service and each provider are up: the service's state, address, uptime, requests, error rate and
// latency (what /api/health reports, and more), traffic over the last hour, and per provider what /api/ai/status
// reports: key configured, last key check, circuit breaker, last error. "Check Now" validates every configured key.
class HealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)

public:
    explicit HealthPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~HealthPanel() override;

    void refresh();
    void checkNow();
    bool isChecking() const { return m_checking; }

signals:
    void checkFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildService();
    void refreshService();
    void refreshProviders();

    Runtime& m_runtime;
    MessageBar* m_message;
    QLabel* m_state;
    QLabel* m_address;
    QLabel* m_uptime;
    QLabel* m_requests;
    QLabel* m_errorRate;
    QLabel* m_latency;
    TrafficChart* m_chart;
    QTableWidget* m_providers;
    QPushButton* m_check;
    QProgressBar* m_progress;
    QTimer m_timer;
    bool m_checking = false;
};

} // namespace sb::ui
