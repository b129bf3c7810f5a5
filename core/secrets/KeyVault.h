#pragma once

#include "secrets/KeyIndex.h"
#include "secrets/KeySource.h"
#include "secrets/SecretStore.h"

#include <QFuture>
#include <QJsonObject>
#include <QMutex>
#include <QFileSystemWatcher>
#include <QObject>

#include <map>

namespace sb {

class AuditLog;
class Clock;

// An operation's outcome: nullopt when done, else a sentence for the user saying what failed and how to fix it.
using KeyResult = std::optional<QString>;

// The provider keys of every environment: values in the system keychain (SecretStore), what is known about them in
// the index (KeyIndex), and the values in use in memory, so the service can read them without waiting. Keys from
// environment variables (OPENAI_API_KEY, MISTRAL_API_KEY) win over the keychain for every environment, as the old
// service's deployments expect; status says when they do.
//
// Changes are asynchronous (keychains are) and made from one thread, which must run an event loop; key() is
// thread-safe. Every change is written to the audit log with its fingerprint, never its value.
class KeyVault final : public QObject, public KeySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVault)

public:
    KeyVault(SecretStore& store, QString indexPath, AuditLog* audit, const Clock& clock,
             std::optional<SecretValue> openaiFromEnvironment, std::optional<SecretValue> mistralFromEnvironment,
             QObject* parent = nullptr);
    ~KeyVault() override;

    // KeySource: the environment variable's key, else the keychain's key in use for (provider, environment).
    std::optional<SecretValue> key(ProviderId provider, Environment environment) const override;
    QString origin(ProviderId provider, Environment environment) const override;

    // Reads the keys the index lists from the keychain into memory. Resolves to the problems met (empty: all loaded);
    // keys that could not be read are simply not available.
    QFuture<QStringList> load();

    const KeyIndex& index() const { return m_index; }
    QString storeName() const { return m_store.name(); }
    // The keychain's key in use for (provider, environment), ignoring environment variables; loaded by load().
    std::optional<SecretValue> storedKey(ProviderId provider, Environment environment) const;
    // True when an environment variable supplies this provider's key (for every environment).
    bool overriddenByEnvironment(ProviderId provider) const;

    // Stores `value` as the key of (provider, environment), replacing the one there. Takes effect at once.
    QFuture<KeyResult> setKey(ProviderId provider, Environment environment, const SecretValue& value,
                              const QString& actor);
    // Removes the key from the keychain and the index.
    QFuture<KeyResult> deleteKey(ProviderId provider, Environment environment, const QString& actor);
    // Records the outcome of checking the key with its provider.
    void recordValidation(ProviderId provider, Environment environment, const QString& result, const QString& actor);

    // For rotations: stores a new key as pending (not used until promoted).
    QFuture<KeyResult> storePending(ProviderId provider, Environment environment, const SecretValue& value,
                                    const QString& actor);
    // Reads a slot's value from the keychain.
    QFuture<SecretReadResult> read(ProviderId provider, Environment environment, KeySlot slot);
    // The pending key becomes the one in use; the one it replaces is kept as the previous key.
    QFuture<KeyResult> promotePending(ProviderId provider, Environment environment, const QString& actor);
    // Deletes the pending key of an abandoned rotation.
    QFuture<KeyResult> discardPending(ProviderId provider, Environment environment, const QString& actor);
    // Deletes the previous key of a finished rotation.
    QFuture<KeyResult> retirePrevious(ProviderId provider, Environment environment, const QString& actor);
    // The compromise procedure's first step: the key is no longer used, from this moment, by this process, and by
    // others as soon as they see the index change; its value is deleted from the keychain; the index keeps the record
    // as compromised until a replacement is set.
    QFuture<KeyResult> markCompromised(ProviderId provider, Environment environment, const QString& actor);

    // Follows changes another process made to the index: keys deleted or compromised there stop being used here,
    // new or replaced ones are read from the keychain.
    void refresh();

signals:
    void keysChanged();

private:
    using Slot = std::pair<ProviderId, Environment>;

    void audit(const QString& actor, const QString& event, const KeyRecord& record,
               const QJsonObject& extra = {}) const;
    void forget(ProviderId provider, Environment environment);
    QFileSystemWatcher* m_watcher = nullptr;

    SecretStore& m_store;
    KeyIndex m_index;
    AuditLog* m_audit;
    const Clock& m_clock;
    std::optional<SecretValue> m_openaiFromEnvironment;
    std::optional<SecretValue> m_mistralFromEnvironment;
    mutable QMutex m_mutex;
    std::map<Slot, SecretValue> m_inUse;
};

} // namespace sb
