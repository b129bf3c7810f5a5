#include "extract/NameRecognizer.h"

#include "extract/Gazetteer.h"
#include "extract/NameCues.h"
#include "extract/NameTokens.h"

#include <QRegularExpression>

namespace sb {
namespace {

using namespace namecues;
using nametokens::Token;
using nametokens::tokenize;

// What people do right after their name is mentioned: "Jordan said", "georgia wants".
bool isPersonVerb(const QString& folded)
{
    static const QSet<QString> words{QStringLiteral("said"),    QStringLiteral("says"),      QStringLiteral("told"),
                                     QStringLiteral("asked"),   QStringLiteral("wants"),     QStringLiteral("wanted"),
                                     QStringLiteral("will"),    QStringLiteral("would"),     QStringLiteral("thinks"),
                                     QStringLiteral("thought"), QStringLiteral("mentioned"), QStringLiteral("called"),
                                     QStringLiteral("emailed"), QStringLiteral("confirmed"), QStringLiteral("agreed"),
                                     QStringLiteral("replied"), QStringLiteral("suggested"), QStringLiteral("prefers"),
                                     QStringLiteral("needs"),   QStringLiteral("from"),      QStringLiteral("and"),
                                     QStringLiteral("has"),     QStringLiteral("had"),       QStringLiteral("can"),
                                     QStringLiteral("should"),  QStringLiteral("sent"),      QStringLiteral("signed"),
                                     QStringLiteral("approved")};
    return words.contains(folded);
}

// Words before a month-like name that make it a date, not a person: "in may", "since june".
bool isTimeWord(const QString& folded)
{
    static const QSet<QString> words{QStringLiteral("since"), QStringLiteral("until"),  QStringLiteral("till"),
                                     QStringLiteral("early"), QStringLiteral("late"),   QStringLiteral("mid"),
                                     QStringLiteral("end"),   QStringLiteral("during"), QStringLiteral("before"),
                                     QStringLiteral("after"), QStringLiteral("last"),   QStringLiteral("next"),
                                     QStringLiteral("of"),    QStringLiteral("by"),     QStringLiteral("on")};
    return words.contains(folded);
}

bool isConnector(const QString& folded)
{
    return folded == QLatin1String("&") || folded == QLatin1String("of") || isNameParticle(folded);
}

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
        for (qsizetype i = 0; i < m_tokens.size();) {
            if (!startsChain(i)) {
                ++i;
                continue;
            }
            // No name has more than six words: longer runs (title-case headings, pathological input) are cut, which
            // also keeps the work per run bounded.
            qsizetype j = i + 1;
            while (j < m_tokens.size() && j < i + 6 && continuesChain(j))
                ++j;
            // A connector cannot end a chain.
            while (j - 1 > i && isConnector(m_tokens.at(j - 1).folded))
                --j;
            // Classifying may take a legal form after the run ("Energy (Pty) Ltd."); those tokens are used too.
            j = std::max(j, classifyChain(i, j));
            for (qsizetype k = i; k < j; ++k)
                used[k] = true;
            i = j;
        }
        lowerCasePass(used);
    }

private:
    bool isCommon(const QString& folded) const { return m_g.isCommonWord(folded); }

    static bool isModelCode(const Token& t)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{1,4}-\\d{1,5}[A-Z]?$"));
        return t.hasDigit && code.match(t.text).hasMatch();
    }

    bool startsChain(qsizetype i) const
    {
        const Token& t = m_tokens.at(i);
        return !t.skip && (((t.capitalized || t.allCaps) && !t.hasDigit) || isModelCode(t));
    }

    bool continuesChain(qsizetype j) const
    {
        const Token& t = m_tokens.at(j);
        if (t.skip || t.gapBefore)
            return false;
        // "… Ltd. The Johannesburg team": a legal form with its dot ends a company's name.
        const Token& before = m_tokens.at(j - 1);
        if (before.text.endsWith(QLatin1Char('.')) && isLegalSuffix(before.folded) && !isLegalSuffix(t.folded))
            return false;
        if (t.capitalized || t.allCaps || isLegalSuffix(t.folded))
            return true;
        if (t.hasDigit) // model numbers: "Toughbook 40", "Galaxy S24"
            return true;
        // "Bank of America", "van der Berg", "Pike & Rowe": only between capitalized words; "of" only after an
        // institution's word ("Bank of", "University of"), "&" not between two given names ("Björn & Sigrid").
        if (isConnector(t.folded) && j + 1 < m_tokens.size()) {
            const Token& next = m_tokens.at(j + 1);
            if (next.gapBefore || !(next.capitalized || next.allCaps))
                return false;
            const QString& previous = m_tokens.at(j - 1).folded;
            if (t.folded == QLatin1String("of"))
                return isOrgHeadNoun(previous) || isPlaceHeadNoun(previous) || previous == QLatin1String("republic") ||
                       previous == QLatin1String("kingdom") || previous == QLatin1String("government") ||
                       previous == QLatin1String("avenue") || previous == QLatin1String("museum");
            if (t.folded == QLatin1String("&"))
                return !(m_g.isFirstName(previous) && m_g.isFirstName(next.folded));
            return true;
        }
        return false;
    }

    // The text between two tokens, e.g. to see what word comes before a chain.
    QString wordBefore(qsizetype i) const
    {
        if (i == 0 || m_tokens.at(i).gapBefore)
            return {};
        return m_tokens.at(i - 1).folded;
    }

    QString phrase(qsizetype from, qsizetype to) const
    {
        QStringList words;
        for (qsizetype k = from; k < to; ++k)
            words.append(m_tokens.at(k).folded);
        return words.join(QLatin1Char(' '));
    }

    bool isPlace(const QString& folded, qint64 minimumCityPopulation = 15'000) const
    {
        return m_g.isCountry(folded) || m_g.isRegion(folded) || m_g.cityPopulation(folded) >= minimumCityPopulation;
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
        if (e.value.endsWith(QLatin1Char('.')) && !isLegalSuffix(m_tokens.at(to - 1).folded) &&
            !isPlaceHeadNoun(m_tokens.at(to - 1).folded)) {
            e.value.chop(1);
            --e.end;
        }
        e.confidence = confidence;
        m_out.append(e);
        return to;
    }

    // Types the run [from, to) and adds what it names; returns the end of the tokens it used.
    qsizetype classifyChain(qsizetype from, qsizetype to)
    {
        // Leading words that are not part of any name.
        bool honorific = false;
        while (from < to) {
            const Token& t = m_tokens.at(from);
            if (isHonorific(t.folded) || isHonorific(t.folded + QLatin1Char('.'))) {
                honorific = true;
                ++from;
                continue;
            }
            const bool nameFollows =
                from + 1 < to && m_tokens.at(from + 1).capitalized && !m_tokens.at(from + 1).allCaps &&
                (m_g.isSurname(m_tokens.at(from + 1).folded) || !isCommon(m_tokens.at(from + 1).folded));
            const bool commonButNamed = nameFollows && !isSentenceVerb(t.folded) && hintBefore(t.folded) == Hint::None;
            const bool knownName = (m_g.isFirstName(t.folded) && (!isCommon(t.folded) || commonButNamed)) ||
                                   m_g.brand(t.folded) != Gazetteer::BrandKind::None || isPlace(t.folded, 500'000);
            const QString& lastWord = m_tokens.at(to - 1).folded;
            const bool namedLikeACompany =
                to - from >= 2 && (isLegalSuffix(lastWord) || isOrgHeadNoun(lastWord) || isPlaceHeadNoun(lastWord));
            const bool sentenceWord =
                t.sentenceStart && isCommon(t.folded) && !knownName &&
                (!namedLikeACompany || hintBefore(t.folded) != Hint::None || isSentenceVerb(t.folded));
            const bool strayConnector =
                isConnector(t.folded) && !(t.capitalized && isNameParticle(t.folded) && to - from > 1);
            if (isNotAName(t.folded) || isRoleWord(t.folded) || strayConnector || sentenceWord ||
                (t.folded == QLatin1String("the") && !(to - from > 1 && isPlaceHeadNoun(m_tokens.at(to - 1).folded)))) {
                ++from;
                continue;
            }
            break;
        }
        // Trailing roles and headers ("Priya Raman CFO").
        while (to > from && (isRoleWord(m_tokens.at(to - 1).folded) || isNotAName(m_tokens.at(to - 1).folded)))
            --to;
        if (from >= to)
            return to;

        // Split after a legal form or company noun in the middle: "Acme Corp London" → "Acme Corp" + "London".
        for (qsizetype k = from + 1; k < to - 1; ++k) {
            if (isLegalSuffix(m_tokens.at(k).folded) && !isLegalSuffix(m_tokens.at(k + 1).folded) &&
                m_tokens.at(k).folded != QLatin1String("co") && m_tokens.at(k).folded != QLatin1String("co.")) {
                classifyChain(from, k + 1);
                return classifyChain(k + 1, to);
            }
        }
        // "Co., Ltd." and "Pty Ltd": a legal form right after the chain, across a comma.
        qsizetype end = to;
        while (end < m_tokens.size() && isLegalSuffix(m_tokens.at(end).folded) && m_tokens.at(end).capitalized &&
               m_tokens.at(end).start - m_tokens.at(end - 1).end <= 2)
            ++end;

        // A place followed by a postal code or a number ("Mumbai 400059", "Durban 4"): the place alone.
        while (end - from >= 2 && m_tokens.at(end - 1).hasDigit && !isModelCode(m_tokens.at(end - 1)) &&
               isPlace(phrase(from, end - 1)))
            --end;
        // A trade or currency acronym before a place ("FOB Shenzhen", "CIF Karachi"): the place alone.
        if (end - from >= 2 && m_tokens.at(from).allCaps && !m_g.isCountry(m_tokens.at(from).folded) &&
            isPlace(phrase(from + 1, end), 100'000))
            ++from;
        if (end - from == 1 && m_g.currencyCodes().contains(m_tokens.at(from).text))
            return to;
        const Token& first = m_tokens.at(from);
        const Token& last = m_tokens.at(end - 1);
        const qsizetype length = end - from;
        if (length == 1 && isModelCode(first))
            return add(from, end, EntityType::Product, 0.6);
        const QString whole = phrase(from, end);

        if (isLegalSuffix(last.folded) && length >= 2)
            return add(from, end, EntityType::Organization, 0.92);
        to = end;
        // "Jordan Blake", "Hyun-woo Park": a given name and a surname are a person whatever else the words can be.
        if (length >= 2 && length <= 4 && m_g.isFirstName(first.folded) && m_g.isSurname(last.folded) &&
            !m_g.isCountry(whole) && m_g.brand(whole) == Gazetteer::BrandKind::None && !isLegalSuffix(last.folded) &&
            !isOrgHeadNoun(last.folded) && !isCommon(first.folded) && !(isPlaceHeadNoun(last.folded) && length > 2))
            return add(from, to, EntityType::Person, 0.88);
        // Tier words that belong to a product name: "Enterprise tier", "Pro plan", "Standard edition".
        if (to < m_tokens.size() && !m_tokens.at(to).gapBefore && m_tokens.at(to).lower &&
            isTierNoun(m_tokens.at(to).folded) && (isProductTier(last.folded) || length >= 1))
            return add(from, to + 1, EntityType::Product, 0.8);
        // A street word starts or ends it: "Rua Augusta", "Main Street".
        if (m_g.isStreetWord(first.folded) && length >= 2 && first.capitalized && !m_g.isFirstName(first.folded))
            return add(from, to, EntityType::Location, 0.7);
        if (isProductTier(last.folded) && length >= 2 && !m_g.isSurname(last.folded) && !isOrgHeadNoun(last.folded))
            return add(from, to, EntityType::Product, 0.7);
        if (isOrgHeadNoun(last.folded) && length >= 2)
            return add(from, to, EntityType::Organization, 0.8);
        if (isPlaceHeadNoun(last.folded) && length >= 2)
            return add(from, to, EntityType::Location, 0.8);

        const auto brand = m_g.brand(whole);
        const bool locationHint = hintBefore(wordBefore(from)) == Hint::Location;
        const bool strongPlace =
            m_g.isCountry(whole) || m_g.isRegion(whole) || m_g.cityPopulation(whole) >= (length > 1 ? 15'000 : 100'000);
        if (isPlace(whole) && !honorific && (strongPlace || locationHint) &&
            !(length == 1 && isCommon(whole) && !locationHint && !m_g.isCountry(whole))) {
            // A word that is both a given name and a known place is the place, unless a person's context says
            // otherwise ("with Jordan", "Jordan Blake"): name lists carry many places, place lists few people.
            const bool bigPlace = m_g.isCountry(whole) || m_g.isRegion(whole) || m_g.cityPopulation(whole) >= 100'000;
            const bool verbAfter =
                to < m_tokens.size() && !m_tokens.at(to).gapBefore && isPersonVerb(m_tokens.at(to).folded);
            const bool personLike = length == 1 && m_g.isFirstName(whole) && !locationHint &&
                                    (!bigPlace || hintBefore(wordBefore(from)) == Hint::Person || verbAfter);
            const bool nextIsSurname = to < m_tokens.size() && !m_tokens.at(to).gapBefore &&
                                       m_tokens.at(to).capitalized && m_g.isSurname(m_tokens.at(to).folded);
            if (!personLike && !nextIsSurname)
                return add(from, to, EntityType::Location, m_g.isCountry(whole) ? 0.9 : 0.8);
        }
        if (brand != Gazetteer::BrandKind::None && !honorific) {
            return add(from, to,
                       brand == Gazetteer::BrandKind::Product ? EntityType::Product : EntityType::Organization, 0.85);
        }
        // A known company followed by more name: its product ("Salesforce Sales Cloud", "Panasonic Toughbook 40").
        for (qsizetype k = to - 1; k > from; --k) {
            if (m_g.brand(phrase(from, k)) == Gazetteer::BrandKind::Organization && !m_g.isFirstName(first.folded)) {
                const bool restIsProductish =
                    std::any_of(m_tokens.begin() + k, m_tokens.begin() + to, [this](const Token& t) {
                        return t.hasDigit || isProductTier(t.folded) || !isCommon(t.folded) || t.capitalized;
                    });
                if (restIsProductish)
                    return add(from, to, EntityType::Product, 0.75);
            }
        }
        // A model or version number, or a tier word, makes a product ("Analytics Suite", "Toughbook 40").
        // A number makes a product only after a name that is not a common word ("Phase 2", "SOC 2" are not).
        const bool hasModel = std::any_of(m_tokens.begin() + from + 1, m_tokens.begin() + to,
                                          [](const Token& t) { return t.hasDigit; }) &&
                              !(isCommon(first.folded) && length == 2) && !first.allCaps;
        if (hasModel || (length >= 2 && isProductTier(last.folded) && !m_g.isSurname(last.folded)))
            return add(from, to, EntityType::Product, 0.7);

        // People: a given name first or a surname last.
        const bool firstIsGiven = m_g.isFirstName(first.folded);
        const bool lastIsFamily = m_g.isSurname(last.folded);
        if (honorific || (length >= 2 && length <= 4 && (firstIsGiven || lastIsFamily)))
            return add(from, to, EntityType::Person, firstIsGiven && lastIsFamily ? 0.9 : 0.8);
        // A given name that is also a common word needs a person's context: "in May" is a month, "with May" a person.
        const Hint before = hintBefore(wordBefore(from));
        const bool commonGiven = isCommon(first.folded);
        if (length == 1 && firstIsGiven && !(first.sentenceStart && commonGiven) && !(commonGiven && first.allCaps) &&
            !(commonGiven && before != Hint::Person))
            return add(from, to, EntityType::Person, isCommon(first.folded) ? 0.6 : 0.75);

        // Unknown names: the word before decides; else an all-caps word is an organization, two or three
        // capitalized words a person.
        const Hint hint = hintBefore(wordBefore(from));
        if (length == 1 && isCommon(first.folded) && !first.allCaps)
            return to; // "Finance", "Legal", "Growth": capitalized common words name nothing by themselves
        if (hint == Hint::Organization)
            return add(from, to, EntityType::Organization, 0.6);
        if (hint == Hint::Location && length <= 3)
            return add(from, to, EntityType::Location, 0.55);
        // Two or three unknown words are a person only when none is a common word, an acronym or a number
        // ("Ifeoma Okafor", not "Site Diary", "Zebra TC52" or "Lumen Bank QBR").
        const bool plainWords = std::all_of(m_tokens.begin() + from, m_tokens.begin() + to, [this](const Token& t) {
            return t.capitalized && !t.allCaps && !t.hasDigit && !isCommon(t.folded);
        });
        if (length >= 2 && length <= 3 && plainWords)
            return add(from, to, EntityType::Person, 0.55);
        if (length == 1 && hint == Hint::Person && plainWords)
            return add(from, to, EntityType::Person, 0.5);
        // One unknown word with a capital inside ("BrightDesk", "DocuSign") is written the way companies write their
        // names; a plain capitalized unknown word alone is too often something else to guess.
        const bool innerCapital =
            std::any_of(first.text.cbegin() + 1, first.text.cend(), [](QChar c) { return c.isUpper(); });
        if (length == 1 && innerCapital && !first.allCaps && !first.hasDigit && first.text.size() >= 4 &&
            hint != Hint::Location)
            return add(from, to, EntityType::Organization, 0.5);
        if (length >= 2 &&
            std::any_of(m_tokens.begin() + from, m_tokens.begin() + to, [](const Token& t) { return t.hasDigit; }) &&
            !first.allCaps)
            return add(from, to, EntityType::Product, 0.45);
        return to;
    }

    // Lower-case text, as speech-to-text writes it.
    void lowerCasePass(const std::vector<bool>& used)
    {
        const int longest = m_g.longestPhraseWords();
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const Token& t = m_tokens.at(i);
            if (used[i] || t.skip || !t.lower || t.hasDigit)
                continue;
            // A given name and a surname: "maria gonzalez".
            if (m_g.isFirstName(t.folded) && i + 1 < m_tokens.size()) {
                qsizetype j = i + 1;
                while (j < m_tokens.size() && !m_tokens.at(j).gapBefore && isNameParticle(m_tokens.at(j).folded))
                    ++j;
                // A common given name ("may", "will") counts before a known surname that is not a common word.
                if (j < m_tokens.size() && !m_tokens.at(j).gapBefore && m_tokens.at(j).lower &&
                    m_g.isSurname(m_tokens.at(j).folded) && !isCommon(m_tokens.at(j).folded) &&
                    m_tokens.at(j).folded.size() >= 3 && hintBefore(wordBefore(i)) != Hint::Location &&
                    !isTimeWord(wordBefore(i)) &&
                    (!isCommon(t.folded) || (t.folded.size() >= 3 && !isNotAName(t.folded) &&
                                             hintBefore(t.folded) == Hint::None && !isSentenceVerb(t.folded)))) {
                    add(i, j + 1, EntityType::Person, 0.7);
                    i = j;
                    continue;
                }
                // A given name and a word no list knows is a given name and a surname ("priya raghunathan").
                if (!isCommon(t.folded) && !isPlace(t.folded, 50'000) && j < m_tokens.size() &&
                    !m_tokens.at(j).gapBefore && m_tokens.at(j).lower && !m_tokens.at(j).hasDigit &&
                    m_tokens.at(j).folded.size() >= 3 && !isCommon(m_tokens.at(j).folded) &&
                    !isPlace(m_tokens.at(j).folded) && m_g.brand(m_tokens.at(j).folded) == Gazetteer::BrandKind::None &&
                    !isNotAName(m_tokens.at(j).folded) && !isOrgHeadNoun(m_tokens.at(j).folded)) {
                    add(i, j + 1, EntityType::Person, 0.6);
                    i = j;
                    continue;
                }
                if (!isCommon(t.folded) && t.folded.size() > 2 && !isPlace(t.folded, 50'000)) {
                    add(i, i + 1, EntityType::Person, 0.55);
                    continue;
                }
                // A given name that is also a place or a common word, followed by what people do: "jordan said".
                if (i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore &&
                    isPersonVerb(m_tokens.at(i + 1).folded) && !isCommon(t.folded)) {
                    add(i, i + 1, EntityType::Person, 0.55);
                    continue;
                }
            }
            // Places and brands, longest first: "ho chi minh city", "new york", "salesforce".
            bool matched = false;
            const qsizetype widest = m_g.startsPhrase(t.folded) ? std::min<qsizetype>(longest, m_tokens.size() - i) : 1;
            for (qsizetype n = widest; n >= 1 && !matched; --n) {
                if (n == 1 && isCommon(t.folded))
                    break;
                bool contiguous = true;
                for (qsizetype k = i + 1; k < i + n; ++k) {
                    if (m_tokens.at(k).gapBefore || used[k] || !m_tokens.at(k).lower)
                        contiguous = false;
                }
                if (!contiguous)
                    continue;
                const QString words = phrase(i, i + n);
                const bool common = n == 1 && isCommon(words);
                if (common)
                    continue;
                if (m_g.isCountry(words) || m_g.isRegion(words) || m_g.cityPopulation(words) >= 100'000) {
                    // As with capitalized words: a big place wins over a given name without a person's context.
                    const bool bigPlace =
                        m_g.isCountry(words) || m_g.isRegion(words) || m_g.cityPopulation(words) >= 100'000;
                    if (n == 1 && m_g.isFirstName(words) && hintBefore(wordBefore(i)) != Hint::Location &&
                        (!bigPlace || hintBefore(wordBefore(i)) == Hint::Person))
                        continue;
                    add(i, i + n, EntityType::Location, 0.65);
                    i += n - 1;
                    matched = true;
                } else if (const auto brand = m_g.brand(words);
                           brand != Gazetteer::BrandKind::None && words.size() > 3) {
                    add(i, i + n,
                        brand == Gazetteer::BrandKind::Product ? EntityType::Product : EntityType::Organization, 0.6);
                    i += n - 1;
                    matched = true;
                }
            }
            if (matched)
                continue;
            // A tier and its noun: "pro plan", "enterprise tier", "premium edition".
            if (isProductTier(t.folded) && i + 1 < m_tokens.size() && !m_tokens.at(i + 1).gapBefore &&
                m_tokens.at(i + 1).lower && isTierNoun(m_tokens.at(i + 1).folded)) {
                add(i, i + 2, EntityType::Product, 0.6);
                ++i;
                continue;
            }
            // A run that ends in a company noun or legal form: "kamensky pharma", "northwind logistics".
            if ((isOrgHeadNoun(t.folded) || isLegalSuffix(t.folded)) && i > 0 && !t.gapBefore) {
                qsizetype from = i;
                while (from > 0 && !m_tokens.at(from).gapBefore && !used[from - 1] && m_tokens.at(from - 1).lower &&
                       !isCommon(m_tokens.at(from - 1).folded) && i - from < 2)
                    --from;
                qsizetype to = i + 1;
                while (to < m_tokens.size() && !m_tokens.at(to).gapBefore &&
                       (isOrgHeadNoun(m_tokens.at(to).folded) || isLegalSuffix(m_tokens.at(to).folded)))
                    ++to;
                if (from < i) {
                    add(from, to, EntityType::Organization, 0.55);
                    i = to - 1;
                }
            }
        }
    }

    const QString& m_text;
    const QList<Token>& m_tokens;
    const Gazetteer& m_g;
    QList<Entity>& m_out;
};

} // namespace

NameRecognizer::NameRecognizer(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{}

void NameRecognizer::find(const QString& text, QList<Entity>& out) const
{
    const QList<Token> tokens = tokenize(text);
    Classifier(text, tokens, m_gazetteer, out).run();
}

} // namespace sb
