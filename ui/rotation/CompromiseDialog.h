#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {
class Runtime;
}

namespace sb::ui {

// The compromise procedure in one confirmed step: which key (provider, environment), an optional replacement, and
// a confirmation. The key stops being used at once, here and in other Sales Buddy processes, extraction moves down
// the fallback chain, and everything is audited.
class CompromiseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompromiseDialog)

public:
    CompromiseDialog(Runtime& runtime, QWidget* parent = nullptr);
    ~CompromiseDialog() override;

    void choose(ProviderId provider, Environment environment);
    void setReplacement(const QString& key);
    void confirm();

    void reject() override;

signals:
    void procedureFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateState();

    Runtime& m_runtime;
    QComboBox* m_provider;
    QComboBox* m_environment;
    QLabel* m_key;
    QLineEdit* m_replacement;
    QCheckBox* m_understood;
    QLabel* m_problem;
    QPushButton* m_go;
    QString m_error; // why the last attempt failed, until the choice changes
    bool m_busy = false;
};

} // namespace sb::ui
