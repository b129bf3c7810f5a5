#include "extract/NameRecognizer.h"

#include "extract/Gazetteer.h"
#include "extract/NameCues.h"
#include "extract/NameTokens.h"
#include "extract/SpanSet.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sb {
namespace {

using namespace namecues;
using nametokens::Token;
using nametokens::tokenize;

bool isConnector(const Token& t)
{
    return t.folded == QLatin1String("&") || t.folded == QLatin1String("of") || t.has(NameParticle);
}

// The words or phrases harmonize() collects from one text. They are few: searched one by one, with no hashing and
// no string built for a lookup. Past a few dozen (a long text naming many) a hash set answers instead, so the
// search stays linear in the text.
class FewWords
{
public:
    void insert(const QString& word)
    {
        if (contains(word))
            return;
        m_words.push_back(word);
        if (m_words.size() == kFew + 1) {
            for (const QString& w : m_words)
                m_many.insert(w);
        } else if (m_words.size() > kFew) {
            m_many.insert(word);
        }
    }
    bool contains(QStringView word) const
    {
        if (!m_many.isEmpty())
            return m_many.contains(word.toString());
        return std::any_of(m_words.cbegin(), m_words.cend(),
                           [word](const QString& w) { return QStringView(w) == word; });
    }
    bool isEmpty() const { return m_words.empty(); }
    bool isFew() const { return m_many.isEmpty(); }
    const std::vector<QString>& words() const { return m_words; }

private:
    static constexpr size_t kFew = 32;
    std::vector<QString> m_words;
    QSet<QString> m_many;
};

class Classifier
{
public:
    Classifier(const QString& text, const QList<Token>& tokens, const Gazetteer& gazetteer, QList<Entity>& out)
        : m_text(text)
        , m_tokens(tokens)
        , m_g(gazetteer)
        , m_out(out)
    {}

    void run()
    {
        std::vector<bool> used(m_tokens.size(), false);
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            used[size_t(k)] = companyDomain(k) || m_tokens.at(k).skip;
        }
        for (qsizetype i = 0; i < m_tokens.size();) {
            if (!startsChain(i)) {
                ++i;
                continue;
            }
            // No name has more than six words: longer runs (title-case headings, pathological input) are cut, which
            // also keeps the work per run bounded.
            // (Connectors are not counted, up to ten tokens: "Camiones y Tractos del Valle de México".)
            qsizetype j = i + 1;
            qsizetype words = 1;
            while (j < m_tokens.size() && words < 6 && j < i + 10 && continuesChain(j)) {
                if (!isConnector(m_tokens.at(j)) && m_tokens.at(j).folded != u"and")
                    ++words;
                ++j;
            }
            // A connector cannot end a chain; one in capitals is a model's letters ("Arjun 605 DI").
            while (j - 1 > i && isConnector(m_tokens.at(j - 1)) && !m_tokens.at(j - 1).allCaps)
                --j;
            // "Frankfurt am Main", "Stratford upon Avon": a place's official name, with its small word.
            if (j < m_tokens.size() && j + 1 < m_tokens.size() && !m_tokens.at(j).gapBefore &&
                (m_tokens.at(j).folded == u"am" || m_tokens.at(j).folded == u"upon") && !m_tokens.at(j + 1).gapBefore &&
                m_tokens.at(j + 1).capitalized && phraseInfo(j - 1, j + 2).isPlace(15'000))
                j += 2;
            // Classifying may take a legal form after the run ("Energy (Pty) Ltd."); those tokens are used too.
            j = std::max(j, classifyChain(i, j));
            for (qsizetype k = i; k < j; ++k)
                used[k] = true;
            i = j;
        }
        lowerCasePass(used);
        harmonize();
    }

private:
    using WordInfo = Gazetteer::WordInfo;

    // An ordinary word that ends like a verb's past or its "-ing" ("ordered", "loved", "shipping"): no part of a name
    // in lower case.
    static bool verbForm(QStringView folded)
    {
        return (folded.size() >= 4 && folded.endsWith(u"ed")) || (folded.size() >= 5 && folded.endsWith(u"ing"));
    }

    // "2026", "1998": four digits that a year starts with.
    static bool isYear(QStringView s)
    {
        return s.size() == 4 && (s.startsWith(u"19") || s.startsWith(u"20")) &&
               std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    }

    // Whether t reads as the model after a maker's name: "777G", "PC2000-8", "Rad-97", "D-Max", "TGS", "Canter"; a
    // plain word only when no list knows it (not "Kenya", "Ruiz", "Ventures" or "Dynamics"), and only after a
    // maker that is no given name.
    static bool modelAfterMaker(const Token& maker, const Token& t)
    {
        if (t.gapBefore || t.has(LegalSuffix | OrgHeadNoun | PlaceHeadNoun | Department | RoleWord | NotAName))
            return false;
        if (t.hasDigit) // a year is not a model: "Siemens 2027 roadmap"
            return !isYear(t.text);
        if ((t.allCaps && t.text.size() <= 4) ||
            (t.text.size() >= 3 && t.text.at(1) == u'-' && t.text.at(0).isUpper() && t.text.at(2).isUpper()))
            return true;
        if (camelCase(t))
            return true;
        return !maker.lex.isFirstName() && t.capitalized && !t.allCaps && !t.lex.isCommon() && !t.lex.isFirstName() &&
               !t.lex.isSurname() && !t.lex.isPlace(15'000) && t.lex.brand == Gazetteer::BrandKind::None &&
               !t.lex.isMaker();
    }

    // Whether a number stands right before token k, a space between: "2,400 Michelin …".
    // (No year: "In 2026 Acme Nordic plans …".)
    bool numberBefore(qsizetype k) const
    {
        if (k == 0 || m_tokens.at(k).gapBefore || !isNumber(m_tokens.at(k - 1)))
            return false;
        const QStringView number = m_tokens.at(k - 1).text;
        return !(number.size() == 4 && (number.startsWith(u"19") || number.startsWith(u"20")));
    }
    // Whether token k is a plural noun in lower case right after a name: "tyres", "laptops", "units".
    bool pluralNounAt(qsizetype k) const
    {
        if (k >= m_tokens.size() || m_tokens.at(k).gapBefore || !m_tokens.at(k).lower)
            return false;
        const Token& t = m_tokens.at(k);
        // (Not only the dictionary's words: it spells "tires", not "tyres".)
        // (A verb is followed by "to" or a determiner: "Acme Nordic plans to expand".)
        const bool verbAfter = k + 1 < m_tokens.size() && !m_tokens.at(k + 1).gapBefore &&
                               (m_tokens.at(k + 1).folded == u"to" || m_tokens.at(k + 1).folded == u"the" ||
                                m_tokens.at(k + 1).folded == u"a" || m_tokens.at(k + 1).folded == u"our");
        return t.folded.size() >= 4 && t.folded.back() == u's' && !t.folded.endsWith(u"ss") && !t.hasDigit &&
               t.lex.wordFlags() == (t.lex.isCommon() ? Gazetteer::WordInfo::Common : 0) &&
               !t.has(PersonVerb | PersonAct | CompanyAct | Filler) && !verbAfter;
    }

    // "lh517i", "100f", "s770": a model's code in lower case, letters and digits in one word; not a measure or an
    // ordinal ("10kg", "5pm", "3rd", "4k").
    static bool lowerModelCode(const Token& t)
    {
        if (!t.hasDigit || t.text.size() < 3 || t.capitalized)
            return false;
        qsizetype letters = 0;
        for (const QChar c : t.text) {
            if (c.isLetter())
                ++letters;
            else if (!c.isDigit() && c != u'-')
                return false;
        }
        qsizetype tail = t.folded.size();
        while (tail > 0 && t.folded.at(tail - 1).isLetter())
            --tail;
        const QStringView unit = t.folded.mid(tail);
        const auto isMeasure = [unit] {
            for (const char16_t* measure :
                 {u"kg",  u"km",  u"gb", u"tb", u"mb", u"mm", u"cm",  u"pm", u"am",  u"st",  u"nd",  u"rd", u"th",
                  u"hp",  u"kw",  u"k",  u"m",  u"x",  u"h",  u"hz",  u"v",  u"w",   u"l",   u"ml",  u"t",  u"s",
                  u"min", u"mah", u"ft", u"in", u"yd", u"lb", u"lbs", u"oz", u"pcs", u"sqm", u"kwh", u"mw", u"gw"}) {
                if (unit == QStringView(measure))
                    return true;
            }
            return false;
        };
        const bool digitsThenUnit =
            tail > 0 && std::all_of(t.folded.cbegin(), t.folded.cbegin() + tail, [](QChar c) { return c.isDigit(); }) &&
            isMeasure();
        // Nor a fiscal period: "fy26", "q3", "h2-2026".
        const bool period =
            t.folded.startsWith(u"fy") ||
            (t.folded.size() >= 2 && (t.folded.at(0) == u'q' || t.folded.at(0) == u'h') && t.folded.at(1).isDigit());
        return letters > 0 && !digitsThenUnit && !period;
    }
    // "zt411", "sg350hx", "793f": a code that starts with a letter, or with digits that outnumber its letters; not
    // "2moro", "30ft" or "1-ro" (a road's number in Korean addresses).
    static bool codeShape(const Token& t)
    {
        const auto digits = std::count_if(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.isDigit(); });
        const auto letters = std::count_if(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.isLetter(); });
        return t.text.front().isLetter() || digits > letters;
    }
    // Whether a model's code follows token i within three words, only words no list knows between: "sandvik toro
    // lh517i".
    bool unknownBeforeModelCode(qsizetype i) const
    {
        const Token& t = m_tokens.at(i);
        if (!t.lower || t.hasDigit || t.folded.size() < 4 || t.lex.wordFlags() != 0 || t.cues != 0 || isContraction(t))
            return false;
        for (qsizetype k = i + 1; k < m_tokens.size() && k <= i + 3; ++k) {
            const Token& w = m_tokens.at(k);
            if (w.gapBefore || w.capitalized) // ("100f" starts with no letter, lower or not)
                return false;
            if (lowerModelCode(w))
                return true;
            if (w.hasDigit || w.lex.isCommon() || w.cues != 0) // a name between: "toro"
                return false;
        }
        return false;
    }

    // The text between token k - 1 and token k (k > 0).
    QStringView textBefore(qsizetype k) const
    {
        const qsizetype gapStart = m_tokens.at(k - 1).end;
        return QStringView(m_text).mid(gapStart, m_tokens.at(k).start - gapStart);
    }

    // Whether what a company is to the deal comes right before token k, with a colon or "is"/"was" between.
    bool companyRoleBefore(qsizetype k) const
    {
        if (k < 1)
            return false;
        const Token& before = m_tokens.at(k - 1);
        if (m_tokens.at(k).gapBefore)
            return textBefore(k).trimmed() == u":" && before.has(CompanyRole);
        return k >= 2 && (before.folded == u"is" || before.folded == u"was") && !before.gapBefore &&
               m_tokens.at(k - 2).has(CompanyRole);
    }

    // Whether an entity added so far covers token k.
    bool addedCovers(qsizetype k) const
    {
        return std::any_of(m_added.cbegin(), m_added.cend(),
                           [k](const Added& added) { return added.from <= k && k < added.to; });
    }

    // "20", "1.5": digits, with a decimal point or comma.
    static bool isNumber(const Token& t)
    {
        return t.hasDigit && std::all_of(t.text.cbegin(), t.text.cend(),
                                         [](QChar c) { return c.isDigit() || c == u'.' || c == u','; });
    }

    // "II", "IV", "XL" is no numeral: a model's generation, "Contessa II".
    static bool romanNumeral(const Token& t)
    {
        return t.allCaps && t.text.size() <= 4 &&
               std::all_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; });
    }

    // "HPLCs", "TVs", "ATMs": an acronym in the plural.
    static bool pluralAcronym(const Token& t)
    {
        const qsizetype n = t.text.size();
        return n >= 3 && t.text.at(n - 1) == u's' &&
               std::all_of(t.text.cbegin(), t.text.cend() - 1, [](QChar c) { return c.isUpper(); });
    }

    // "Guest360", "Office365": a name and a number written as one word.
    static bool nameWithNumber(const Token& t)
    {
        return t.capitalized && t.hasDigit && t.text.size() >= 5 && t.text.at(1).isLetter() &&
               t.text.at(2).isLetter() && t.text.at(1).isLower();
    }

    // "NetSuite", "MobiControl", "iPhone": a capital right after a small letter, as products are written; not
    // "McTavish", "MacLeod", "O'Brien" or "Al-Mansouri", which are names.
    static bool camelCase(const Token& t)
    {
        if (t.allCaps || t.text.size() < 4 || t.text.startsWith(u"Mc") || t.text.startsWith(u"Mac"))
            return false;
        for (qsizetype k = 1; k < t.text.size(); ++k) {
            if (t.text.at(k).isUpper() && t.text.at(k - 1).isLower())
                return true;
        }
        return false;
    }

    // "i'll", "we'd", "don't" — not "o'sullivan" or "d'souza".
    static bool isContraction(const Token& t)
    {
        if (!t.apostrophe)
            return false;
        for (const QChar apostrophe : {QChar(u'\''), QChar(u'’')}) {
            const qsizetype at = t.folded.indexOf(apostrophe);
            if (at < 0)
                continue;
            const QStringView rest = t.folded.mid(at + 1);
            return rest == u"ll" || rest == u"d" || rest == u"re" || rest == u"ve" || rest == u"m" || rest == u"t";
        }
        return false;
    }

    // "I'll", "we're", "they'd", "don't": a contraction of a pronoun, or of a verb with "not".
    static bool isPronounContraction(const Token& t)
    {
        if (!t.apostrophe)
            return false;
        for (const QChar apostrophe : {QChar(u'\''), QChar(u'’')}) {
            const qsizetype at = t.folded.indexOf(apostrophe);
            if (at < 1)
                continue;
            const QStringView head = t.folded.first(at);
            const QStringView rest = t.folded.mid(at + 1);
            if (rest == u"t")
                return head.endsWith(u'n');
            static const QStringList pronouns{QStringLiteral("i"),    QStringLiteral("you"),  QStringLiteral("we"),
                                              QStringLiteral("they"), QStringLiteral("he"),   QStringLiteral("she"),
                                              QStringLiteral("it"),   QStringLiteral("that"), QStringLiteral("there"),
                                              QStringLiteral("who"),  QStringLiteral("what"), QStringLiteral("here")};
            return (rest == u"ll" || rest == u"d" || rest == u"re" || rest == u"ve" || rest == u"m") &&
                   pronouns.contains(head);
        }
        return false;
    }

    // "DRG450", "HL800", "F740hi": one to four capitals, three to five digits (or as many as `minimumDigits`), and
    // at most three letters after.
    static bool capitalsThenDigits(const Token& t, qsizetype minimumDigits = 3)
    {
        const QStringView s = t.text;
        qsizetype i = 0;
        while (i < s.size() && s.at(i) >= u'A' && s.at(i) <= u'Z')
            ++i;
        const qsizetype capitals = i;
        while (i < s.size() && s.at(i) >= u'0' && s.at(i) <= u'9')
            ++i;
        const qsizetype digits = i - capitals;
        qsizetype letters = 0;
        while (i < s.size() && s.at(i).isLetter() && letters < 4) {
            ++i;
            ++letters;
        }
        return i == s.size() && capitals >= 1 && capitals <= 4 && digits >= minimumDigits && digits <= 5 &&
               letters <= 3;
    }

    static bool isModelCode(const Token& t)
    {
        // One to four capitals, a hyphen, one to five digits and perhaps a capital: "KX-40", "DB-7720C". (A check of
        // the letters themselves: the tokens of every text are asked, and a pattern's match costs a hundred times
        // more.)
        const auto capital = [](QChar c) { return c >= u'A' && c <= u'Z'; };
        const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
        const QStringView s = t.text;
        qsizetype i = 0;
        while (i < s.size() && i < 5 && capital(s.at(i)))
            ++i;
        if (!t.hasDigit || i < 1 || i > 4 || i >= s.size() || s.at(i) != u'-')
            return false;
        const qsizetype digits = ++i;
        while (i < s.size() && i - digits < 6 && digit(s.at(i)))
            ++i;
        if (i == digits || i - digits > 5)
            return false;
        if (i < s.size() && capital(s.at(i)))
            ++i;
        if (i != s.size())
            return false;
        // Quotes, invoices, orders and tickets are numbered the same way: "Q-2026", "INV-2231", "PO-7781".
        static const QStringList documents{
            QStringLiteral("q"), QStringLiteral("qt"), QStringLiteral("qte"), QStringLiteral("inv"),
            QStringLiteral("po"), QStringLiteral("so"), QStringLiteral("ref"), QStringLiteral("ord"),
            QStringLiteral("tkt"), QStringLiteral("rfq"), QStringLiteral("rfp"), QStringLiteral("cr"),
            QStringLiteral("pr"), QStringLiteral("req"), QStringLiteral("id"), QStringLiteral("no"),
            QStringLiteral("acc"), QStringLiteral("acct"), QStringLiteral("cust"), QStringLiteral("case"),
            QStringLiteral("sr"), QStringLiteral("inc"), QStringLiteral("chg"), QStringLiteral("opp"),
            // and time zones are offset so: "GMT-5", "UTC-03".
            QStringLiteral("gmt"), QStringLiteral("utc")};
        return !documents.contains(t.folded.first(t.folded.indexOf(u'-')));
    }

    // Whether [from, to) stands alone on the line after a closing and its comma: "Thanks,\nGeorgia" signs a message.
    bool signsOffAfterClosing(qsizetype from, qsizetype to) const
    {
        if (from == 0)
            return false;
        const QStringView closing = m_tokens.at(from - 1).folded;
        if (closing != u"thanks" && closing != u"regards" && closing != u"cheers" && closing != u"best" &&
            closing != u"sincerely")
            return false;
        const QStringView before = textBefore(from);
        const bool lineAfter = to == m_tokens.size() || textBefore(to).contains(u'\n');
        return before.startsWith(u',') && before.contains(u'\n') && lineAfter;
    }

    // Whether [from, to), which starts with capitals, is a maker's acronym before a series' name in words and its
    // model's number: "SMA Sunny Central 4600" (not a standard's name and number, "SOC 2 Type II", "GDPR Article 30",
    // nor an event's, "GITEX Africa 2027").
    bool makerAcronymBeforeSeries(qsizetype from, qsizetype to) const
    {
        qsizetype k = from + 1;
        while (k < to && m_tokens.at(k).capitalized && !m_tokens.at(k).allCaps && !m_tokens.at(k).hasDigit &&
               !m_tokens.at(k).has(Designator | NotAName) && !m_tokens.at(k).lex.isCountry())
            ++k;
        // (A year is no model: "GITEX Global 2026".)
        return k > from + 1 && k < to && m_tokens.at(k).hasDigit && !isYear(m_tokens.at(k).text) &&
               std::none_of(m_tokens.begin() + from, m_tokens.begin() + to,
                            [](const Token& t) { return t.has(Designator); });
    }

    // Whether the word before token i labels a document's number: "PO SG-5521", "order #AB-1200", "Ref: KX-40".
    bool documentLabelBefore(qsizetype i) const
    {
        if (i == 0)
            return false;
        // Labels that are nothing else, and words that are also verbs or ordinary nouns, which label a number only
        // with a colon or a "#", or written as a heading's ("Order #AB-1200", "QUOTATION ZA-7734"; not "we want to
        // order DB-7720C").
        // ("Quotation No. VN-2611", "Nr. 4411-B": the word for a number labels one too; so does an order's kind
        // before "order", "Change order CO-17".)
        static const QSet<QString> labels{QStringLiteral("po"),  QStringLiteral("inv"), QStringLiteral("ref"),
                                          QStringLiteral("rfq"), QStringLiteral("rfp"), QStringLiteral("invoice"),
                                          QStringLiteral("no."), QStringLiteral("nr."), QStringLiteral("nº"),
                                          QStringLiteral("no"),  QStringLiteral("nr")};
        static const QSet<QString> words{
            QStringLiteral("order"),     QStringLiteral("quote"),    QStringLiteral("quotation"),
            QStringLiteral("reference"), QStringLiteral("ticket"),   QStringLiteral("case"),
            QStringLiteral("tender"),    QStringLiteral("contract"), QStringLiteral("confirmation")};
        static const QSet<QString> orderKinds{QStringLiteral("change"), QStringLiteral("purchase"),
                                              QStringLiteral("sales"), QStringLiteral("work")};
        const QStringView between = textBefore(i);
        if (!std::all_of(between.cbegin(), between.cend(),
                         [](QChar c) { return c == u' ' || c == u':' || c == u'#' || c == u'.'; }))
            return false;
        const QString label = m_tokens.at(i - 1).folded.toString();
        const bool orderOfAKind = label == QLatin1String("order") && i >= 2 && !m_tokens.at(i - 1).gapBefore &&
                                  orderKinds.contains(m_tokens.at(i - 2).folded.toString());
        return labels.contains(label) || orderOfAKind ||
               (words.contains(label) &&
                (between.contains(u':') || between.contains(u'#') || m_tokens.at(i - 1).capitalized));
    }

    bool startsChain(qsizetype i) const
    {
        const Token& t = m_tokens.at(i);
        return !t.skip && (((t.capitalized || t.allCaps) && !t.hasDigit) ||
                           (isModelCode(t) && !documentLabelBefore(i)) || nameWithNumber(t));
    }

    bool continuesChain(qsizetype j) const
    {
        const Token& t = m_tokens.at(j);
        if (t.skip)
            return false;
        if (t.gapBefore)
            return possessiveInsideName(j);
        // "Tell Mr. Adebayo I'll be there": a pronoun's or a negation's contraction is no part of a name ("Sa'd",
        // "Ra'd" are).
        if (isPronounContraction(t))
            return false;
        // "PO SG-5521": a document's number is no part of a name.
        if (isModelCode(t) && documentLabelBefore(j))
            return false;
        // "… Ltd. The Johannesburg team": a legal form with its dot ends a company's name.
        const Token& before = m_tokens.at(j - 1);
        if (before.text.endsWith(QLatin1Char('.')) && before.has(LegalSuffix) && !t.has(LegalSuffix))
            return false;
        // "… Tesla Model Y. Agreed": an initial's dot that ends a sentence.
        if (before.text.endsWith(QLatin1Char('.')) && t.sentenceStart && t.lex.isCommon() && !t.lex.isFirstName())
            return false;
        // A legal form in lower case that is also an English word ("as", "co") is the word: "Starlink Business as
        // backup".
        if (t.capitalized || t.allCaps ||
            (t.has(LegalSuffix) && (!t.lex.isCommon() || before.has(LegalSuffix)))) // "Sp. z o.o."
            return true;
        // A number after a weekday is the day of a date: "Apodaca Wed 1".
        if (t.hasDigit && before.has(NotAName))
            return false;
        // Model numbers: "Toughbook 40", "Galaxy S24"; but "x3" is a count ("called Acme x3"), and "8" in "8:15"
        // the hour of a time.
        if (t.hasDigit && t.end + 1 < m_text.size() && m_text.at(t.end) == u':' && m_text.at(t.end + 1).isDigit())
            return false;
        if (t.hasDigit)
            return !(t.text.size() >= 2 && t.text.at(0) == QLatin1Char('x') &&
                     std::all_of(t.text.cbegin() + 1, t.text.cend(), [](QChar c) { return c.isDigit(); }));
        // "Bank of America", "van der Berg", "Pike & Rowe": only between capitalized words; "of" only after an
        // institution's word ("Bank of", "University of"), "&" not between two given names ("Björn & Sigrid").
        if (isConnector(t) && j + 1 < m_tokens.size()) {
            // "van der Merwe", "de la Cruz": particles in a row, then the name.
            qsizetype n = j + 1;
            while (t.has(NameParticle) && n + 1 < m_tokens.size() && m_tokens.at(n).has(NameParticle) &&
                   m_tokens.at(n).lower && !m_tokens.at(n).gapBefore)
                ++n;
            const Token& next = m_tokens.at(n);
            if (next.gapBefore || !(next.capitalized || next.allCaps))
                return false;
            const Token& previousToken = m_tokens.at(j - 1);
            const QStringView previous = previousToken.folded;
            if (t.folded == QLatin1String("of"))
                return previousToken.has(OrgHeadNoun | PlaceHeadNoun) || previous == QLatin1String("republic") ||
                       previous == QLatin1String("kingdom") || previous == QLatin1String("government") ||
                       previous == QLatin1String("avenue") || previous == QLatin1String("museum");
            // "Guadalajara & Zapopan": two places, however joined.
            if (t.folded == QLatin1String("&"))
                return !(previousToken.lex.isFirstName() && next.lex.isFirstName()) &&
                       !(previousToken.lex.isPlace(15'000) && next.lex.isPlace(15'000));
            return true;
        }
        // "Delgado Concrete and Paving", "Teaching and Referral Hospital": "and" inside a company's name, where the
        // capitalized words after it end with a company noun; not between two names of their own ("Acme Corp and
        // Contoso", "Paris and London").
        if (t.folded == QLatin1String("and") && before.capitalized && !before.allCaps &&
            before.lex.brand == Gazetteer::BrandKind::None && !before.has(OrgHeadNoun | LegalSuffix) &&
            !before.lex.isPlace(15'000) && !before.lex.isFirstName()) {
            for (qsizetype k = j + 1; k < m_tokens.size() && k <= j + 3; ++k) {
                const Token& w = m_tokens.at(k);
                if (w.gapBefore || !w.capitalized)
                    break;
                if (w.has(OrgHeadNoun | LegalSuffix))
                    return true;
            }
        }
        return false;
    }

    // Whether a place was found right before token k, a comma between: "Tangshan, Hebei".
    bool afterPlaceComma(qsizetype k) const
    {
        if (k == 0 || m_added.empty() || m_added.back().to != k ||
            m_out.at(m_added.back().index).type != EntityType::Location)
            return false;
        return textBefore(k) == u", ";
    }
    // Whether the clause ends before token k: the text's end, a line's, or punctuation.
    bool clauseEndsAt(qsizetype k) const { return k >= m_tokens.size() || m_tokens.at(k).gapBefore; }

    // "CO", "NSW", and "CO." with a sentence's dot.
    static bool isStateCode(const Token& t)
    {
        if (!t.allCaps)
            return false;
        const QStringView letters = t.folded.endsWith(u'.') ? t.folded.chopped(1) : t.folded;
        return letters.size() >= 2 && letters.size() <= 3 &&
               (letters.size() == t.folded.size() ? t.has(StateCode) : (cuesOf(letters) & StateCode) != 0);
    }

    // Whether token k is a state's code in capitals ("CO", "CO.", "NSW") right after a place found and a comma.
    bool stateCodeAfterPlace(qsizetype k) const
    {
        const Token& t = m_tokens.at(k);
        // (Not "Let's do Denver, OK?".)
        const bool question = t.end < m_text.size() && (m_text.at(t.end) == u'?' || m_text.at(t.end) == u'!');
        return isStateCode(t) && afterPlaceComma(k) && !question;
    }

    // A part in parentheses between a company's name and its legal form: "Sapphire Mills (Private) Limited", "Tai
    // Ping Private Bank (Hong Kong) Limited", "PT Bank Rakyat Indonesia (Persero) Tbk". Returns the token after the
    // legal form when the tokens from `k` are such a part and the form, else `k`.
    qsizetype parenthesizedBeforeLegalForm(qsizetype k) const
    {
        if (k >= m_tokens.size() || k == 0)
            return k;
        const auto gapIs = [this](qsizetype at, QStringView expected) {
            const QStringView gap = textBefore(at);
            return gap.trimmed() == expected && gap.size() <= expected.size() + 1 && !gap.contains(u'\n');
        };
        if (!gapIs(k, u"("))
            return k;
        for (qsizetype close = k; close < m_tokens.size() && close < k + 3; ++close) {
            const Token& word = m_tokens.at(close);
            // (A role is no part of a name: "Ahmed (CFO) Ltd" is not one.)
            if (!(word.capitalized || word.allCaps) || word.hasDigit || word.has(RoleWord) ||
                (close > k && word.gapBefore))
                return k;
            if (close + 1 < m_tokens.size() && gapIs(close + 1, u")")) {
                const Token& form = m_tokens.at(close + 1);
                return form.has(LegalSuffix) && (form.capitalized || form.allCaps) ? close + 2 : k;
            }
        }
        return k;
    }

    // "St. Brigid's University Hospital", "Macy's Home Store": a possessive inside a company's or an institution's
    // name, where capitalized words ending with a company's or a building's noun follow it.
    bool possessiveInsideName(qsizetype j) const
    {
        const QStringView gap = textBefore(j);
        // (Not after a company's own noun: "Access Bank's Victoria Island branch" is the bank's place.)
        if ((gap != u"'s " && gap != u"’s ") || !m_tokens.at(j - 1).capitalized || !m_tokens.at(j).capitalized ||
            m_tokens.at(j - 1).has(OrgHeadNoun | LegalSuffix))
            return false;
        for (qsizetype k = j; k < m_tokens.size() && k < j + 4; ++k) {
            const Token& w = m_tokens.at(k);
            if ((k > j && w.gapBefore) || !w.capitalized)
                return false;
            if (w.has(OrgHeadNoun | PlaceHeadNoun | LegalSuffix))
                return true;
        }
        return false;
    }

    // A company named by its domain, alone: "Booking.com", "monday.com" (the name before the dot is a brand); not a
    // part of a web or e-mail address.
    bool companyDomain(qsizetype k)
    {
        const Token& t = m_tokens.at(k);
        const QStringView name = t.folded.endsWith(u'.') ? t.folded.chopped(1) : t.folded; // "Booking.com."
        // (Asked of every token, and words are short: a loop here costs less than a call to lastIndexOf().)
        qsizetype dot = name.size() - 1;
        while (dot >= 0 && name.at(dot) != u'.')
            --dot;
        if (dot < 1 || dot + 2 > name.size() || name.contains(u'@') || name.contains(u'/'))
            return false;
        const QChar before = t.start > 0 ? m_text.at(t.start - 1) : QChar(u' ');
        const QChar after = t.end < m_text.size() ? m_text.at(t.end) : QChar(u' ');
        if (before == u'@' || before == u'/' || before == u'.' || after == u'@' || after == u'/')
            return false;
        const QStringView tld = name.mid(dot + 1);
        if (m_g.word(name).brand != Gazetteer::BrandKind::Organization &&
            !((tld == u"com" || tld == u"io" || tld == u"ai") &&
              m_g.word(name.first(dot)).brand == Gazetteer::BrandKind::Organization))
            return false;
        add(k, k + 1, EntityType::Organization, 0.8);
        return true;
    }

    // Whether token k follows the token before it after a hyphen alone: "Nakamura-san".
    bool hyphenBefore(qsizetype k) const
    {
        return k > 0 && m_tokens.at(k).start == m_tokens.at(k - 1).end + 1 && m_text.at(m_tokens.at(k - 1).end) == u'-';
    }

    static bool vietnameseMiddleName(const Token& t)
    {
        return t.folded == u"thi" || t.folded == u"thị" || t.folded == u"van" || t.folded == u"văn";
    }

    // Whether the run [from, to) names an institution by "of": "Bank of Ghana", "University of Nairobi", "Central
    // Bank of Nigeria", "Government of Kenya", "Department of Energy". Whatever follows "of" (a place, a field, a
    // surname), the institution's word before it decides; not a place's word ("City of", "Port of").
    bool institutionOf(qsizetype from, qsizetype to) const
    {
        // Only the words that name institutions: "Power of Attorney" and "League of Legends" are none.
        for (qsizetype k = from + 1; k + 1 < to; ++k) {
            if (m_tokens.at(k).folded == u"of" && m_tokens.at(k - 1).has(Institution))
                return true;
        }
        return false;
    }

    // Whether a country or a region follows the token before `next` after a comma: "Gothenburg, Sweden",
    // "Savannah, Georgia" make the name before it a place.
    bool regionAfterComma(qsizetype next) const
    {
        if (next <= 0 || next >= m_tokens.size() || !m_tokens.at(next).capitalized)
            return false;
        if (textBefore(next).trimmed() != u",")
            return false;
        const auto isRegion = [](const WordInfo& w) { return w.isCountry() || w.isRegion(); };
        return isRegion(m_tokens.at(next).lex) ||
               (next + 1 < m_tokens.size() && !m_tokens.at(next + 1).gapBefore && isRegion(phraseInfo(next, next + 2)));
    }

    // Whether a saint's name follows token k, making a "san" there Spanish or Italian ("San Rafael") rather than a
    // Japanese honorific ("Tanaka san will").
    bool saintFollows(qsizetype k) const
    {
        return k + 1 < m_tokens.size() && !m_tokens.at(k + 1).gapBefore &&
               ((m_tokens.at(k + 1).lex.isFirstName() && !m_tokens.at(k + 1).lex.isCommon()) ||
                m_tokens.at(k + 1).capitalized);
    }

    // Whether a capitalized known place starts at token k: "Paris and Marseille".
    bool placeFollows(qsizetype k) const
    {
        return k < m_tokens.size() && !m_tokens.at(k).gapBefore && m_tokens.at(k).capitalized &&
               m_tokens.at(k).lex.isPlace(15'000);
    }

    // The cues of the word right before token i (none after punctuation), e.g. "with" before a person.
    quint64 cuesBefore(qsizetype i) const
    {
        if (i == 0 || m_tokens.at(i).gapBefore)
            return 0;
        return m_tokens.at(i - 1).cues;
    }
    Hint hintBefore(qsizetype i) const { return hintOf(cuesBefore(i)); }

    // The length of the words [from, to) joined by single spaces.
    qsizetype phraseLength(qsizetype from, qsizetype to) const
    {
        qsizetype length = to - from - 1;
        for (qsizetype k = from; k < to; ++k)
            length += m_tokens.at(k).folded.size();
        return length;
    }

    // What the lists know of the words [from, to) read as one phrase; one word's answer is already in its token.
    const WordInfo& phraseInfo(qsizetype from, qsizetype to) const
    {
        if (to - from == 1)
            return m_tokens.at(from).lex;
        if (to - from >= 2 && !m_g.mayStartPhrase(m_tokens.at(from).hash, m_tokens.at(from + 1).hash))
            return Gazetteer::unknown();
        // Built in one buffer for the whole text: a phrase lookup costs no allocation.
        m_phraseBuffer.resize(0);
        appendPhrase(m_phraseBuffer, from, to);
        return m_g.word(m_phraseBuffer);
    }

    // Adds the entity covering tokens [from, to); returns `to`, so callers can return it.
    qsizetype add(qsizetype from, qsizetype to, EntityType type, double confidence)
    {
        if (from >= to)
            return to;
        Entity e;
        e.type = type;
        e.start = m_tokens.at(from).start;
        e.end = m_tokens.at(to - 1).end;
        // Keep a legal suffix's dot, but no other trailing dot (the end of a sentence).
        e.value = m_text.mid(e.start, e.end - e.start);
        if (e.value.endsWith(QLatin1Char('.')) && !m_tokens.at(to - 1).has(LegalSuffix) &&
            !m_tokens.at(to - 1).has(PlaceHeadNoun)) {
            e.value.chop(1);
            --e.end;
        }
        // "Atlas Copco GA 90 VSD+": plus signs right after a product's last word, a word of letters, belong to it
        // (not after a number: "Android 12+" means "or later").
        if (type == EntityType::Product && e.end == m_tokens.at(to - 1).end && !m_tokens.at(to - 1).hasDigit &&
            m_tokens.at(to - 1).text.size() >= 2) {
            qsizetype end = e.end;
            while (end < m_text.size() && end < e.end + 2 && m_text.at(end) == u'+')
                ++end;
            if (end > e.end &&
                (end == m_text.size() || !(m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'+'))) {
                e.end = end;
                e.value = m_text.mid(e.start, e.end - e.start);
            }
        }
        // "Kepler Weber KW 18/20", "Liebherr LTM 1090-4.2", "ZX-Deck 51/0.9": a model's number goes on after a slash,
        // a dot or a hyphen with more digits.
        if (type == EntityType::Product && e.end == m_tokens.at(to - 1).end && m_text.at(e.end - 1).isDigit()) {
            qsizetype end = e.end;
            while (end + 1 < m_text.size() &&
                   (m_text.at(end) == u'/' || m_text.at(end) == u'.' || m_text.at(end) == u'-') &&
                   m_text.at(end + 1).isDigit()) {
                end += 2;
                while (end < m_text.size() && m_text.at(end).isDigit())
                    ++end;
            }
            if (end > e.end && (end == m_text.size() || !m_text.at(end).isLetterOrNumber())) {
                while (to < m_tokens.size() && m_tokens.at(to).start < end)
                    ++to;
                e.end = std::max(end, m_tokens.at(to - 1).end);
                e.value = m_text.mid(e.start, e.end - e.start);
            }
        }
        // "PackSuite MES Standard edition": a tier's noun in lower case after a product is part of its name.
        if (type == EntityType::Product && e.end == m_tokens.at(to - 1).end && to < m_tokens.size() &&
            !m_tokens.at(to).gapBefore && m_tokens.at(to).lower && m_tokens.at(to).has(TierNoun)) {
            ++to;
            e.end = m_tokens.at(to - 1).end;
            e.value = m_text.mid(e.start, e.end - e.start);
        }
        // "Google Workspace for Education Plus", "AppleCare for Enterprise": "for" and the capitalized edition it is
        // sold as, ending with a tier's word, are part of a product's name (not "Teams for Sales", nor a company
        // after "for": "Enterprise Holdings").
        if (type == EntityType::Product && e.end == m_tokens.at(to - 1).end && to + 1 < m_tokens.size() &&
            m_tokens.at(to).folded == u"for" && !m_tokens.at(to).gapBefore) {
            for (qsizetype k = to + 1; k < m_tokens.size() && k <= to + 2; ++k) {
                const Token& t = m_tokens.at(k);
                if (t.gapBefore || !t.capitalized || t.allCaps)
                    break;
                if (t.has(ProductTier) &&
                    (k + 1 == m_tokens.size() || m_tokens.at(k + 1).gapBefore || !m_tokens.at(k + 1).capitalized)) {
                    to = k + 1;
                    e.end = t.end;
                    e.value = m_text.mid(e.start, e.end - e.start);
                    break;
                }
            }
        }
        e.confidence = confidence;
        m_added.push_back({m_out.size(), from, to});
        m_out.append(e);
        return to;
    }

    // Adds "Rotterdam" and "Hamburg" for the token "Rotterdam-Hamburg" when both halves are known places.
    bool addPlacePair(qsizetype k)
    {
        const Token& t = m_tokens.at(k);
        const qsizetype hyphen = t.text.indexOf(QLatin1Char('-'));
        if (hyphen <= 0 || t.text.indexOf(QLatin1Char('-'), hyphen + 1) >= 0 || !t.text.at(hyphen + 1).isUpper())
            return false;
        const QStringView left = t.folded.left(hyphen);
        const QStringView right = t.folded.mid(hyphen + 1);
        if (!m_g.word(left).isPlace(15'000) || !m_g.word(right).isPlace(15'000))
            return false;
        for (const auto& [start, end] : {std::pair{t.start, t.start + hyphen}, std::pair{t.start + hyphen + 1, t.end}})
            m_out.append(Entity::at(m_text, EntityType::Location, start, end, 0.75));
        return true;
    }

    // "Head of Business Development", "Head – Biomedical Engineering": ordinary words that end with a business
    // function, after a role and "of" or a dash, name a department, and a department is no entity (GUIDELINES).
    // Companies follow roles as well ("CEO of Whole Foods", "Director – Acme Logistics"), so only a function's word
    // ends a department; and not after a comma or a line break, where a signature's company often stands. Nor a word
    // any list knows as a name, a brand or a place ("Head of Sales Kenya").
    bool departmentAfterRole(qsizetype from, qsizetype to) const
    {
        if (from < 1)
            return false;
        const Token& previous = m_tokens.at(from - 1);
        bool afterRole = false;
        if (previous.folded == u"of" && !m_tokens.at(from).gapBefore) {
            afterRole = from >= 2 && m_tokens.at(from - 2).has(RoleWord) && !previous.gapBefore;
        } else if (previous.has(RoleWord) && m_tokens.at(from).gapBefore) {
            const QStringView between =
                QStringView(m_text).mid(previous.end, m_tokens.at(from).start - previous.end).trimmed();
            afterRole = between == u"–" || between == u"—" || between == u"-";
        }
        static const QSet<QString> functions{
            QStringLiteral("engineering"), QStringLiteral("development"),  QStringLiteral("operations"),
            QStringLiteral("procurement"), QStringLiteral("purchasing"),   QStringLiteral("finance"),
            QStringLiteral("marketing"),   QStringLiteral("sales"),        QStringLiteral("accounting"),
            QStringLiteral("compliance"),  QStringLiteral("maintenance"),  QStringLiteral("administration"),
            QStringLiteral("strategy"),    QStringLiteral("partnerships"), QStringLiteral("communications"),
            QStringLiteral("planning"),    QStringLiteral("resources"),    QStringLiteral("success"),
            QStringLiteral("sourcing"),    QStringLiteral("research"),     QStringLiteral("analytics")};
        if (!afterRole || phraseInfo(from, to).brand != Gazetteer::BrandKind::None ||
            !functions.contains(m_tokens.at(to - 1).folded.toString()))
            return false;
        return std::all_of(m_tokens.begin() + from, m_tokens.begin() + to, [](const Token& t) {
            return t.lex.isCommon() && !t.lex.isFirstName() && !t.lex.isSurname() && !t.lex.isPlace(15'000) &&
                   t.lex.brand == Gazetteer::BrandKind::None && !t.has(LegalSuffix) && !t.hasDigit;
        });
    }

    // Whether tokens [from, to) stand alone in parentheses right after a person's name of two words or more, the
    // last thing added: "Jonas Lindqvist (Sandvik)". Not a nickname ("('Makis')", "(Kevin)"), nor capitals only
    // ("(CFO)", "(EMEA)") or a number.
    bool employerAfterPerson(qsizetype from, qsizetype to) const
    {
        if (from == 0 || m_added.empty() || m_added.back().to != from ||
            m_out.at(m_added.back().index).type != EntityType::Person || m_added.back().to - m_added.back().from < 2)
            return false;
        const qsizetype open = m_tokens.at(from - 1).end;
        const QStringView before = QStringView(m_text).mid(open, m_tokens.at(from).start - open).trimmed();
        const qsizetype close = m_tokens.at(to - 1).end;
        const qsizetype next = to < m_tokens.size() ? m_tokens.at(to).start : m_text.size();
        const QStringView after = QStringView(m_text).mid(close, next - close).trimmed();
        if (before != u"(" || !after.startsWith(u')'))
            return false;
        // A given name alone is the person's other name ("Zhou Yiming (Kevin)"), unless it is a company's too; so is a
        // part of the name ("Babatunde Okafor (Tunde)").
        const WordInfo& first = m_tokens.at(from).lex;
        if (to - from == 1 && first.isFirstName() && !first.isMaker() && first.brand == Gazetteer::BrandKind::None)
            return false;
        if (to - from == 1 &&
            m_out.at(m_added.back().index).value.contains(m_tokens.at(from).text, Qt::CaseInsensitive))
            return false;
        // (Nor a department, "(Finance)", "(Supply Chain)": ordinary words only.)
        return std::all_of(m_tokens.begin() + from, m_tokens.begin() + to,
                           [](const Token& t) {
                               return t.capitalized && !t.allCaps && !t.hasDigit && !t.has(RoleWord | NotAName);
                           }) &&
               std::any_of(m_tokens.begin() + from, m_tokens.begin() + to,
                           [](const Token& t) { return !t.lex.isCommon(); });
    }

    // Whether token k is a word in lower case right after a name, with a cue: "(Kemi mill)" (Site), "ColdTrace
    // sensors" (SoldThing), "Tunde wants" (PersonAct).
    bool cueAfter(qsizetype k, quint64 cue) const
    {
        return k < m_tokens.size() && !m_tokens.at(k).gapBefore && m_tokens.at(k).lower && m_tokens.at(k).has(cue);
    }

    // Whether token k starts what a person does or is given to do, right after a name: "said", "wants", "to send".
    bool personActsAfter(qsizetype k) const
    {
        if (k >= m_tokens.size() || m_tokens.at(k).gapBefore || !m_tokens.at(k).lower)
            return false;
        const Token& next = m_tokens.at(k);
        if (next.folded == u"to")
            return k + 1 < m_tokens.size() && !m_tokens.at(k + 1).gapBefore && m_tokens.at(k + 1).lower &&
                   m_tokens.at(k + 1).lex.isCommon() && !m_tokens.at(k + 1).lex.isPlace(15'000) &&
                   !m_tokens.at(k + 1).has(Filler | TimeWord);
        return next.has(PersonAct);
    }

    // Whether an organization found so far starts with the word `word`: "Kallisto Ferries S.A. … Kallisto wants".
    bool startsOrganization(QStringView word) const
    {
        // (The first few dozen only, where a company is named in full before it is named short; a long text of lone
        // names stays linear.)
        const auto last = m_out.cbegin() + std::min<qsizetype>(m_out.size(), 48);
        return std::any_of(m_out.cbegin(), last, [word](const Entity& e) {
            return e.type == EntityType::Organization && e.value.size() > word.size() && e.value.startsWith(word) &&
                   e.value.at(word.size()) == u' ';
        });
    }

    // Whether the words [from, to) are spoken of as a company: someone is "at" or "from" it, or it acts right after
    // ("can deliver", "is still bidding", "approved"). With `strict`, an auxiliary verb after them is not enough: it
    // follows products as often ("Oracle NetSuite can handle it", "the Panasonic Toughbook is rugged"), so only what
    // companies do counts ("Toyota Tsusho quoted").
    bool companySpokenOf(qsizetype from, qsizetype to, bool strict = false) const
    {
        if (from > 0 && !m_tokens.at(from).gapBefore &&
            (m_tokens.at(from - 1).folded == u"at" || m_tokens.at(from - 1).folded == u"from"))
            return true;
        return to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
               !m_tokens.at(to).sentenceStart && m_tokens.at(to).has(strict ? CompanyAct : CompanyAct | Auxiliary);
    }

    // Whether "our" comes right before token k.
    bool ourBefore(qsizetype k) const
    {
        return k > 0 && !m_tokens.at(k).gapBefore && m_tokens.at(k - 1).folded == u"our";
    }
    // Whether "the", "their", "your" or "its" comes right before token k.
    bool determinerBefore(qsizetype k) const
    {
        if (k == 0 || m_tokens.at(k).gapBefore)
            return false;
        const QStringView word = m_tokens.at(k - 1).folded;
        return word == u"the" || word == u"their" || word == u"your" || word == u"its";
    }

    // Whether what comes right before token k says a system is run, used, tried or replaced: "runs", "run on",
    // "billing on", "standardising on", "using", "evaluating", "piloting", "replacing", "moving off". A name of
    // several words there is the system, a product ("currently run Temenos Transact", "runs NICE CXone"); one word
    // may be its maker alone ("we use Kyriba").
    bool systemUseBefore(qsizetype k) const
    {
        if (k == 0 || m_tokens.at(k).gapBefore)
            return false;
        const auto runs = [](QStringView w) { return w == u"run" || w == u"runs" || w == u"running" || w == u"ran"; };
        const QStringView word = m_tokens.at(k - 1).folded;
        if (m_tokens.at(k - 1).has(SystemUse))
            return true;
        if (k < 2 || m_tokens.at(k - 1).gapBefore)
            return false;
        const QStringView verb = m_tokens.at(k - 2).folded;
        // ("replatforming from Adobe Commerce", "migrating to Workday HCM", "moving from Dentrix Ascend".)
        // (Where a deal moves "to" a stage, the stage's words are ordinary ones: "moved to Closed Lost".)
        const auto nameWordAfter = [this, k] {
            for (qsizetype j = k;
                 j < m_tokens.size() && m_tokens.at(j).capitalized && (j == k || !m_tokens.at(j).gapBefore); ++j) {
                if (!m_tokens.at(j).lex.isCommon())
                    return true;
            }
            return false;
        };
        if ((word == u"from" || (word == u"to" && nameWordAfter())) && m_tokens.at(k - 2).has(SystemMove))
            return true;
        // ("run on", "billing on", "standardising on"; not "use on".)
        if (word != u"on")
            return false;
        return runs(verb) || verb == u"billing" || verb == u"standardising" || verb == u"standardizing" ||
               verb == u"standardised" || verb == u"standardized";
    }

    // Whether token k is "UK" or "US" written as a country's initials: in capitals, among words that are not, after
    // "the", a preposition of place or "and" ("in the UK", "the US and UK"), or after a big place and a comma
    // ("London, UK"); not before a currency ("US$ 210k", "US dollars").
    bool countryInitials(qsizetype k) const
    {
        const Token& t = m_tokens.at(k);
        if (!t.allCaps || t.text.size() != 2 || (t.folded != u"uk" && t.folded != u"us"))
            return false;
        if (k + 1 < m_tokens.size()) {
            const Token& next = m_tokens.at(k + 1);
            const QStringView gap = textBefore(k + 1);
            if (gap.contains(u'$') || next.folded.startsWith(u"dollar") || next.folded == u"cents" ||
                (next.allCaps && !next.gapBefore && gap == u" " && next.text.size() >= 2))
                return false;
        }
        if (k == 0)
            return false;
        if (m_tokens.at(k - 1).allCaps && !t.gapBefore && m_tokens.at(k - 1).text.size() >= 2)
            return false; // a line in capitals: "CALL US", "TALK TO US"
        const QStringView before = m_tokens.at(k - 1).folded;
        if (!t.gapBefore && (before == u"the" || before == u"in" || before == u"to" || before == u"from" ||
                             before == u"across" || before == u"and" || before == u"throughout"))
            return true;
        const QStringView gap = textBefore(k);
        return gap.trimmed() == u"," && m_tokens.at(k - 1).lex.isPlace(100'000);
    }

    // Whether a count and a multiplication sign come right before token k: "10 × ", "3 x ", "2x ".
    bool countBefore(qsizetype k) const
    {
        const auto skipBlanks = [this](qsizetype at) {
            while (at > 0 && (m_text.at(at - 1) == u' ' || m_text.at(at - 1) == u'\t'))
                --at;
            return at;
        };
        qsizetype at = skipBlanks(m_tokens.at(k).start);
        // "2 pcs WP Kemper SP 75": a count's unit in place of the sign.
        if (k > 0 && !m_tokens.at(k).gapBefore) {
            const QStringView unit = m_tokens.at(k - 1).folded;
            if (unit == u"pcs" || unit == u"pc" || unit == u"pcs." || unit == u"nos" || unit == u"units") {
                at = skipBlanks(m_tokens.at(k - 1).start);
                return at > 0 && m_text.at(at - 1).isDigit();
            }
        }
        if (at == 0 || !(m_text.at(at - 1) == u'×' || m_text.at(at - 1) == u'x' || m_text.at(at - 1) == u'X'))
            return false;
        at = skipBlanks(at - 1);
        return at > 0 && m_text.at(at - 1).isDigit();
    }

    // Types the run [from, to) and adds what it names; returns the end of the tokens it used.
    qsizetype classifyChain(qsizetype from, qsizetype to)
    {
        // "(Newcastle NSW)": a place and its state's code, no comma between, are two places.
        if (to - from == 2 && isStateCode(m_tokens.at(from + 1)) && !m_tokens.at(from).allCaps &&
            phraseInfo(from, from + 1).isPlace(15'000)) {
            add(from, from + 1, EntityType::Location, 0.8);
            const Token& code = m_tokens.at(from + 1);
            m_added.push_back({m_out.size(), from + 1, to});
            m_out.append(Entity::at(m_text, EntityType::Location, code.start,
                                    code.text.endsWith(u'.') ? code.end - 1 : code.end, 0.7));
            return to;
        }
        // "PLCs", "RTUs", "RFIs": an acronym's plural alone names kinds of things, no company.
        if (to - from == 1 && pluralAcronym(m_tokens.at(from)) && m_tokens.at(from).text.size() <= 6)
            return to;
        // "in the UK", "US and Canada": the two countries written with two capitals that are words too ("us"), where
        // a place's word comes before or after them and no currency follows ("US$", "US dollars").
        if (to - from == 1 && countryInitials(from))
            return add(from, to, EntityType::Location, 0.75);
        // "Denver, CO", "Dayton, OH": a state's code after a place and a comma is a place too.
        if (to - from == 1 && stateCodeAfterPlace(from)) {
            const Token& t = m_tokens.at(from);
            m_added.push_back({m_out.size(), from, to});
            m_out.append(
                Entity::at(m_text, EntityType::Location, t.start, t.text.endsWith(u'.') ? t.end - 1 : t.end, 0.75));
            return to;
        }
        // A job title before a name: "Customer Success Manager Dana Smith" is Dana Smith.
        for (qsizetype k = to - 2; k > from; --k) {
            const Token& given = m_tokens.at(k + 1);
            if (m_tokens.at(k).has(RoleWord) && given.lex.isFirstName() && !given.lex.isCommon() && !given.allCaps &&
                to - (k + 1) >= 2) {
                from = k + 1;
                break;
            }
        }
        // A code name ("Project Falcon", "Operation Nordlys") names no company, place or product.
        if (to - from >= 2 && (m_tokens.at(from).folded == u"project" || m_tokens.at(from).folded == u"operation" ||
                               m_tokens.at(from).folded == u"codename"))
            return to;
        // Leading words that are not part of any name.
        bool honorific = false;
        // Where a leading honorific stood: a company's name keeps it ("Shri Ganesh Agro Producer Company", "Mr Price
        // Group").
        qsizetype honorificFrom = -1;
        while (from < to) {
            const Token& t = m_tokens.at(from);
            if (t.has(Honorific)) {
                if (!honorific && t.capitalized)
                    honorificFrom = from;
                honorific = true;
                ++from;
                continue;
            }
            const bool nameFollows = from + 1 < to && m_tokens.at(from + 1).capitalized &&
                                     !m_tokens.at(from + 1).allCaps &&
                                     (m_tokens.at(from + 1).lex.isSurname() || !m_tokens.at(from + 1).lex.isCommon());
            // (Not before an honorific: "So Herr Hoffmann".)
            const bool commonButNamed = nameFollows && !t.has(SentenceVerb) && hintOf(t.cues) == Hint::None &&
                                        !m_tokens.at(from + 1).has(Honorific);
            const bool knownName = (t.lex.isFirstName() && (!t.lex.isCommon() || commonButNamed)) ||
                                   t.lex.brand != Gazetteer::BrandKind::None || t.lex.isPlace(500'000);
            const bool namedLikeACompany =
                to - from >= 2 &&
                (m_tokens.at(to - 1).has(LegalSuffix | OrgHeadNoun | PlaceHeadNoun) || institutionOf(from, to));
            // "Vivid E95", "Galaxy S24" first in a line: an ordinary word before a model's code is the model's name.
            const bool modelFollows = to - from == 2 && !t.has(SentenceVerb | Designator | NotAName) &&
                                      hintOf(t.cues) == Hint::None && capitalsThenDigits(m_tokens.at(from + 1), 2);
            const bool sentenceWord = t.sentenceStart && t.lex.isCommon() && !knownName && !modelFollows &&
                                      (!namedLikeACompany || hintOf(t.cues) != Hint::None || t.has(SentenceVerb));
            // (A particle that is a given name too stays alone: "ping Ben"; after an honorific, a particle starts
            // the surname: "Mr. de Vries".)
            const bool strayConnector = isConnector(t) &&
                                        !(t.capitalized && t.has(NameParticle) &&
                                          (to - from > 1 || (t.lex.isFirstName() && t.folded.size() >= 3))) &&
                                        !(honorific && t.has(NameParticle) && to - from > 1);
            // "Can Farah Hussain join?": a question's verb before a full name.
            const bool auxiliaryFirst =
                t.sentenceStart && t.has(Auxiliary) && to - from >= 3 &&
                (m_tokens.at(from + 1).lex.isFirstName() || m_tokens.at(to - 1).lex.isSurname());
            // "April Nguyen": a month that is also a given name, before a surname.
            const bool givenBeforeSurname = t.lex.isFirstName() && from + 1 < to &&
                                            m_tokens.at(from + 1).lex.isSurname() &&
                                            !m_tokens.at(from + 1).lex.isCommon() && !m_tokens.at(from + 1).allCaps;
            // "PT Sumber Rasa Nusantara": Indonesian companies start with their legal form ("PT" is also a time zone).
            const bool companyPrefix = t.has(OrgPrefix) && t.allCaps && to - from >= 3;
            // "Department of Energy": a role's word that an institution's name starts with stays.
            const bool institutionFirst = t.has(OrgHeadNoun) && institutionOf(from, to);
            // "Needs 2 Cat 320 excavators": a count after the sentence's first word, before a capitalized name.
            const bool count = t.hasDigit && from + 1 < to && m_tokens.at(from + 1).capitalized &&
                               std::all_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.isDigit(); });
            // A word that names nothing alone starts a place or a brand the lists know: "OR Tambo" (an airport),
            // "Office Depot".
            const auto knownPhraseFrom = [&] {
                const qsizetype longest = std::min<qsizetype>(to, from + t.lex.phraseWords);
                for (qsizetype k = from + 2; k <= longest; ++k) {
                    const WordInfo& phrase = phraseInfo(from, k);
                    if (phrase.isPlace(15'000) || phrase.brand != Gazetteer::BrandKind::None)
                        return true;
                }
                return false;
            };
            // (A greeting or a thanks is no name, whatever the lists say: "Beste Pieter", "Merci Claire".)
            // (A trade term before a place is no part of it: "FOB Cat Lai".)
            // "Operations Center Premium", "Marketing Cloud": a function's word that starts a product's name, one that
            // ends with a tier, stays.
            const bool productFromRole =
                t.has(RoleWord) && !t.has(NotAName) && to - from >= 2 && m_tokens.at(to - 1).has(ProductTier) &&
                !m_tokens.at(to - 1).has(RoleWord | Department) && m_tokens.at(from + 1).capitalized &&
                !m_tokens.at(from + 1).allCaps && !m_tokens.at(from + 1).has(RoleWord) &&
                !m_tokens.at(from + 1).lex.isFirstName();
            if ((t.has(NotAName) && (!givenBeforeSurname || t.has(ForeignGreeting)) && !companyPrefix &&
                 !(t.lex.phraseWords >= 2 && !t.has(ForeignGreeting) && knownPhraseFrom())) ||
                (t.allCaps && from + 1 < to && t.has(Incoterm)) ||
                (t.has(RoleWord) && !institutionFirst && !productFromRole) || count || strayConnector ||
                (sentenceWord && !companyPrefix) || auxiliaryFirst ||
                (t.folded == QLatin1String("the") && !(to - from > 1 && m_tokens.at(to - 1).has(PlaceHeadNoun)))) {
                ++from;
                continue;
            }
            break;
        }
        if (from < to && departmentAfterRole(from, to))
            return to;
        // "East Africa", "Upper Egypt", "Southern Africa": a point of the compass, or "upper" and "lower", before a
        // country, a continent or a region is a region.
        if (to - from == 2 && m_tokens.at(from).has(Direction) && m_tokens.at(from).capitalized &&
            (phraseInfo(from + 1, to).isCountry() || phraseInfo(from + 1, to).isRegion()))
            return add(from, to, EntityType::Location, 0.8);
        // "Sato-San", "Kim-Nim": a name and its honorific joined by a hyphen in one word are that person, without the
        // honorific.
        if (to - from == 1) {
            const Token& t = m_tokens.at(from);
            const qsizetype hyphen = t.folded.lastIndexOf(u'-');
            if (hyphen >= 2 && m_tokens.at(from).capitalized) {
                // The same honorifics as after a space (not "-ji" or "-chan": they end Korean given names too).
                if (cuesOf(t.folded.mid(hyphen + 1)) & HonorificAfter) {
                    m_added.push_back({m_out.size(), from, to});
                    m_out.append(Entity::at(m_text, EntityType::Person, t.start, t.start + hyphen, 0.85));
                    return to;
                }
            }
        }
        // Trailing roles and headers ("Priya Raman CFO"); a surname after a given name stays, whatever else it can
        // be ("Devon Price").
        const auto surnameAfterGivenName = [this, from](qsizetype k) {
            return k > from && m_tokens.at(k).lex.isSurname() && m_tokens.at(k - 1).lex.isFirstName() &&
                   !m_tokens.at(k - 1).lex.isCommon() && m_tokens.at(k).capitalized && !m_tokens.at(k).allCaps;
        };
        // "Nakamura San", "Nakamura san": an honorific after the name.
        if (to - from >= 2 && m_tokens.at(to - 1).has(HonorificAfter)) {
            --to;
            honorific = true;
        } else if (to < m_tokens.size() && (!m_tokens.at(to).gapBefore || hyphenBefore(to)) && m_tokens.at(to).lower &&
                   m_tokens.at(to).has(HonorificAfter) && !saintFollows(to) &&
                   // "Nakamura-san" too; but companies are addressed so as well: "Hitachi-san", "Toyota-san"
                   !(hyphenBefore(to) && to - from == 1 &&
                     (m_tokens.at(from).lex.brand == Gazetteer::BrandKind::Organization ||
                      m_tokens.at(from).lex.isMaker()))) {
            honorific = true;
        }
        // "Xin chào anh Hoàng": a Vietnamese word of address in lower case right before the name.
        if (from > 0 && from < to && !m_tokens.at(from).gapBefore && m_tokens.at(from - 1).lower &&
            m_tokens.at(from - 1).has(KinTerm))
            honorific = true;
        const qsizetype chainEnd = to;
        // (Not from a place or a brand the lists know whole, alone or at the end: "Dar es Salaam" ends with a
        // greeting, "Hyatt Regency Dar es Salaam" too.)
        const auto knownPhraseEndsAt = [this, from](qsizetype end) {
            for (qsizetype k = std::max<qsizetype>(from, end - 4); k + 2 <= end; ++k) {
                if (m_tokens.at(k).lex.phraseWords >= end - k &&
                    (phraseInfo(k, end).isPlace(15'000) || phraseInfo(k, end).brand != Gazetteer::BrandKind::None))
                    return true;
            }
            return false;
        };
        while (to > from &&
               (m_tokens.at(to - 1).has(RoleWord) ||
                (m_tokens.at(to - 1).has(NotAName) && !surnameAfterGivenName(to - 1) &&
                 !(romanNumeral(m_tokens.at(to - 1)) && countBefore(from)))) && // "80 × Okamura Contessa II"
               !knownPhraseEndsAt(to))
            --to;
        if (from >= to)
            return to;
        // A product's name ends with its model's numeral or letters ("Daikin VRV IV", "Arjun 605 DI"), which other
        // names drop; never with a plural acronym, the goods it names ("… Infinity II HPLCs", "… HBU8000 TVs").
        const auto productEnd = [this, from, chainEnd](qsizetype end) {
            // (And with a function's word that ends the run, not before a team's: "Microsoft Dynamics 365 Sales",
            // "Apple Business Manager integration".)
            const bool functionEnds = end < chainEnd && end - from >= 2 &&
                                      std::all_of(m_tokens.begin() + end, m_tokens.begin() + chainEnd,
                                                  [](const Token& t) {
                                                      return (t.has(RoleWord) && t.capitalized && !t.allCaps) ||
                                                             (t.allCaps && t.text.size() <= 3);
                                                  }) &&
                                      !(chainEnd < m_tokens.size() && m_tokens.at(chainEnd).lower &&
                                        m_tokens.at(chainEnd).has(Department | RoleWord));
            if (functionEnds)
                end = chainEnd;
            while (end < chainEnd && m_tokens.at(end).allCaps && m_tokens.at(end).text.size() <= 3)
                ++end;
            while (end - from > 1 && pluralAcronym(m_tokens.at(end - 1)))
                --end;
            // Nor with a kind of goods before the noun it qualifies: "Toshiba TCx 810 POS terminals", "… MAGNETOM
            // Altea MRI systems" ("… Xstore POS for 120 stores" keeps it).
            while (end - from > 2 && end < m_tokens.size() && m_tokens.at(end - 1).allCaps &&
                   m_tokens.at(end - 1).has(GoodsAcronym) && !m_tokens.at(end).gapBefore && m_tokens.at(end).lower &&
                   (pluralNounAt(end) || m_tokens.at(end).has(SoldThing) ||
                    (m_tokens.at(end).lex.isCommon() && m_tokens.at(end).cues == 0 &&
                     m_tokens.at(end).folded.size() >= 4)))
                --end;
            // A rating after the model is no part of its name: "Daikin VRV X 20 HP", "Blue Star IC318YNU 1.5 TR".
            while (end - from > 3 && m_tokens.at(end - 1).has(RatingUnit) && isNumber(m_tokens.at(end - 2)))
                end -= 2;
            return end;
        };

        // Split after a legal form or company noun in the middle: "Acme Corp London" → "Acme Corp" + "London".
        for (qsizetype k = from + 1; k < to - 1; ++k) {
            if (m_tokens.at(k).has(LegalSuffix) && !m_tokens.at(k + 1).has(LegalSuffix) &&
                m_tokens.at(k).folded != QLatin1String("co") && m_tokens.at(k).folded != QLatin1String("co.") &&
                m_tokens.at(k + 1).folded != u"&") { // "GmbH & Co. KG" is one legal form
                // The first part may take more tokens than it was given ("S.A. de C.V."): the rest starts after them.
                const qsizetype next = classifyChain(from, k + 1);
                return next >= to ? next : std::max(next, classifyChain(next, to));
            }
            // "Sri Murugan Textiles Tiruppur": a company noun, then the town it is in.
            // ("Maple Leaf Credit Union": a company noun that is also a town's name ends the company's name; "Shinhan
            // Bank Vietnam", "Shell Energy Europe": a country or a continent after it names the company's branch.)
            if (m_tokens.at(k).has(OrgHeadNoun) && k - from >= 1 && phraseInfo(k + 1, to).isCountry() &&
                !m_tokens.at(to - 1).has(OrgHeadNoun | LegalSuffix))
                return add(from, to, EntityType::Organization, 0.75);
            if (m_tokens.at(k).has(OrgHeadNoun) && k - from >= 1 && phraseInfo(k + 1, to).isPlace(15'000) &&
                !phraseInfo(from, to).isPlace(15'000) && !m_tokens.at(to - 1).has(OrgHeadNoun | LegalSuffix)) {
                const qsizetype next = classifyChain(from, k + 1);
                return next >= to ? next : std::max(next, classifyChain(next, to));
            }
        }
        // "Co., Ltd." and "Pty Ltd": a legal form right after the chain, across a comma.
        qsizetype end = to;
        // Never across a line or a full stop ("… Treviño\nGrupo", "… Sands. As we said").
        const auto sameClause = [this](qsizetype k) {
            const QStringView gap = textBefore(k);
            return !gap.contains(QLatin1Char('\n')) && !gap.contains(QLatin1Char('.'));
        };
        // "S.A. de C.V.", "S. de R.L.": a legal form in two parts.
        const auto legalAt = [this](qsizetype k) { return k < m_tokens.size() && m_tokens.at(k).has(LegalSuffix); };
        // ("Denver, CO", "Adelaide, SA": after a city and a comma, two capitals are its state.)
        const auto stateAfterCity = [this, from, to](qsizetype k) {
            return k == to && isStateCode(m_tokens.at(k)) && m_text.at(m_tokens.at(k - 1).end) == u',' &&
                   phraseInfo(from, to).isPlace(15'000);
        };
        while (end < m_tokens.size() && end < to + 4) { // a legal form has at most four parts ("S. de R.L. de C.V.")
            if (legalAt(end) && m_tokens.at(end).capitalized && sameClause(end) &&
                m_tokens.at(end).start - m_tokens.at(end - 1).end <= 2 && !stateAfterCity(end))
                ++end;
            else if (legalAt(end - 1) &&
                     (m_tokens.at(end).folded == u"de" || m_tokens.at(end).folded == u"ve") && // "San. ve Tic."
                     !m_tokens.at(end).gapBefore && legalAt(end + 1) && !m_tokens.at(end + 1).gapBefore)
                end += 2;
            else if (const qsizetype after = parenthesizedBeforeLegalForm(end); after > end)
                end = after;

            else
                break;
        }

        // A designator and a number name a place in a building, a step or a part, not a product: "Gate 12", "Room
        // 7B", "Phase 2", "Section 4.2" — also where the designator is a brand's name too ("Line 1").
        // (A brand named with a number keeps its reading: "Studio 3T".)
        // A city's district known by its number is a place: "District 7", "Quận 1" (Ho Chi Minh City), "Bezirk 3".
        if (end - from == 2 && !honorific && m_tokens.at(from).capitalized &&
            (m_tokens.at(from).folded == u"district" || m_tokens.at(from).folded == u"quận" ||
             m_tokens.at(from).folded == u"bezirk") &&
            std::all_of(m_tokens.at(from + 1).text.cbegin(), m_tokens.at(from + 1).text.cend(),
                        [](QChar c) { return c.isDigit(); }))
            return add(from, end, EntityType::Location, 0.6);
        if (end - from == 2 && m_tokens.at(from).has(Designator) && !honorific &&
            phraseInfo(from, end).brand == Gazetteer::BrandKind::None) {
            const QStringView number = m_tokens.at(from + 1).text;
            const qsizetype digits =
                std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit() || c == u'.'; });
            if (digits > 0 && number.at(0).isDigit() &&
                (digits == number.size() || (digits + 1 == number.size() && number.back().isUpper())))
                return to;
        }
        // A company that makes things, and its model: "Komatsu PC2000-8", "Kalmar DRG450", "Masimo Rad-97", "Fuso
        // Canter". A known company's acronym is a company of its group ("Samsung SDS"), and what the lists know as
        // a whole keeps its reading.
        if (end - from >= 2 && !honorific) {
            const Token& maker = m_tokens.at(from);
            const Token& next = m_tokens.at(from + 1);
            const bool brandAcronym =
                maker.lex.brand == Gazetteer::BrandKind::Organization && next.allCaps && !next.hasDigit;
            const bool companyWords = std::any_of(m_tokens.begin() + from, m_tokens.begin() + end, [](const Token& t) {
                return t.has(LegalSuffix | OrgHeadNoun | PlaceHeadNoun | OrgPrefix | PlacePrefix | StreetPrefix);
            });
            if ((maker.lex.isMaker() || maker.lex.brand == Gazetteer::BrandKind::Organization) && !maker.lower &&
                !brandAcronym && !companyWords && modelAfterMaker(maker, next) &&
                phraseInfo(from, end).brand == Gazetteer::BrandKind::None && !phraseInfo(from, end).isPlace(15'000)) {
                // (A plain word after it, where the two act as a company does, is the name of one of its companies:
                // "Toyota Tsusho quoted".)
                if (end - from == 2 && !next.hasDigit && !next.allCaps && !camelCase(next) &&
                    !maker.lex.isFirstName() && !determinerBefore(from) && companySpokenOf(from, end, true))
                    return add(from, end, EntityType::Organization, 0.7);
                return add(from, productEnd(end), EntityType::Product, 0.75);
            }
        }
        // A town's name before a model's code is its maker's, as companies are named after their towns: "Kalmar
        // DRG450", "Hobart HL800" (capitals, then three digits or more: no postal code, "London SE1", "Dublin D02").
        if (end - from == 2 && !honorific && m_tokens.at(from).capitalized && !m_tokens.at(from).allCaps &&
            m_tokens.at(from).lex.cityPopulation > 0 && !m_tokens.at(from).lex.isCountry() &&
            capitalsThenDigits(m_tokens.at(from + 1)))
            return add(from, productEnd(end), EntityType::Product, 0.6);
        // A place followed by a postal code or a number ("Mumbai 400059", "Durban 4"): the place alone.
        while (end - from >= 2 && m_tokens.at(end - 1).hasDigit && !isModelCode(m_tokens.at(end - 1)) &&
               phraseInfo(from, end - 1).isPlace(15'000))
            --end;
        // A trade term, a tax or a currency before a place ("FOB Shenzhen", "CIF Karachi", "USD Kenya"): the place
        // alone. (Other capitals before a country name a company's branch: "MTN Rwanda".)
        if (end - from >= 2 && m_tokens.at(from).allCaps && !m_tokens.at(from).lex.isCountry() &&
            phraseInfo(from + 1, end).isPlace(100'000) &&
            (!phraseInfo(from + 1, end).isCountry() || m_tokens.at(from).has(TradeTerm) ||
             m_g.currencyCodes().contains(m_tokens.at(from).text.toString())))
            ++from;
        if (end - from == 1 && m_tokens.at(from).allCaps && m_tokens.at(from).text.size() == 3 &&
            m_g.currencyCodes().contains(m_tokens.at(from).text.toString()))
            return to;
        const Token& first = m_tokens.at(from);
        const Token& last = m_tokens.at(end - 1);
        const qsizetype length = end - from;
        // Two places joined by a hyphen: "Rotterdam-Hamburg range", "the Venlo-Milan lane".
        if (length == 1 && first.lex.wordFlags() == 0 && first.lex.cityPopulation == 0 && addPlacePair(from))
            return to;
        if (length == 1 && isModelCode(first))
            return add(from, end, EntityType::Product, 0.6);
        const WordInfo& whole = phraseInfo(from, end);

        // A hotel chain and more name is a hotel, even where the last word is a company noun or looks like a legal
        // form: "Clarion Hotel Energy", "Sofitel Marrakech Lounge and Spa". Not the chain's company: "Marriott
        // International signed".
        const bool chainsCompany =
            last.folded == u"international" || last.folded == u"worldwide" || last.folded == u"group" ||
            last.folded == u"holdings" ||
            (end < m_tokens.size() && !m_tokens.at(end).gapBefore && (m_tokens.at(end).cues & (CompanyAct | Holding)));
        if (length >= 2 && !honorific && !chainsCompany && (!last.has(LegalSuffix) || last.folded == u"spa")) {
            for (qsizetype k = from + 1; k < end; ++k) {
                if (phraseInfo(from, k).brand == Gazetteer::BrandKind::Venue)
                    return add(from, end, EntityType::Location, 0.75);
            }
        }
        // "Equipment Steering Group", "Working Group": a group that meets, not a company.
        if (last.folded == u"group" && length >= 2 && m_tokens.at(end - 2).has(MeetingGroup))
            return to;
        const auto withHonorific = [&](qsizetype start) { return honorificFrom >= 0 ? honorificFrom : start; };
        if (last.has(LegalSuffix) && length >= 2)
            return add(withHonorific(from), end, EntityType::Organization, 0.92);
        // A company word first, as Romance languages name companies: "Grupo Alvarado", "Clínica San Rafael".
        if (first.has(OrgPrefix) && length >= 2 && !honorific) {
            // "Szpital Uniwersytecki w Krakowie": a Polish institution's name ends with "w" and its town.
            if (end + 1 < m_tokens.size() && first.has(PolishInstitution) && m_tokens.at(end).folded == u"w" &&
                !m_tokens.at(end).gapBefore && !m_tokens.at(end + 1).gapBefore && m_tokens.at(end + 1).capitalized &&
                !m_tokens.at(end + 1).allCaps)
                end += 2;
            return add(from, end, EntityType::Organization, 0.8);
        }
        if (institutionOf(from, end) && !honorific)
            return add(from, end, EntityType::Organization, 0.8);
        // "Port of Abidjan", "Isle of Man", "Bay of Plenty": a place's word, "of" and a name is a place. (Not every
        // place's word: a city "of" is also its government, a buyer; a "Center of Excellence" is no place.)
        static const QSet<QString> placesOf{
            QStringLiteral("port"),     QStringLiteral("isle"),  QStringLiteral("island"), QStringLiteral("islands"),
            QStringLiteral("district"), QStringLiteral("bay"),   QStringLiteral("gulf"),   QStringLiteral("lake"),
            QStringLiteral("cape"),     QStringLiteral("strait")};
        if (length >= 3 && m_tokens.at(from + 1).folded == u"of" && !honorific &&
            placesOf.contains(first.folded.toString()))
            return add(from, end, EntityType::Location, 0.75);
        // A venue or place word first: "Hôtel Belvédère", "County Antrim", "Lake Como", "Mount Kenya".
        // ("County Water Authority": a company noun inside makes it an organization.)
        const bool orgNounInside = std::any_of(m_tokens.begin() + from, m_tokens.begin() + end,
                                               [](const Token& t) { return t.has(OrgHeadNoun); });
        if (first.has(PlacePrefix) && length >= 2 && !honorific && orgNounInside)
            return add(from, end, EntityType::Organization, 0.75);
        if (first.has(PlacePrefix) && length >= 2 && !honorific)
            return add(from, end, EntityType::Location, 0.8);
        to = end;
        // People's names take no "the": after "at the" or "in the", several words that name no company are a venue
        // ("at the Fairmont Royal York", "lunch at the Taj Lands End"); after another "the", not a person.
        const bool afterThe = from > 0 && !first.gapBefore && m_tokens.at(from - 1).folded == u"the";
        const bool companyWords =
            std::any_of(m_tokens.begin() + from, m_tokens.begin() + to,
                        [](const Token& t) { return t.has(OrgHeadNoun | LegalSuffix | Department); }) ||
            whole.brand != Gazetteer::BrandKind::None || whole.isPlace(15'000);
        const bool brandFirst = first.lex.brand != Gazetteer::BrandKind::None;
        // ("in the New Year", "in the Enterprise Plan": ordinary words, or a tier, name no venue.)
        const bool venueWords =
            !last.has(ProductTier | TierNoun) && std::any_of(m_tokens.begin() + from, m_tokens.begin() + to,
                                                             [](const Token& t) { return !t.lex.isCommon(); });
        // (Not where a noun follows that the words only describe: "in the Decision Maker field".)
        static const QSet<QString> smallWords{QStringLiteral("in"),  QStringLiteral("on"),   QStringLiteral("at"),
                                              QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("and"),
                                              QStringLiteral("or"),  QStringLiteral("near"), QStringLiteral("by"),
                                              QStringLiteral("to"),  QStringLiteral("from"), QStringLiteral("of")};
        const auto nounAfter = [&] {
            return to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
                   !smallWords.contains(m_tokens.at(to).folded.toString());
        };
        if (afterThe && length >= 2 && !honorific && !companyWords && !brandFirst && venueWords && !nounAfter() &&
            from > 1 && !m_tokens.at(from - 1).gapBefore &&
            (m_tokens.at(from - 2).folded == u"at" || m_tokens.at(from - 2).folded == u"in"))
            return add(from, to, EntityType::Location, 0.6);
        // A place's word inside a name that has no company's word is a place: "Marina Bay Sands", "Canary Wharf
        // Tower". (Not a compass point: "Siemens South Africa" is the company's branch; nor before a product's tier:
        // "Operations Center Premium".)
        if (length >= 3 && !honorific && !companyWords && !brandFirst &&
            !(last.has(ProductTier) && !last.has(PlaceHeadNoun)) &&
            std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to - 1, [](const Token& t) {
                return t.has(PlaceHeadNoun) && t.capitalized && t.folded != u"north" && t.folded != u"south" &&
                       t.folded != u"east" && t.folded != u"west";
            }))
            return add(from, to, EntityType::Location, 0.6);
        // "Atlantis The Palm": a "The" inside is no person's either; nor, after "the", words that are not a given
        // name and a surname ("the John Smith account" still names him).
        const bool fullName = first.lex.isFirstName() && last.lex.isSurname() && length <= 3;
        // (No one's name has an "&" inside: "Marble & Oak" is a firm.)
        const bool ampersand = length >= 3 && std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to - 1,
                                                          [](const Token& t) { return t.folded == u"&"; });
        const bool noPerson = (afterThe && !companyWords && !fullName) || ampersand ||
                              std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                                          [](const Token& t) { return t.capitalized && t.folded == u"the"; });
        // "Hyun-woo Park", "Mei-ling Chou": a given name written the Korean or Chinese way (two syllables, the second
        // in small letters after a hyphen) and a surname are a person, even where the surname is also a place word.
        const auto eastAsianGivenName = [](const Token& t) {
            const qsizetype hyphen = t.text.indexOf(u'-');
            return t.capitalized && hyphen >= 2 && hyphen + 2 < t.text.size() && t.text.at(hyphen + 1).isLower() &&
                   t.text.indexOf(u'-', hyphen + 1) < 0;
        };
        if (length == 2 && eastAsianGivenName(first) && last.lex.isSurname() && !honorific && !noPerson)
            return add(from, to, EntityType::Person, 0.85);
        // A known company's name and more words, the next no one's name, is its product: "Ford Transit Custom
        // Trend", "Chase Sapphire Reserve" (two words only when the second is no ordinary word: "Samsung Display"
        // and "Orange Business" are companies).
        const auto namesNoOne = [&] {
            return (!m_tokens.at(from + 1).lex.isFirstName() && !m_tokens.at(from + 1).lex.isSurname()) ||
                   (length >= 3 && !last.lex.isSurname() && !last.lex.isFirstName() && !first.lex.isFirstName() &&
                    std::none_of(m_tokens.begin() + from + 1, m_tokens.begin() + to - 1,
                                 [](const Token& t) { return t.lex.isFirstName(); })); // "Dacia Duster Commercial"
        };
        // "10 × Dacia Duster Commercial", "3 x Cisco Catalyst 9300": after a count and a multiplication sign, a
        // brand's name and more, or a name with a model number, is the thing counted. (Not a company's name alone,
        // "5 x Johnson Controls chillers", nor a person's, "2 x David Ochieng".)
        // The same after a number alone where a plural noun for the things counted follows: "2,400 Michelin X Multi Z
        // tyres", "40 Dell Latitude 7450 laptops".
        const bool counted = countBefore(from) || (numberBefore(from) && pluralNounAt(to));
        if (length >= 2 && !honorific && counted && whole.brand == Gazetteer::BrandKind::None &&
            !last.has(LegalSuffix | OrgHeadNoun) &&
            !(first.lex.brand == Gazetteer::BrandKind::None && first.lex.isFirstName() && last.lex.isSurname()) &&
            (first.lex.brand != Gazetteer::BrandKind::None ||
             std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                         [](const Token& t) { return t.hasDigit || romanNumeral(t); }) ||
             ((!first.lex.isFirstName() || length >= 3) && !last.lex.isFirstName() &&
              !last.lex.isSurname()))) // "20 × Steelcase Flex"
            return add(from, productEnd(to), EntityType::Product, 0.75);
        // A company's name and the word its divisions are named with: "Samsung Display", "Volvo Cars" are companies
        // too. (Not "Business": "Starlink Business" is a plan, "Orange Business" a company.)
        if (length == 2 && first.lex.brand == Gazetteer::BrandKind::Organization && !honorific &&
            whole.brand == Gazetteer::BrandKind::None && last.has(CompanyDivision))
            return add(from, to, EntityType::Organization, 0.7);
        // (A given name that a company bears, and a word no list knows, are a person where one is spoken of:
        // "Jordan Whitfield @ Granite Peak Builders", "Jordan Whitfield called", or given a role right after it:
        // "Jordan Whitfield (IT Director, …)", "Jordan Whitfield, Head of Sales".)
        const auto roleAfter = [&] {
            for (qsizetype k = to; k < m_tokens.size() && k < to + 3; ++k) {
                const Token& t = m_tokens.at(k);
                if (t.has(RoleWord))
                    return true;
                if (!t.capitalized || (k > to && t.gapBefore) ||
                    (k == to && textBefore(k).trimmed() != u"(" && textBefore(k).trimmed() != u","))
                    return false;
            }
            return false;
        };
        // A brand that is an ordinary word too, first in its sentence before a given name and one more name, is the
        // verb: "Ring Paris Whelan at Glanmire Creameries", "Call Maria Lopez".
        if (length == 3 && first.sentenceStart && first.lex.isCommon() && !first.allCaps &&
            first.lex.brand == Gazetteer::BrandKind::Organization && !honorific &&
            m_tokens.at(from + 1).lex.isFirstName() && !m_tokens.at(from + 1).lex.isCommon() &&
            m_tokens.at(from + 2).capitalized && !m_tokens.at(from + 2).allCaps && !m_tokens.at(from + 2).hasDigit &&
            (m_tokens.at(from + 2).lex.isSurname() || m_tokens.at(from + 2).lex.isUnknown()))
            return add(from + 1, to, EntityType::Person, 0.7);
        const auto personSpokenOf = [&] {
            const Token& second = m_tokens.at(from + 1);
            return length == 2 && first.lex.isFirstName() && second.capitalized && !second.allCaps &&
                   !second.hasDigit && !second.lex.isCommon() && !camelCase(second) &&
                   (personActsAfter(to) || hintBefore(from) == Hint::Person ||
                    (to < m_tokens.size() && m_tokens.at(to).folded == u"@") || roleAfter());
        };
        if (length >= 2 && first.lex.brand == Gazetteer::BrandKind::Organization && !honorific && !companyWords &&
            whole.brand == Gazetteer::BrandKind::None && m_tokens.at(from + 1).capitalized && namesNoOne() &&
            !personSpokenOf() && !phraseInfo(from + 1, to).isPlace(15'000) && // "Orange Polska" is its branch
            (length >= 3 || !m_tokens.at(from + 1).lex.isCommon() || m_tokens.at(from + 1).hasDigit)) {
            // Where a company is spoken of, the words are one of the company's: someone "at" or "from" it ("a lead
            // from Volvo Cars Torslanda"), or it acts ("Ford Otosan can deliver").
            // (Not with a model's number: "Siemens Gamesa SG 6.6" is the turbine.)
            if (!std::any_of(m_tokens.begin() + from, m_tokens.begin() + to,
                             [](const Token& t) { return t.hasDigit; }) &&
                companySpokenOf(from, to))
                return add(from, to, EntityType::Organization, 0.7);
            return add(from, productEnd(to), EntityType::Product, 0.7);
        }
        // A document's title names nothing: "Master Services Agreement", "Data Processing Addendum".
        if (length >= 2 && !honorific && whole.brand == Gazetteer::BrandKind::None && last.has(Document))
            return to;
        // Nor does a plan's or a project's, of ordinary words and numbers: "Mutual Action Plan", "Smart Irrigation
        // Rollout", "Migration Wave 2", "Quay 7 Upgrade", "Policy v3" (a tier makes a product: "Growth Plan").
        // (Only such a title's first word is ordinary or a number: a name's seldom is, so most runs stop there.)
        if (length >= 2 && !honorific && whole.brand == Gazetteer::BrandKind::None && !first.allCaps &&
            (first.lex.isCommon() || first.hasDigit)) {
            static const QStringList projectWords{
                QStringLiteral("plan"),      QStringLiteral("rollout"),   QStringLiteral("upgrade"),
                QStringLiteral("migration"), QStringLiteral("programme"), QStringLiteral("program"),
                QStringLiteral("roadmap"),   QStringLiteral("steering"),  QStringLiteral("review"),
                QStringLiteral("workshop"),  QStringLiteral("kickoff"),   QStringLiteral("refresh"),
                QStringLiteral("wave"),      QStringLiteral("phase"),     QStringLiteral("policy")};
            bool project = false;
            const bool ordinary = std::all_of(m_tokens.begin() + from, m_tokens.begin() + to, [&](const Token& t) {
                if (projectWords.contains(t.folded)) {
                    project = true;
                    return true;
                }
                const bool number = t.hasDigit && std::all_of(t.folded.cbegin(), t.folded.cend(), [](QChar c) {
                                        return c.isDigit() || c == u'v' || c == u'.';
                                    });
                return number || (t.lex.isCommon() && !t.has(ProductTier) &&
                                  t.lex.brand == Gazetteer::BrandKind::None && !t.allCaps);
            });
            if (ordinary && project)
                return to;
        }
        // "Jordan Blake", "Hyun-woo Park": a given name and a surname are a person whatever else the words can be,
        // but for a large city's name written whole ("Sao Paulo", "San Jose") where no person is spoken to.
        const bool bigCityNamed = whole.isPlace(100'000) && hintBefore(from) != Hint::Person;
        if (length >= 2 && length <= 4 && first.lex.isFirstName() && last.lex.isSurname() && !whole.isCountry() &&
            !bigCityNamed && !noPerson && whole.brand == Gazetteer::BrandKind::None && !last.has(LegalSuffix) &&
            !last.has(OrgHeadNoun) && !first.lex.isCommon() &&
            !(last.has(PlaceHeadNoun) && (length > 2 || last.lex.isCommon())))
            return add(from, to, EntityType::Person, 0.88);
        // A company's branch in a country: "Telkom Kenya", "Orange Polska" (a name no list of people or places has
        // before a country).
        if (length == 2 && last.lex.isCountry() && !first.lex.isCommon() && !first.lex.isFirstName() &&
            !first.lex.isPlace(15'000) && !honorific)
            return add(from, to, EntityType::Organization, 0.65);
        // Tier words that belong to a product name: "Enterprise tier", "Pro plan", "Standard edition" (add() takes
        // the tier's noun into the product).
        if (to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
            m_tokens.at(to).has(TierNoun))
            return add(from, to, EntityType::Product, 0.8);
        // A street word first: "Rua Augusta", "Calle Mayor". The street-type list mixes words that come first in
        // their languages with English ones that come last ("Park", "Field", "Pike"), which are also ordinary words
        // and names: those start no street ("Field Ops Suite", "Pike & Rowe").
        const bool streetFirst = first.has(StreetPrefix) || (first.lex.is(Gazetteer::WordInfo::StreetWord) &&
                                                             !first.lex.isCommon() && !first.lex.isSurname());
        if (streetFirst && length >= 2 && first.capitalized && !first.lex.isFirstName())
            return add(from, to, EntityType::Location, 0.7);
        if (last.has(ProductTier) && length >= 2 && !last.lex.isSurname() && !last.has(OrgHeadNoun))
            return add(from, productEnd(to), EntityType::Product, 0.7);
        // What is sold as a unit, after words that are not a given name: "Compliance Pack", "Analytics Module".
        if (last.has(ProductNoun) && length >= 2 && !first.lex.isFirstName() && !first.has(OrgPrefix))
            return add(from, productEnd(to), EntityType::Product, 0.7);
        // "the Business Development team", "our Biomedical Engineering department": a department, not a company.
        // (A town's team is the town's: "the Round Rock team".)
        if (to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
            m_tokens.at(to).has(Department) && !whole.isPlace(15'000) &&
            std::all_of(m_tokens.begin() + from, m_tokens.begin() + to,
                        [](const Token& t) { return t.lex.isCommon(); }))
            return to;
        if (last.has(OrgHeadNoun) && length >= 2)
            return add(withHonorific(from), to, EntityType::Organization, 0.8);
        // A company noun inside, ordinary words after it: "Al Noor Facilities Management", "Kinetic Logistics
        // Support". (A place after it is where the company is: split above. A brand's words are its product's:
        // "GE HealthCare Portrait"; a system or a platform is a product: "nCino Bank Operating System".)
        // (Nor a document: "Master Services Agreement".)
        static const QSet<QString> productWords{
            QStringLiteral("system"),    QStringLiteral("systems"),  QStringLiteral("platform"),
            QStringLiteral("software"),  QStringLiteral("suite"),    QStringLiteral("cloud"),
            QStringLiteral("agreement"), QStringLiteral("contract"), QStringLiteral("proposal"),
            QStringLiteral("review"),    QStringLiteral("report"),   QStringLiteral("policy"),
            QStringLiteral("plan"),      QStringLiteral("order"),    QStringLiteral("statement"),
            QStringLiteral("schedule"),  QStringLiteral("form"),     QStringLiteral("request")};
        for (qsizetype k = from + 1; k + 1 < to && !honorific; ++k) {
            if (!m_tokens.at(k).has(OrgHeadNoun) || m_tokens.at(k).has(PlaceHeadNoun))
                continue;
            if (first.lex.brand != Gazetteer::BrandKind::None ||
                phraseInfo(from, k + 1).brand != Gazetteer::BrandKind::None ||
                std::any_of(m_tokens.begin() + from, m_tokens.begin() + to,
                            [](const Token& t) { return camelCase(t); }))
                break;
            if (std::all_of(m_tokens.begin() + k + 1, m_tokens.begin() + to,
                            [](const Token& t) {
                                return t.lex.isCommon() && !t.lex.isSurname() && !t.lex.isPlace(15'000) && !t.allCaps &&
                                       !t.has(PlaceHeadNoun | ProductTier | ProductNoun);
                            }) &&
                !productWords.contains(m_tokens.at(to - 1).folded.toString()))
                return add(from, to, EntityType::Organization, 0.7);
            break;
        }
        // "Lakeshore Medical Center", "Northside Data Centre": a center of something is an institution.
        // So is a school district, a public body: "Summit Valley School District".
        if (last.has(PlaceHeadNoun) && length >= 3 &&
            (m_tokens.at(to - 2).has(Institutional) ||
             (last.folded == u"district" && m_tokens.at(to - 2).folded == u"school")))
            return add(from, to, EntityType::Organization, 0.75);
        // A maker's or a brand's name, or one written with a capital inside, before a place's word, and then a
        // noun for what is sold: a product, no place ("LabCloud Campus licences", "Square Terminal units").
        if (last.has(PlaceHeadNoun) && length >= 2 && !honorific &&
            (first.lex.isMaker() || first.lex.brand == Gazetteer::BrandKind::Organization || camelCase(first)) &&
            !whole.isPlace(15'000) && whole.brand == Gazetteer::BrandKind::None &&
            (pluralNounAt(to) || cueAfter(to, SoldThing)))
            return add(from, productEnd(to), EntityType::Product, 0.55);
        // (After an honorific, the word is a surname: "Dr. Min-jun Park".)
        if (last.has(PlaceHeadNoun) && length >= 2 && !honorific)
            return add(from, to, EntityType::Location, 0.8);

        const auto brand = whole.brand;
        const bool locationHint = hintBefore(from) == Hint::Location || regionAfterComma(to) || cueAfter(to, Site);
        // One word that is a smaller city needs to be nothing else a list knows: "ex-works Winterthur", but not
        // "Hope" or "Mobile".
        const bool onlyAPlace = !whole.isFirstName() && !whole.isSurname() && !whole.isCommon() &&
                                whole.brand == Gazetteer::BrandKind::None;
        const bool strongPlace = whole.isCountry() || whole.isRegion() ||
                                 whole.cityPopulation >= (length > 1 || onlyAPlace ? 15'000 : 100'000);
        // A capitalized ordinary word after "from" or "via" is a big city's name: "ship from Shanghai", "flies in
        // from Nice" (not first in a sentence, nor a brand).
        const bool bigCityFrom = length == 1 && !first.sentenceStart && !first.allCaps &&
                                 brand == Gazetteer::BrandKind::None && whole.cityPopulation >= 300'000 && from > 0 &&
                                 !first.gapBefore &&
                                 (m_tokens.at(from - 1).folded == u"from" || m_tokens.at(from - 1).folded == u"via");
        if (whole.isPlace(15'000) && !honorific && (strongPlace || locationHint) &&
            !(length == 1 && whole.isCommon() && !locationHint && !whole.isCountry() && !bigCityFrom)) {
            // A word that is both a given name and a known place is the place, unless a person's context says
            // otherwise ("with Jordan", "Jordan Blake"): name lists carry many places, place lists few people.
            const bool bigPlace = whole.isCountry() || whole.isRegion() || whole.cityPopulation >= 100'000;
            // "and" joins countries as readily as people ("from Iran and Turkey").
            const bool verbAfter = to < m_tokens.size() && !m_tokens.at(to).gapBefore &&
                                   m_tokens.at(to).has(PersonVerb) &&
                                   !(m_tokens.at(to).folded == u"and" && (whole.isCountry() || placeFollows(to + 1)));
            // (Not after a place and a comma: "Two Rivers Mall, Nairobi approved".)
            const bool personLike =
                length == 1 && whole.isFirstName() && !locationHint && !afterPlaceComma(from) &&
                (!bigPlace || hintBefore(from) == Hint::Person || verbAfter || signsOffAfterClosing(from, to));
            const bool nextIsSurname = to < m_tokens.size() && !m_tokens.at(to).gapBefore &&
                                       m_tokens.at(to).capitalized && m_tokens.at(to).lex.isSurname();
            if (!personLike && !nextIsSurname)
                return add(from, to, EntityType::Location, whole.isCountry() ? 0.9 : 0.8);
        }
        // "Jonas Lindqvist (Sandvik)", "Ana Ruiz (Brightdesk)": in parentheses right after a person's full name, a name
        // that no role and no place is says where the person works, even where it is also a given name.
        if (!honorific && length <= 3 && employerAfterPerson(from, to))
            return add(from, to, EntityType::Organization, 0.6);
        // "Tangshan, Hebei", "Changzhou, Jiangsu, China": a word that names no one, after a place and a comma where
        // the clause ends, or before a comma and a country, is the place's region.
        if (length == 1 && !honorific && first.capitalized && !first.allCaps && !first.hasDigit &&
            brand == Gazetteer::BrandKind::None && !first.lex.isFirstName() && !first.lex.isSurname() &&
            !first.lex.isCommon() && (regionAfterComma(to) || (afterPlaceComma(from) && clauseEndsAt(to))))
            return add(from, to, EntityType::Location, 0.6);
        // A maker's name that is nothing else a list knows: "Masimo", "Daikin".
        if (length == 1 && whole.wordFlags() == Gazetteer::WordInfo::Maker && whole.cityPopulation == 0 && !honorific &&
            brand == Gazetteer::BrandKind::None)
            return add(from, to, EntityType::Organization, 0.7);
        // A hotel chain's name alone is its hotel ("at the Kempinski"), unless it acts or is dealt with as a company
        // ("Hilton signed", "the Marriott account").
        if (brand == Gazetteer::BrandKind::Venue && !honorific) {
            const bool company =
                to < m_tokens.size() && !m_tokens.at(to).gapBefore && (m_tokens.at(to).cues & (CompanyAct | Holding));
            return add(from, to, company ? EntityType::Organization : EntityType::Location, 0.75);
        }
        // "Reason: delivery", "Framework: agreed": an ordinary word that starts a line or a sentence before a colon
        // is a label, whatever brand is called so.
        if (length == 1 && first.sentenceStart && first.lex.isCommon() && !first.allCaps && first.end < m_text.size() &&
            m_text.at(first.end) == u':')
            return to;
        // A brand's name that is also a given name is a person's where it is greeted ("Hi Jordan,") or asked
        // something ("ask Jordan whether"); not where a noun follows ("ask Apple procurement").
        const auto greetedOrAsked = [this, from, to] {
            if (m_tokens.at(from).allCaps)
                return false;
            // "Ana @ Lotus Bay Resorts": a CRM note's "@" before a company says so, whatever comes before the name.
            if (to + 1 < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).folded == u"@" &&
                !m_tokens.at(to + 1).gapBefore && m_tokens.at(to + 1).capitalized)
                return true;
            if (from == 0 || m_tokens.at(from).gapBefore)
                return false;
            const QStringView before = m_tokens.at(from - 1).folded;
            const bool greeted = before == u"hi" || before == u"hello" || before == u"dear" || before == u"hey";
            const bool asked =
                before == u"ask" || before == u"asked" || before == u"tell" || before == u"told" || before == u"remind";
            // One pings, rings or texts a person, not a company: "ping Jordan about", "ring Jordan at Brightwater".
            const bool pinged = before == u"ping" || before == u"pinged" || before == u"ring" || before == u"text" ||
                                before == u"texted";
            if (to == m_tokens.size() || m_tokens.at(to).gapBefore) // a comma or a line's end after the name
                return greeted || asked || pinged;
            const QStringView after = m_tokens.at(to).folded;
            // Someone called or met at or from a company: "call Jordan at Caterpillar", "with Jordan from Zain".
            if ((after == u"at" || after == u"from") && m_tokens.at(from - 1).has(HintPerson) &&
                to + 1 < m_tokens.size() && !m_tokens.at(to + 1).gapBefore && m_tokens.at(to + 1).capitalized)
                return true;
            // (Not "for", "to", "about": what follows a company as well, "ask Dell for a quote".)
            return (asked && (after == u"whether" || after == u"if")) ||
                   (pinged && (after == u"about" || after == u"at" || after == u"re" || after == u"on" ||
                               after == u"and" || after == u"today" || after == u"tomorrow"));
        };
        // A brand that is also an ordinary word, first in its sentence before an ordinary word in lower case that
        // it does not act with, is that word: "Target price VND 4,500", "Line items:", "Tower crane rental" (not
        // "Target wants").
        if (length == 1 && brand != Gazetteer::BrandKind::None && first.sentenceStart && first.lex.isCommon() &&
            !first.allCaps && to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
            m_tokens.at(to).lex.isCommon() && !m_tokens.at(to).has(CompanyAct | PersonVerb | SentenceVerb | Auxiliary))
            return to;
        if (brand != Gazetteer::BrandKind::None && !honorific &&
            !(length == 1 && first.lex.isFirstName() && brand == Gazetteer::BrandKind::Organization &&
              greetedOrAsked())) {
            return add(from, to,
                       brand == Gazetteer::BrandKind::Product ? EntityType::Product : EntityType::Organization, 0.85);
        }
        // A known company followed by more name: its product ("Salesforce Sales Cloud", "Panasonic Toughbook 40").
        // A company named with a given name ("Apple") needs a model, a tier or a product-like word after it.
        // A company followed by a country or a city is its branch: "Orange Polska", "Deloitte India".
        for (qsizetype k = to - 1; k > from; --k) {
            if (phraseInfo(from, k).brand != Gazetteer::BrandKind::Organization)
                continue;
            // ("Walmart de México": a particle before the country.)
            const qsizetype place = k + 1 < to && m_tokens.at(k).has(NameParticle) ? k + 1 : k;
            if (phraseInfo(place, to).isPlace(100'000) && !honorific)
                return add(from, to, EntityType::Organization, 0.75);
            // A company and an acronym is a company of its group: "Samsung SDS", "Emirates NBD".
            if (std::all_of(m_tokens.begin() + k, m_tokens.begin() + to,
                            [](const Token& t) { return t.allCaps && !t.hasDigit; }) &&
                !honorific)
                return add(from, to, EntityType::Organization, 0.7);
            const bool restIsProductish = std::any_of(m_tokens.begin() + k, m_tokens.begin() + to, [](const Token& t) {
                return t.hasDigit || t.has(ProductTier) || !t.lex.isCommon() || t.capitalized;
            });
            // "Model Y", "ID.4": a letter or two in capitals is a model too.
            const bool restIsModel = std::any_of(m_tokens.begin() + k, m_tokens.begin() + to, [](const Token& t) {
                return t.hasDigit || t.has(ProductTier) || (t.text.size() <= 2 && t.text.at(0).isUpper()) ||
                       std::any_of(t.text.cbegin() + 1, t.text.cend(), [](QChar c) { return c.isUpper(); });
            });
            // (Where it acts as a company, with no number or tier, its words are the company's: "Currys Business
            // confirmed", "Toyota Tsusho quoted".)
            if (!honorific && !first.lex.isFirstName() &&
                !std::any_of(m_tokens.begin() + k, m_tokens.begin() + to,
                             [](const Token& t) { return t.hasDigit || t.has(ProductTier); }) &&
                companySpokenOf(from, to, true))
                return add(from, to, EntityType::Organization, 0.7);
            if (first.lex.isFirstName() ? restIsModel : restIsProductish)
                return add(from, productEnd(to), EntityType::Product, 0.75);
        }
        // A model or version number, or a tier word, makes a product ("Analytics Suite", "Toughbook 40").
        // A number makes a product only after a name that is not a common word ("Phase 2", "SOC 2" are not).
        const bool hasModel = std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                                          [](const Token& t) { return t.hasDigit; }) &&
                              !(first.has(Designator) && length == 2) &&
                              (!first.allCaps || makerAcronymBeforeSeries(from, to));
        if (hasModel || (length >= 2 && last.has(ProductTier) && !last.lex.isSurname()))
            return add(from, hasModel ? productEnd(to) : to, EntityType::Product, 0.7);

        // A word written with a capital inside after the first names a product: "Oracle NetSuite", "SOTI
        // MobiControl", "Epic MyChart".
        if (length >= 2 && std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                                       [](const Token& t) { return camelCase(t); }))
            return add(from, productEnd(to), EntityType::Product, 0.65);
        // So does one written so first, with more names after it that no place ends: "CrowdStrike Falcon Insight
        // XDR", "LinkedIn Sales Navigator".
        if (length >= 2 && camelCase(first) && !last.has(OrgHeadNoun | LegalSuffix | PlaceHeadNoun) &&
            !phraseInfo(from + 1, to).isPlace(15'000))
            return add(from, productEnd(to), EntityType::Product, 0.6);

        // (Two words of a side at most, and no letter alone: "Tom & Anna Smith" are two people, "C&I" a segment;
        // after "the", only with a company's word: "the Solar & Storage Live Africa stand" is an event.)
        if (ampersand && !honorific && !whole.isPlace(15'000) && length <= 5 && (!afterThe || companyWords) &&
            std::all_of(m_tokens.begin() + from, m_tokens.begin() + to,
                        [](const Token& t) { return t.folded == u"&" || t.text.size() >= 2; })) {
            qsizetype amp = from + 1;
            while (m_tokens.at(amp).folded != u"&")
                ++amp;
            const bool personAfter = to - amp > 2 && m_tokens.at(amp + 1).lex.isFirstName();
            if (amp - from <= 2 && to - amp - 1 <= 2 && !personAfter)
                return add(from, to, EntityType::Organization, 0.65);
        }
        // "Incumbent: Samsara", "Broker is Marsh", "Their current vendor is UKG": after what a company is to the
        // deal, a colon or "is", one or two words that name no place are that company.
        if (length <= 2 && !honorific && companyRoleBefore(from) && !whole.isPlace(15'000) &&
            (!first.lex.isCommon() || !first.sentenceStart)) // "Broker is Marsh"
            return add(from, to, EntityType::Organization, 0.65);
        // People: a given name first or a surname last. A given name before an ordinary noun that is no surname
        // names a business more often than a person: "Kobe Precision", "Georgia Outdoor".
        const bool firstIsGiven = first.lex.isFirstName();
        const bool lastIsFamily = last.lex.isSurname();
        // (A capital alone is an initial: "Marta W".)
        if (!honorific && length == 2 && firstIsGiven && !lastIsFamily && last.lex.isCommon() && !last.allCaps &&
            !first.lex.isCommon() && !last.has(Honorific) && last.text.size() > 1)
            return add(from, to, EntityType::Organization, 0.6);
        // Two ordinary words, the first also a given name, the second no name at all ("Oracle Database", "Will
        // Power"), are not a person's name without a person's context.
        if (!honorific && length == 2 && firstIsGiven && first.lex.isCommon() && !lastIsFamily && last.lex.isCommon() &&
            !last.lex.isFirstName() && hintBefore(from) != Hint::Person)
            return to;
        // No one's name has a number, or a word of three capitals or more that is no surname, after its first word:
        // "CAT 777G", "KLA Surfscan SP7", "Carlisle Sure-Weld TPO" are products. ("Jean DUPONT" writes a surname so.)
        // (Not with an ordinary word after the first that no list of names has: "Case Management Modernization".)
        const bool readAsPerson = length >= 2 && length <= 4 && (firstIsGiven || lastIsFamily) && !noPerson &&
                                  std::none_of(m_tokens.begin() + from + 1, m_tokens.begin() + to, [](const Token& t) {
                                      return t.lex.isCommon() && !t.lex.isFirstName() && !t.lex.isSurname() &&
                                             t.text.size() > 1 && !t.has(NameParticle);
                                  });
        if (!honorific && readAsPerson && !first.has(Designator) &&
            std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to, [](const Token& t) {
                return t.hasDigit || (t.allCaps && t.text.size() >= 3 && !t.lex.isSurname() && !romanNumeral(t));
            }))
            return add(from, productEnd(to), EntityType::Product, 0.6);
        if (honorific || readAsPerson)
            return add(from, to, EntityType::Person, firstIsGiven && lastIsFamily ? 0.9 : 0.8);
        // A given name that is also a common word needs a person's context: "in May" is a month, "with May" a person.
        const Hint before = hintBefore(from);
        const bool commonGiven = first.lex.isCommon();
        // ("May from Al Noor Hospitality confirmed", "loop in Will from our side": "from" and where the person works.)
        // (Not a month or a bill: not at a sentence's start, nor after a word of time or place or a determiner, "in
        // May from Shenzhen", "the Bill from AWS", nor before a place.)
        const auto timeOrPlaceBefore = [this, from] {
            if (from == 0 || m_tokens.at(from).gapBefore)
                return false;
            const QStringView w = m_tokens.at(from - 1).folded;
            const bool loopIn = w == u"in" && from >= 2 && m_tokens.at(from - 2).folded == u"loop"; // "loop in Will"
            return !loopIn && (w == u"in" || w == u"by" || w == u"until" || w == u"since" || w == u"before" ||
                               w == u"after" || w == u"during" || w == u"of" || w == u"early" || w == u"late" ||
                               w == u"mid" || w == u"next" || w == u"last" || w == u"this" || w == u"the" ||
                               w == u"a" || w == u"an" || w == u"that" || w == u"your" || w == u"our" || w == u"their");
        };
        const bool fromEmployer = to + 1 < m_tokens.size() && m_tokens.at(to).folded == u"from" &&
                                  !m_tokens.at(to).gapBefore && !m_tokens.at(to + 1).gapBefore &&
                                  !first.sentenceStart && !timeOrPlaceBefore() &&
                                  (m_tokens.at(to + 1).folded == u"our" ||
                                   (m_tokens.at(to + 1).capitalized && !m_tokens.at(to + 1).hasDigit &&
                                    !m_tokens.at(to + 1).has(NotAName) && !m_tokens.at(to + 1).lex.isPlace(15'000)));
        if (length == 1 && firstIsGiven && !first.allCaps &&
            (fromEmployer || (!(first.sentenceStart && commonGiven) && !(commonGiven && before != Hint::Person))))
            return add(from, to, EntityType::Person, first.lex.isCommon() ? 0.6 : 0.75);

        // "our FraudLens add-on", "want ColdTrace sensors", "our DoseGuard app": one word that no list knows, after
        // "our" (what the writer sells) or before a noun for a thing that is sold, is a product.
        // ("our Visp site", "our Otopeni yard": a site's noun after it makes it a place. After "our" and nothing
        // sold, only a name written with a capital inside: "our Kallisto contact" is no product.)
        if (length == 1 && !honorific && first.lex.isUnknown() && !first.allCaps && !first.hasDigit &&
            first.text.size() >= 4) {
            // ("their Cầu Giấy office", "the Andheri showroom": after "the" or a possessive too.)
            if ((ourBefore(from) || determinerBefore(from)) && cueAfter(to, Site))
                return add(from, to, EntityType::Location, 0.55);
            if (cueAfter(to, SoldThing) || (ourBefore(from) && camelCase(first)))
                return add(from, productEnd(to), EntityType::Product, 0.55);
        }
        // One word no list knows, joined by "and" or "or" to a place: "your Gothenburg and Malmö warehouses", "in
        // Malmö or Lund".
        if (length == 1 && !honorific && first.capitalized && !first.allCaps && !first.hasDigit &&
            first.lex.isUnknown() && !camelCase(first) && !isContraction(first)) {
            const auto joiner = [this](qsizetype k) {
                return k >= 0 && k < m_tokens.size() && !m_tokens.at(k).gapBefore &&
                       (m_tokens.at(k).folded == u"and" || m_tokens.at(k).folded == u"or");
            };
            const bool placeAfter = joiner(to) && placeFollows(to + 1);
            const bool placeBefore = joiner(from - 1) && !first.gapBefore && !m_added.empty() &&
                                     m_added.back().to == from - 1 &&
                                     m_out.at(m_added.back().index).type == EntityType::Location;
            if (placeAfter || placeBefore)
                return add(from, to, EntityType::Location, 0.6);
        }
        // Several words no list knows as a company's, a place's or a person's, where a system is run or used.
        if (length >= 2 && !honorific && systemUseBefore(from) && !last.has(LegalSuffix | OrgHeadNoun) &&
            !whole.isPlace(15'000) && !(first.lex.isFirstName() && m_tokens.at(from + 1).lex.isSurname()))
            return add(from, productEnd(to), EntityType::Product, 0.55);
        // So is one word written with a capital inside that no list knows: "piloting FleetIQ", "runs CargoWise".
        if (length == 1 && !honorific && camelCase(first) && first.lex.isUnknown() && !first.allCaps &&
            !first.hasDigit && systemUseBefore(from))
            return add(from, productEnd(to), EntityType::Product, 0.55);
        // Unknown names: the word before decides; else an all-caps word is an organization, two or three
        // capitalized words a person.
        const Hint hint = hintBefore(from);
        if (length == 1 && first.lex.isCommon() && !first.allCaps)
            return to; // "Finance", "Legal", "Growth": capitalized common words name nothing by themselves
        // One word no list knows, in parentheses or after a comma right after a company's name, is where the company
        // is: "Harbourline Freight Pty Ltd (Fremantle)", "Lotus Bay Resorts, Penang – …" (not in a list of names:
        // "Safaricom, Airtel, Telkom").
        if (length == 1 && !honorific && first.capitalized && !first.allCaps && !first.hasDigit &&
            first.lex.isUnknown() && !camelCase(first) && !isContraction(first) && !m_added.empty() &&
            m_added.back().to == from && m_out.at(m_added.back().index).type == EntityType::Organization) {
            const QStringView gapBefore = textBefore(from);
            const QStringView gapAfter = to < m_tokens.size() ? textBefore(to) : QStringView(m_text).mid(first.end);
            const bool parenthesized = gapBefore == u" (" && gapAfter.startsWith(u')');
            const bool afterComma = gapBefore == u", " && clauseEndsAt(to) && !gapAfter.trimmed().startsWith(u',') &&
                                    !gapAfter.trimmed().startsWith(u'&');
            if (parenthesized || afterComma)
                return add(from, to, EntityType::Location, 0.5);
        }
        // One word no list knows, after "at", is where something happens ("a demo at Mererani", "the lease at
        // Westlands", "be at Schiphol on Friday"), unless a person or a role comes before "at": "Ana at Brightwell",
        // "our lead at Brightwell". (Not a word written as companies write their names: "at DocuSign", "at KAIST".)
        if (length == 1 && hint == Hint::Organization && from >= 2 && m_tokens.at(from - 1).folded == u"at" &&
            !first.gapBefore && first.capitalized && !first.allCaps && !first.hasDigit && !camelCase(first) &&
            first.lex.isUnknown() && !m_tokens.at(from - 2).has(RoleWord) &&
            !(m_tokens.at(from - 2).capitalized && !m_tokens.at(from - 1).gapBefore) &&
            !(!m_added.empty() && m_added.back().to == from - 1 &&
              m_out.at(m_added.back().index).type == EntityType::Person))
            return add(from, to, EntityType::Location, 0.5);
        if (hint == Hint::Organization && !regionAfterComma(to))
            return add(from, to, EntityType::Organization, 0.6);
        // "Efua to confirm site access", "Parikh to share the URS", "Tunde wants our counter": one capitalized word
        // that no list knows, before what people do or are given to do, is a person.
        if (length == 1 && first.capitalized && !first.allCaps && !first.hasDigit && first.lex.isUnknown() &&
            !first.has(OrgPrefix | PlacePrefix | NotAName | OrgHeadNoun | LegalSuffix | PlaceHeadNoun | ProductTier) &&
            !isContraction(first) && !camelCase(first) && personActsAfter(to) && !startsOrganization(first.text))
            return add(from, to, EntityType::Person, 0.5);
        if ((hint == Hint::Location || regionAfterComma(to)) && length <= 3)
            return add(from, to, EntityType::Location, 0.55);
        // "the Vanquish Neo quote": after "the", two or three capitalized words, the first no list knows and another
        // an ordinary word or a tier, before a noun they describe, are a product's name.
        if (length >= 2 && length <= 3 && !honorific && determinerBefore(from) && first.capitalized && !first.allCaps &&
            first.lex.isUnknown() &&
            std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                        [](const Token& t) { return t.lex.isCommon() || t.has(ProductTier); }) &&
            to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
            m_tokens.at(to).lex.isCommon() &&
            !m_tokens.at(to).has(CompanyAct | Auxiliary | PersonVerb | PersonAct | ClauseGoesOn | Filler | TimeWord |
                                 HintOrganization | HintLocation | HintPerson | Department | Site | RoleWord |
                                 NotAName | SentenceVerb))
            return add(from, productEnd(to), EntityType::Product, 0.5);
        // Two or three unknown words are a person only when none is a common word, an acronym or a number
        // ("Ifeoma Okafor", not "Site Diary", "Zebra TC52" or "Lumen Bank QBR").
        const bool plainWords = std::all_of(m_tokens.begin() + from, m_tokens.begin() + to, [](const Token& t) {
            return t.capitalized && !t.allCaps && !t.hasDigit && !t.lex.isCommon();
        });
        // ("our Guestline Rezlynx": after "our", words no list knows as a given name are what the writer sells.)
        if (length >= 2 && length <= 3 && plainWords && !noPerson && ourBefore(from) &&
            std::none_of(m_tokens.begin() + from, m_tokens.begin() + to,
                         [](const Token& t) { return t.lex.isFirstName(); }))
            return add(from, productEnd(to), EntityType::Product, 0.5);
        if (length >= 2 && length <= 3 && plainWords && !noPerson)
            return add(from, to, EntityType::Person, 0.55);
        // One word after "with" that no list of names knows is more often a company than a person: "a demo with
        // Bancolombia", "sticking w/ Bouygues". After "dear", "hi" or "thanks" it is a person.
        const bool afterWith = from > 0 && !first.gapBefore &&
                               (m_tokens.at(from - 1).folded == u"with" || m_tokens.at(from - 1).folded == u"w/");
        if (length == 1 && hint == Hint::Person && plainWords && afterWith && !first.lex.isFirstName() &&
            !first.lex.isSurname())
            return add(from, to, EntityType::Organization, 0.5);
        // (Not a word written with a capital inside, as companies write their names: "call BrightDesk"; and one
        // before a team's or a function's word is the company's: "thanks for calling Fleetio support".)
        if (length == 1 && hint == Hint::Person && plainWords && !first.has(OrgPrefix | PlacePrefix) &&
            !camelCase(first)) {
            if (cueAfter(to, Department | RoleWord))
                return add(from, to, EntityType::Organization, 0.5);
            return add(from, to, EntityType::Person, 0.5);
        }
        // One unknown word with a capital inside ("BrightDesk", "DocuSign") is written the way companies write their
        // names; a plain capitalized unknown word alone is too often something else to guess.
        const bool innerCapital =
            std::any_of(first.text.cbegin() + 1, first.text.cend(), [](QChar c) { return c.isUpper(); });
        // Before a plural noun or a word for what is sold, such a word names the thing: "ProCuity beds", "the
        // GrainGuard silo sensors" (a word between), "SpindleIQ app"; not where "at", "from" or "with" comes before
        // it.
        const bool companyBefore = from > 0 && !first.gapBefore &&
                                   (m_tokens.at(from - 1).folded == u"at" || m_tokens.at(from - 1).folded == u"from" ||
                                    m_tokens.at(from - 1).folded == u"with" || m_tokens.at(from - 1).folded == u"@");
        if (length == 1 && innerCapital && !first.allCaps && !first.hasDigit && first.text.size() >= 4 &&
            !companyBefore && hint != Hint::Location &&
            (pluralNounAt(to) || cueAfter(to, SoldThing) ||
             (to + 1 < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
              m_tokens.at(to).lex.isCommon() && m_tokens.at(to).cues == 0 && cueAfter(to + 1, SoldThing))))
            return add(from, productEnd(to), EntityType::Product, 0.5);
        if (length == 1 && innerCapital && !first.allCaps && !first.hasDigit && first.text.size() >= 4 &&
            hint != Hint::Location)
            return add(from, to, EntityType::Organization, 0.5);
        if (length >= 2 &&
            std::any_of(m_tokens.begin() + from, m_tokens.begin() + to, [](const Token& t) { return t.hasDigit; }) &&
            !first.allCaps)
            return add(from, productEnd(to), EntityType::Product, 0.45);
        return to;
    }

    // How callers introduce themselves on voicemail: "this is deepa from coastal cold chain", "hi it's zanele
    // dlamini from ubuntu craft beers in durban", "my name is olumide balogun". The one or two words after the
    // introduction are a person; after "from" or "at", the words up to the next small word are where they work (a
    // known city alone is a place). Returns the token after what it added, or i when token i starts no
    // introduction.
    qsizetype introduction(qsizetype i, const std::vector<bool>& used)
    {
        // Cheap first: the word before is "is", "it" or "name" (their "'s" is not part of a token).
        if (i == 0 || !(m_tokens.at(i - 1).folded == u"is" || m_tokens.at(i - 1).folded == u"it" ||
                        m_tokens.at(i - 1).folded == u"name"))
            return i;
        static const QStringList openings{QStringLiteral("this is "), QStringLiteral("it's "), QStringLiteral("it’s "),
                                          QStringLiteral("my name is "), QStringLiteral("name's ")};
        const QStringView before = QStringView(m_text).first(m_tokens.at(i).start).right(12);
        if (std::none_of(openings.cbegin(), openings.cend(), [&](const QString& o) {
                return before.endsWith(o, Qt::CaseInsensitive) &&
                       (before.size() == o.size() || !before.at(before.size() - o.size() - 1).isLetter());
            }))
            return i;
        // "this is will from summit roofing": after "this is" or "my name is", a given name that is also a verb.
        const bool thisIs = before.endsWith(u"is ", Qt::CaseInsensitive) &&
                            !(i + 1 < m_tokens.size() && m_tokens.at(i + 1).folded == u"be"); // "this is may be"
        const auto callerNameWord = [this, &used, i, thisIs](qsizetype k) {
            if (k >= m_tokens.size() || used[k])
                return false;
            const Token& w = m_tokens.at(k);
            const quint64 notNames =
                k == i && thisIs && w.lex.isFirstName() ? NotAName : NotAName | SentenceVerb | Auxiliary;
            return w.lower && !w.hasDigit && w.folded.size() >= 2 && !w.has(notNames) && !isContraction(w) &&
                   !(w.cues & (HintOrganization | HintLocation | HintPerson)) &&
                   (w.lex.isFirstName() || w.lex.isSurname() || !w.lex.isCommon());
        };
        if (!callerNameWord(i) || !(m_tokens.at(i).lex.isFirstName() || !m_tokens.at(i).lex.isCommon()))
            return i;
        qsizetype end = i + 1;
        // "khalid al mansouri": particles and the surname after them.
        qsizetype particles = end;
        while (particles < m_tokens.size() && particles < end + 2 && !m_tokens.at(particles).gapBefore &&
               m_tokens.at(particles).has(NameParticle))
            ++particles;
        // (A town's name too only where it is a family name after a given name: "rodrigo salinas", "halima bello".)
        const WordInfo& second = particles < m_tokens.size() ? m_tokens.at(particles).lex : Gazetteer::unknown();
        // (Right before "from", "at" or "here", a second word is the family name, whatever else it is: "it's bec
        // hollis from wattle creek".)
        const auto employerAfter = [this](qsizetype k) {
            return k < m_tokens.size() && !m_tokens.at(k).gapBefore &&
                   (m_tokens.at(k).folded == u"from" || m_tokens.at(k).folded == u"at" ||
                    m_tokens.at(k).folded == u"here");
        };
        if (particles < m_tokens.size() && !m_tokens.at(particles).gapBefore && callerNameWord(particles) &&
            (!second.isPlace(15'000) || (second.isSurname() && m_tokens.at(i).lex.isFirstName()) ||
             employerAfter(particles + 1)))
            end = particles + 1;
        // "juan camilo restrepo from": a third name word right before where the caller works.
        if (end == i + 2 && end < m_tokens.size() && !m_tokens.at(end).gapBefore && callerNameWord(end) &&
            employerAfter(end + 1) && !m_tokens.at(end).lex.isPlace(15'000))
            ++end;
        // "nguyen thi mai", "tran van minh": after a Vietnamese surname and "thi" or "van", one or two given names.
        if (end == i + 2 && vietnameseMiddleName(m_tokens.at(i + 1))) {
            while (end < m_tokens.size() && end < i + 4 && !m_tokens.at(end).gapBefore && callerNameWord(end) &&
                   m_tokens.at(end).folded.size() <= 5)
                ++end;
        }
        add(i, end, EntityType::Person, 0.75);
        // "… from <company>": the words up to a small word, a place word or punctuation.
        if (end + 1 < m_tokens.size() && !m_tokens.at(end).gapBefore && !m_tokens.at(end + 1).gapBefore &&
            (m_tokens.at(end).folded == u"from" || m_tokens.at(end).folded == u"at")) {
            const qsizetype from = end + 1;
            qsizetype to = from;
            while (to < m_tokens.size() && to < from + 4 && (to == from || !m_tokens.at(to).gapBefore) && !used[to]) {
                const Token& w = m_tokens.at(to);
                if (andInCompany(from, to)) {
                    to += 2;
                    continue;
                }
                if (!w.lower || w.hasDigit ||
                    w.has(NotAName | SentenceVerb | Auxiliary | PersonVerb | TimeWord | Filler) ||
                    (w.cues & (HintOrganization | HintLocation | HintPerson)) || isContraction(w) ||
                    !(to == from || isConnector(w) || !w.lex.isCommon() || w.has(OrgHeadNoun | LegalSuffix) ||
                      w.folded.size() > 3))
                    break;
                ++to;
            }
            while (to > from && isConnector(m_tokens.at(to - 1)))
                --to;
            if (to > from) {
                const WordInfo& words = phraseInfo(from, to);
                if (words.isPlace(15'000) || m_tokens.at(from).has(PlacePrefix) ||
                    m_tokens.at(to - 1).has(PlaceHeadNoun) || words.brand == Gazetteer::BrandKind::Venue)
                    add(from, to, EntityType::Location, 0.7); // "from hotel baía azul"
                else if (words.brand == Gazetteer::BrandKind::Product)
                    add(from, to, EntityType::Product, 0.65);
                else
                    add(from, to, EntityType::Organization, 0.65);
                // "… from noor water systems in muscat calling about": where the company is, a place the lists
                // know, even an ordinary word's ("in cork").
                if (to + 1 < m_tokens.size() && m_tokens.at(to).folded == u"in" && !m_tokens.at(to).gapBefore &&
                    !m_tokens.at(to + 1).gapBefore && m_tokens.at(to + 1).lower && !used[to + 1]) {
                    for (qsizetype n = std::min<qsizetype>(3, m_tokens.size() - to - 1); n >= 1; --n) {
                        const qsizetype last = to + n;
                        if (std::any_of(m_tokens.begin() + to + 2, m_tokens.begin() + last + 1,
                                        [](const Token& w) { return w.gapBefore || !w.lower; }) ||
                            std::any_of(used.begin() + to + 1, used.begin() + last + 1, [](bool u) { return u; }))
                            continue;
                        if (phraseInfo(to + 1, last + 1).isPlace(15'000)) {
                            add(to + 1, last + 1, EntityType::Location, 0.65);
                            return last + 1;
                        }
                    }
                }
                return to;
            }
        }
        return end;
    }

    // Whether token k is an "and" inside a company's name that a company noun follows: "obinna and sons pharmacy".
    bool andInCompany(qsizetype from, qsizetype k) const
    {
        return k > from && k + 1 < m_tokens.size() && m_tokens.at(k).folded == u"and" && !m_tokens.at(k).gapBefore &&
               !m_tokens.at(k + 1).gapBefore && m_tokens.at(k + 1).lower &&
               m_tokens.at(k + 1).has(OrgHeadNoun | LegalSuffix);
    }

    // Lower-case text, as speech-to-text writes it.
    // Where the name of a thing sold that starts at token i ends, in lower case: after "the", "our", "their" or
    // "your", a word of four letters or more that no list knows, perhaps a second such word or a tier, right before a
    // word for what is sold ("app", "package", "demo", "units"); i when none does.
    qsizetype soldNameEnd(qsizetype i, const std::vector<bool>& used) const
    {
        static const QStringList soldNouns{QStringLiteral("demo"),         QStringLiteral("integration"),
                                           QStringLiteral("subscription"), QStringLiteral("units"),
                                           QStringLiteral("machines"),     QStringLiteral("controllers"),
                                           QStringLiteral("chairs"),       QStringLiteral("loggers")};
        const auto unknown = [](const Token& w) {
            return w.lex.isUnknown() && w.cues == 0 && w.folded.size() >= 4 &&
                   std::all_of(w.folded.cbegin(), w.folded.cend(), [](QChar c) { return c.isLetter(); });
        };
        // (Cheap first: the first word is one no list knows.)
        if (!unknown(m_tokens.at(i)) || !(determinerBefore(i) || ourBefore(i)))
            return i;
        for (qsizetype k = i; k < m_tokens.size() && k < i + 3; ++k) {
            const Token& w = m_tokens.at(k);
            if (used[k] || w.skip || (k > i && w.gapBefore) || !w.lower)
                return i;
            if (k > i && (w.has(SoldThing | ProductNoun) || soldNouns.contains(w.folded)))
                return k;
            // The first word no list knows; a second one too, or a tier ("automine lite").
            if (!(unknown(w) || (k > i && w.has(ProductTier) && !w.hasDigit)))
                return i;
        }
        return i;
    }

    // Whether token i ends a greeting of two words: "bom dia", "boa tarde", "kia ora", "buenos días", "buona sera".
    bool greetingSecondWord(qsizetype i) const
    {
        if (i == 0 || m_tokens.at(i).gapBefore)
            return false;
        const QStringView first = m_tokens.at(i - 1).folded;
        // (Cheap first: every greeting here starts with "b" or "k".)
        if (first.size() < 3 || (first.at(0) != u'b' && first.at(0) != u'k'))
            return false;
        const QStringView second = m_tokens.at(i).folded;
        if (first == u"bom" || first == u"boa")
            return second == u"dia" || second == u"tarde" || second == u"noite";
        if (first == u"buenos" || first == u"buenas" || first == u"buen")
            return second == u"días" || second == u"dias" || second == u"día" || second == u"dia" ||
                   second == u"tardes" || second == u"noches";
        if (first == u"buona" || first == u"buon")
            return second == u"sera" || second == u"giorno" || second == u"giornata";
        return first == u"kia" && second == u"ora";
    }

    // Where a dictated e-mail address that starts at token i ends: words joined by "dot", "dash" or "underscore",
    // one "at", and a "dot" after it; i when none starts there.
    qsizetype dictatedAddressEnd(qsizetype i, const std::vector<bool>& used) const
    {
        // (Cheap first: a joiner after the first word.)
        if (i + 1 >= m_tokens.size())
            return i;
        const QStringView first = m_tokens.at(i + 1).folded;
        if (first != u"at" && first != u"dot" && first != u"dash" && first != u"underscore")
            return i;
        const auto word = [this, &used](qsizetype k) {
            return k < m_tokens.size() && !used[k] && !m_tokens.at(k).skip &&
                   (m_tokens.at(k).lower || m_tokens.at(k).hasDigit);
        };
        // An address has a few words: reading at most eight keeps a long run of "x dot x dot …", read again from
        // each of its words, linear in the text.
        bool at = false;
        bool dotAfterAt = false;
        qsizetype k = i;
        for (int words = 0; words < 8 && word(k); ++words) {
            ++k;
            if (k + 1 >= m_tokens.size() || m_tokens.at(k).gapBefore || m_tokens.at(k + 1).gapBefore || !word(k + 1))
                break;
            const QStringView joiner = m_tokens.at(k).folded;
            if (joiner == u"at" && !at)
                at = true;
            else if (joiner == u"dot")
                dotAfterAt = dotAfterAt || at; // (a word follows it: checked above)
            else if (joiner != u"dash" && joiner != u"underscore")
                break;
            ++k;
        }
        return at && dotAfterAt ? k : i;
    }

    // Where token i, a word no list knows, starts a model's name that ends with a number before a plural noun for
    // the things counted: the token after the number, else i.
    qsizetype numberedModelEnd(qsizetype i, const std::vector<bool>& used) const
    {
        const Token& t = m_tokens.at(i);
        if (!t.lex.isUnknown() || t.cues != 0 || t.folded.size() < 4 || isContraction(t) || i == 0 || t.gapBefore)
            return i;
        // (After "the", a possessive or "new", as things are spoken of: not "send ochieng 4 units".)
        const QStringView before = m_tokens.at(i - 1).folded;
        if (!determinerBefore(i) && !ourBefore(i) && before != u"new" && before != u"of")
            return i;
        for (qsizetype k = i + 1; k < m_tokens.size() && k <= i + 3; ++k) {
            const Token& w = m_tokens.at(k);
            if (w.gapBefore || (!w.hasDigit && (used[k] || !w.lower)))
                return i;
            if (w.hasDigit) {
                const bool number = std::all_of(w.text.cbegin(), w.text.cend(), [](QChar c) {
                    return c.isDigit() || c == u'.' || c == u'-' || c == u'/';
                });
                // (A number alone is a chain of its own, read before: it counts as used only where it was added.)
                return number && w.text.front().isDigit() && !addedCovers(k) && pluralNounAt(k + 1) ? k + 1 : i;
            }
            // (Words between that name the model, not function words: "pit viper", "temptale".)
            if ((w.cues & ~kRuleWords) != 0 || w.folded.size() < 3 || isContraction(w) ||
                !(w.lex.isUnknown() || (w.lex.isCommon() && w.lex.wordFlags() == Gazetteer::WordInfo::Common)))
                return i;
        }
        return i;
    }

    void lowerCasePass(const std::vector<bool>& used)
    {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const Token& t = m_tokens.at(i);
            if (used[i] || t.skip || !t.lower || t.hasDigit)
                continue;
            // A Vietnamese word of address before a capitalized name is no name itself ("anh Hoàng"), nor after a
            // greeting ("chào anh").
            if (t.has(KinTerm) &&
                ((i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore && m_tokens.at(i + 1).capitalized) ||
                 (i > 0 && !t.gapBefore && m_tokens.at(i - 1).folded == u"chào")))
                continue;
            // The second word of a greeting: "bom dia", "boa tarde", "kia ora", "buenos días".
            if (greetingSecondWord(i))
                continue;
            // A dictated e-mail address names no one: "mustafa at anatolia dash hvac dot com", "it's dimitris at
            // aegeanbeauty dot gr", "svetlana dot m at kamensky dash rx dot com".
            if (const qsizetype next = dictatedAddressEnd(i, used); next > i) {
                i = next - 1;
                continue;
            }
            if (const qsizetype next = introduction(i, used); next > i) {
                i = next - 1;
                continue;
            }
            // "our md mr palanisamy says", "call with mr lee jae-won": an honorific and the name after it.
            // (Not an honorific that is an ordinary word too: "don't miss booth 14", "yes sir".)
            if (t.has(Honorific) && (!t.lex.isCommon() || t.folded == u"mister")) {
                qsizetype j = i + 1;
                while (j < m_tokens.size() && j < i + 4 && !used[j] && !m_tokens.at(j).gapBefore &&
                       m_tokens.at(j).lower && !m_tokens.at(j).hasDigit && m_tokens.at(j).folded.size() >= 2 &&
                       !m_tokens.at(j).has(NotAName | SentenceVerb | Auxiliary | PersonVerb | TimeWord | Filler |
                                           RoleWord | Honorific | HintOrganization | HintLocation | HintPerson) &&
                       !isContraction(m_tokens.at(j)) &&
                       (!m_tokens.at(j).lex.isCommon() || m_tokens.at(j).lex.isFirstName() ||
                        m_tokens.at(j).lex.isSurname()))
                    ++j;
                if (j > i + 1) {
                    add(i + 1, j, EntityType::Person, 0.7);
                    i = j - 1;
                    continue;
                }
            }
            // A company whose name is an ordinary word ("apple", "orange", "chase", "zoom") where the words around it
            // make it one: it acts ("apple wants", "apple cut the price"), is called or left ("call chase about",
            // "we used to be with orange but"), or has a contract or an account ("the orange contract").
            if (t.lex.brand == Gazetteer::BrandKind::Organization && t.lex.isCommon() && t.folded.size() >= 4 &&
                !t.has(Filler | NotAName | SentenceVerb | Auxiliary | TimeWord | PersonVerb)) {
                const bool hasNext = i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore;
                const quint64 next = hasNext ? m_tokens.at(i + 1).cues : 0;
                const bool hasPrevious = i > 0 && !t.gapBefore;
                const quint64 previous = hasPrevious ? m_tokens.at(i - 1).cues : 0;
                const bool company = (next & CompanyAct) ||
                                     ((previous & DealtWith) && (!hasNext || (next & ClauseGoesOn))) ||
                                     (hasPrevious && m_tokens.at(i - 1).folded == u"the" && (next & Holding));
                if (company && !used[i]) {
                    add(i, i + 1, EntityType::Organization, 0.55);
                    continue;
                }
            }
            // "mtg w/ j. alvarez @ oceanic", "fu w/ m. tanaka": an initial with its dot, then a family name, or a
            // word no list knows, in lower case.
            const auto initial = [this, &t, i] {
                return (t.folded.size() == 2 && t.folded.at(0).isLetter() && t.folded.at(1) == u'.' &&
                        !m_tokens.at(i + 1).gapBefore) ||
                       (t.folded.size() == 1 && t.folded.at(0).isLetter() && textBefore(i + 1) == u". ");
            };
            if (i + 1 < m_tokens.size() && !used[i + 1] && initial() && m_tokens.at(i + 1).lower &&
                !m_tokens.at(i + 1).hasDigit && m_tokens.at(i + 1).folded.size() >= 3 &&
                (m_tokens.at(i + 1).lex.isSurname() || m_tokens.at(i + 1).lex.isUnknown()) &&
                !m_tokens.at(i + 1).lex.isCommon() && !m_tokens.at(i + 1).lex.isPlace(15'000) &&
                m_tokens.at(i + 1).cues == 0 && !isContraction(m_tokens.at(i + 1))) {
                add(i, i + 2, EntityType::Person, 0.6);
                ++i;
                continue;
            }
            // "the yardmate demo", "our kilnwise optimizer", "the autotrac package": after "the" or a possessive, one
            // or two words no list knows before what is sold are its name.
            if (const qsizetype end = soldNameEnd(i, used); end > i) {
                add(i, end, EntityType::Product, 0.5);
                i = end - 1;
                continue;
            }
            // A word no list knows, up to two more words and a number, before the plural noun of the things
            // counted, are a model's name and number: "the epiroc pit viper 271 rigs", "the new ioniq 5 units",
            // "sensitech temptale 4 loggers".
            if (const qsizetype end = numberedModelEnd(i, used); end > i) {
                add(i, end, EntityType::Product, 0.5);
                i = end - 1;
                continue;
            }
            // A word right before a model's code of letters and digits is its maker's or its line's name: "jlg
            // 600s", "pax a920", "zebra zt411" (no word for a place in a building, "room 4b", "gate b12"; no place,
            // "dubai t3"; and an ordinary word only where a brand starts with it).
            if (t.folded.size() >= 3 && i + 1 < m_tokens.size() && !used[i + 1] && !m_tokens.at(i + 1).gapBefore &&
                lowerModelCode(m_tokens.at(i + 1)) && codeShape(m_tokens.at(i + 1)) && !t.lex.isPlace(15'000) &&
                !t.has(NotAName | SentenceVerb | Auxiliary | TimeWord | Filler | Designator | HintOrganization |
                       HintLocation | HintPerson | PersonVerb | Honorific | RoleWord | Ordinal | Department) &&
                (!t.lex.isCommon() || t.lex.phraseWords > 0 || t.lex.brand != Gazetteer::BrandKind::None ||
                 t.lex.isMaker())) {
                add(i, i + 2, EntityType::Product, 0.55);
                ++i;
                continue;
            }
            // A company and what follows it that carries a number or that no word list knows: its product ("volvo
            // ec480", "oracle netsuite", "hp laserjet pro m404", "mahindra arjun 605").
            // (A word no list knows is a maker too where a model's code, letters and digits, follows it: "sandvik
            // toro lh517i", "fortigate 100f".)
            const bool makerOnly = t.lex.brand == Gazetteer::BrandKind::None && !t.lex.isCommon() &&
                                   !t.lex.isFirstName() && (t.lex.isMaker() || unknownBeforeModelCode(i));
            if (t.lex.brand == Gazetteer::BrandKind::Organization || makerOnly) {
                // "vodafone portugal", "airtel kenya": the company's branch in a country.
                if (!makerOnly && i + 1 < m_tokens.size() && !used[i + 1] && !m_tokens.at(i + 1).gapBefore &&
                    m_tokens.at(i + 1).lower && m_tokens.at(i + 1).lex.isCountry() && !t.lex.isCommon()) {
                    add(i, i + 2, EntityType::Organization, 0.65);
                    ++i;
                    continue;
                }
                qsizetype j = i + 1;
                bool model = false;
                while (j < m_tokens.size() && j < i + 5 && !used[j] && !m_tokens.at(j).gapBefore &&
                       !m_tokens.at(j).capitalized) {
                    const Token& w = m_tokens.at(j);
                    // Unknown words, or names ("mahindra arjun"), but not places: "vodafone portugal" is a branch.
                    const bool unknown = !w.lex.isCommon() && (j > i + 1 || !w.lex.isPlace(15'000));
                    // One ordinary word before a model number is the model's name: "dell latitude 5450".
                    const bool namesTheModel = w.lex.isCommon() && (w.cues & ~(kCompanyContext | kRuleWords)) == 0 &&
                                               w.folded.size() >= 4 && j + 1 < m_tokens.size() && j + 1 < i + 5 &&
                                               !m_tokens.at(j + 1).gapBefore && m_tokens.at(j + 1).hasDigit &&
                                               !m_tokens.at(j + 1).capitalized && !used[j + 1];
                    if (!(w.hasDigit || w.has(ProductTier) || unknown || namesTheModel) || w.has(NotAName) ||
                        (w.cues & HintPerson) || isContraction(w)) // "… constellation 8k we'd need"
                        break;
                    // A given name that is a brand's too, before a family name, is a person's: "met jordan haddad".
                    if (j == i + 1 && t.lex.isFirstName() && w.lex.isSurname() && !w.hasDigit && !w.has(ProductTier))
                        break;
                    // A company whose name is also an ordinary word ("sage", "carrier") needs a model number.
                    // A maker no brand list has needs one too: "komatsu pc210".
                    // (A tier names a product too: "shopify plus".)
                    // (After an ordinal, a number is a count: "ship the first 12,000 sets".)
                    model = model || (w.hasDigit && !t.has(Ordinal)) || (unknown && !t.lex.isCommon() && !makerOnly) ||
                            (w.has(ProductTier) && !t.lex.isCommon() && !makerOnly);
                    ++j;
                }
                if (model) {
                    // (Without a number or a tier, where it is spoken of as a company: "the guys at hyundai glovis";
                    // not "shopify plus".)
                    const bool number = std::any_of(m_tokens.begin() + i + 1, m_tokens.begin() + j,
                                                    [](const Token& w) { return w.hasDigit || w.has(ProductTier); });
                    add(i, j,
                        !number && !makerOnly && companySpokenOf(i, j) ? EntityType::Organization : EntityType::Product,
                        0.6);
                    i = j - 1;
                    continue;
                }
            }
            // "tanaka san", "kim ssi": a name before a Japanese or Korean honorific; the honorific is no name. (Not
            // a saint's name after Spanish or Italian "san": "clinica san rafael".)
            if (i + 1 < m_tokens.size() && !used[i + 1] && !m_tokens.at(i + 1).gapBefore && m_tokens.at(i + 1).lower &&
                m_tokens.at(i + 1).has(HonorificAfter) && !saintFollows(i + 1) && !t.lex.isCommon() &&
                t.folded.size() >= 3 && !t.has(NotAName | SentenceVerb | Auxiliary | Filler | HonorificAfter) &&
                !(t.cues & (HintOrganization | HintLocation | HintPerson))) {
                add(i, i + 1, EntityType::Person, 0.7);
                ++i;
                continue;
            }
            if (t.has(HonorificAfter) && i > 0 && (!t.gapBefore || hyphenBefore(i)) && !saintFollows(i))
                continue;
            // A place of two words or more ("el paso", "san rafael", "da nang") is the place, not a person's name
            // (looked up only where the rules below could read a person); so is a hotel of three words or more ("the
            // hilton garden inn").
            if (t.lex.phraseWords >= 2 && (t.lex.isFirstName() || t.lex.isSurname())) {
                bool place = false;
                for (qsizetype n = std::min<qsizetype>(t.lex.phraseWords, m_tokens.size() - i); n >= 2 && !place; --n) {
                    if (std::any_of(m_tokens.begin() + i + 1, m_tokens.begin() + i + n,
                                    [](const Token& w) { return w.gapBefore || !w.lower; }) ||
                        std::any_of(used.begin() + i, used.begin() + i + n, [](bool u) { return u; }))
                        continue;
                    const bool fullName =
                        t.lex.isFirstName() && !t.lex.isCommon() && m_tokens.at(i + n - 1).lex.isSurname();
                    const WordInfo& words = phraseInfo(i, i + n);
                    if ((words.isPlace(50'000) && !fullName) ||
                        (n >= 3 && words.brand == Gazetteer::BrandKind::Venue)) {
                        add(i, i + n, EntityType::Location, 0.7);
                        i += n - 1;
                        place = true;
                    }
                }
                if (place)
                    continue;
            }
            // "jebel ali", "ras laffan", "tanjung priok": a cape's, a hill's or a port's word of the places named
            // so, and the name after it (one or two words no list knows as ordinary).
            if (t.has(PlacePrefix) && !t.lex.isCommon() && i + 1 < m_tokens.size()) {
                qsizetype j = i + 1;
                while (j < m_tokens.size() && j < i + 3 && !used[j] && !m_tokens.at(j).gapBefore &&
                       m_tokens.at(j).lower && !m_tokens.at(j).hasDigit && !m_tokens.at(j).lex.isCommon() &&
                       !m_tokens.at(j).has(NotAName | SentenceVerb | Auxiliary | PersonVerb | Filler | TimeWord))
                    ++j;
                if (j > i + 1) {
                    add(i, j, EntityType::Location, 0.6);
                    i = j - 1;
                    continue;
                }
            }
            // "clinica san rafael", "grupo alvarado": a company word of another language and the name after it.
            // (Ordinary words too, but no short one and no verb's: "cooperativa vale verde"; not "grupo bimbo in
            // lima", "grupo bimbo ordered".)
            if (t.has(OrgPrefix) && !t.lex.isCommon() && !t.has(NotAName)) {
                qsizetype j = i + 1;
                while (j < m_tokens.size() && j < i + 5 && !used[j] && !m_tokens.at(j).gapBefore &&
                       m_tokens.at(j).lower && !m_tokens.at(j).hasDigit &&
                       !m_tokens.at(j).has(SentenceVerb | Auxiliary | PersonVerb | Filler | TimeWord | NotAName) &&
                       !isContraction(m_tokens.at(j)) &&
                       (!m_tokens.at(j).lex.isCommon() || m_tokens.at(j).has(NameParticle) ||
                        (m_tokens.at(j).folded.size() >= 4 && !verbForm(m_tokens.at(j).folded) &&
                         !m_tokens.at(j).has(ClauseGoesOn | HintPerson | HintLocation | HintOrganization | DealtWith |
                                             CompanyAct | Holding | RoleWord))))
                    ++j;
                while (j > i + 1 && m_tokens.at(j - 1).has(NameParticle))
                    --j;
                if (j > i + 1) {
                    add(i, j, EntityType::Organization, 0.6);
                    i = j - 1;
                    continue;
                }
            }
            // "nguyen thi thu ha", "tran van minh": a Vietnamese surname, "thi" or "van", and a given name or two.
            if (t.lex.isSurname() && i + 2 < m_tokens.size() && !used[i + 1] && !m_tokens.at(i + 1).gapBefore &&
                vietnameseMiddleName(m_tokens.at(i + 1))) {
                qsizetype j = i + 2;
                while (j < m_tokens.size() && j < i + 4 && !used[j] && !m_tokens.at(j).gapBefore &&
                       m_tokens.at(j).lower && !m_tokens.at(j).hasDigit && m_tokens.at(j).folded.size() <= 5 &&
                       !m_tokens.at(j).has(SentenceVerb | Auxiliary | PersonVerb | Filler | NameParticle |
                                           HintOrganization | HintLocation | HintPerson) && // "… duc at"
                       !(m_tokens.at(j).lex.isCommon() && !m_tokens.at(j).lex.isFirstName() &&
                         m_tokens.at(j).folded.size() > 2))
                    ++j;
                if (j > i + 2) {
                    add(i, j, EntityType::Person, 0.7);
                    i = j - 1;
                    continue;
                }
            }
            // A given name and a surname: "maria gonzalez"; two given names and a surname: "maria jose fernandez".
            // The first may be a common word ("maria") when two uncommon names follow.
            if (t.lex.isFirstName() && i + 2 < m_tokens.size() && t.folded.size() >= 3 &&
                !t.has(NotAName | SentenceVerb | Auxiliary) &&
                !(t.cues & (HintOrganization | HintLocation | HintPerson)) && !used[i + 1] && !used[i + 2] &&
                !m_tokens.at(i + 1).gapBefore && !m_tokens.at(i + 2).gapBefore && m_tokens.at(i + 1).lower &&
                m_tokens.at(i + 2).lower && m_tokens.at(i + 1).lex.isFirstName() &&
                !m_tokens.at(i + 1).lex.isCommon() && m_tokens.at(i + 2).lex.isSurname() &&
                !m_tokens.at(i + 2).lex.isCommon() && !m_tokens.at(i + 2).lex.isPlace(50'000)) {
                add(i, i + 3, EntityType::Person, 0.7);
                i += 2;
                continue;
            }
            // Two words that a list knows as one place are that place: "mato grosso", "binh duong".
            const bool placePhrase = i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore &&
                                     m_tokens.at(i + 1).lower && phraseInfo(i, i + 2).isPlace(15'000);
            // (A particle starts no one's name in lower case: "plazo de entrega", "jefe de compras".)
            if (t.lex.isFirstName() && i + 1 < m_tokens.size() && !placePhrase && !t.has(NameParticle)) {
                qsizetype j = i + 1;
                while (j < m_tokens.size() && !m_tokens.at(j).gapBefore && m_tokens.at(j).has(NameParticle))
                    ++j;
                // A common given name ("may", "will") counts before a known surname that is not a common word.
                if (j < m_tokens.size() && !m_tokens.at(j).gapBefore && m_tokens.at(j).lower &&
                    m_tokens.at(j).lex.isSurname() && !m_tokens.at(j).has(NotAName | Auxiliary) && !t.has(TimeWord) &&
                    !phraseInfo(i, j + 1).isPlace(15'000) &&
                    (!m_tokens.at(j).lex.isCommon() || (cuesBefore(i) & (Honorific | HintPerson | RoleWord))) &&
                    m_tokens.at(j).folded.size() >= 3 && hintBefore(i) != Hint::Location &&
                    !(cuesBefore(i) & TimeWord) &&
                    (!t.lex.isCommon() || (t.folded.size() >= 3 && !t.has(NotAName) && hintOf(t.cues) == Hint::None &&
                                           !t.has(SentenceVerb | PersonVerb)))) { // not "manager said hold"
                    add(i, j + 1, EntityType::Person, 0.7);
                    i = j;
                    continue;
                }
                // A given name and a word no list knows is a given name and a surname ("priya raghunathan").
                if (!t.lex.isCommon() && !t.lex.isPlace(50'000) && j < m_tokens.size() && !m_tokens.at(j).gapBefore &&
                    !phraseInfo(i, j + 1).isPlace(15'000) && m_tokens.at(j).lower && !m_tokens.at(j).hasDigit &&
                    m_tokens.at(j).folded.size() >= 3 && !m_tokens.at(j).lex.isCommon() &&
                    !m_tokens.at(j).lex.isPlace(15'000) && m_tokens.at(j).lex.brand == Gazetteer::BrandKind::None &&
                    !m_tokens.at(j).has(NotAName) && !m_tokens.at(j).has(OrgHeadNoun) &&
                    !isContraction(m_tokens.at(j))) {
                    add(i, j + 1, EntityType::Person, 0.6);
                    i = j;
                    continue;
                }
                // (A company's name that is also a family name, or after a word that introduces a company, is the
                // company: "we use ericsson for the small cells".)
                const bool company = t.lex.brand == Gazetteer::BrandKind::Organization &&
                                     hintBefore(i) == Hint::Organization && (cuesBefore(i) & HintPerson) == 0;
                if (!t.lex.isCommon() && t.folded.size() > 2 && !t.lex.isPlace(50'000) && !company &&
                    !t.has(NotAName)) { // "end of april"
                    add(i, i + 1, EntityType::Person, 0.55);
                    continue;
                }
                // A given name that is also a place or a common word, followed by what people do: "jordan said".
                // (A big city before "and" or "from" is the city: "in cairo and alexandria".)
                if (i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore && m_tokens.at(i + 1).has(PersonVerb) &&
                    !t.lex.isCommon() &&
                    !(t.lex.cityPopulation >= 100'000 &&
                      (hintBefore(i) == Hint::Location || t.lex.cityPopulation >= 1'000'000) &&
                      (m_tokens.at(i + 1).folded == u"and" || m_tokens.at(i + 1).folded == u"from"))) {
                    add(i, i + 1, EntityType::Person, 0.55);
                    continue;
                }
            }
            // Places and brands, longest first: "ho chi minh city", "new york", "salesforce".
            bool matched = false;
            const qsizetype widest =
                std::max<qsizetype>(1, std::min<qsizetype>(t.lex.phraseWords, m_tokens.size() - i));
            // A place that is also an ordinary word ("phoenix", "chile", "mobile") only where nothing else fits:
            // before a region or a country ("phoenix arizona", "santiago chile"), or after "in", "to", "from" with
            // nothing after it in the clause ("stuck in aqaba.").
            const bool regionNext = i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore &&
                                    m_tokens.at(i + 1).lower &&
                                    (m_tokens.at(i + 1).lex.isCountry() || m_tokens.at(i + 1).lex.isRegion());
            const bool afterCity = i > 0 && !t.gapBefore && m_tokens.at(i - 1).lex.isPlace(100'000) &&
                                   (t.lex.isCountry() || t.lex.isRegion());
            const bool placeContext = hintBefore(i) == Hint::Location || (cuesBefore(i) & HintOrganization);
            // (Or speech goes on with a filler or a pronoun's contraction after a big city: "in cork um the",
            // "in bologna they're replacing".)
            const bool clauseEnds = i + 1 == m_tokens.size() || m_tokens.at(i + 1).gapBefore ||
                                    (t.lex.cityPopulation >= 100'000 &&
                                     (m_tokens.at(i + 1).folded == u"um" || m_tokens.at(i + 1).folded == u"uh" ||
                                      m_tokens.at(i + 1).folded == u"er" || isPronounContraction(m_tokens.at(i + 1))));
            const bool placeReading = (regionNext || afterCity || (placeContext && clauseEnds)) && !t.has(NotAName);
            for (qsizetype n = widest; n >= 1 && !matched; --n) {
                // "the wifi on 4 is down": a word that names nothing is no brand alone either.
                if (n == 1 && ((t.lex.isCommon() && !placeReading) || t.has(NotAName)))
                    break;
                bool contiguous = true;
                for (qsizetype k = i + 1; k < i + n; ++k) {
                    if (m_tokens.at(k).gapBefore || used[k] || !m_tokens.at(k).lower)
                        contiguous = false;
                }
                if (!contiguous)
                    continue;
                const WordInfo& words = phraseInfo(i, i + n);
                if (words.isPlace(placeReading || placeContext ? 15'000 : 100'000)) {
                    // As with capitalized words: a big place wins over a given name without a person's context, and
                    // loses with one ("we spoke with jordan last week").
                    if (n == 1 && words.isFirstName() && hintBefore(i) == Hint::Person) {
                        add(i, i + 1, EntityType::Person, 0.55);
                        matched = true;
                        continue;
                    }
                    add(i, i + n, EntityType::Location, 0.65);
                    i += n - 1;
                    matched = true;
                } else if (const auto brand = words.brand;
                           brand != Gazetteer::BrandKind::None && phraseLength(i, i + n) > 3) {
                    // A product and its tier or version: "jira software premium", "teams 2". A company of several
                    // words and a model number is its product: "john deere 8r 410".
                    qsizetype to = i + n;
                    const auto modelAt = [&](qsizetype k) {
                        return k < m_tokens.size() && !m_tokens.at(k).gapBefore && !used[k] &&
                               (m_tokens.at(k).has(ProductTier) || m_tokens.at(k).hasDigit);
                    };
                    const bool model = brand == Gazetteer::BrandKind::Organization && n >= 2 && modelAt(to) &&
                                       m_tokens.at(to).hasDigit;
                    while ((brand == Gazetteer::BrandKind::Product || model) && modelAt(to))
                        ++to;
                    add(i, to,
                        brand == Gazetteer::BrandKind::Product || model ? EntityType::Product
                        : brand == Gazetteer::BrandKind::Venue          ? EntityType::Location
                                                                        : EntityType::Organization,
                        0.6);
                    i = to - 1;
                    matched = true;
                }
            }
            if (matched)
                continue;
            // A tier and its noun: "pro plan", "enterprise tier", "premium edition".
            if (t.has(ProductTier) && i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore &&
                m_tokens.at(i + 1).lower && m_tokens.at(i + 1).has(TierNoun)) {
                // The product's name before it, in words no list calls ordinary (or a brand's): "servicenow itsm
                // pro plan", "starlink business plan".
                qsizetype from = i;
                while (from > 0 && from > i - 3 && !used[from - 1] && !m_tokens.at(from).gapBefore &&
                       m_tokens.at(from - 1).lower && !m_tokens.at(from - 1).skip &&
                       (!m_tokens.at(from - 1).lex.isCommon() ||
                        m_tokens.at(from - 1).lex.brand != Gazetteer::BrandKind::None) &&
                       !m_tokens.at(from - 1).has(NotAName | SentenceVerb | Auxiliary | PersonVerb | TimeWord | Filler |
                                                  HintOrganization | HintLocation | HintPerson) &&
                       !m_tokens.at(from - 1).lex.isPlace(15'000) && !isContraction(m_tokens.at(from - 1)))
                    --from;
                i = add(from, i + 1, EntityType::Product, 0.6) - 1; // with the tier's noun
                continue;
            }
            // A run that ends in a company noun or legal form: "kamensky pharma", "northwind logistics".
            // Ordinary words count as the name right after a word that introduces one: "w/ alderman foods",
            // "from ubuntu craft beers", "@ blossom florists".
            if ((t.has(OrgHeadNoun) || t.has(LegalSuffix)) && i > 0 && !t.gapBefore) {
                const auto companyNameWord = [this, &used](qsizetype k) {
                    const Token& w = m_tokens.at(k);
                    return !used[k] && w.lower && !w.hasDigit && !w.has(NotAName | SentenceVerb) && !isConnector(w) &&
                           !isContraction(w) && !(w.cues & (HintOrganization | HintLocation | HintPerson));
                };
                qsizetype from = i;
                // (Across "&" between names: "okafor & sons ltd".)
                while (from > 0 && i - from < 3 && !m_tokens.at(from).gapBefore &&
                       (companyNameWord(from - 1) ||
                        (from > 1 && m_tokens.at(from - 1).folded == u"&" && !m_tokens.at(from - 1).gapBefore &&
                         companyNameWord(from - 2) && !m_tokens.at(from - 2).lex.isCommon())))
                    from -= companyNameWord(from - 1) ? 1 : 2;
                // "al noor group", "el sewedy electric": a particle before the name belongs to it.
                if (from > 0 && from < i && !m_tokens.at(from).gapBefore && !used[from - 1] &&
                    m_tokens.at(from - 1).lower && m_tokens.at(from - 1).has(NameParticle) &&
                    !m_tokens.at(from).lex.isCommon())
                    --from;
                // "Moravské pekárny s.r.o.": a capitalized first word that named nothing alone, as Czech, Slovak and
                // Polish names write the words after it in lower case.
                // (Before a legal form only: "Supramax bulk carriers" are ships.)
                if (t.has(LegalSuffix) && from > 0 && from < i && !m_tokens.at(from).gapBefore &&
                    m_tokens.at(from - 1).capitalized && !m_tokens.at(from - 1).allCaps &&
                    !m_tokens.at(from - 1).lex.isCommon() && !(m_tokens.at(from - 1).cues & ~kRuleWords) &&
                    !addedCovers(from - 1))
                    --from;
                const bool introduced = from > 0 && !m_tokens.at(from).gapBefore &&
                                        (m_tokens.at(from - 1).cues & (HintOrganization | HintPerson));
                while (from < i && m_tokens.at(from).lex.isCommon() && !m_tokens.at(from).has(NameParticle) &&
                       !introduced)
                    ++from;
                qsizetype to = i + 1;
                // "lagos university teaching hospital": one more ordinary word before another company noun. At most
                // six words, as for capitalized names.
                while (to < m_tokens.size() && to < from + 6 && !m_tokens.at(to).gapBefore) {
                    if (m_tokens.at(to).has(OrgHeadNoun | LegalSuffix))
                        ++to;
                    else if (to + 1 < m_tokens.size() && !m_tokens.at(to + 1).gapBefore && companyNameWord(to) &&
                             m_tokens.at(to + 1).has(OrgHeadNoun))
                        to += 2;
                    else
                        break;
                }
                // "salesforce financial services cloud": a brand's name, words and a company noun before a tier are
                // the brand's product.
                if (from < i && to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
                    m_tokens.at(to).has(ProductTier) && !used[to] &&
                    m_tokens.at(from).lex.brand == Gazetteer::BrandKind::Organization) {
                    while (to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
                           m_tokens.at(to).has(ProductTier | TierNoun) && !used[to])
                        ++to;
                    add(from, to, EntityType::Product, 0.55);
                    i = to - 1;
                    continue;
                }
                if (from < i) {
                    add(from, to, EntityType::Organization, 0.55);
                    i = to - 1;
                }
            }
        }
    }

    // One name, one type: a person named in full is named again by a given name or a surname alone ("Jordan
    // Blake … Jordan is moving"), an organization by its leading words ("Maple Leaf Credit Union … Maple Leaf
    // wants"). Such shorter mentions take the type of the full one, whatever the lone words would be read as —
    // except a place right after another place and a comma ("Amman, Jordan").
    void harmonize()
    {
        FewWords personWords;
        FewWords organizationHeads;
        FewWords companyFirstWords;
        for (const Added& added : m_added) {
            const Entity& e = m_out.at(added.index);
            const qsizetype length = added.to - added.from;
            if (e.type == EntityType::Person && length >= 2) {
                for (const qsizetype k : {added.from, added.to - 1}) {
                    const Token& t = m_tokens.at(k);
                    if (t.capitalized && !t.lex.isCommon() && !t.has(NameParticle) && t.folded.size() >= 3)
                        personWords.insert(t.folded.toString());
                }
            } else if (e.type == EntityType::Organization && length >= 2) {
                // Only the leading two to six words: a longer mention is not looked for.
                for (qsizetype k = added.from + 2; k < added.to && k <= added.from + 6; ++k) {
                    if (!isConnector(m_tokens.at(k - 1)))
                        organizationHeads.insert(phrase(added.from, k));
                }
                // The first word alone, of a name with a legal form or company noun at its end, where it is no
                // ordinary word or place: "Olympia Ferries S.A. … Olympia". (Not "Kenya Airways … Kenya".)
                const Token& head = m_tokens.at(added.from);
                const Token& tail = m_tokens.at(added.to - 1);
                if (tail.has(LegalSuffix | OrgHeadNoun) && head.capitalized && !head.allCaps && !head.lex.isCommon() &&
                    !head.lex.isFirstName() && !head.lex.isSurname() && !head.lex.isPlace(100'000) &&
                    head.folded.size() >= 4 && !isConnector(head) && !head.has(OrgPrefix))
                    companyFirstWords.insert(head.folded.toString());
            }
        }
        // "National Bank of Kenya (NBK)", "… Department of Information and Communications Technology … DICT
        // wants": an organization's initials, in capitals, are that organization wherever they stand alone.
        FewWords acronyms;
        for (const Added& added : m_added) {
            if (m_out.at(added.index).type != EntityType::Organization || added.to - added.from < 2)
                continue;
            QString initials;
            for (qsizetype k = added.from; k < added.to; ++k) {
                const Token& t = m_tokens.at(k);
                if (!isConnector(t) && t.folded != u"and" && t.folded != u"the" && !t.has(LegalSuffix))
                    initials += t.folded.at(0);
            }
            if (initials.size() >= 2 && initials.size() <= 6)
                acronyms.insert(initials);
        }
        if (personWords.isEmpty() && organizationHeads.isEmpty() && acronyms.isEmpty() && companyFirstWords.isEmpty())
            return;
        // A given name or surname of someone named in full, where no name was read ("Wanjiru needs approval").
        std::vector<bool> covered(size_t(m_tokens.size()), false);
        for (const Added& added : m_added)
            std::fill(covered.begin() + added.from, covered.begin() + added.to, true);
        // The same for the leading words of a company named in full ("Maple Leaf wants …"), longest first.
        const qsizetype readBefore = qsizetype(m_added.size());
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            const Token& t = m_tokens.at(k);
            if (covered[size_t(k)] || t.skip)
                continue;
            if (initialsOf(t, acronyms)) {
                add(k, k + 1, EntityType::Organization, 0.75);
                continue;
            }
            qsizetype run = k;
            while (run < m_tokens.size() && run < k + 4 && !covered[size_t(run)] && m_tokens.at(run).capitalized &&
                   (run == k || !m_tokens.at(run).gapBefore))
                ++run;
            bool found = false;
            for (qsizetype n = run; n >= k + 2 && !found; --n) {
                if (hasPhrase(organizationHeads, k, n)) {
                    add(k, n, EntityType::Organization, 0.7);
                    k = n - 1;
                    found = true;
                }
            }
            if (!found && (t.capitalized || (t.lower && !t.has(KinTerm))) && !t.allCaps && !t.lex.isCommon() &&
                personWords.contains(t.folded))
                add(k, k + 1, EntityType::Person, 0.7);
            else if (!found && t.capitalized && !t.allCaps && companyFirstWords.contains(t.folded))
                add(k, k + 1, EntityType::Organization, 0.65);
        }
        // Only what was read before this pass is re-typed below.
        for (qsizetype i = 0; i < readBefore; ++i) {
            const Added& added = m_added.at(size_t(i));
            Entity& e = m_out[added.index];
            const qsizetype length = added.to - added.from;
            if (length == 1 && initialsOf(m_tokens.at(added.from), acronyms)) {
                e.type = EntityType::Organization;
                e.confidence = 0.75;
            } else if (length == 1 && e.type != EntityType::Person &&
                       personWords.contains(m_tokens.at(added.from).folded) && !afterPlaceAndComma(i)) {
                e.type = EntityType::Person;
                e.confidence = 0.7;
            } else if (length == 1 && e.type != EntityType::Organization &&
                       (e.type != EntityType::Person || e.confidence < 0.8) && // "Olympia Ferries S.A. … Olympia"
                       m_tokens.at(added.from).capitalized &&
                       companyFirstWords.contains(m_tokens.at(added.from).folded) &&
                       !personWords.contains(m_tokens.at(added.from).folded) && !afterPlaceAndComma(i)) {
                e.type = EntityType::Organization;
                e.confidence = 0.65;
            } else if (length >= 2 && e.type != EntityType::Organization &&
                       hasPhrase(organizationHeads, added.from, added.to)) {
                e.type = EntityType::Organization;
                e.confidence = 0.7;
            }
        }
    }

    // Whether t is an organization's initials: in capitals, no word any list or cue knows ("VP", "NDA", "PO"), and
    // three letters or more unless in parentheses ("(BoG)").
    bool initialsOf(const Token& t, const FewWords& acronyms) const
    {
        if (!t.allCaps || t.lex.isCommon() || (t.cues & ~kRuleWords) != 0 || !acronyms.contains(t.folded))
            return false;
        const bool parenthesized =
            t.start > 0 && m_text.at(t.start - 1) == u'(' && t.end < m_text.size() && m_text.at(t.end) == u')';
        return t.folded.size() >= 3 || parenthesized;
    }

    // Whether the entity added i-th comes right after a place and a comma: "Amman, Jordan", "Savannah, Georgia".
    bool afterPlaceAndComma(qsizetype i) const
    {
        if (i == 0)
            return false;
        const Added& added = m_added.at(size_t(i));
        const Added& before = m_added.at(size_t(i - 1));
        if (before.to != added.from || m_out.at(before.index).type != EntityType::Location)
            return false;
        const QStringView between = QStringView(m_text).mid(
            m_tokens.at(before.to - 1).end, m_tokens.at(added.from).start - m_tokens.at(before.to - 1).end);
        return between.trimmed() == u",";
    }

    // The words [from, to) folded and joined by single spaces.
    // The folded words [from, to) joined by single spaces, appended to `out`.
    void appendPhrase(QString& out, qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k < to; ++k) {
            if (k > from)
                out += QLatin1Char(' ');
            out += m_tokens.at(k).folded;
        }
    }

    // Whether the words [from, to) read as one phrase are one of `phrases`, compared in place.
    bool hasPhrase(const FewWords& phrases, qsizetype from, qsizetype to) const
    {
        if (phrases.isEmpty())
            return false;
        if (!phrases.isFew())
            return phrases.contains(phrase(from, to));
        const qsizetype length = phraseLength(from, to);
        return std::any_of(phrases.words().cbegin(), phrases.words().cend(), [&](const QString& p) {
            if (p.size() != length)
                return false;
            qsizetype at = 0;
            for (qsizetype k = from; k < to; ++k) {
                if (k > from && p.at(at++) != u' ')
                    return false;
                const QStringView word = m_tokens.at(k).folded;
                if (QStringView(p).mid(at, word.size()) != word)
                    return false;
                at += word.size();
            }
            return true;
        });
    }

    QString phrase(qsizetype from, qsizetype to) const
    {
        QString words;
        words.reserve(phraseLength(from, to));
        appendPhrase(words, from, to);
        return words;
    }

    mutable QString m_phraseBuffer;

    struct Added
    {
        qsizetype index; // in m_out
        qsizetype from;  // tokens [from, to)
        qsizetype to;
    };

    const QString& m_text;
    const QList<Token>& m_tokens;
    const Gazetteer& m_g;
    QList<Entity>& m_out;
    std::vector<Added> m_added; // the entities this recognizer added, in the order added
};

} // namespace

NameRecognizer::NameRecognizer(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{}

void NameRecognizer::find(const QString& text, QList<Entity>& out) const
{
    nametokens::Tokens tokens = tokenize(text);
    // A number the rule recognizers read as a date, a time, an amount or a phone is no model number: "monday 10am"
    // and "target 15 Sep" name no product. (Not where they doubt it themselves: "R760" may be rand or a model.)
    SpanSet read;
    for (const Entity& e : std::as_const(out)) {
        if (e.confidence >= 0.8 && !read.overlaps(e.start, e.end))
            read.insert(e.start, e.end);
    }
    // A month's name in German, French, Spanish, Portuguese or Italian after a day's number is the month, not a
    // given name: "17. Juli", "3 de marzo", "le 12 juin" (the English ones are the date recognizer's).
    static const QStringList foreignMonths{
        QStringLiteral("januar"),     QStringLiteral("februar"),  QStringLiteral("märz"),
        QStringLiteral("mai"),        QStringLiteral("juni"),     QStringLiteral("juli"),
        QStringLiteral("oktober"),    QStringLiteral("dezember"), QStringLiteral("janvier"),
        QStringLiteral("février"),    QStringLiteral("mars"),     QStringLiteral("avril"),
        QStringLiteral("juin"),       QStringLiteral("juillet"),  QStringLiteral("août"),
        QStringLiteral("septembre"),  QStringLiteral("octobre"),  QStringLiteral("novembre"),
        QStringLiteral("décembre"),   QStringLiteral("enero"),    QStringLiteral("febrero"),
        QStringLiteral("marzo"),      QStringLiteral("abril"),    QStringLiteral("mayo"),
        QStringLiteral("junio"),      QStringLiteral("julio"),    QStringLiteral("agosto"),
        QStringLiteral("septiembre"), QStringLiteral("octubre"),  QStringLiteral("noviembre"),
        QStringLiteral("diciembre"),  QStringLiteral("janeiro"),  QStringLiteral("fevereiro"),
        QStringLiteral("março"),      QStringLiteral("maio"),     QStringLiteral("junho"),
        QStringLiteral("julho"),      QStringLiteral("setembro"), QStringLiteral("outubro"),
        QStringLiteral("novembro"),   QStringLiteral("dezembro"), QStringLiteral("gennaio"),
        QStringLiteral("febbraio"),   QStringLiteral("aprile"),   QStringLiteral("maggio"),
        QStringLiteral("giugno"),     QStringLiteral("luglio"),   QStringLiteral("settembre"),
        QStringLiteral("ottobre"),    QStringLiteral("dicembre")};
    // One pass marks both: numbers read already, and such months.
    for (qsizetype i = 0; i < tokens.list.size(); ++i) {
        Token& t = tokens.list[i];
        if (t.hasDigit && read.contains(t.start, t.end))
            t.skip = true;
        if (i == 0)
            continue;
        // (The day's number, perhaps with its dot, right before, or before "de"; cheap first, as most words have no
        // number before them.)
        qsizetype day = i - 1;
        if (day > 0 && !tokens.list.at(day).hasDigit && tokens.list.at(day).folded == u"de" &&
            !tokens.list.at(day).gapBefore)
            --day;
        const QStringView number = tokens.list.at(day).text;
        if (t.hasDigit || number.isEmpty() || number.size() > 3 || !number.at(0).isDigit() || t.folded.size() < 3 ||
            !std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit() || c == u'.'; }))
            continue;
        // (Only a space, or the dot of a German day, between: not "April 16; Mai wants".)
        if (t.gapBefore &&
            QStringView(text).mid(tokens.list.at(i - 1).end, t.start - tokens.list.at(i - 1).end) != u". ")
            continue;
        if (foreignMonths.contains(t.folded))
            t.skip = true;
    }
    std::vector<quint64> prepared(size_t(tokens.list.size()));
    for (qsizetype i = 0; i < tokens.list.size(); ++i)
        prepared[size_t(i)] = m_gazetteer.prepare(tokens.list.at(i).folded);
    for (qsizetype i = 0; i < tokens.list.size(); ++i) {
        Token& t = tokens.list[i];
        t.hash = prepared[size_t(i)];
        t.lex = m_gazetteer.word(t.folded, t.hash);
        // "Md." is Mohammad written short (the tokenizer keeps its dot only before a capitalized name).
        if (t.text == u"Md.")
            t.lex.flags |= Gazetteer::WordInfo::FirstName;
        // "Ciarán", "Zoë": a name the lists spell without its accents, capitalized inside a sentence (where a
        // sentence starts, a greeting is as likely: "Olá Leonor", "Trân trọng").
        if (t.capitalized && !t.sentenceStart && t.lex.isUnknown() &&
            std::any_of(t.folded.cbegin(), t.folded.cend(), [](QChar c) { return c.unicode() >= 0xC0; })) {
            const Gazetteer::WordInfo& plain = m_gazetteer.word(Gazetteer::withoutAccents(t.folded.toString()));
            t.lex.flags |= plain.flags & (Gazetteer::WordInfo::FirstName | Gazetteer::WordInfo::Surname);
        }
        t.cues = cuesOf(t.folded, t.hash); // the gazetteer's hash is the word tables' own
        // "Gulf Heavy Equipment Trading Est.": an establishment, as the Gulf's traders write their form after a
        // company's noun.
        if ((t.text == u"Est" || t.text == u"Est.") && i > 0 && !t.gapBefore &&
            (tokens.list.at(i - 1).cues & OrgHeadNoun))
            t.cues |= LegalSuffix;
        // A legal form's word right before a number is a model's letters: "WP Kemper SP 75".
        // (Only two capitals without a dot, and a number that no date or amount took and no year is: "Contoso
        // GmbH 100 units" and "Acme Ltd 15 March" keep their legal forms.)
        if ((t.cues & LegalSuffix) && t.allCaps && t.text.size() == 2 && i + 1 < tokens.list.size() &&
            !tokens.list.at(i + 1).gapBefore && tokens.list.at(i + 1).text.at(0).isDigit() &&
            !tokens.list.at(i + 1).skip && tokens.list.at(i + 1).text.size() != 4)
            t.cues &= ~quint64(LegalSuffix);
        // "KK" and "SIA" are legal forms only in capitals: "ok raj kk", "Sia".
        if ((t.folded == u"kk" || t.folded == u"sia") && !t.allCaps)
            t.cues &= ~quint64(LegalSuffix);
        // "z" is a legal form's word only inside "Sp. z o.o."; elsewhere a letter ("Michelin X Multi Z").
        if (t.folded == u"z" && !(i + 1 < tokens.list.size() && (tokens.list.at(i + 1).folded.startsWith(u"o.o") ||
                                                                 tokens.list.at(i + 1).folded == u"o")))
            t.cues &= ~quint64(LegalSuffix);
        // "Ana, got the quote", "Ana from their ops desk": a given name that a brand list writes in capitals ("ANA")
        // is the person where the text writes it otherwise, in a person's place: addressed at the start of a
        // sentence, or before "from". (Elsewhere the brand stays: "mostly Man and Scania trucks", "ads on Line".)
        if (t.lex.is(Gazetteer::WordInfo::CapitalsBrand) && t.lex.isFirstName() && !t.allCaps) {
            const bool addressed = t.sentenceStart && t.end < text.size() && text.at(t.end) == u',';
            const bool fromNext = i + 1 < tokens.list.size() && !tokens.list.at(i + 1).gapBefore &&
                                  tokens.list.at(i + 1).folded == u"from";
            if (addressed || fromNext)
                t.lex.brand = Gazetteer::BrandKind::None;
        }
    }
    Classifier(text, tokens.list, m_gazetteer, out).run();
}

} // namespace sb
