#include "KeyManager.h"

#include "KeyDialog.h"
#include "Labels.h"
#include "Runtime.h"
#include "WhenReady.h"
#include "audit/AuditLog.h"
#include "providers/ProviderRouter.h"
#include "secrets/KeyVault.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"
#include "widgets/SecretClipboard.h"
#include "widgets/TableCells.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

enum KeyColumn { ProviderColumn, KeyColumnIndex, FingerprintColumn, AgeColumn, CheckColumn, WhereColumn, KeyColumns };

QString daysAgo(const QDateTime& when, const QDateTime& now)
{
    const qint64 days = when.daysTo(now);
    if (days <= 0)
        return KeyManager::tr("today");
    return KeyManager::tr("%n day(s) ago", nullptr, static_cast<int>(days));
}

QString checkResultLabel(const QString& result)
{
    if (result == QLatin1String("valid"))
        return KeyManager::tr("accepted");
    if (result == QLatin1String("rejected"))
        return KeyManager::tr("rejected");
    if (result == QLatin1String("unreachable"))
        return KeyManager::tr("not reachable");
    return result;
}

} // namespace

KeyManager::KeyManager(Runtime& runtime, MessageBar& messages, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_message(messages)
    , m_clipboard(new SecretClipboard(this))
{
    buildKeys();
    connect(&m_runtime.keys(), &KeyVault::keysChanged, this, &KeyManager::refreshKeys);
    refreshKeys();
}

KeyManager::~KeyManager() = default;

QString KeyManager::actor() const
{
    return consoleActor();
}

void KeyManager::refresh()
{
    if (!m_busy && !m_revealing)
        refreshKeys();
}

void KeyManager::conceal()
{
    if (m_revealing)
        revealSelected(false);
}

void KeyManager::buildKeys()
{
    QWidget* box = this;
    m_environment = new QComboBox(box);
    m_environment->setObjectName(QStringLiteral("keyEnvironment"));
    m_environment->setAccessibleName(tr("Environment of the keys shown"));
    for (Environment environment : allEnvironments())
        m_environment->addItem(environmentLabel(environment), static_cast<int>(environment));
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(m_runtime.environment())));
    auto* environmentLabelWidget = new QLabel(tr("&Keys for:"), box);
    environmentLabelWidget->setBuddy(m_environment);
    auto* storeNote = new QLabel(tr("Kept in: %1").arg(m_runtime.keys().storeName()), box);
    storeNote->setObjectName(QStringLiteral("storeName"));

    m_keys = new QTableWidget(static_cast<int>(cloudProviders().size()), KeyColumns, box);
    m_keys->setObjectName(QStringLiteral("keyTable"));
    m_keys->setAccessibleName(tr("Provider keys"));
    m_keys->setHorizontalHeaderLabels(
        {tr("Provider"), tr("Key"), tr("Fingerprint"), tr("Set"), tr("Last check"), tr("Where")});
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->verticalHeader()->hide();
    m_keys->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keys->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::Stretch);
    m_keys->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keys->setFixedHeight(m_keys->horizontalHeader()->sizeHint().height() +
                           m_keys->verticalHeader()->defaultSectionSize() * m_keys->rowCount() + 4);

    m_set = new QPushButton(tr("&Set…"), box);
    m_set->setObjectName(QStringLiteral("setKeyButton"));
    m_validate = new QPushButton(tr("Va&lidate"), box);
    m_validate->setObjectName(QStringLiteral("validateKeyButton"));
    m_validate->setToolTip(tr("Asks the provider whether it accepts this key"));
    m_delete = new QPushButton(tr("&Delete…"), box);
    m_delete->setObjectName(QStringLiteral("deleteKeyButton"));
    m_reveal = new QPushButton(tr("&Reveal (hold)"), box);
    m_reveal->setObjectName(QStringLiteral("revealKeyButton"));
    m_reveal->setToolTip(tr("Shows the whole key while the button is held down"));
    m_reveal->setAutoRepeat(false);
    m_copy = new QPushButton(tr("Cop&y Key"), box);
    m_copy->setObjectName(QStringLiteral("copyKeyButton"));
    m_copy->setToolTip(tr("Copies the key, hidden from clipboard history where the system allows, and clears the "
                          "clipboard after 30 seconds"));
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(environmentLabelWidget);
    top->addWidget(m_environment);
    top->addStretch(1);
    top->addWidget(storeNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_delete);
    buttons->addSpacing(12);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_keys);
    layout->addLayout(buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        refreshKeys();
        emit environmentChosen(keyEnvironment());
    });
    connect(m_keys, &QTableWidget::itemSelectionChanged, this, &KeyManager::updateKeyButtons);
    connect(m_set, &QPushButton::clicked, this, &KeyManager::openKeyDialog);
    connect(m_validate, &QPushButton::clicked, this, [this] {
        if (const auto provider = selectedProvider())
            validateKey(*provider, keyEnvironment());
    });
    connect(m_delete, &QPushButton::clicked, this, &KeyManager::confirmDelete);
    connect(m_reveal, &QPushButton::pressed, this, [this] { revealSelected(true); });
    connect(m_reveal, &QPushButton::released, this, [this] { revealSelected(false); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto provider = selectedProvider())
            copyKey(*provider, keyEnvironment());
    });
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] {
        if (!m_busy)
            m_message.showMessage(MessageBar::Kind::Information, tr("The copied key was cleared from the clipboard."));
    });
    m_keys->selectRow(0);
}

Environment KeyManager::keyEnvironment() const
{
    return static_cast<Environment>(m_environment->currentData().toInt());
}

void KeyManager::setKeyEnvironment(Environment environment)
{
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(environment)));
}

void KeyManager::selectProvider(ProviderId provider)
{
    const int row = static_cast<int>(cloudProviders().indexOf(provider));
    if (row >= 0)
        m_keys->selectRow(row);
}

std::optional<ProviderId> KeyManager::selectedProvider() const
{
    const int row = m_keys->currentRow();
    if (row < 0 || row >= cloudProviders().size())
        return std::nullopt;
    return cloudProviders().at(row);
}

void KeyManager::refreshKeys()
{
    const KeyVault& vault = m_runtime.keys();
    const Environment environment = keyEnvironment();
    const QDateTime now = m_runtime.clock().now();
    for (int row = 0; row < cloudProviders().size(); ++row) {
        const ProviderId id = cloudProviders().at(row);
        const auto record = vault.index().find(id, environment);
        const bool fromVariable = vault.overriddenByEnvironment(id);
        const auto inUse = vault.key(id, environment);
        QString key = tr("no key");
        QString fingerprint;
        QString set;
        QString check;
        QString where = tr("Not set. Extraction with %1 in %2 falls back down the chain.")
                            .arg(providerLabel(id), environmentLabel(environment));
        bool alarming = false;
        if (record) {
            key = record->masked;
            fingerprint = record->fingerprint;
            set = daysAgo(record->lastRotated, now);
            check = record->lastValidated.isValid() ? tr("%1, %2").arg(checkResultLabel(record->lastValidation),
                                                                       daysAgo(record->lastValidated, now))
                                                    : tr("never");
            where = tr("System keychain");
            if (record->state == KeyState::Compromised) {
                where = tr("Marked compromised and out of use. Set a new key.");
                key = tr("%1 (compromised)").arg(record->masked);
                alarming = true;
            } else if (record->lastValidation == QLatin1String("rejected")) {
                alarming = true;
            }
        }
        if (fromVariable && inUse) {
            key = inUse->masked();
            fingerprint = inUse->fingerprint();
            where = tr("%1 environment variable (wins over the keychain in every environment)").arg(keyVariable(id));
        }
        if (m_revealing && selectedProvider() == id && inUse)
            key = QString::fromUtf8(inUse->reveal().toByteArray());
        const QStringList cells{providerLabel(id), key, fingerprint, set, check, where};
        for (int column = 0; column < KeyColumns; ++column) {
            QTableWidgetItem* item = cellAt(m_keys, row, column);
            item->setText(cells.at(column));
            item->setForeground(alarming ? QBrush(QColor(0xd0, 0x30, 0x30)) : QBrush());
        }
    }
    updateKeyButtons();
}

void KeyManager::updateKeyButtons()
{
    const auto provider = selectedProvider();
    const KeyVault& vault = m_runtime.keys();
    const Environment environment = keyEnvironment();
    const bool stored = provider && vault.index().find(*provider, environment).has_value();
    const bool usable = provider && vault.key(*provider, environment).has_value();
    m_set->setText(stored ? tr("Re&place…") : tr("&Set…"));
    m_set->setEnabled(provider && !m_busy);
    m_validate->setEnabled(usable && !m_busy);
    m_delete->setEnabled(stored && !m_busy);
    m_reveal->setEnabled(usable && !m_busy);
    m_copy->setEnabled(usable && !m_busy);
}

void KeyManager::setBusy(bool busy, const QString& progress)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_environment->setEnabled(!busy);
    if (busy && !progress.isEmpty())
        m_message.showMessage(MessageBar::Kind::Information, progress);
    updateKeyButtons();
}

void KeyManager::succeed(const QString& message)
{
    setBusy(false);
    m_message.showMessage(MessageBar::Kind::Positive, message);
    refreshKeys();
    emit operationFinished();
}

void KeyManager::fail(const QString& message)
{
    setBusy(false);
    m_message.showMessage(MessageBar::Kind::Error, message);
    refreshKeys();
    emit operationFinished();
}

void KeyManager::openKeyDialog()
{
    const auto provider = selectedProvider();
    if (!provider)
        return;
    const Environment environment = keyEnvironment();
    const bool replacing = m_runtime.keys().index().find(*provider, environment).has_value();
    auto* dialog = new KeyDialog(*provider, environment, replacing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, provider = *provider, environment] {
        saveKey(provider, environment, dialog->key(), dialog->checkFirst());
    });
    dialog->open();
}

void KeyManager::saveKey(ProviderId provider, Environment environment, const SecretValue& key, bool checkFirst)
{
    if (key.isEmpty() || m_busy)
        return;
    auto cloud = m_runtime.providers().provider(provider);
    if (!checkFirst || !cloud) {
        setBusy(true, tr("Saving the key in the keychain…"));
        storeKey(provider, environment, key, {});
        return;
    }
    setBusy(true, tr("Checking the key with %1…").arg(providerLabel(provider)));
    whenReady(cloud->checkGivenKey(key), m_runtime, this, [this, provider, environment, key](const KeyCheck& check) {
        switch (check.result) {
        case KeyCheck::Result::Rejected:
            fail(tr("%1 rejected the key (%2), so it was not saved. Check that you copied the whole key and that it "
                    "belongs to the right project.")
                     .arg(providerLabel(provider), check.message));
            return;
        case KeyCheck::Result::Unreachable: {
            const auto answer = QMessageBox::question(
                this, tr("Provider Not Reachable"),
                tr("%1 could not be reached to check the key: %2\n\nSave the key without checking it?")
                    .arg(providerLabel(provider), check.message),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Save) {
                fail(tr("The key was not saved."));
                return;
            }
            m_message.showMessage(MessageBar::Kind::Information, tr("Saving the key in the keychain…"));
            storeKey(provider, environment, key, QStringLiteral("unreachable"));
            return;
        }
        default:
            m_message.showMessage(MessageBar::Kind::Information, tr("Saving the key in the keychain…"));
            storeKey(provider, environment, key, keyCheckResultName(check.result));
        }
    });
}

void KeyManager::storeKey(ProviderId provider, Environment environment, const SecretValue& key,
                          const QString& validation)
{
    whenReady(m_runtime.keys().setKey(provider, environment, key, actor()), m_runtime, this,
              [this, provider, environment, key, validation](const KeyResult& result) {
                  if (result) {
                      fail(*result);
                      return;
                  }
                  if (!validation.isEmpty())
                      m_runtime.keys().recordValidation(provider, environment, validation, actor());
                  QString message = tr("The %1 key for %2 is saved (%3).")
                                        .arg(providerLabel(provider), environmentLabel(environment), key.masked());
                  if (validation == QLatin1String("valid"))
                      message += QLatin1Char(' ') + tr("%1 accepted it.").arg(providerLabel(provider));
                  if (m_runtime.keys().overriddenByEnvironment(provider))
                      message += QLatin1Char(' ') +
                                 tr("While %1 is set, that variable's key is used instead.").arg(keyVariable(provider));
                  succeed(message);
              });
}

void KeyManager::validateKey(ProviderId provider, Environment environment)
{
    auto cloud = m_runtime.providers().provider(provider);
    if (!cloud || m_busy)
        return;
    setBusy(true, tr("Checking the %1 key with %1…").arg(providerLabel(provider)));
    whenReady(cloud->checkKey(environment), m_runtime, this, [this, provider, environment](const KeyCheck& check) {
        const QString result = keyCheckResultName(check.result);
        if (m_runtime.keys().index().find(provider, environment) &&
            (check.result == KeyCheck::Result::Valid || check.result == KeyCheck::Result::Rejected ||
             check.result == KeyCheck::Result::Unreachable))
            m_runtime.keys().recordValidation(provider, environment, result, actor());
        switch (check.result) {
        case KeyCheck::Result::Valid:
            succeed(tr("%1 accepted the key (%2 ms).").arg(providerLabel(provider)).arg(check.latencyMs));
            break;
        case KeyCheck::Result::Rejected:
            fail(tr("%1 rejected the key: %2. Replace it, or if it may have leaked, use Rotation → Compromised.")
                     .arg(providerLabel(provider), check.message));
            break;
        case KeyCheck::Result::Unreachable:
            fail(tr("%1 could not be reached: %2. Check the network and the base URL, then try again.")
                     .arg(providerLabel(provider), check.message));
            break;
        case KeyCheck::Result::NoKey:
        case KeyCheck::Result::NotNeeded:
            fail(tr("There is no %1 key for %2 to check.").arg(providerLabel(provider), environmentLabel(environment)));
            break;
        }
    });
}

void KeyManager::confirmDelete()
{
    const auto provider = selectedProvider();
    if (!provider)
        return;
    const Environment environment = keyEnvironment();
    const auto record = m_runtime.keys().index().find(*provider, environment);
    if (!record)
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Delete Key"),
        tr("Delete the %1 key %2 (fingerprint %3) for %4 from the keychain?")
            .arg(providerLabel(*provider), record->masked, record->fingerprint, environmentLabel(environment)),
        QMessageBox::Cancel, this);
    box.setInformativeText(tr("%1 stops answering in %2 until a new key is set; extraction moves down the chain. The "
                              "key itself stays valid at %1 until you revoke it there.")
                               .arg(providerLabel(*provider), environmentLabel(environment)));
    QPushButton* remove = box.addButton(tr("&Delete Key"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteKey(*provider, environment);
}

void KeyManager::deleteKey(ProviderId provider, Environment environment)
{
    if (m_busy)
        return;
    setBusy(true, tr("Deleting the key from the keychain…"));
    whenReady(
        m_runtime.keys().deleteKey(provider, environment, actor()), m_runtime, this,
        [this, provider, environment](const KeyResult& result) {
            if (result)
                fail(*result);
            else
                succeed(
                    tr("The %1 key for %2 is deleted.").arg(providerLabel(provider), environmentLabel(environment)));
        });
}

void KeyManager::copyKey(ProviderId provider, Environment environment)
{
    const auto key = m_runtime.keys().key(provider, environment);
    if (!key)
        return;
    m_clipboard->copy(QString::fromUtf8(key->reveal().toByteArray()));
    m_message.showMessage(MessageBar::Kind::Warning,
                          tr("The %1 key is on the clipboard for 30 seconds. Paste it only where it belongs.")
                              .arg(providerLabel(provider)));
}

void KeyManager::revealSelected(bool reveal)
{
    m_revealing = reveal;
    refreshKeys();
}

} // namespace sb::ui
