#include "extract/Gazetteer.h"

#include "logging/LogCategories.h"

#include <QFile>

#include <algorithm>

namespace sb {

QString Gazetteer::withoutAccents(const QString& text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text;
    QString plain = text.normalized(QString::NormalizationForm_D);
    plain.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    plain.replace(u'ł', u'l').replace(u'ø', u'o').replace(u'đ', u'd').replace(u'ı', u'i');
    plain.replace(QStringLiteral("ß"), QStringLiteral("ss"))
        .replace(QStringLiteral("æ"), QStringLiteral("ae"))
        .replace(QStringLiteral("œ"), QStringLiteral("oe"));
    return plain.normalized(QString::NormalizationForm_C);
}

namespace {

// "frankfurt am main" → "frankfurt", "halle (saale)" → "halle", "cebu city" → "cebu", "icheon-si" → "icheon": the
// part before a river, a region, a parenthesis or the word for a city that GeoNames keeps in the official name; empty
// when there is none.
QString shortCityName(const QString& name)
{
    static const QStringList separators{
        QStringLiteral(" am "),     QStringLiteral(" an der "), QStringLiteral(" im "), QStringLiteral(" in der "),
        QStringLiteral(" ob der "), QStringLiteral(" upon "),   QStringLiteral(" (")};
    for (const QString& separator : separators) {
        const qsizetype at = name.indexOf(separator);
        if (at >= 3)
            return name.left(at);
    }
    // "Cebu City", "Icheon-si", "Hamamatsu-shi": people leave out the word for a city.
    for (const QLatin1String suffix : {QLatin1String(" city"), QLatin1String("-si"), QLatin1String("-shi")}) {
        if (name.size() >= suffix.size() + 3 && name.endsWith(suffix))
            return name.chopped(suffix.size());
    }
    return {};
}

// One line of a resource file, split on tabs; fields are views into the file's bytes.
class Fields
{
public:
    explicit Fields(QByteArrayView line)
    {
        qsizetype from = 0;
        while (m_count < kMax) {
            const qsizetype tab = line.indexOf('\t', from);
            m_fields[m_count++] = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
            if (tab < 0)
                break;
            from = tab + 1;
        }
    }
    qsizetype size() const { return m_count; }
    QByteArrayView at(qsizetype i) const { return m_fields[i]; }

private:
    static constexpr qsizetype kMax = 16;
    QByteArrayView m_fields[kMax];
    qsizetype m_count = 0;
};

// Calls `line` for each non-comment line of a resource file.
template <typename Function>
void forEachLine(const QString& name, Function line)
{
    QFile file(QStringLiteral(":/gazetteers/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcRuntime) << "gazetteer" << name
                              << "is missing from the resources; the offline extractor will "
                                 "miss what it lists";
        return;
    }
    const QByteArray data = file.readAll();
    qsizetype from = 0;
    while (from < data.size()) {
        qsizetype to = data.indexOf('\n', from);
        if (to < 0)
            to = data.size();
        const QByteArrayView raw(data.constData() + from, to - from);
        from = to + 1;
        if (raw.isEmpty() || raw.front() == '#')
            continue;
        line(Fields(raw));
    }
}

// A field folded to lower case, in `buffer` (reused from line to line: ASCII words, most of them, allocate nothing).
QStringView folded(QByteArrayView field, QString& buffer)
{
    const bool ascii = std::all_of(field.begin(), field.end(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii) {
        buffer = foldCase(QString::fromUtf8(field));
        return buffer;
    }
    buffer.resize(field.size());
    QChar* out = buffer.data();
    for (const char c : field)
        *out++ = QLatin1Char(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    return buffer;
}

} // namespace

QString foldCase(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar* out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
    }
    return folded;
}

const Gazetteer& Gazetteer::shared()
{
    static const Gazetteer instance;
    return instance;
}

Gazetteer::Gazetteer()
{
    load();
}

const Gazetteer::WordInfo Gazetteer::kUnknown;

void Gazetteer::load()
{
    using Info = WordInfo;
    m_words.reserve(200'000); // about as many words and phrases as the lists hold: no growing while loading
    QString buffer;
    const auto flag = [&](QByteArrayView field, Info::Flag f) {
        m_words[folded(field, buffer)].flags |= f;
        ++m_entries;
    };
    forEachLine(QStringLiteral("currencies.tsv"), [this](const Fields& f) {
        m_currencyCodes.insert(QString::fromUtf8(f.at(0)));
        ++m_entries;
    });
    forEachLine(QStringLiteral("common-words.txt"), [&](const Fields& f) { flag(f.at(0), Info::Common); });
    // Languages and nationalities name nothing by themselves, as ordinary words do: "the German team".
    forEachLine(QStringLiteral("nationalities.txt"), [&](const Fields& f) { flag(f.at(0), Info::Common); });
    forEachLine(QStringLiteral("first-names.txt"), [&](const Fields& f) { flag(f.at(0), Info::FirstName); });
    forEachLine(QStringLiteral("surnames.txt"), [&](const Fields& f) { flag(f.at(0), Info::Surname); });
    forEachLine(QStringLiteral("cities.tsv"), [&](const Fields& f) {
        if (f.size() < 3)
            return;
        const quint32 population = f.at(2).toUInt();
        const auto city = [&](QStringView key) {
            Info& info = m_words[key];
            if (info.cityPopulation == 0)
                ++m_entries;
            info.cityPopulation = std::max(info.cityPopulation, population);
        };
        const QString name = folded(f.at(0), buffer).toString();
        city(name);
        // As people write them too: without accents ("bogota", "malmo"), and without what only the official
        // name says ("frankfurt" for "frankfurt am main", "halle" for "halle (saale)").
        const QString plain = withoutAccents(name);
        if (plain != name)
            city(plain);
        // A short form that is an ordinary word or a person's name is left out: "Center City" is not "center",
        // "Johnson City" not "johnson".
        for (const QString& shortName : {shortCityName(name), shortCityName(plain)}) {
            const WordInfo& known = word(shortName);
            if (!shortName.isEmpty() && !known.isCommon() && !known.isFirstName() && !known.isSurname())
                city(shortName);
        }
    });
    forEachLine(QStringLiteral("countries.tsv"), [&](const Fields& f) {
        for (qsizetype i = 1; i < f.size(); ++i)
            flag(f.at(i), Info::Country);
    });
    // Regions as people write them too, without accents ("binh duong", "sao paulo").
    forEachLine(QStringLiteral("regions.txt"), [&](const Fields& f) {
        flag(f.at(0), Info::Region);
        const QString name = folded(f.at(0), buffer).toString();
        if (const QString plain = withoutAccents(name); plain != name)
            m_words[plain].flags |= Info::Region;
    });
    // Airports by their own names ("Heathrow", "OR Tambo International"): places that are no town, as regions are.
    forEachLine(QStringLiteral("airports.txt"), [&](const Fields& f) { flag(f.at(0), Info::Region); });
    forEachLine(QStringLiteral("street-words.txt"), [&](const Fields& f) { flag(f.at(0), Info::StreetWord); });
    forEachLine(QStringLiteral("makers.txt"), [&](const Fields& f) { flag(f.at(0), Info::Maker); });
    forEachLine(QStringLiteral("brands.tsv"), [&](const Fields& f) {
        if (f.size() < 2)
            return;
        Info& info = m_words[folded(f.at(0), buffer)];
        info.brand = f.at(1) == QByteArrayView("product") ? BrandKind::Product
                     : f.at(1) == QByteArrayView("venue") ? BrandKind::Venue
                                                          : BrandKind::Organization;
        const QByteArrayView name = f.at(0);
        if (name.size() <= 5 && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            info.flags |= Info::CapitalsBrand;
        ++m_entries;
    });
    // For each word that starts a place or brand of several words, the longest such phrase, so a reader knows how
    // far to look ahead; and the phrase filter of their first two words (mayStartPhrase). No name is read over more
    // than six words (the name recognizer cuts longer runs).
    QList<std::pair<QString, int>> starts;
    m_words.forEach([this, &starts](QStringView key, const Info& info) {
        const qsizetype space = key.indexOf(QLatin1Char(' '));
        if (space < 0 || (info.cityPopulation == 0 && !(info.flags & (Info::Country | Info::Region)) &&
                          info.brand == BrandKind::None))
            return;
        starts.append({key.left(space).toString(), int(std::min<qsizetype>(key.count(QLatin1Char(' ')) + 1, 6))});
        const qsizetype secondEnd = key.indexOf(QLatin1Char(' '), space + 1);
        const QStringView second = key.mid(space + 1, secondEnd < 0 ? -1 : secondEnd - space - 1);
        const quint32 bit = pairBit(WordTable<WordInfo>::hashOf(key.left(space)), WordTable<WordInfo>::hashOf(second));
        m_phrasePairs[bit >> 6] |= quint64(1) << (bit & 63);
    });
    for (const auto& [first, words] : std::as_const(starts)) {
        quint8& longest = m_words[first].phraseWords;
        longest = std::max<quint8>(longest, quint8(words));
    }
}

qsizetype Gazetteer::entryCount() const
{
    return m_entries;
}

} // namespace sb
