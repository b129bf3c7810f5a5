#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sb {
class Runtime;
}

namespace sb::ui {

class FallbackEditor;
class KeyManager;
class MessageBar;

// Where admins manage who extracts: each environment's keys (KeyManager), the active provider and the fallback chain,
// each cloud provider's model and base URL, and the month's spending against the budget. Works on the runtime's
// KeyVault, ProviderRouter and UsageLedger directly. Every change is recorded in the audit log as the console's user.
class ProvidersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPanel)

public:
    explicit ProvidersPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~ProvidersPanel() override;

    KeyManager& keys() { return *m_keys; }

signals:
    void operationFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildRouting();
    QWidget* buildEndpoints();
    QWidget* buildUsage();
    void refresh();
    void refreshRouting();
    void refreshUsage();
    void refreshEndpoints();
    void succeed(const QString& message);
    void fail(const QString& message);
    void applyEndpoint(ProviderId provider);
    QString actor() const;

    Runtime& m_runtime;
    MessageBar* m_message;
    KeyManager* m_keys;
    QComboBox* m_active;
    FallbackEditor* m_fallback;
    QLabel* m_routingNote;
    struct EndpointRow
    {
        ProviderId provider;
        QLineEdit* model;
        QLineEdit* baseUrl;
        QPushButton* apply;
        bool edited;
    };
    QList<EndpointRow> m_endpoints;
    QLabel* m_usageTitle;
    QProgressBar* m_usageBar;
    QLabel* m_usageDetail;
    QDoubleSpinBox* m_budget;
    QPushButton* m_saveBudget;
    bool m_budgetEdited = false;
    QTimer m_refreshTimer;
};

} // namespace sb::ui
