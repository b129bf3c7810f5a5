#pragma once

#include "extract/Regex.h"

#include <initializer_list>
#include <type_traits>
#include <vector>

namespace sb::patterns {

enum class Case { Sensitive, Insensitive };

// A recognizer's pattern, compiled and JIT-compiled once (recognizers keep them in function-local statics).
// Unicode classes make \w, \d and \b follow Unicode rather than ASCII.
inline Regex compile(const QString& pattern, Case letterCase = Case::Sensitive, bool unicodeClasses = true)
{
    QRegularExpression::PatternOptions options;
    if (letterCase == Case::Insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    if (unicodeClasses)
        options |= QRegularExpression::UseUnicodePropertiesOption;
    return Regex(pattern, options);
}

// A lookahead to put in front of a pattern that starts with a digit, naming the characters its matches can start
// with. With Unicode classes on, PCRE2 cannot tell from \d where a match may start, so it attempts one at every
// position of the subject (the lookbehind, then the class's property lookup); a lookahead over plain characters gives
// it the set of first characters back, and the search skips to them. The set includes all \d (\p{Nd}) stands for —
// no decimal digit lies in U+0080–U+00FF — so matches do not change. (The street-first address pattern builds its own,
// for capitals.)
inline const QString kDigitAhead = QStringLiteral("(?=[0-9\\x{100}-\\x{10FFFF}])");

// The number of a named group, for reading captures by number: by name, a match looks the name up in the pattern's
// table at every call. Recognizers resolve their groups once, beside the pattern. -1 when the pattern has no such
// group; reading group -1 gives an empty capture, as an unmatched group does.
inline int group(const Regex& regex, QStringView name)
{
    return regex.groupNumber(name);
}

// What words a text has, by their first letters, to skip patterns that cannot match it: a search costs a scan of
// the whole text even when nothing matches, and most texts have no month name, no "noon", no "half past". One pass
// over the text; each word keeps its first three letters folded to ASCII lower case (a word starts after a character
// that is not a letter).
class WordBeginnings
{
public:
    explicit WordBeginnings(QStringView text);

    // Whether some word starts with one of these (one to three lower-case ASCII letters each).
    bool any(std::initializer_list<const char*> prefixes) const;
    bool any(const QList<QByteArray>& prefixes) const;
    // Whether the text may have one of these words (lower-case ASCII): a word with the same first three letters and
    // the same length. Never false when the word is there; rarely true when it is not ("friend" for "friday").
    bool anyWord(std::initializer_list<const char*> words) const;
    // Whether the text has a decimal digit of any script (what \d matches with Unicode classes).
    bool hasDigit() const { return m_digit; }
    // Whether the text has a long s (U+017F) or a Kelvin sign (U+212A). The words here read them as "s" and "k", as
    // caseless patterns do; patterns that match case, or read \b and \w in ASCII, do not, and a word the text has
    // may then differ from the word such a pattern matches ("ſat": "at" after an ASCII \b). Checks that compare
    // whole words (forEachWord(), hasWord()) for such a pattern leave the text to the plain search when it has one.
    bool hasFoldedLetter() const { return m_folded; }

    // Where in the text a pattern that needs one of these words can match: from `before` characters ahead of the
    // first word that may be one of them (as anyWord() reads `words`, or as any() reads them when `prefixes`) to
    // `after` characters past the end of the last, both widened to the white space around them and past one more
    // word at the end, so the pattern's look-behinds and look-aheads see there what they see in the whole text.
    // Empty (start == end) when no such word is there. A pattern whose every match holds one of the words and
    // reaches at most `before` and `after` characters beyond it (white space runs counted as one) finds the same
    // matches in the window as in the whole text, and the search costs the window's length, not the text's.
    struct Window
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool isEmpty() const { return end <= start; }
    };
    // Words to look for, as window() takes them: whole words as anyWord() reads them, or three-letter beginnings.
    class WordSet
    {
    public:
        enum Kind { Words, Beginnings };
        WordSet(std::initializer_list<const char*> words, Kind kind = Words);
        WordSet(const QList<QByteArray>& words, Kind kind = Words);
        WordSet(const QStringList& words, Kind kind = Words); // lower-case ASCII words, as the lists above

    private:
        friend class WordBeginnings;
        struct Entry
        {
            quint32 key;
            quint32 mask;
            int filter;
        };
        std::vector<Entry> m_entries;
        QList<QByteArray> m_spellings; // the words as given, one for each entry
    };
    Window window(QStringView text, const WordSet& words, qsizetype before, qsizetype after) const;
    // The window window() makes around the words from `first` to `last`: `before` characters ahead of `first`, `after`
    // past `last`, widened the same way. For a caller that picks the words itself (those with a digit after them, say).
    static Window around(QStringView text, qsizetype first, qsizetype last, qsizetype before, qsizetype after);
    // Whether the text may have one of these words (as anyWord() or any() reads them).
    bool any(const WordSet& words) const;

    // Calls f(start, end) for each word of the text that is one of `words` (whole words, WordSet::Words) with all its
    // letters: spelled exactly so with Qt::CaseSensitive (the set's words as written, "Street"), or folded as the
    // beginnings are (ASCII case, "ſ" as "s", "K" as "k") with Qt::CaseInsensitive. Unlike anyWord(), which compares
    // three letters and the length ("friend" for "friday", "months" for "monday"), never true of another word. In no
    // particular order. `text` is the text the beginnings were found in.
    template <typename F>
    void forEachWord(QStringView text, const WordSet& words, Qt::CaseSensitivity cs, F&& f) const
    {
        for (size_t w = 0; w < words.m_entries.size(); ++w) {
            const WordSet::Entry& entry = words.m_entries[w];
            if (!m_filter.mayHave(entry.filter, entry.key))
                continue;
            const QByteArray& spelling = words.m_spellings.at(qsizetype(w));
            for (const auto& [key, start] : m_words) {
                if ((key & entry.mask) == entry.key && (key & 0xffu) == quint32(spelling.size()) &&
                    spelled(text.mid(start, spelling.size()), spelling, cs)) {
                    // (A visitor that returns true has seen enough.)
                    if constexpr (std::is_same_v<std::invoke_result_t<F, qsizetype, qsizetype>, bool>) {
                        if (f(qsizetype(start), qsizetype(start) + spelling.size()))
                            return;
                    } else {
                        f(qsizetype(start), qsizetype(start) + spelling.size());
                    }
                }
            }
        }
    }
    // Whether forEachWord() finds one.
    bool hasWord(QStringView text, const WordSet& words, Qt::CaseSensitivity cs) const;

private:
    bool has(quint32 key, quint32 mask, int filter) const;
    // Whether `word` is `spelling` (forEachWord()).
    static bool spelled(QStringView word, const QByteArray& spelling, Qt::CaseSensitivity cs);

    // Which keys the text may have, one 1024-bit filter for whole words and one for each length of beginning: most
    // questions are about words a text does not have, and the filter answers those without a search.
    struct Filter
    {
        quint64 bits[4][16] = {};
        static quint32 slot(quint32 key) { return (key * 0x9E3779B1u) >> 22; }
        void add(int which, quint32 key)
        {
            const quint32 s = slot(key);
            bits[which][s >> 6] |= quint64(1) << (s & 63);
        }
        bool mayHave(int which, quint32 key) const
        {
            const quint32 s = slot(key);
            return bits[which][s >> 6] & (quint64(1) << (s & 63));
        }
    };

    // Each word's key (its first three letters folded to lower case, a byte each from the highest, then its length)
    // and where it starts in the text, in text order.
    std::vector<std::pair<quint32, quint32>> m_words;
    Filter m_filter;
    bool m_digit = false;
    bool m_folded = false;
};

// Global matching over a window of the subject; match offsets are the window's, add window.start for the text's.
inline RegexMatchIterator globalMatch(const Regex& regex, const QString& subject, WordBeginnings::Window window)
{
    return regex.globalMatch(QStringView(subject).mid(window.start, window.end - window.start), 0,
                             QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
}

// Global matching of [from, to) of the subject, for a pattern none of whose matches starts before `from` or reaches
// `to`: unlike a window (globalMatch() above), the subject still starts where the text does, so the pattern's
// look-behinds and \b see the text before `from`, and match offsets are the text's. A search that starts later and
// ends sooner finds the same matches as one over the whole text when every match lies in the range and the
// look-aheads of each read nothing at or past `to`. Positions inside a surrogate pair are moved out of it (the
// subject stays valid UTF-16); no matches when the range is empty.
RegexMatchIterator globalMatchRange(const Regex& regex, const QString& subject, qsizetype from, qsizetype to);

// An iterator with no matches, for a search not worth running.
inline RegexMatchIterator noMatches()
{
    return RegexMatchIterator();
}

// Matching a subject already known to be valid UTF-16. OfflineExtractor makes every text valid once, up front;
// without this PCRE2 re-checks the whole subject at every match, which makes global matching over a long text
// quadratic. Recognizers match only through these.
inline constexpr QRegularExpression::MatchOptions kValidSubject = QRegularExpression::DontCheckSubjectStringMatchOption;

inline RegexMatchIterator globalMatch(const Regex& regex, const QString& subject)
{
    return regex.globalMatch(subject, 0, QRegularExpression::NormalMatch, kValidSubject);
}

// The word (a run of letters) that ends before `start` after one or more of the `gap` characters, unless another
// letter or a digit is glued to its front ("at" in "at 10.30", "Room" in "Room 4.12", "Wed" in "Wed. 5th"); empty when
// there is none. The recognizers read the word before a match with it.
QStringView wordBefore(QStringView text, qsizetype start, QStringView gap = u" ");

// Whether some `separator` in the text has a digit right before it and `after` digits right after it, as a pattern
// such as "\d{1,2}\.\d{2}" needs (after = 2). Digits of any script, as \d reads them with Unicode classes; a
// surrogate counts as one, as a digit outside the BMP comes as a pair. Never false where such a pattern can match;
// most texts have separators but no digits around them, and then the pattern need not run.
bool digitsAround(const QString& text, char16_t separator, int after);
// The first and the last such separator, as digitsAround() finds them; -1 and -1 when there is none. A pattern that
// holds one, with at most so many characters before and after it, matches only around [first, last].
struct Span
{
    qsizetype first = -1;
    qsizetype last = -1;
    bool isEmpty() const { return first < 0; }
};
Span digitsAroundSpan(const QString& text, char16_t separator, int after);

// A character as WordBeginnings reads the letters of words: an ASCII letter in lower case ("ſ" as "s", "K" as "k"), 0
// for anything else.
char16_t foldedLetter(QChar c);
// White space as \s reads it with Unicode classes (WordBeginnings::window()).
inline bool isRegexSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x180E);
}

inline RegexMatch match(const Regex& regex, const QString& subject, qsizetype offset = 0,
                        QRegularExpression::MatchOptions options = {})
{
    return regex.match(subject, offset, QRegularExpression::NormalMatch, options | kValidSubject);
}

// `text` with every unpaired surrogate replaced by U+FFFD, one code unit for one, so offsets do not move. Valid text
// is returned as it is, without a copy.
QString validUtf16(const QString& text);

} // namespace sb::patterns
