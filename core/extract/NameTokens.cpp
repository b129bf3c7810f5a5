#include "extract/NameTokens.h"

#include "extract/NameCues.h"
#include "extract/Patterns.h"
#include "extract/Regex.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace sb::nametokens {
namespace {

using namecues::isLegalSuffix;

inline bool isWordChar(QChar c)
{
    // Most characters are ASCII; no combining mark lies below U+0300: most others need no category lookup either.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    if (u < 0x300)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// What a sentence or a list item's first word comes after.
bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u';':
    case u'\n':
    case u'•':
    case u'*':
    case u'|':
    case u'>':
    case u'"':
    case u'“':
        return true;
    default:
        return false;
    }
}

bool isAbbreviationWithDot(QStringView folded)
{
    // (Compared in place: every word before a dot is asked, and a list of QString would copy each.)
    static constexpr std::u16string_view words[] = {u"inc", u"co",   u"ltd", u"corp", u"dr",  u"mr",   u"mrs",  u"ms",
                                                    u"st",  u"prof", u"jr",  u"sr",   u"ave", u"rd",   u"blvd", u"pvt",
                                                    u"pte", u"eng",  u"mx",  u"sra",  u"ehf", u"ltda", u"kft",  u"mme",
                                                    u"sp",  u"tic",  u"şti", u"zrt",  u"nyrt"};
    return std::any_of(std::begin(words), std::end(words), [folded](std::u16string_view word) {
        return qsizetype(word.size()) == folded.size() &&
               std::equal(word.begin(), word.end(), folded.begin(),
                          [](char16_t a, QChar b) { return a == b.unicode(); });
    });
}

// Whether the letters from `from` are a word that turns the name before its hyphen into an adjective.
bool isAttributiveSuffix(const QString& text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    static const QStringList words{
        QStringLiteral("based"), QStringLiteral("born"), QStringLiteral("bound"), QStringLiteral("wide"),
        QStringLiteral("made"), QStringLiteral("owned"), QStringLiteral("listed"), QStringLiteral("registered"),
        QStringLiteral("headquartered"), QStringLiteral("focused"), QStringLiteral("certified"),
        QStringLiteral("approved"), QStringLiteral("linked"), QStringLiteral("backed"), QStringLiteral("funded"),
        QStringLiteral("led"), QStringLiteral("run"), QStringLiteral("powered"), QStringLiteral("branded"),
        QStringLiteral("compliant"), QStringLiteral("specific"), QStringLiteral("style"), QStringLiteral("related"),
        QStringLiteral("driven"), QStringLiteral("sponsored"), QStringLiteral("managed"),
        // Japanese honorifics after a name: "Sato-san" ("-ji" and "-chan" end Korean
        // given names: "Min-ji").
        QStringLiteral("san"), QStringLiteral("sama"), QStringLiteral("sensei"), QStringLiteral("kun")};
    return words.contains(QStringView(text).mid(from, end - from));
}

// Where a match of the address pattern in tokenize() can start at the earliest, or -1 where none can. Each match
// holds an "@" and starts in the run of [\w.+-] before it, or starts with "http://", "https://" or "www.", or holds a
// full stop before one of the domain endings the pattern knows and starts in the run of [\w-] before it. A run does
// not reach back over an "@" or a full stop, so the first of each gives the earliest start. Most texts have none, and
// then the pattern is not run; the others are searched from there, not from their start. (The pattern's \w is ASCII;
// any letter or digit is taken here, which can only start the search earlier.)
qsizetype addressSearchStart(const QString& text)
{
    qsizetype start = -1;
    const auto earliest = [&start](qsizetype at) {
        if (at >= 0 && (start < 0 || at < start))
            start = at;
    };
    const auto runStart = [&text](qsizetype at, bool localPart) {
        while (at > 0) {
            const QChar c = text.at(at - 1);
            if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || (localPart && (c == u'.' || c == u'+'))))
                break;
            --at;
        }
        return at;
    };
    // (Character searches: QString's are vectorized, its searches for a Latin-1 string are not.)
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0)
        earliest(runStart(at, true));
    for (qsizetype colon = text.indexOf(u':'); colon >= 0; colon = text.indexOf(u':', colon + 1)) {
        if (!QStringView(text).mid(colon).startsWith(u"://"))
            continue;
        if (colon >= 5 && QStringView(text).mid(colon - 5, 5) == u"https") {
            earliest(colon - 5);
            break; // a later one starts later
        }
        if (colon >= 4 && QStringView(text).mid(colon - 4, 4) == u"http") {
            earliest(colon - 4);
            break;
        }
    }
    static const QLatin1String endings[] = {QLatin1String("com"), QLatin1String("org"), QLatin1String("net"),
                                            QLatin1String("io"),  QLatin1String("co"),  QLatin1String("example"),
                                            QLatin1String("ai"),  QLatin1String("de"),  QLatin1String("uk"),
                                            QLatin1String("fr"),  QLatin1String("in")};
    bool www = false;
    bool ending = false;
    for (qsizetype dot = text.indexOf(QLatin1Char('.')); dot >= 0 && !(www && ending);
         dot = text.indexOf(QLatin1Char('.'), dot + 1)) {
        if (!www && dot >= 3 && QStringView(text).mid(dot - 3, 3) == u"www") {
            earliest(dot - 3);
            www = true;
        }
        // Every ending starts with one of these letters.
        if (ending || dot + 1 >= text.size() || !QStringView(u"conieadufs").contains(text.at(dot + 1)))
            continue;
        const QStringView after = QStringView(text).mid(dot + 1);
        if (std::any_of(std::begin(endings), std::end(endings),
                        [after](QLatin1String e) { return after.startsWith(e); })) {
            earliest(runStart(dot, false));
            ending = true;
        }
    }
    return start;
}

} // namespace

// Whether a word greets the person named after it: "Hi", "Dear".
static bool isGreeting(QStringView folded)
{
    return folded == u"hi" || folded == u"hello" || folded == u"dear" || folded == u"hey" || folded == u"attn";
}

// Whether the number starting at i, before the hyphen at j, is a model's: it has a capital letter ("18V-55"), a
// series in capitals comes right before it ("LTM 1100-5.2"), or it is three or four digits and one digit after a
// capitalized name, a variant ("Boeing 787-9"; no year, "2024-5"). Not a range of numbers ("12-15", "80-95").
static bool modelSeriesBefore(const QString& text, const QList<Token>& tokens, qsizetype i, qsizetype j)
{
    if (j - i > 6) // a model's first part is short; and a long run of "1-1-1-…" is read in linear time
        return false;
    for (qsizetype k = i; k < j; ++k) {
        if (text.at(k).isUpper())
            return true;
    }
    if (tokens.isEmpty())
        return false;
    const Token& before = tokens.last();
    if (before.end + 1 != i || text.at(before.end) != u' ')
        return false;
    if (before.text.size() >= 2 && before.text.size() <= 5 &&
        std::all_of(before.text.cbegin(), before.text.cend(), [](QChar c) { return c.isUpper(); }))
        return true;
    const bool digits = std::all_of(text.begin() + i, text.begin() + j, [](QChar c) { return c.isDigit(); });
    const QStringView century = QStringView(text).mid(i, 2);
    const bool year = j - i == 4 && (century == u"19" || century == u"20");
    const bool oneDigitAfter =
        j + 1 < text.size() && text.at(j + 1).isDigit() && (j + 2 == text.size() || !text.at(j + 2).isLetterOrNumber());
    return digits && !year && (j - i == 3 || j - i == 4) && oneDigitAfter && before.text.size() >= 2 &&
           before.text.front().isUpper();
}

// Whether the slash at j, in the word from i, begins a model's variant: the word has letters and digits, and one to
// three letters or digits with a capital or a digit follow the slash to the word's end ("200iD/7L", "DB-7720/C").
// Dates and counts have no letters ("3/12", "24/7").
static bool modelVariantAfter(const QString& text, qsizetype i, qsizetype j)
{
    if (j - i > 12) // a model's code is short; and a long run of "a1/2/3/…" is read in linear time
        return false;
    bool letter = false;
    bool digit = false;
    for (qsizetype k = i; k < j; ++k) {
        letter = letter || text.at(k).isLetter();
        digit = digit || text.at(k).isDigit();
    }
    if (!letter || !digit)
        return false;
    qsizetype end = j + 1;
    while (end < text.size() && end < j + 5 && text.at(end).isLetterOrNumber())
        ++end;
    const qsizetype length = end - j - 1;
    if (length < 1 || length > 3 || (end < text.size() && text.at(end).isLetterOrNumber()))
        return false;
    return std::all_of(text.begin() + j + 1, text.begin() + end, [](QChar c) { return c.isUpper() || c.isDigit(); });
}

Tokens tokenize(const QString& text)
{
    Tokens result;
    result.folded = foldCase(text);
    const QStringView lower(result.folded);
    QList<Token>& tokens = result.list;
    tokens.reserve(text.size() / 5 + 4); // about one word in five characters
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype previousEnd = 0;
    while (i < n) {
        const QChar c = text.at(i);
        // "&" is a word of its own, and so is an "@" standing alone, CRM shorthand for "at" ("lead @ Acme").
        const bool standaloneAt =
            c == QLatin1Char('@') && (i == 0 || text.at(i - 1).isSpace()) && (i + 1 == n || text.at(i + 1).isSpace());
        if (c == QLatin1Char('&') || standaloneAt) {
            Token t;
            t.start = i;
            t.end = i + 1;
            t.text = QStringView(text).mid(i, 1);
            t.folded = lower.mid(i, 1);
            tokens.append(t);
            previousEnd = ++i;
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n) {
            const QChar d = text.at(j);
            if (isWordChar(d)) {
                ++j;
            } else if (d == QLatin1Char('-') && isAttributiveSuffix(text, j + 1)) {
                break; // "Tallinn-based", "Texas-born": the name ends at the hyphen
            } else if ((d == QLatin1Char('\'') || d == QChar(0x2019) || d == QLatin1Char('-') ||
                        d == QLatin1Char('.')) &&
                       j + 1 < n && text.at(j + 1).isLetter()) {
                ++j; // "O'Brien", "Jean-Luc", "S.p.A", "K.K"
            } else if (d == QLatin1Char('-') && j + 1 < n && text.at(j + 1).isDigit() &&
                       ((text.at(i).isUpper() && (j - i <= 4 || text.at(j - 1).isDigit())) ||
                        (text.at(i).isLower() && (text.at(j - 1).isDigit() || j - i <= 2)) ||
                        (text.at(i).isDigit() && modelSeriesBefore(text, tokens, i, j)))) {
                ++j; // a model code: "FR-300", "KX-40", "Rad-97", "PC2000-8", "sun2000-50ktl", "GSR 18V-55", "LTM
                     // 1100-5.2", in lower case "vf-2", "h-200"
            } else if (d == QLatin1Char('.') && j + 1 < n && text.at(j + 1).isDigit() && text.at(j - 1).isDigit()) {
                ++j; // a version inside a name: "v4.2"
            } else if (d == QLatin1Char('/') && j + 1 < n && text.at(j + 1).isLetterOrNumber() &&
                       text.at(i).isLetter() &&
                       (text.at(j - 1).isLetter() || (text.at(j - 1).isDigit() && text.at(j + 1).isUpper() &&
                                                      j + 2 < n && text.at(j + 2).isLower()))) {
                ++j; // "S/4HANA", "A/S", "A3/Flex"
            } else if (d == QLatin1Char('/') && modelVariantAfter(text, i, j)) {
                ++j; // "200iD/7L", "DB-7720/C": a model's variant
            } else {
                break;
            }
        }
        // "w/" is shorthand for "with": one word, slash included.
        if (j == i + 1 && (c == QLatin1Char('w') || c == QLatin1Char('W')) && j + 1 < n &&
            text.at(j) == QLatin1Char('/') && text.at(j + 1).isSpace())
            ++j;
        Token t;
        t.start = i;
        t.end = j;
        t.text = QStringView(text).mid(i, j - i);
        QStringView folded = lower.mid(i, j - i);
        // A dot after an abbreviation or an initialism ("Inc.", "K.K.", "S.A.") belongs to it; one after a number
        // ("SAR 2.1M. Can we …") ends the sentence.
        const auto digit = [](QChar ch) { return ch.isDigit(); };
        // "Ma. Cristina": Maria, as Filipino names write it, before a given name; not a surname at a sentence's end
        // ("Kevin Ma. Samples ship").
        // "Md. Shafiqul Islam": Mohammad, as Bangladesh writes it short, before a capitalized name.
        const bool mohammad =
            t.text == u"Md" && j + 2 < n && text.at(j) == u'.' && text.at(j + 1) == u' ' && text.at(j + 2).isUpper();
        const bool maria = folded == u"ma" && t.text.at(0).isUpper() && j + 2 < n && text.at(j + 1) == u' ' &&
                           text.at(j + 2).isUpper() &&
                           !(!tokens.isEmpty() && tokens.last().capitalized && tokens.last().end + 1 == i &&
                             text.at(i - 1) == u' ' && !isGreeting(tokens.last().folded));
        // "San. ve Tic. A.Ş.": "Sanayi" written short before "ve" ("and"); elsewhere "san" is Japanese ("Sato san.").
        const bool sanayi = folded == u"san" && t.text.at(0).isUpper() && QStringView(text).mid(j).startsWith(u". ve ");
        if (j < n && text.at(j) == QLatin1Char('.') &&
            (isAbbreviationWithDot(folded) || maria || mohammad || sanayi ||
             (folded.contains(QLatin1Char('.')) && std::none_of(folded.cbegin(), folded.cend(), digit)) ||
             (t.text.size() == 1 && t.text.at(0).isUpper()))) {
            ++t.end;
            t.text = QStringView(text).mid(i, t.end - i);
            folded = lower.mid(i, t.end - i);
        }
        // The possessive "'s" is not part of a name (GUIDELINES "person").
        if (folded.size() >= 2 && folded.back() == u's' &&
            (folded.at(folded.size() - 2) == u'\'' || folded.at(folded.size() - 2) == u'’')) {
            t.end -= 2;
            t.text.chop(2);
            folded.chop(2);
        }
        t.folded = folded;
        // "iPhone", "eBay", "iOS" are written with their capital second.
        t.capitalized = t.text.at(0).isUpper() || (t.text.size() >= 3 && t.text.at(0).isLower() &&
                                                   t.text.at(1).isUpper() && t.text.at(2).isLetter());
        t.lower = t.text.at(0).isLower() && !t.capitalized;
        bool letters = false;
        bool allUpper = true;
        for (const QChar ch : t.text) {
            if (ch.isLetter()) {
                letters = true;
                if (!ch.isUpper())
                    allUpper = false;
            } else if (ch.isDigit()) {
                t.hasDigit = true;
            } else if (ch == u'\'' || ch == u'’') {
                t.apostrophe = true;
            }
        }
        t.allCaps = letters && allUpper && t.text.size() >= 2;
        // What lies between the previous token and this one.
        const QStringView between = QStringView(text).mid(previousEnd, i - previousEnd);
        t.gapBefore = tokens.isEmpty() || std::any_of(between.cbegin(), between.cend(),
                                                      [](QChar ch) { return ch == u'\n' || !ch.isSpace(); });
        qsizetype k = i - 1;
        while (k >= 0 && (text.at(k) == QLatin1Char(' ') || text.at(k) == QLatin1Char('\t')))
            --k;
        t.sentenceStart = k < 0 || endsSentence(text.at(k)) ||
                          ((text.at(k) == QLatin1Char('-') || text.at(k) == QChar(0x2013)) &&
                           (k == 0 || text.at(k - 1) == QLatin1Char('\n'))); // a bullet
        if (k >= 0 && text.at(k) == QLatin1Char('.') && k > 0) {
            // "Acme Inc. said": the dot closed an abbreviation, not a sentence, when the token before is one.
            if (!tokens.isEmpty() && tokens.last().end == k + 1 && tokens.last().text.endsWith(QLatin1Char('.')) &&
                (isLegalSuffix(tokens.last().folded) || tokens.last().text == u"Ma." || tokens.last().text == u"Md."))
                t.sentenceStart = false;
        }
        tokens.append(t);
        previousEnd = t.end;
        i = std::max(j, t.end);
    }
    // Tokens inside e-mail and web addresses are not names.
    static const patterns::Regex address(QStringLiteral(
        R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|example|ai|de|uk|fr|in)\b(?:/\S*)?)"));
    qsizetype firstToken = 0;
    const qsizetype addressStart = addressSearchStart(text);
    for (auto it = addressStart >= 0 ? patterns::globalMatchRange(address, text, addressStart, text.size())
                                     : patterns::noMatches();
         it.hasNext();) {
        const auto m = it.next();
        // Matches and tokens both come in text order: start from the first token the match can hold.
        while (firstToken < tokens.size() && tokens.at(firstToken).start < m.capturedStart())
            ++firstToken;
        for (qsizetype k = firstToken; k < tokens.size() && tokens.at(k).start < m.capturedEnd(); ++k) {
            if (tokens.at(k).end <= m.capturedEnd())
                tokens[k].skip = true;
        }
    }
    return result;
}

} // namespace sb::nametokens
