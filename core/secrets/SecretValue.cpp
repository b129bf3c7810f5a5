#include "secrets/SecretValue.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstring>

namespace sb {
namespace {

// Writes through a volatile pointer so the compiler cannot drop the stores as dead.
void secureZero(char* data, qsizetype size)
{
    volatile char* p = data;
    for (qsizetype i = 0; i < size; ++i)
        p[i] = 0;
}

QByteArray digest(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

SecretValue::SecretValue(QByteArrayView bytes)
    : m_data(bytes.isEmpty() ? nullptr : new char[bytes.size()])
    , m_size(bytes.size())
{
    if (m_size > 0)
        std::memcpy(m_data.get(), bytes.data(), static_cast<size_t>(m_size));
}

SecretValue::~SecretValue()
{
    wipe();
}

SecretValue::SecretValue(const SecretValue& other)
    : SecretValue(other.reveal())
{}

SecretValue& SecretValue::operator=(const SecretValue& other)
{
    if (this != &other) {
        SecretValue copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecretValue::SecretValue(SecretValue&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretValue& SecretValue::operator=(SecretValue&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretValue::wipe()
{
    if (m_data)
        secureZero(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

bool SecretValue::equals(QByteArrayView candidate) const
{
    // Compare fixed-length digests so neither the length nor the first difference leaks through timing.
    const QByteArray a = digest(reveal());
    const QByteArray b = digest(candidate);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0 && !isEmpty();
}

QString SecretValue::masked() const
{
    if (m_size < 12)
        return QStringLiteral("…");
    const QString text = QString::fromUtf8(reveal());
    return text.left(3) + QStringLiteral("…") + text.right(4);
}

QString SecretValue::fingerprint() const
{
    return QString::fromLatin1(digest(reveal()).toHex().left(8));
}

SecretValue SecretValue::generateToken(int bytes)
{
    Q_ASSERT(bytes > 0 && bytes % 4 == 0);
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + (bytes / 4) * 4));
    QByteArray encoded = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretValue token(encoded);
    secureZero(random.data(), random.size());
    secureZero(encoded.data(), encoded.size());
    return token;
}

} // namespace sb
