#pragma once

#include "extract/WordTable.h"

#include <QSet>
#include <QString>

#include <vector>

namespace sb {

// Folds a text to lower case one UTF-16 unit at a time (Unicode's simple case mapping), so offsets stay put: how the
// gazetteer's keys are folded, and how a text must be folded to look its words up.
QString foldCase(QStringView text);

// What the offline extractor knows about the world, loaded once from the resource files in resources/gazetteers
// (each with its source and license in SOURCES.md): given names, family names, cities, countries and regions,
// currencies, street words and brand names. Immutable after loading, so every thread may read it. Keys are folded to
// lower case.
class Gazetteer final
{
public:
    // Loaded on first use; later calls return the same instance.
    static const Gazetteer& shared();

    // "bogotá" → "bogota", "łódź" → "lodz", "tromsø" → "tromso": letters without their combining marks, and the
    // letters that have none but are typed so too (names are folded to lower case before).
    static QString withoutAccents(const QString& text);
    // A private copy, loaded now (benchmarks measure start-up with it).
    Gazetteer();

    // Venue: a hotel chain, whose name with or without more words names a hotel, a place ("the Kempinski",
    // "Novotel New Plymouth").
    enum class BrandKind : quint8 { None, Organization, Product, Venue };

    // Everything the lists say about one folded word or phrase, found with one lookup.
    struct WordInfo
    {
        enum Flag : quint8 {
            FirstName = 1 << 0,
            Surname = 1 << 1,
            Common = 1 << 2,
            Country = 1 << 3,
            Region = 1 << 4, // a region, or another named place that is no town: an airport
            StreetWord = 1 << 5,
            Maker = 1 << 6, // the first word of a company that makes equipment ("komatsu", "masimo")
            // A brand the lists write in capitals only ("ANA", "EVA"): the given name written otherwise ("Ana",
            // "eva") is more likely the person.
            CapitalsBrand = 1 << 7,
        };
        quint32 cityPopulation = 0; // of the largest city of that name, 0 when none
        quint8 flags = 0;
        BrandKind brand = BrandKind::None;
        // The longest place or brand of several words that starts with this word, in words ("new" → 3 for "new
        // york city"); 0 when none does.
        quint8 phraseWords = 0;

        bool is(Flag flag) const { return flags & flag; }
        // What the lists say the word is, without what they say of how a brand is written.
        quint8 wordFlags() const { return flags & ~quint8(CapitalsBrand); }
        bool isFirstName() const { return is(FirstName); }
        bool isSurname() const { return is(Surname); }
        bool isCommon() const { return is(Common); }
        bool isCountry() const { return is(Country); }
        bool isRegion() const { return is(Region); }
        bool isMaker() const { return is(Maker); }
        // Whether no list knows the word: no name, ordinary word, place, brand or maker.
        bool isUnknown() const { return wordFlags() == 0 && cityPopulation == 0 && brand == BrandKind::None; }
        // A country, a region, or a city of at least that many people.
        bool isPlace(qint64 minimumCityPopulation) const
        {
            return (flags & (Country | Region)) || cityPopulation >= minimumCityPopulation;
        }
    };

    // What the lists know of a folded word or phrase (words joined by single spaces); all zero when nothing.
    const WordInfo& word(QStringView folded) const
    {
        const WordInfo* found = m_words.find(folded);
        return found ? *found : kUnknown;
    }

    // Looking many words up at once, faster than one by one: prepare() each word first (it hashes the word and
    // prefetches its place in the table), then ask word() with what prepare() returned; the memory accesses then
    // overlap instead of waiting for each other.
    quint64 prepare(QStringView folded) const
    {
        const quint64 hash = WordTable<WordInfo>::hashOf(folded);
        m_words.prefetch(hash);
        return hash;
    }
    const WordInfo& word(QStringView folded, quint64 prepared) const
    {
        const WordInfo* found = m_words.find(folded, prepared);
        return found ? *found : kUnknown;
    }

    // Whether a place or brand of several words may start with these two words, given as what prepare() returned
    // for each. Never wrong when it says no about places and brands (the only phrases of several words a reader
    // asks about); wrong in a few percent of its yeses. Most pairs of a text's words start
    // no known phrase, and this answers from 128 KB that stay in the cache instead of probing the whole table.
    bool mayStartPhrase(quint64 first, quint64 second) const
    {
        const quint32 bit = pairBit(first, second);
        return m_phrasePairs[bit >> 6] & (quint64(1) << (bit & 63));
    }
    // What word() answers for something no list knows.
    static const WordInfo& unknown() { return kUnknown; }

    const QSet<QString>& currencyCodes() const { return m_currencyCodes; }
    qint64 cityPopulation(const QString& folded) const { return word(folded).cityPopulation; }
    bool isCountry(const QString& folded) const { return word(folded).isCountry(); }
    bool isRegion(const QString& folded) const { return word(folded).isRegion(); }

    qsizetype entryCount() const;
    // Words or phrases of the lists that share their hash and length with another (WordTable::collisions()): 0, or
    // word() cannot tell them apart.
    qsizetype keyCollisions() const { return m_words.collisions(); }

private:
    void load();
    static constexpr int kPairBits = 20;
    static quint32 pairBit(quint64 first, quint64 second)
    {
        return ((quint32(first) * 0x9E3779B1u) ^ ((quint32(second) + 0x7F4A7C15u) * 0x85EBCA6Bu)) >> (32 - kPairBits);
    }

    static const WordInfo kUnknown;
    std::vector<quint64> m_phrasePairs = std::vector<quint64>(size_t(1) << (kPairBits - 6));

    QSet<QString> m_currencyCodes;
    // Every word and phrase of every list, with what each list says of it: one hash, so a word costs one lookup.
    WordTable<WordInfo> m_words;
    qsizetype m_entries = 0;
};

} // namespace sb
