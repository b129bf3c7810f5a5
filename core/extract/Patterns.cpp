#include "extract/Patterns.h"

#include <algorithm>
#include <cstring>

namespace sb::patterns {

namespace {

// A character as the patterns' letters see it, folded to ASCII lower case; 0 for anything else. Caseless matching
// also lets the long s and the Kelvin sign stand for "s" and "k".
char16_t asciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return u;
    if (u >= u'A' && u <= u'Z')
        return char16_t(u + (u'a' - u'A'));
    if (u == 0x017F)
        return u's';
    if (u == 0x212A)
        return u'k';
    return 0;
}

} // namespace

WordBeginnings::WordBeginnings(QStringView text)
{
    // A word is a run of ASCII letters: whatever a pattern needs before or after one of its words (a non-letter,
    // \b, the end of a Unicode word), the run there starts and ends where the word does, so a check never says no
    // when a pattern could match.
    const qsizetype n = text.size();
    qsizetype wordStart = -1;
    quint32 key = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        const char16_t letter = i < n ? asciiLetter(text.at(i)) : 0;
        if (letter != 0) {
            if (wordStart < 0) {
                wordStart = i;
                key = 0;
            }
            if (i - wordStart < 3)
                key |= quint32(letter) << (8 * (i - wordStart));
            continue;
        }
        if (wordStart >= 0) {
            m_words.push_back(key | quint32(std::min<qsizetype>(i - wordStart, 255)) << 24);
            wordStart = -1;
        }
        // Digits of any script, as \d reads them with Unicode classes; one outside the BMP comes as a surrogate.
        if (i < n && !m_digit && (text.at(i).isDigit() || text.at(i).isSurrogate()))
            m_digit = true;
    }
}

bool WordBeginnings::anyWord(std::initializer_list<const char*> words) const
{
    for (const char* word : words) {
        quint32 key = 0;
        for (int k = 0; k < 3 && word[k]; ++k)
            key |= quint32(uchar(word[k])) << (8 * k);
        key |= quint32(std::strlen(word)) << 24;
        if (std::find(m_words.cbegin(), m_words.cend(), key) != m_words.cend())
            return true;
    }
    return false;
}

bool WordBeginnings::any(const QList<QByteArray>& prefixes) const
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [this](const QByteArray& prefix) { return any({prefix.constData()}); });
}

bool WordBeginnings::any(std::initializer_list<const char*> prefixes) const
{
    for (const char* prefix : prefixes) {
        quint32 key = 0;
        quint32 mask = 0;
        for (int k = 0; k < 3 && prefix[k]; ++k) {
            key |= quint32(uchar(prefix[k])) << (8 * k);
            mask |= 0xffu << (8 * k);
        }
        for (const quint32 word : m_words) {
            if ((word & mask & 0xffffffu) == key)
                return true;
        }
    }
    return false;
}

QString validUtf16(const QString& text)
{
    if (text.isValidUtf16())
        return text;
    QString repaired = text;
    QChar* data = repaired.data();
    const qsizetype size = repaired.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
            ++i; // a proper pair
        } else if (data[i].isSurrogate()) {
            data[i] = QChar::ReplacementCharacter;
        }
    }
    return repaired;
}

} // namespace sb::patterns
