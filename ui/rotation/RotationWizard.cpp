#include "RotationWizard.h"

#include "Labels.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "audit/AuditLog.h"
#include "providers/KeyDialog.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

QString stepTitle(RotationStep step)
{
    switch (step) {
    case RotationStep::AddPending:
        return RotationWizard::tr("Add the new keys");
    case RotationStep::Validate:
        return RotationWizard::tr("Check the new keys");
    case RotationStep::SwitchStaging:
        return RotationWizard::tr("Switch staging");
    case RotationStep::VerifyStaging:
        return RotationWizard::tr("Verify staging");
    case RotationStep::SwitchProduction:
        return RotationWizard::tr("Switch production");
    case RotationStep::VerifyProduction:
        return RotationWizard::tr("Verify production");
    case RotationStep::Retire:
        return RotationWizard::tr("Retire the old keys");
    case RotationStep::Done:
        return RotationWizard::tr("Done");
    }
    return {};
}

QLineEdit* secretField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setDragEnabled(false);
    return field;
}

} // namespace

RotationWizard::RotationWizard(Runtime& runtime, ProviderId provider, QWidget* parent)
    : QDialog(parent)
    , m_runtime(runtime)
    , m_provider(provider)
    , m_steps(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_instructions(new QLabel(this))
    , m_keyFields(new QWidget(this))
    , m_staging(secretField(QStringLiteral("stagingKey"), m_keyFields))
    , m_production(secretField(QStringLiteral("productionKey"), m_keyFields))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_do(new QPushButton(tr("&Do This Step"), this))
    , m_cancelRotation(new QPushButton(tr("Abandon Rotation"), this))
    , m_close(new QPushButton(tr("Close (resume later)"), this))
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate the %1 Keys").arg(providerLabel(provider)));
    m_steps->setObjectName(QStringLiteral("rotationSteps"));
    m_steps->setAccessibleName(tr("Rotation steps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFixedWidth(220);
    for (RotationStep step : rotationSteps())
        m_steps->addItem(stepTitle(step));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_instructions->setObjectName(QStringLiteral("stepInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_staging->setAccessibleName(tr("New staging key"));
    m_production->setAccessibleName(tr("New production key"));
    auto* form = new QFormLayout(m_keyFields);
    form->setContentsMargins(0, 0, 0, 0);
    auto* stagingLabel = new QLabel(tr("New &staging key:"), m_keyFields);
    stagingLabel->setBuddy(m_staging);
    auto* productionLabel = new QLabel(tr("New p&roduction key:"), m_keyFields);
    productionLabel->setBuddy(m_production);
    form->addRow(stagingLabel, m_staging);
    form->addRow(productionLabel, m_production);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(100);
    m_progress->hide();
    m_do->setObjectName(QStringLiteral("doStepButton"));
    m_do->setDefault(true);
    m_cancelRotation->setObjectName(QStringLiteral("abandonButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* page = new QVBoxLayout;
    page->addWidget(m_title);
    page->addWidget(m_instructions);
    page->addWidget(m_keyFields);
    page->addWidget(m_status);
    page->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelRotation);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_close);
    buttons->addWidget(m_do);
    page->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(page, 1);

    connect(m_do, &QPushButton::clicked, this, &RotationWizard::doStep);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelRotation, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Abandon Rotation"),
                                  tr("Abandon the rotation of the %1 keys? The new keys are deleted from the keychain; "
                                     "the current keys stay in use.")
                                      .arg(providerLabel(m_provider))) == QMessageBox::Yes)
            cancelRotation();
    });
    for (QLineEdit* field : {m_staging, m_production})
        connect(field, &QLineEdit::textChanged, this, [this] { showState(); });

    // Opening the wizard resumes the rotation under way, or offers to start one; looking starts nothing.
    showState();
    resize(760, 420);
}

RotationWizard::~RotationWizard() = default;

QString RotationWizard::actor() const
{
    return consoleActor();
}

void RotationWizard::showState()
{
    const auto state = m_runtime.rotation().state(m_provider);
    m_started = state.has_value();
    m_step = state ? state->next : (m_completed ? RotationStep::Done : RotationStep::AddPending);
    const QLocale locale;
    for (int row = 0; row < rotationSteps().size(); ++row) {
        const RotationStep step = rotationSteps().at(row);
        QListWidgetItem* item = m_steps->item(row);
        QString text = stepTitle(step);
        QFont font = m_steps->font();
        bool done = m_completed && !state;
        if (state) {
            for (const RotationState::Done& entry : state->done) {
                if (entry.step == step) {
                    done = true;
                    item->setToolTip(tr("Done by %1, %2")
                                         .arg(entry.by, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
                }
            }
        }
        font.setBold(m_started && step == m_step);
        item->setFont(font);
        item->setText((done                          ? QStringLiteral("✔ ")
                       : m_started && step == m_step ? QStringLiteral("▶ ")
                                                     : QStringLiteral("   ")) +
                      text);
    }
    if (!m_started && !m_completed) {
        m_title->setText(tr("Rotate the %1 keys").arg(providerLabel(m_provider)));
        m_instructions->setText(
            tr("A rotation replaces the staging and production keys with new ones in seven steps, listed on the left, "
               "one environment at a time so extraction never stops. Each step says what to do in %1's dashboard or "
               "your deployments, and what the console checks. You can close this window between steps and resume "
               "later, here or with `salesbuddy rotation advance`.")
                .arg(providerLabel(m_provider)));
        m_keyFields->hide();
        m_do->setText(tr("&Start Rotation"));
        m_do->setEnabled(!m_busy);
        m_do->show();
        m_cancelRotation->hide();
        m_close->setText(tr("Close"));
        return;
    }
    m_do->setText(tr("&Do This Step"));
    m_title->setText(stepTitle(m_step));
    m_instructions->setText(rotationStepInstructions(m_step, m_provider));
    m_keyFields->setVisible(m_step == RotationStep::AddPending);
    const bool keysGiven = !m_staging->text().trimmed().isEmpty() && !m_production->text().trimmed().isEmpty();
    QString keyProblem;
    if (m_step == RotationStep::AddPending && keysGiven) {
        keyProblem = KeyDialog::problemWith(m_staging->text());
        if (keyProblem.isEmpty())
            keyProblem = KeyDialog::problemWith(m_production->text());
        if (keyProblem.isEmpty() && m_staging->text().trimmed() == m_production->text().trimmed())
            keyProblem = tr("Staging and production need different keys, so a leak in one does not expose the other.");
    }
    if (!keyProblem.isEmpty())
        m_status->setText(keyProblem);
    const bool canDo = m_step != RotationStep::Done && !m_busy &&
                       (m_step != RotationStep::AddPending || (keysGiven && keyProblem.isEmpty()));
    m_do->setEnabled(canDo);
    m_do->setVisible(m_step != RotationStep::Done);
    // Before any key is switched, abandoning only deletes the new keys; after, the old ones may already be gone.
    const bool beforeSwitch =
        m_step == RotationStep::AddPending || m_step == RotationStep::Validate || m_step == RotationStep::SwitchStaging;
    m_cancelRotation->setVisible(state.has_value() && beforeSwitch);
    m_cancelRotation->setEnabled(!m_busy);
    m_close->setText(m_step == RotationStep::Done ? tr("Close") : tr("Close (resume later)"));
}

void RotationWizard::setNewKeys(const QString& staging, const QString& production)
{
    m_staging->setText(staging);
    m_production->setText(production);
}

void RotationWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_close->setEnabled(!busy);
    showState();
}

void RotationWizard::doStep()
{
    if (m_busy || m_step == RotationStep::Done)
        return;
    if (!m_started) {
        if (auto refusal = m_runtime.rotation().start(m_provider, actor())) {
            m_status->setText(tr("<b>Not started:</b> %1").arg(refusal->toHtmlEscaped()));
            emit stepFinished(false);
            return;
        }
        m_status->setText(tr("Rotation started. First, add the new keys."));
        showState();
        emit stepFinished(true);
        return;
    }
    std::map<Environment, SecretValue> keys;
    if (m_step == RotationStep::AddPending) {
        keys.emplace(Environment::Staging, SecretValue::fromString(m_staging->text().trimmed()));
        keys.emplace(Environment::Production, SecretValue::fromString(m_production->text().trimmed()));
    }
    const RotationStep step = m_step;
    m_status->setText(tr("Working on “%1”…").arg(stepTitle(step)));
    setBusy(true);
    whenReady(m_runtime.rotation().advance(m_provider, actor(), keys), m_runtime, this,
              [this, step](const KeyResult& result) {
                  if (step == RotationStep::AddPending && !result) {
                      m_staging->clear();
                      m_production->clear();
                  }
                  if (!result && !m_runtime.rotation().state(m_provider))
                      m_completed = true;
                  setBusy(false);
                  if (result) {
                      m_status->setText(tr("<b>Not done:</b> %1").arg(result->toHtmlEscaped()));
                  } else {
                      m_status->setText(
                          m_step == RotationStep::Done
                              ? tr("<b>The rotation is complete.</b> The new keys are in use in staging and "
                                   "production, and the old ones are gone from the keychain.")
                              : tr("“%1” is done. Next: %2.").arg(stepTitle(step), stepTitle(m_step)));
                  }
                  emit stepFinished(!result);
              });
}

void RotationWizard::reject()
{
    if (m_busy)
        return; // a step is running; its outcome must be seen
    QDialog::reject();
}

void RotationWizard::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RotationWizard::cancelRotation()
{
    setBusy(true);
    whenReady(m_runtime.rotation().cancel(m_provider, actor()), m_runtime, this, [this](const KeyResult& result) {
        setBusy(false);
        if (result) {
            m_status->setText(tr("<b>Not abandoned:</b> %1").arg(result->toHtmlEscaped()));
            emit stepFinished(false);
            return;
        }
        emit stepFinished(true);
        accept();
    });
}

} // namespace sb::ui
