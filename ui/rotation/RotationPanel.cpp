#include "RotationPanel.h"

#include "CompromiseDialog.h"
#include "Labels.h"
#include "RotationWizard.h"
#include "Runtime.h"
#include "rotation/RotationManager.h"
#include "secrets/KeyVault.h"
#include "widgets/MessageBar.h"
#include "widgets/TableCells.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

RotationPanel::RotationPanel(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(new MessageBar(this))
    , m_compromise(new QPushButton(tr("A Key Is &Compromised…"), this))
    , m_schedule(new QTableWidget(0, 6, this))
    , m_scheduleEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("rotationPanel"));
    m_compromise->setObjectName(QStringLiteral("compromiseButton"));
    m_compromise->setToolTip(tr("Takes a leaked key out of use at once, everywhere on this computer"));
    QFont strong = m_compromise->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.15);
    m_compromise->setFont(strong);
    m_compromise->setMinimumHeight(m_compromise->sizeHint().height() * 3 / 2);
    QPalette danger = m_compromise->palette();
    danger.setColor(QPalette::Button, QColor(0xc6, 0x28, 0x28));
    danger.setColor(QPalette::ButtonText, Qt::white);
    m_compromise->setPalette(danger);
    auto* compromiseNote =
        new QLabel(tr("If a key may have leaked, do not wait for its rotation: take it out of use now, then revoke it "
                      "in the provider's dashboard."),
                   this);
    compromiseNote->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(compromiseNote, 1);
    top->addWidget(m_compromise);

    m_schedule->setObjectName(QStringLiteral("rotationSchedule"));
    m_schedule->setAccessibleName(tr("Key rotation schedule"));
    m_schedule->setHorizontalHeaderLabels(
        {tr("Provider"), tr("Environment"), tr("Key"), tr("Age"), tr("Due"), tr("Status")});
    m_schedule->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedule->verticalHeader()->hide();
    m_schedule->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scheduleEmpty->setWordWrap(true);
    m_scheduleEmpty->setText(tr("No keys in the keychain yet. Keys set in Providers & Keys appear here with their age "
                                "and the date their rotation is due (every 30 days by default)."));
    auto* schedule = new QGroupBox(tr("Schedule"), this);
    auto* scheduleLayout = new QVBoxLayout(schedule);
    scheduleLayout->addWidget(m_scheduleEmpty);
    scheduleLayout->addWidget(m_schedule, 1);

    auto* rotations = new QGroupBox(tr("Rotations"), this);
    auto* grid = new QGridLayout(rotations);
    int row = 0;
    for (ProviderId id : cloudProviders()) {
        ProviderRow entry{id, new QLabel(rotations), new QPushButton(rotations)};
        entry.state->setWordWrap(true);
        entry.state->setObjectName(providerName(id) + QStringLiteral("RotationState"));
        entry.rotate->setObjectName(providerName(id) + QStringLiteral("RotateButton"));
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(providerLabel(id)), rotations), row, 0);
        grid->addWidget(entry.state, row, 1);
        grid->addWidget(entry.rotate, row, 2);
        connect(entry.rotate, &QPushButton::clicked, this, [this, id] { openWizard(id); });
        m_rows.append(entry);
        ++row;
    }
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(schedule, 1);
    layout->addWidget(rotations);

    connect(m_compromise, &QPushButton::clicked, this, &RotationPanel::openCompromise);
    connect(&m_runtime.rotation(), &RotationManager::changed, this, &RotationPanel::refresh);
    connect(&m_runtime.keys(), &KeyVault::keysChanged, this, &RotationPanel::refresh);
    refresh();
}

RotationPanel::~RotationPanel() = default;

void RotationPanel::refresh()
{
    const QList<KeyDue> schedule = m_runtime.rotation().schedule();
    const QLocale locale;
    m_schedule->setRowCount(static_cast<int>(schedule.size()));
    m_schedule->setVisible(!schedule.isEmpty());
    m_scheduleEmpty->setVisible(schedule.isEmpty());
    for (int row = 0; row < schedule.size(); ++row) {
        const KeyDue& due = schedule.at(row);
        QString status;
        QColor background;
        switch (due.status) {
        case KeyDue::Status::Ok:
            status = tr("in order");
            break;
        case KeyDue::Status::DueSoon:
            status = tr("due within 7 days");
            background = QColor(0xf5, 0xb0, 0x41); // amber
            break;
        case KeyDue::Status::Overdue:
            status = tr("OVERDUE: rotate now");
            background = QColor(0xe0, 0x4b, 0x4b); // red
            break;
        }
        if (due.record.state == KeyState::Compromised) {
            status = tr("compromised: set a new key");
            background = QColor(0xe0, 0x4b, 0x4b);
        }
        const QStringList cells{providerLabel(due.record.provider),
                                environmentLabel(due.record.environment),
                                due.record.masked,
                                tr("%n day(s)", nullptr, static_cast<int>(due.ageDays)),
                                locale.toString(due.due.toLocalTime().date(), QLocale::ShortFormat),
                                status};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = cellAt(m_schedule, row, column);
            item->setText(cells.at(column));
            item->setBackground(background.isValid() ? QBrush(background) : QBrush());
            // Dark text on the amber and red backgrounds, whatever the palette.
            item->setForeground(background.isValid() ? QBrush(Qt::black) : QBrush());
        }
    }
    for (const ProviderRow& entry : std::as_const(m_rows)) {
        const auto state = m_runtime.rotation().state(entry.provider);
        if (state) {
            entry.state->setText(tr("Rotation under way since %1 (started by %2). Next step: %3.")
                                     .arg(locale.toString(state->started.toLocalTime(), QLocale::ShortFormat),
                                          state->startedBy, rotationStepName(state->next)));
            entry.rotate->setText(tr("Resume…"));
        } else {
            entry.state->setText(tr("No rotation under way. A rotation replaces the staging and production keys, one "
                                    "environment at a time, without downtime."));
            entry.rotate->setText(tr("Rotate %1 Keys…").arg(providerLabel(entry.provider)));
        }
    }
}

RotationWizard* RotationPanel::openWizard(ProviderId provider)
{
    auto* wizard = new RotationWizard(m_runtime, provider, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RotationWizard::stepFinished, this, &RotationPanel::refresh);
    connect(wizard, &QDialog::finished, this, &RotationPanel::refresh);
    wizard->open();
    refresh();
    return wizard;
}

CompromiseDialog* RotationPanel::openCompromise()
{
    auto* dialog = new CompromiseDialog(m_runtime, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompromiseDialog::procedureFinished, this, [this](bool ok, const QString& message) {
        m_message->showMessage(ok ? MessageBar::Kind::Warning : MessageBar::Kind::Error, message);
        refresh();
    });
    dialog->open();
    return dialog;
}

void RotationPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace sb::ui
