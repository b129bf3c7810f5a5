#include "secrets/Redactor.h"

#include <QLoggingCategory>

#include <cstdio>
#include <utility>

namespace sb {
namespace {

bool isTokenChar(QChar c)
{
    // Letters, digits and the separators keys and JWTs use; not '=' or '/', so "code=<token>" and paths keep their
    // structure and only the token goes.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' ||
           c == u'.';
}

bool isBase62(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// A run of token characters that is a credential: a provider key ("sk-", OpenAI's and Anthropic-style keys), or 32+
// base62/base64url characters mixing letters and digits, as API keys and our own tokens are. Words, paths and
// identifiers rarely have digits scattered through 32 characters.
bool looksLikeCredential(QStringView run)
{
    if (run.startsWith(u"sk-") && run.size() >= 12)
        return true;
    qsizetype longest = 0;
    qsizetype current = 0;
    bool digit = false;
    bool letter = false;
    bool currentDigit = false;
    bool currentLetter = false;
    for (const QChar c : run) {
        if (isBase62(c) || c == u'_' || c == u'-') {
            ++current;
            currentDigit |= c.isDigit();
            currentLetter |= c.isLetter();
        } else {
            current = 0;
            currentDigit = currentLetter = false;
        }
        if (current > longest) {
            longest = current;
            digit = currentDigit;
            letter = currentLetter;
        }
    }
    return longest >= 32 && digit && letter;
}

QString maskCredentials(const QString& text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    bool maskNext = false; // the run after "Bearer " is a token whatever it looks like (RFC 6750 §2.1)
    while (i < text.size()) {
        if (!isTokenChar(text.at(i))) {
            out.append(text.at(i));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isTokenChar(text.at(end)))
            ++end;
        const QStringView run = QStringView(text).mid(i, end - i);
        if (maskNext || looksLikeCredential(run)) {
            out.append(Redactor::kMask);
            maskNext = false;
        } else {
            out.append(run);
            maskNext =
                run.compare(u"Bearer", Qt::CaseInsensitive) == 0 || run.compare(u"Basic", Qt::CaseInsensitive) == 0;
        }
        i = end;
    }
    return out;
}

} // namespace

void Redactor::registerSecret(const SecretValue& secret)
{
    const QString value = QString::fromUtf8(secret.reveal().data(), secret.reveal().size());
    if (value.size() < kMinRegisteredLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (std::find(m_secrets.begin(), m_secrets.end(), value) == m_secrets.end())
        m_secrets.push_back(value);
}

void Redactor::clear()
{
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

QString Redactor::redact(const QString& text) const
{
    QString result = text;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& secret : m_secrets)
            result.replace(secret, kMask.toString());
    }
    return maskCredentials(result);
}

Redactor& logRedactor()
{
    static Redactor redactor;
    return redactor;
}

namespace {

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString redacted = logRedactor().redact(message);
    if (g_previousHandler) {
        g_previousHandler(type, context, redacted);
        return;
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, redacted)));
}

} // namespace

void installRedactingMessageHandler()
{
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    // Qt hands back its default handler, which applies the message pattern (and journald/syslog when configured).
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace sb
