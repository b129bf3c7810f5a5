#pragma once

#include "secrets/SecretValue.h"

#include <QFuture>
#include <QHash>
#include <QMutex>

#include <optional>
#include <variant>

namespace sb {

struct SecretStoreError
{
    enum class Kind {
        NotFound,    // no entry under that name
        Unavailable, // no keychain service is reachable
        Denied,      // the user or the system refused access
        Failed,      // anything else
    };
    Kind kind = Kind::Failed;
    QString message; // for people: what failed and how to fix it; never contains a secret
};

using SecretStoreResult = std::optional<SecretStoreError>; // nullopt: done
using SecretReadResult = std::variant<SecretValue, SecretStoreError>;

// Where secret values live: the operating system's keychain in the programs, memory in tests. Entries are named by
// an account string ("openai.production"); the store holds values only, and cannot list what it holds (keychains
// can't), so callers keep their own index. Asynchronous: futures finish on the calling thread's event loop, which
// must be running; call from one thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // For messages: "Secret Service", "macOS Keychain", "Windows Credential Manager", "memory".
    virtual QString name() const = 0;
    virtual QFuture<SecretStoreResult> write(const QString& account, const SecretValue& value) = 0;
    virtual QFuture<SecretReadResult> read(const QString& account) = 0;
    virtual QFuture<SecretStoreResult> remove(const QString& account) = 0;
};

// The system keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager
// on Windows), entries under the service name "salesbuddy". QtKeychain's plaintext fallback is never enabled: without
// a keychain service every operation fails with Unavailable, and nothing is written anywhere else.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("salesbuddy"));
    QString name() const override;
    QFuture<SecretStoreResult> write(const QString& account, const SecretValue& value) override;
    QFuture<SecretReadResult> read(const QString& account) override;
    QFuture<SecretStoreResult> remove(const QString& account) override;

private:
    QString m_service;
};

// Values in a map, for tests; can be told to behave as an unreachable keychain.
class MemorySecretStore final : public SecretStore
{
public:
    QString name() const override { return QStringLiteral("memory"); }
    QFuture<SecretStoreResult> write(const QString& account, const SecretValue& value) override;
    QFuture<SecretReadResult> read(const QString& account) override;
    QFuture<SecretStoreResult> remove(const QString& account) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString& account) const;

private:
    std::optional<SecretStoreError> unavailable() const;

    mutable QMutex m_mutex;
    QHash<QString, SecretValue> m_values;
    bool m_unavailable = false;
};

// Waits, running the calling thread's event loop, until `future` finishes. For the command line and tests.
template <typename T>
T waitFor(QFuture<T> future);

} // namespace sb

#include "secrets/SecretStoreWait.h"
