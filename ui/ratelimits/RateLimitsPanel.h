#pragma once

#include "service/RateLimitPolicy.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sb {
class Runtime;
}

namespace sb::ui {

class MessageBar;

// The service's rate limits for the current environment: on or off, and each tier's requests per window, edited here,
// applied to the running service with the same validation as PUT /api/rate-limit, recorded in the audit log, and
// saved in the environment's profile (unless RATE_LIMIT_* variables fixed them at start). Below, live: the busiest
// clients in the current windows and what was refused. Health checks are never limited.
class RateLimitsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitsPanel)

public:
    explicit RateLimitsPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~RateLimitsPanel() override;

    // What the controls say, which Apply would make the service's.
    RateLimitPolicy editedPolicy() const;
    void apply();
    void revert();
    // Re-reads the busiest clients and the rejection totals (every two seconds while shown).
    void refreshTraffic();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct TierEditor
    {
        QSpinBox* maxRequests;
        QSpinBox* windowMinutes;
    };
    TierEditor makeTier(const QString& name);
    void showPolicy(const RateLimitPolicy& policy);
    void showTitle();
    void updateState();

    Runtime& m_runtime;
    MessageBar* m_message;
    QGroupBox* m_limitsBox;
    QCheckBox* m_enabled;
    TierEditor m_general;
    TierEditor m_extraction;
    QLabel* m_variablesNote;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QLabel* m_totals;
    QTableWidget* m_clients;
    QTimer m_trafficTimer;
};

} // namespace sb::ui
