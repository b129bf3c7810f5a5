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

namespace {

// A word's key: its first three letters, the first in the highest byte, then its length. The key of a beginning of
// one to three letters is the key of a word with those letters with the rest cleared (beginningMask()).
quint32 keyOf(const char* word, qsizetype length)
{
    quint32 key = 0;
    for (int k = 0; k < 3; ++k)
        key = key << 8 | (k < length ? quint32(uchar(word[k])) : 0u);
    return key << 8 | quint32(std::min<qsizetype>(length, 255));
}

constexpr quint32 beginningMask(qsizetype letters)
{
    return letters <= 1 ? 0xff000000u : letters == 2 ? 0xffff0000u : 0xffffff00u;
}

} // namespace

WordBeginnings::WordBeginnings(QStringView text)
{
    // A word is a run of ASCII letters: whatever a pattern needs before or after one of its words (a non-letter,
    // \b, the end of a Unicode word), the run there starts and ends where the word does, so a check never says no
    // when a pattern could match.
    const qsizetype n = text.size();
    m_words.reserve(size_t(n / 5 + 4)); // about one word in five characters
    qsizetype wordStart = -1;
    char letters[3] = {};
    for (qsizetype i = 0; i <= n; ++i) {
        const char16_t letter = i < n ? asciiLetter(text.at(i)) : 0;
        if (letter != 0) {
            if (text.at(i).unicode() > 0x7f) // "ſ" or "K"
                m_folded = true;
            if (wordStart < 0)
                wordStart = i;
            if (i - wordStart < 3)
                letters[i - wordStart] = char(letter);
            continue;
        }
        if (wordStart >= 0) {
            const quint32 key = keyOf(letters, i - wordStart);
            m_words.push_back({key, quint32(wordStart)});
            m_filter.add(0, key);
            for (int k = 1; k <= 3; ++k)
                m_filter.add(k, key & beginningMask(k));
            wordStart = -1;
        }
        // Digits of any script, as \d reads them with Unicode classes; one outside the BMP comes as a surrogate.
        if (i < n && !m_digit && (text.at(i).isDigit() || text.at(i).isSurrogate()))
            m_digit = true;
    }
}

bool WordBeginnings::has(quint32 key, quint32 mask, int filter) const
{
    if (!m_filter.mayHave(filter, key))
        return false;
    return std::any_of(m_words.cbegin(), m_words.cend(), [=](const auto& word) { return (word.first & mask) == key; });
}

bool WordBeginnings::anyWord(std::initializer_list<const char*> words) const
{
    return std::any_of(words.begin(), words.end(), [this](const char* word) {
        return has(keyOf(word, qsizetype(std::strlen(word))), 0xffffffffu, 0);
    });
}

bool WordBeginnings::any(std::initializer_list<const char*> prefixes) const
{
    return std::any_of(prefixes.begin(), prefixes.end(), [this](const char* prefix) {
        const qsizetype length = qsizetype(std::strlen(prefix));
        const quint32 mask = beginningMask(length);
        return has(keyOf(prefix, length) & mask, mask, int(std::min<qsizetype>(length, 3)));
    });
}

bool WordBeginnings::any(const QList<QByteArray>& prefixes) const
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [this](const QByteArray& prefix) { return any({prefix.constData()}); });
}

WordBeginnings::WordSet::WordSet(std::initializer_list<const char*> words, Kind kind)
    : WordSet(QList<QByteArray>(words.begin(), words.end()), kind)
{}

WordBeginnings::WordSet::WordSet(const QList<QByteArray>& list, Kind kind)
{
    for (const QByteArray& bytes : list) {
        // The key from the word in lower case; the word as given for forEachWord(), which may compare its case.
        const QByteArray lower = bytes.toLower();
        const char* word = lower.constData();
        const qsizetype length = qsizetype(std::strlen(word));
        const quint32 mask = kind == Words ? 0xffffffffu : beginningMask(length);
        m_entries.push_back(
            {keyOf(word, length) & mask, mask, kind == Words ? 0 : int(std::min<qsizetype>(length, 3))});
        m_spellings.append(bytes.left(length));
    }
}

WordBeginnings::WordSet::WordSet(const QStringList& words, Kind kind)
    : WordSet(
          [&words] {
              QList<QByteArray> bytes;
              for (const QString& word : words)
                  bytes.append(word.toLatin1());
              return bytes;
          }(),
          kind)
{}

bool WordBeginnings::spelled(QStringView word, const QByteArray& spelling, Qt::CaseSensitivity cs)
{
    if (word.size() != spelling.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t expected = char16_t(uchar(spelling.at(k)));
        const char16_t letter = cs == Qt::CaseSensitive ? 0 : asciiLetter(QChar(expected));
        if (letter == 0 ? word.at(k).unicode() != expected : asciiLetter(word.at(k)) != letter)
            return false;
    }
    return true;
}

bool WordBeginnings::hasWord(QStringView text, const WordSet& words, Qt::CaseSensitivity cs) const
{
    bool found = false;
    forEachWord(text, words, cs, [&found](qsizetype, qsizetype) { return found = true; }); // the first one ends it
    return found;
}

bool WordBeginnings::any(const WordSet& words) const
{
    return std::any_of(words.m_entries.cbegin(), words.m_entries.cend(),
                       [this](const WordSet::Entry& entry) { return has(entry.key, entry.mask, entry.filter); });
}

WordBeginnings::Window WordBeginnings::window(QStringView text, const WordSet& words, qsizetype before,
                                              qsizetype after) const
{
    qsizetype first = -1;
    qsizetype last = -1;
    for (const WordSet::Entry& entry : words.m_entries) {
        if (!m_filter.mayHave(entry.filter, entry.key))
            continue;
        for (const auto& [key, start] : m_words) {
            if ((key & entry.mask) != entry.key)
                continue;
            first = first < 0 ? qsizetype(start) : std::min(first, qsizetype(start));
            last = std::max(last, qsizetype(start) + qsizetype(key & 0xffu));
        }
    }
    if (first < 0)
        return {};
    return around(text, first, last, before, after);
}

WordBeginnings::Window WordBeginnings::around(QStringView text, qsizetype first, qsizetype last, qsizetype before,
                                              qsizetype after)
{
    const qsizetype n = text.size();
    // White space as \s reads it with Unicode classes: QChar's, and the Mongolian vowel separator PCRE2 still counts.
    const auto space = [&text](qsizetype k) { return isRegexSpace(text.at(k)); };
    // Back by `before` characters, a run of white space counting as one, then to the start of that word.
    qsizetype start = first;
    for (qsizetype left = before; start > 0 && left > 0; --left) {
        if (space(start - 1)) {
            while (start > 0 && space(start - 1))
                --start;
        } else {
            --start;
        }
    }
    while (start > 0 && !space(start - 1))
        --start;
    // On by `after` characters the same way, to the end of that word and over the white space and word after it.
    qsizetype end = last;
    for (qsizetype left = after; end < n && left > 0; --left) {
        if (space(end)) {
            while (end < n && space(end))
                ++end;
        } else {
            ++end;
        }
    }
    while (end < n && !space(end))
        ++end;
    while (end < n && space(end))
        ++end;
    while (end < n && !space(end))
        ++end;
    return {start, end};
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

namespace {

// Whether the separator at i has a digit right before it and `after` digits right after it (digitsAround()).
bool digitsAroundAt(const QString& text, qsizetype i, int after)
{
    const auto digit = [](QChar c) { return c.isDigit() || c.isSurrogate(); };
    if (i == 0 || !digit(text.at(i - 1)) || i + after >= text.size())
        return false;
    for (int k = 1; k <= after; ++k) {
        if (!digit(text.at(i + k)))
            return false;
    }
    return true;
}

} // namespace

bool digitsAround(const QString& text, char16_t separator, int after)
{
    for (qsizetype i = text.indexOf(QChar(separator)); i >= 0; i = text.indexOf(QChar(separator), i + 1)) {
        if (digitsAroundAt(text, i, after))
            return true;
    }
    return false;
}

Span digitsAroundSpan(const QString& text, char16_t separator, int after)
{
    Span span;
    for (qsizetype i = text.indexOf(QChar(separator)); i >= 0; i = text.indexOf(QChar(separator), i + 1)) {
        if (!digitsAroundAt(text, i, after))
            continue;
        if (span.first < 0)
            span.first = i;
        span.last = i;
    }
    return span;
}

char16_t foldedLetter(QChar c)
{
    return asciiLetter(c);
}

RegexMatchIterator globalMatchRange(const Regex& regex, const QString& subject, qsizetype from, qsizetype to)
{
    const qsizetype n = subject.size();
    from = std::clamp<qsizetype>(from, 0, n);
    to = std::clamp<qsizetype>(to, 0, n);
    // Not between the halves of a pair: back to its first, on past its second.
    if (from > 0 && from < n && subject.at(from).isLowSurrogate() && subject.at(from - 1).isHighSurrogate())
        --from;
    if (to > 0 && to < n && subject.at(to).isLowSurrogate() && subject.at(to - 1).isHighSurrogate())
        ++to;
    if (from >= to)
        return noMatches();
    return regex.globalMatch(QStringView(subject).first(to), from, QRegularExpression::NormalMatch, kValidSubject);
}

QStringView wordBefore(QStringView text, qsizetype start, QStringView gap)
{
    qsizetype end = start;
    while (end > 0 && gap.contains(text.at(end - 1)))
        --end;
    if (end == start)
        return {};
    qsizetype from = end;
    while (from > 0 && text.at(from - 1).isLetter())
        --from;
    if (from > 0 && text.at(from - 1).isLetterOrNumber())
        return {};
    return text.mid(from, end - from);
}

} // namespace sb::patterns
