#pragma once

#include "config/Environment.h"

#include <QWidget>

class QComboBox;

namespace sb {
class Runtime;
}

namespace sb::ui {

// The tool bar's environment switcher: development, staging, production (production in a warning colour, so nobody
// edits it by accident). Switching applies the environment's keys, budget, provider and limits, and is audited; when
// SALESBUDDY_ENV or NODE_ENV fixes the environment the switcher is disabled and says why.
class EnvironmentSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSwitcher)

public:
    explicit EnvironmentSwitcher(Runtime& runtime, QWidget* parent = nullptr);

    Environment shown() const;
    // Switches, asking first when the target is production; false when refused or declined.
    bool switchTo(Environment environment, bool ask = true);

signals:
    void switched(sb::Environment environment);
    void refused(const QString& reason);

private:
    void showCurrent();

    Runtime& m_runtime;
    QComboBox* m_combo;
};

} // namespace sb::ui
