#include "CompromiseDialog.h"

#include "Labels.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "audit/AuditLog.h"
#include "providers/KeyDialog.h"
#include "rotation/RotationManager.h"
#include "secrets/KeyVault.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

CompromiseDialog::CompromiseDialog(Runtime& runtime, QWidget* parent)
    : QDialog(parent)
    , m_runtime(runtime)
    , m_provider(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_key(new QLabel(this))
    , m_replacement(new QLineEdit(this))
    , m_understood(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_go(new QPushButton(tr("&Take the Key Out of Use"), this))
{
    setObjectName(QStringLiteral("compromiseDialog"));
    setWindowTitle(tr("A Key Is Compromised"));
    auto* intro = new QLabel(tr("<p>Use this when a key may have leaked: pasted in a chat, committed, on a lost "
                                "laptop.</p><p>The key stops being used <b>at once</b>, by this console and by every "
                                "Sales Buddy service on this computer. Extraction moves to the next provider in the "
                                "chain. Then revoke the key in the provider's dashboard.</p>"),
                             this);
    intro->setWordWrap(true);
    m_provider->setObjectName(QStringLiteral("compromisedProvider"));
    m_provider->setAccessibleName(tr("Provider of the compromised key"));
    for (ProviderId id : cloudProviders())
        m_provider->addItem(providerLabel(id), static_cast<int>(id));
    m_environment->setObjectName(QStringLiteral("compromisedEnvironment"));
    m_environment->setAccessibleName(tr("Environment of the compromised key"));
    for (Environment env : allEnvironments())
        m_environment->addItem(environmentLabel(env), static_cast<int>(env));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(m_runtime.environment())));
    m_key->setObjectName(QStringLiteral("compromisedKey"));
    m_replacement->setObjectName(QStringLiteral("replacementKey"));
    m_replacement->setAccessibleName(tr("Replacement key (optional)"));
    m_replacement->setEchoMode(QLineEdit::Password);
    m_replacement->setContextMenuPolicy(Qt::NoContextMenu);
    m_replacement->setPlaceholderText(tr("optional: a new key to use instead"));
    m_understood->setObjectName(QStringLiteral("understood"));
    m_problem->setWordWrap(true);
    m_go->setObjectName(QStringLiteral("takeOutOfUseButton"));
    // The one destructive action: red, and only once confirmed.
    QPalette danger = m_go->palette();
    danger.setColor(QPalette::Button, QColor(0xc6, 0x28, 0x28));
    danger.setColor(QPalette::ButtonText, Qt::white);
    m_go->setPalette(danger);

    auto* form = new QFormLayout;
    auto* providerLabelWidget = new QLabel(tr("&Provider:"), this);
    providerLabelWidget->setBuddy(m_provider);
    auto* environmentLabelWidget = new QLabel(tr("&Environment:"), this);
    environmentLabelWidget->setBuddy(m_environment);
    auto* replacementLabel = new QLabel(tr("&Replacement:"), this);
    replacementLabel->setBuddy(m_replacement);
    form->addRow(providerLabelWidget, m_provider);
    form->addRow(environmentLabelWidget, m_environment);
    form->addRow(tr("Key:"), m_key);
    form->addRow(replacementLabel, m_replacement);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_go, QDialogButtonBox::DestructiveRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_understood);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // A confirmation is for one key: choosing another asks for it again.
    for (QComboBox* combo : {m_provider, m_environment}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_understood->setChecked(false);
            m_error.clear();
            updateState();
        });
    }
    connect(m_replacement, &QLineEdit::textChanged, this, &CompromiseDialog::updateState);
    connect(m_understood, &QCheckBox::toggled, this, &CompromiseDialog::updateState);
    connect(m_go, &QPushButton::clicked, this, &CompromiseDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(560, sizeHint().height());
}

CompromiseDialog::~CompromiseDialog() = default;

void CompromiseDialog::reject()
{
    if (m_busy)
        return; // the procedure is under way; its outcome must be seen
    QDialog::reject();
}

void CompromiseDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void CompromiseDialog::choose(ProviderId provider, Environment environment)
{
    m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(provider)));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(environment)));
}

void CompromiseDialog::setReplacement(const QString& key)
{
    m_replacement->setText(key);
}

void CompromiseDialog::updateState()
{
    const auto provider = static_cast<ProviderId>(m_provider->currentData().toInt());
    const auto environment = static_cast<Environment>(m_environment->currentData().toInt());
    const auto record = m_runtime.keys().index().find(provider, environment);
    const bool usable = record && record->state != KeyState::Compromised;
    m_key->setText(usable ? tr("%1 (fingerprint %2)").arg(record->masked, record->fingerprint)
                          : tr("none in the keychain"));
    m_understood->setText(tr("I understand: %1 stops using this key in %2 now.")
                              .arg(providerLabel(provider), environmentLabel(environment)));
    QString problem = m_error; // the last attempt's failure stays until the choice changes
    if (problem.isEmpty() && !usable)
        problem = tr("There is no %1 key for %2 in the keychain to take out of use.")
                      .arg(providerLabel(provider), environmentLabel(environment));
    else if (problem.isEmpty() && m_runtime.keys().overriddenByEnvironment(provider))
        problem = tr("Note: %1 is set where this console started; that key is used regardless. Unset it and revoke "
                     "it too.")
                      .arg(keyVariable(provider));
    if (m_error.isEmpty() && !m_replacement->text().isEmpty()) {
        const QString replacementProblem = KeyDialog::problemWith(m_replacement->text());
        if (!replacementProblem.isEmpty())
            problem = tr("Replacement: %1").arg(replacementProblem);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_go->setEnabled(usable && m_understood->isChecked() && !m_busy &&
                     (m_replacement->text().isEmpty() || KeyDialog::problemWith(m_replacement->text()).isEmpty()));
}

void CompromiseDialog::confirm()
{
    if (!m_go->isEnabled())
        return;
    const auto provider = static_cast<ProviderId>(m_provider->currentData().toInt());
    const auto environment = static_cast<Environment>(m_environment->currentData().toInt());
    std::optional<SecretValue> replacement;
    if (!m_replacement->text().trimmed().isEmpty())
        replacement = SecretValue::fromString(m_replacement->text().trimmed());
    m_replacement->clear();
    m_busy = true;
    updateState();
    whenReady(
        m_runtime.rotation().compromise(provider, environment, consoleActor(), replacement), m_runtime, this,
        [this, provider, environment, hadReplacement = replacement.has_value()](const KeyResult& result) {
            m_busy = false;
            if (result) {
                m_error = tr("Not done: %1").arg(*result);
                updateState();
                emit procedureFinished(false, *result);
                return;
            }
            const QString message =
                hadReplacement
                    ? tr("The compromised %1 key for %2 is out of use and the replacement is in place. Revoke the "
                         "old key in the provider's dashboard now.")
                          .arg(providerLabel(provider), environmentLabel(environment))
                    : tr("The compromised %1 key for %2 is out of use; extraction moved down the chain. Revoke it in "
                         "the provider's dashboard, then set a new key.")
                          .arg(providerLabel(provider), environmentLabel(environment));
            emit procedureFinished(true, message);
            accept();
        });
}

} // namespace sb::ui
