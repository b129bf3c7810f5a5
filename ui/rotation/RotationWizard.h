#pragma once

#include "providers/ProviderId.h"
#include "rotation/RotationManager.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWidget;

namespace sb {
class Runtime;
}

namespace sb::ui {

// One provider's rotation, a page per step: what to do outside the program (create keys in the provider's dashboard,
// update CI secrets), what the program does and checks, and who did the steps already done. Opening it resumes the
// rotation under way or offers to start one; "Do This Step" runs the next step only; the wizard can be closed between
// steps (not during one) and resumed later, here or with `salesbuddy rotation`.
class RotationWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationWizard)

public:
    RotationWizard(Runtime& runtime, ProviderId provider, QWidget* parent = nullptr);
    ~RotationWizard() override;

    // The step the page shows: the rotation's next one (Done once finished).
    RotationStep currentStep() const { return m_step; }
    // For the first step: the new staging and production keys.
    void setNewKeys(const QString& staging, const QString& production);
    void doStep();
    void cancelRotation();
    bool isBusy() const { return m_busy; }
    bool isStarted() const { return m_started; }
    void reject() override;

signals:
    void stepFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showState();
    void setBusy(bool busy);
    QString actor() const;

    Runtime& m_runtime;
    const ProviderId m_provider;
    RotationStep m_step = RotationStep::AddPending;
    QListWidget* m_steps;
    QLabel* m_title;
    QLabel* m_instructions;
    QWidget* m_keyFields;
    QLineEdit* m_staging;
    QLineEdit* m_production;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_do;
    QPushButton* m_cancelRotation;
    QPushButton* m_close;
    bool m_busy = false;
    bool m_started = false;   // a rotation of this provider is under way
    bool m_completed = false; // and this wizard saw it finish
};

} // namespace sb::ui
