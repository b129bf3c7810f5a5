#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace sb {

enum class KeyState { Active, PendingRotation, Retired, Compromised };
QString keyStateName(KeyState state); // "active", "pending", "retired", "compromised"
std::optional<KeyState> parseKeyState(const QString& name);

// Which of an environment's keys for a provider: the one in use; the new one of a rotation in progress; the old one a
// rotation switched away from, kept (and still valid at the provider) until the rotation's last step.
enum class KeySlot { Current, Pending, Previous };

// What the index knows of one key, which is everything but the key: keychains cannot list their entries, so this is
// how the program knows which keys exist. Nothing here lets anyone recover the key: the fingerprint is 8 hex digits
// of its SHA-256 and the mask shows 7 of its characters.
struct KeyRecord
{
    ProviderId provider = ProviderId::OpenAI;
    Environment environment = Environment::Development;
    KeySlot slot = KeySlot::Current;
    QString fingerprint; // "3fa1c2d9"
    QString masked;      // "sk-…a1b2"
    QDateTime created;
    QDateTime lastRotated; // when this value became the key (equal to created for a first key)
    QDateTime lastValidated;
    QString lastValidation; // "valid", "rejected", "unreachable"; empty until validated
    KeyState state = KeyState::Active;

    // The keychain entry's name: "openai.production", "openai.production.pending", "openai.production.previous".
    QString account() const;
};

// The metadata index of keys, in an INI file (keys.ini in the settings folder), written atomically.
class KeyIndex final
{
public:
    explicit KeyIndex(QString path);

    QString path() const { return m_path; }
    QList<KeyRecord> all() const;
    std::optional<KeyRecord> find(ProviderId provider, Environment environment,
                                  KeySlot slot = KeySlot::Current) const;
    // Adds or replaces the record of (provider, environment, slot). False when the file could not be written.
    bool put(const KeyRecord& record);
    bool remove(ProviderId provider, Environment environment, KeySlot slot = KeySlot::Current);

private:
    static std::optional<KeyRecord> read(QSettings& settings, ProviderId provider, Environment environment,
                                         KeySlot slot);

    QString m_path;
};

} // namespace sb
