#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"

#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sb {
class Runtime;
}

namespace sb::ui {

class MessageBar;
class SecretClipboard;

// The cloud providers' keys of one environment at a time: masked, with fingerprint, age, last check and where the key
// in use comes from; Set / Replace (checked with the provider first), Validate, Delete (confirmed, naming the key),
// Reveal while held, Copy (marked secret, cleared after 30 s). Keychain and provider calls are asynchronous: the
// buttons are disabled and progress shows until each ends with operationFinished(). Changes are audited as the
// console's user.
class KeyManager final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManager)

public:
    KeyManager(Runtime& runtime, MessageBar& messages, QWidget* parent = nullptr);
    ~KeyManager() override;

    Environment keyEnvironment() const;
    void setKeyEnvironment(Environment environment);
    void selectProvider(ProviderId provider);
    bool isBusy() const { return m_busy; }
    void refresh();
    // Hides a revealed key (the panel is leaving the screen).
    void conceal();

    // The steps behind the buttons; each ends with operationFinished().
    void saveKey(ProviderId provider, Environment environment, const SecretValue& key, bool checkFirst);
    void validateKey(ProviderId provider, Environment environment);
    void deleteKey(ProviderId provider, Environment environment);
    void copyKey(ProviderId provider, Environment environment);

signals:
    void operationFinished();
    void environmentChosen(sb::Environment environment);

private:
    void buildKeys();
    void refreshKeys();
    void updateKeyButtons();
    std::optional<ProviderId> selectedProvider() const;
    void setBusy(bool busy, const QString& progress = {});
    void succeed(const QString& message);
    void fail(const QString& message);
    void storeKey(ProviderId provider, Environment environment, const SecretValue& key, const QString& validation);
    void openKeyDialog();
    void confirmDelete();
    void revealSelected(bool reveal);
    QString actor() const;

    Runtime& m_runtime;
    MessageBar& m_message;
    QComboBox* m_environment = nullptr;
    QTableWidget* m_keys = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_copy = nullptr;
    QProgressBar* m_progress = nullptr;
    SecretClipboard* m_clipboard;
    bool m_busy = false;
    bool m_revealing = false;
};

} // namespace sb::ui
