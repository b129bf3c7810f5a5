#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace sb {

// A key or token in memory. It owns its bytes outright (no implicit sharing), overwrites them when released, never
// converts itself to text for logging, and compares in constant time.
class SecretValue final
{
public:
    SecretValue() = default;
    explicit SecretValue(QByteArrayView bytes);
    static SecretValue fromString(const QString& text) { return SecretValue(text.toUtf8()); }
    ~SecretValue();

    SecretValue(const SecretValue& other);
    SecretValue& operator=(const SecretValue& other);
    SecretValue(SecretValue&& other) noexcept;
    SecretValue& operator=(SecretValue&& other) noexcept;

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    // The bytes, for the one place that must send them (an Authorization header, the keychain).
    QByteArrayView reveal() const { return QByteArrayView(m_data.get(), m_size); }

    // Constant-time equality: the time taken does not depend on where the values differ (or on their lengths).
    bool equals(QByteArrayView candidate) const;

    // For display: "sk-…a1b2" (the first three and the last four characters), or "…" for short values.
    QString masked() const;
    // First 8 hex digits of SHA-256: identifies a key without revealing it.
    QString fingerprint() const;

    // A new random token: `bytes` of entropy, URL-safe base64 without padding.
    static SecretValue generateToken(int bytes = 32);

private:
    void wipe();

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace sb
