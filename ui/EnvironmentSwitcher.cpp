#include "EnvironmentSwitcher.h"

#include "Labels.h"
#include "Runtime.h"
#include "audit/AuditLog.h"
#include "providers/ProviderRouter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>

namespace sb::ui {
namespace {
const QColor kProduction(0xd9, 0x4f, 0x00);
} // namespace

EnvironmentSwitcher::EnvironmentSwitcher(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("environmentSwitcher"));
    m_combo->setObjectName(QStringLiteral("environmentCombo"));
    m_combo->setAccessibleName(tr("Environment"));
    for (Environment env : allEnvironments()) {
        m_combo->addItem(environmentLabel(env), static_cast<int>(env));
        if (env == Environment::Production)
            m_combo->setItemData(m_combo->count() - 1, kProduction, Qt::ForegroundRole);
    }
    auto* label = new QLabel(tr("Environ&ment:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    if (m_runtime.config().fromVariables.environment) {
        m_combo->setEnabled(false);
        m_combo->setToolTip(tr("SALESBUDDY_ENV or NODE_ENV chose this environment where the console started; unset "
                               "it to switch here."));
    } else {
        m_combo->setToolTip(tr("Whose keys, budget, provider and limits the built-in service uses"));
    }
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const auto wanted = static_cast<Environment>(m_combo->itemData(index).toInt());
        if (!switchTo(wanted))
            showCurrent();
    });
    connect(&m_runtime.providers(), &ProviderRouter::environmentChanged, this, &EnvironmentSwitcher::showCurrent);
    showCurrent();
}

Environment EnvironmentSwitcher::shown() const
{
    return static_cast<Environment>(m_combo->currentData().toInt());
}

bool EnvironmentSwitcher::switchTo(Environment environment, bool ask)
{
    if (environment == m_runtime.environment())
        return true;
    if (ask && environment == Environment::Production &&
        QMessageBox::question(this, tr("Switch to Production"),
                              tr("Switch the built-in service to production? It will use production's keys and "
                                 "budget, and changes you make to providers and limits will affect production.")) !=
            QMessageBox::Yes)
        return false;
    if (auto refusal = m_runtime.switchEnvironment(environment, consoleActor())) {
        emit refused(*refusal);
        return false;
    }
    showCurrent();
    emit switched(environment);
    return true;
}

void EnvironmentSwitcher::showCurrent()
{
    const Environment current = m_runtime.environment();
    m_combo->setCurrentIndex(m_combo->findData(static_cast<int>(current)));
    // A style sheet, not the palette: the Windows, macOS and GTK styles draw combo boxes ignoring palette colours.
    m_combo->setStyleSheet(current == Environment::Production
                               ? QStringLiteral("QComboBox { background-color: %1; color: white; font-weight: bold; "
                                                "padding: 2px 8px; border-radius: 3px; }")
                                     .arg(kProduction.name())
                               : QString());
    m_combo->setProperty("production", current == Environment::Production);
}

} // namespace sb::ui
