#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace sb {

// What the offline extractor knows about the world, loaded once from the resource files in resources/gazetteers
// (each with its source and license in SOURCES.md): given names, family names, cities, countries and regions,
// currencies, street words and brand names. Immutable after loading, so every thread may read it. Keys are folded to
// lower case.
class Gazetteer final
{
public:
    // Loaded on first use; later calls return the same instance.
    static const Gazetteer& shared();
    // A private copy, loaded now (benchmarks measure start-up with it).
    Gazetteer();

    const QSet<QString>& currencyCodes() const { return m_currencyCodes; }
    bool isCommonWord(const QString& folded) const { return m_commonWords.contains(folded); }
    bool isFirstName(const QString& folded) const { return m_firstNames.contains(folded); }
    bool isSurname(const QString& folded) const { return m_surnames.contains(folded); }
    // Population of the largest city of that name, 0 when none.
    qint64 cityPopulation(const QString& folded) const { return m_cities.value(folded); }
    bool isCountry(const QString& folded) const { return m_countries.contains(folded); }
    bool isRegion(const QString& folded) const { return m_regions.contains(folded); }
    bool isStreetWord(const QString& folded) const { return m_streetWords.contains(folded); }
    enum class BrandKind { None, Organization, Product };
    BrandKind brand(const QString& folded) const { return m_brands.value(folded, BrandKind::None); }
    // The longest multi-word place or brand, in words, so callers know how far to look ahead.
    int longestPhraseWords() const { return m_longestPhrase; }
    // Whether some place or brand of several words starts with this word ("new" for "new york").
    bool startsPhrase(const QString& folded) const { return m_phraseStarts.contains(folded); }

    qsizetype entryCount() const;

private:
    void load();

    QSet<QString> m_currencyCodes;
    QSet<QString> m_commonWords;
    QSet<QString> m_firstNames;
    QSet<QString> m_surnames;
    QHash<QString, qint64> m_cities;
    QSet<QString> m_countries;
    QSet<QString> m_regions;
    QSet<QString> m_streetWords;
    QHash<QString, BrandKind> m_brands;
    QSet<QString> m_phraseStarts;
    int m_longestPhrase = 1;
};

} // namespace sb
