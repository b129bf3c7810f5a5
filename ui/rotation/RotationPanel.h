#pragma once

#include "providers/ProviderId.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sb {
class Runtime;
}

namespace sb::ui {

class MessageBar;
class RotationWizard;
class CompromiseDialog;

// Key rotation: every key with its age and due date (overdue in red, due within 7 days in amber), each provider's
// rotation (start, or resume where it stopped) as a guided wizard, and the compromise procedure behind one prominent
// button.
class RotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationPanel)

public:
    explicit RotationPanel(Runtime& runtime, QWidget* parent = nullptr);
    ~RotationPanel() override;

    void refresh();
    RotationWizard* openWizard(ProviderId provider);
    CompromiseDialog* openCompromise();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Runtime& m_runtime;
    MessageBar* m_message;
    QPushButton* m_compromise;
    QTableWidget* m_schedule;
    QLabel* m_scheduleEmpty;
    struct ProviderRow
    {
        ProviderId provider;
        QLabel* state;
        QPushButton* rotate;
    };
    QList<ProviderRow> m_rows;
};

} // namespace sb::ui
