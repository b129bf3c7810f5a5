#pragma once

#include "secrets/SecretValue.h"

#include <QMutex>
#include <QString>

#include <vector>

namespace sb {

// Takes secrets out of text that is about to be logged. It removes what looks like a credential whatever its origin —
// "Bearer <token>", provider keys ("sk-…"), long random tokens (32 or more letters and digits mixed) — and, exactly,
// every secret registered with it (keys and tokens this process holds, however short or plain they look).
// Thread-safe: the service thread logs while the console registers keys.
class Redactor final
{
public:
    static constexpr QStringView kMask = u"[redacted]";

    // Registered values shorter than this are ignored: masking "abc" everywhere would garble logs and protect nothing.
    static constexpr qsizetype kMinRegisteredLength = 8;

    void registerSecret(const SecretValue& secret);
    void clear();

    QString redact(const QString& text) const;

private:
    mutable QMutex m_mutex;
    std::vector<QString> m_secrets;
};

// The redactor the log message handler uses; installRedactingMessageHandler() puts it in front of Qt's handler.
Redactor& logRedactor();
void installRedactingMessageHandler();

} // namespace sb
