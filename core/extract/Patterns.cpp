#include "extract/Patterns.h"

#include <algorithm>
#include <cstring>

namespace sb::patterns {

WordBeginnings::WordBeginnings(QStringView text)
{
    const qsizetype n = text.size();
    bool previousLetter = false;
    qsizetype wordStart = -1; // where the word being read started, when its beginning was kept
    const auto endWord = [&](qsizetype end) {
        if (wordStart >= 0)
            m_words.back() |= quint32(std::min<qsizetype>(end - wordStart, 255)) << 24;
        wordStart = -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool letter = c.isLetter();
        if (!letter && previousLetter)
            endWord(i);
        if (letter && !previousLetter) {
            quint32 key = 0;
            for (qsizetype k = 0; k < 3 && i + k < n; ++k) {
                char16_t u = text.at(i + k).unicode();
                if (u >= u'A' && u <= u'Z')
                    u += u'a' - u'A';
                if (u < u'a' || u > u'z')
                    break;
                key |= quint32(u) << (8 * k);
            }
            if (key != 0) {
                m_words.push_back(key);
                wordStart = i;
            }
        }
        if (!letter && !m_digit && c.isDigit())
            m_digit = true;
        previousLetter = letter;
    }
    endWord(n);
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
