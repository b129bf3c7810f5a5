#include "extract/AddressRecognizer.h"

#include "extract/Gazetteer.h"
#include "extract/Patterns.h"
#include "extract/Regex.h"
#include "extract/SpanSet.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace sb {
namespace {

patterns::Regex addressPattern(const QString& pattern)
{
    return patterns::compile(pattern);
}

const QString kWord = QStringLiteral("[\\p{Lu}][\\p{L}'’.-]*");
const QString kStreet = QStringLiteral(
    "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|"
    "Square|Sq|Terrace|Close|Crescent|Esplanade|Row|Walk|Quay|Wharf|Circle|Plaza|Broadway|Marg|Cadde|Caddesi|Sokak)");
// How many street or building words without a number, and numbers before a name, one text is searched from.
constexpr int kAnchors = 32;
// Words that name a building or a part of one, written before or inside an address with a number or letter after
// them ("Torre 2", "Piso 8", "Building B", "Block C-3", "Plot 14").
const QString kUnitWord =
    QStringLiteral("(?:Torre|Piso|Planta|Andar|Oficina|Block|Blk\\.?|Wing|Tower|Building|Bldg\\.?|Plot|Shop)[ \\t]*"
                   "(?:\\d[\\w-]*|[A-Z](?:-?\\d+)?)\\b");
// The last word of a building's or an estate's name ("Telkom Plaza", "Everest Chambers", "Huaqiang Industrial Park").
const QString kBuilding =
    QStringLiteral("(?:Tower|Towers|Plaza|House|Building|Centre|Center|Court|Chambers|Complex|Mall|Estate|Park)");
// How street names end in languages that write the street word into the name ("Industriestraße", "Laserkatu").
const QStringList kStreetEndings{
    QStringLiteral("straße"), QStringLiteral("strasse"), QStringLiteral("gasse"),  QStringLiteral("weg"),
    QStringLiteral("platz"),  QStringLiteral("allee"),   QStringLiteral("ring"),   QStringLiteral("damm"),
    QStringLiteral("ufer"),   QStringLiteral("vej"),     QStringLiteral("gade"),   QStringLiteral("gatan"),
    QStringLiteral("vägen"),  QStringLiteral("veien"),   QStringLiteral("gata"),   QStringLiteral("laan"),
    QStringLiteral("straat"), QStringLiteral("plein"),   QStringLiteral("gracht"), QStringLiteral("kade"),
    QStringLiteral("utca"),   QStringLiteral("ulica"),   QStringLiteral("katu"),   QStringLiteral("tie"),
    QStringLiteral("kuja"),   QStringLiteral("polku"),   QStringLiteral("tänav"),  QStringLiteral("iela"),
    QStringLiteral("gatve"),  QStringLiteral("cesta"),   QStringLiteral("út"),     QStringLiteral("tér"),
    QStringLiteral("körút"),  QStringLiteral("rakpart")};
// The words of a "(?:A|B|…)" alternation spelled as it has them, for WordBeginnings::forEachWord() with
// Qt::CaseSensitive.
patterns::WordBeginnings::WordSet spelledWordsOf(std::initializer_list<QString> alternations)
{
    QList<QByteArray> words;
    for (const QString& alternation : alternations) {
        for (const QString& word : alternation.mid(3, alternation.size() - 4).split(QLatin1Char('|')))
            words.append(word.toLatin1());
    }
    return patterns::WordBeginnings::WordSet(words);
}
bool blank(QChar c)
{
    return c == u' ' || c == u'\t';
}
// Where the `count`-th run of characters other than spaces and tabs before the one `position` is in starts, runs
// apart by spaces or tabs (fewer where they stop). The patterns' words and numbers hold no space or tab and are
// apart by them: a match that ends with a word starts at most so many words before it, and no earlier.
qsizetype runsBefore(const QString& text, qsizetype position, int count)
{
    qsizetype start = position;
    while (start > 0 && !blank(text.at(start - 1)))
        --start;
    for (int k = 0; k < count; ++k) {
        qsizetype j = start;
        while (j > 0 && blank(text.at(j - 1)))
            --j;
        if (j == start || j == 0)
            break;
        while (j > 0 && !blank(text.at(j - 1)))
            --j;
        start = j;
    }
    return start;
}
// Where the `numbered` pattern below can match, [from, to); -1 and -1 where it cannot. Each match is a number, then
// one to three words that start with a capital, all apart by spaces or tabs, and a comma after the last word (over
// spaces or tabs). Read back from each comma: the word before it starts with a capital (any character past ASCII is
// taken for one) and holds no comma, and so may one or two before that, and the number before the first of them
// ends with a digit or with a capital after one; the range runs from 32 characters before the earliest such number
// (more than the longest, "12345-1234-1234A", holds with each digit a surrogate pair) to the latest such comma,
// which its look-ahead reads. (Each comma is read back to the comma before it at most: linear in the text.)
std::pair<qsizetype, qsizetype> numberedRange(const QString& text)
{
    const auto capital = [](QChar c) { return (c >= u'A' && c <= u'Z') || c.unicode() >= 0x80; };
    const auto digit = [](QChar c) { return c.isDigit() || c.isSurrogate(); };
    qsizetype from = -1;
    qsizetype to = -1;
    for (qsizetype comma = text.indexOf(u','); comma >= 0; comma = text.indexOf(u',', comma + 1)) {
        qsizetype k = comma;
        while (k > 0 && blank(text.at(k - 1)))
            --k;
        for (int word = 0; word < 3; ++word) {
            const qsizetype end = k;
            while (k > 0 && !blank(text.at(k - 1)) && text.at(k - 1) != u',')
                --k;
            if (k == end || (k > 0 && text.at(k - 1) == u',') || !capital(text.at(k)))
                break;
            qsizetype j = k;
            while (j > 0 && blank(text.at(j - 1)))
                --j;
            if (j == k || j == 0)
                break;
            if (digit(text.at(j - 1)) ||
                (text.at(j - 1) >= u'A' && text.at(j - 1) <= u'Z' && j > 1 && digit(text.at(j - 2)))) {
                // (Read on: a word that ends with a surrogate pair is taken for a number here, and the number may
                // be further back.)
                const qsizetype number = std::max<qsizetype>(0, j - 32);
                from = from < 0 ? number : std::min(from, number);
                to = comma + 1;
            }
            k = j;
        }
    }
    return {from, to};
}
// Postal codes: "10118", "1100-053", "SW-12345", "185 38" (Greece, Sweden), "93-120" (Poland), "532-0011" (Japan),
// "SW1A 1AA" (United Kingdom), "K1P 5G8" (Canada), "D02 K224" (Ireland).
const QString kPostal = QStringLiteral(
    "(?:^|[ \\t])(?:[A-Z]{2,3}[ \\t]+)?(?:[A-Z]-)?\\d{4,6}(?:-\\d{3,4})?(?:$|[ \\t])|\\b\\d{3}[ \\t]\\d{2}\\b|"
    "(?:^|[ \\t])\\d{2,3}-\\d{3,4}(?:$|[ \\t])|\\b[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}\\b|"
    "\\b[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d\\b|\\b[A-Z]\\d{2}[ \\t][A-Z\\d]{4}\\b|\\b[A-Z]\\d{4}[A-Z]{3}\\b");
// Inside the address: ", Suite 400", ", 4th Floor", ", #20-01", " Unit 3".
const QString kUnit =
    QStringLiteral("(?:(?:,?[ \\t]+|[ \\t]+[–-][ "
                   "\\t]+)(?:(?:Suite|Ste\\.?|Floor|Fl\\.?|Unit|Apt\\.?|Level|Room|Rm\\.?)[ \\t]*#?[\\w-]+|#[\\w-]+|"
                   "\\d+(?:st|nd|rd|th)[ \\t]+Floor|\\d{1,2}\\.?[º°ª]?[ \\t]+(?:andar|piso|planta|étage|etage)|"
                   "(?:Int\\.|Interior|Depto\\.?|Dpto\\.?|Of\\.)[ \\t]*\\d+[A-Za-z]?|%1))*")
        .arg(kUnitWord);

} // namespace

AddressRecognizer::AddressRecognizer(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{}

void AddressRecognizer::find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const
{
    // Number first: "350 Fifth Avenue", "1200 N Lake Shore Dr", "1120 Avenue of the Americas", "12B Admiralty Way"
    static const patterns::Regex numberFirst = addressPattern(
        patterns::kDigitAhead +
        QStringLiteral("(?<![\\w,.-])\\d{1,5}[A-Z]?[ \\t]+(?:(?:[NSEW]|North|South|East|West)\\.?[ \\t]+)?"
                       "(?:(?:%1|\\d+(?:st|nd|rd|th))[ \\t]+){0,4}%2\\b\\.?(?:[ \\t]+of[ \\t]+the[ \\t]+%1)?")
            .arg(kWord, kStreet) +
        kUnit);
    // Street first, then the number: "Industriestraße 22", "Zwickauer Straße 141" (a street word at the end of the
    // street's name) …
    static const patterns::Regex streetWordLast =
        addressPattern(QStringLiteral("(?<![\\w-])(?:%1[ \\t]+)?(?:[\\p{Lu}][\\p{L}-]*(?:%2)|"
                                      "(?:Straße|Strasse|Weg|Platz|Allee|Gasse)|"
                                      // Hungarian writes the street's word apart, in lower case: "Váci út 76"
                                      "[\\p{Lu}][\\p{L}-]*[ \\t]+(?:út|utca|tér|körút|rakpart))[ \\t]+\\d{1,4}"
                                      // the staircase's letter, apart or not: "Hämeenkatu 9 A", "Hauptstraße 5a"
                                      "(?:[ \\t]?[A-Za-z](?![\\w]))?")
                           .arg(kWord, kStreetEndings.join(QLatin1Char('|'))) +
                       kUnit);
    // … or a street word first: "Rua Augusta 120", "Via Roma 3", "ul. Kolejowa 18", "Cra. 43a #1-50", "Str. Fabricii
    // 46", or a Turkish street and its number ("Gazi Caddesi No: 5"). A match starts with a capital, a digit or the
    // "u" of "ul.".
    static const patterns::Regex streetWordFirst = addressPattern(
        QStringLiteral(
            "(?=[A-Zuv\\d\\x{C0}-\\x{10FFFF}])(?<![\\w-])(?:"
            // Turkish: "2. Cadde No: 14", "Atatürk Caddesi No: 5"
            "(?:\\d{1,3}\\.[ \\t]+|%1[ \\t]+)(?:Cadde(?:si)?|Cd\\.|Sokak|Sokağı|Sk\\.|Bulvarı)[ "
            "\\t]+No[:.]?[ \\t]*\\d{1,4}[A-Za-z]?|"
            "(?:Cra\\.|Carrera|Cl\\.|Calle|Kr\\.)[ \\t]+\\d{1,3}[A-Za-z]?(?:[ \\t]*(?:#|No\\.?)[ \\t]*"
            "\\d{1,3}[A-Za-z]?-\\d{1,3})|"
            "(?:Rua|Rue|Calle|Carrer|Via|Viale|Corso|Piazza|Avenida|Av\\.|Paseo|Largo|Praça|"
            "Travessa|Calzada|Jalan|Jl\\.|[Uu]l\\.|[Vv]ul\\.|Blvd\\.|Bulevar|Bd\\.|Bdul\\.|Str\\.|Strada|Calea|"
            "Șos\\.|Sos\\.)(?:[ "
            "\\t]+(?:%1|de|da|do|dos|das|del|dei|della|delle|degli|di|la|le|des)){1,5},?[ "
            "\\t]+(?:(?:nr\\.|No\\.?|n[º°]\\.?)[ \\t]*)?\\d{1,5}[a-zA-Z]?"
            // the side of the city a Mexican street number is on: "Av. Constitución 2050 Pte."
            "(?:[ \\t]+(?:Pte|Ote|Nte|Sur)\\.?(?![\\w]))?)")
            .arg(kWord) +
        kUnit);

    SpanSet found; // the addresses found so far
    const auto add = [&](qsizetype start, qsizetype end) {
        // "3/F Abreeza Corporate Center": the floor before a building's name.
        if (start >= 2 && text.at(start) == u'F' && start + 1 < text.size() && text.at(start + 1) == u' ' &&
            text.at(start - 1) == u'/') {
            qsizetype digits = start - 1;
            while (digits > 0 && start - 1 - digits < 3 && text.at(digits - 1).isDigit())
                --digits;
            if (digits < start - 1 && (digits == 0 || !text.at(digits - 1).isLetterOrNumber()))
                start = digits;
        }
        // "No. 7 Liberation Road": the number's label is part of the address.
        for (const QLatin1String label : {QLatin1String("No. "), QLatin1String("No.")}) {
            if (start >= label.size() && QStringView(text).mid(start - label.size(), label.size()) == label &&
                (start == label.size() || !text.at(start - label.size() - 1).isLetterOrNumber())) {
                start -= label.size();
                break;
            }
        }
        if (!found.overlaps(start, end))
            found.insert(start, end);
        Entity entity;
        entity.type = EntityType::Location;
        entity.start = start;
        entity.end = end;
        entity.value = text.mid(start, end - start);
        entity.confidence = 0.85;
        out.append(entity);
    };
    // Every address but one of a building and a street in a city has a number. A street word at the end of a
    // name is looked for only where a word ending like one comes right before a number: matching from every capital
    // in the text would cost more than all the rest of the address search.
    // Each of these needs a street word: one of kStreet after the number, one of the words written first before
    // the name, a street ending before the number. A text without one is not searched, which spares a match attempt
    // at every digit or capital of most texts.
    // The number first, then the street's word in lower case, as French writes it: "14 rue de la République", "8
    // avenue des Champs-Élysées".
    static const patterns::Regex numberThenStreetWord = addressPattern(
        patterns::kDigitAhead +
        QStringLiteral("(?<![\\w,.-])\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?:rue|avenue|boulevard|bd|place|allée|"
                       "chemin|quai|impasse|cours|route)(?:[ \\t]+(?:%1|des|du|de|la|le|l['’][\\p{L}-]+|"
                       "d['’][\\p{L}-]+)){1,6}")
            .arg(kWord));
    // The street words as the patterns spell them, each a whole word in every match (a space or a tab, or what
    // their look-behinds and \b allow, before them; a space, a tab, a dot or \b after): most texts have a word with
    // the same first letters and length ("way", "close", "via", "training", "all", "could"), few the word itself.
    static const patterns::WordBeginnings::WordSet streetSpelled = spelledWordsOf({kStreet});
    static const patterns::WordBeginnings::WordSet firstSpelled{
        "Cadde",   "Caddesi", "Cd",       "Sokak",   "Soka",   "Sk",    "Bulvar", "Cra",    "Carrera", "Cl",  "Calle",
        "Kr",      "Rua",     "Rue",      "Carrer",  "Via",    "Viale", "Corso",  "Piazza", "Avenida", "Av",  "Paseo",
        "Largo",   "Pra",     "Travessa", "Calzada", "Jalan",  "Jl",    "Ul",     "ul",     "Vul",     "vul", "Blvd",
        "Bulevar", "Bd",      "Bdul",     "Str",     "Strada", "Calea", "os",     "Sos"};
    static const patterns::WordBeginnings::WordSet lowerStreetSpelled{
        "rue", "avenue", "boulevard", "bd", "place", "chemin", "quai", "impasse", "cours", "route"};
    static const patterns::WordBeginnings::WordSet allOfAllee{"all"}; // "allée": "all", then "é"
    // Where a search for a match that holds one of these words may start: `runs` runs of words before the first of
    // them (runsBefore()); -1 where the text has none.
    const auto searchStart = [&](const patterns::WordBeginnings::WordSet& spelled, int runs) {
        qsizetype first = -1;
        words.forEachWord(text, spelled, Qt::CaseSensitive, [&first](qsizetype start, qsizetype) {
            if (first < 0 || start < first)
                first = start;
        });
        return first < 0 ? first : runsBefore(text, first, runs);
    };
    for (const patterns::Regex* pattern : {&numberFirst, &streetWordFirst, &streetWordLast, &numberThenStreetWord}) {
        if (!words.hasDigit())
            break;
        // No match starts before `from`: the search starts there (patterns::globalMatchRange()).
        qsizetype from = 0;
        if (pattern == &numberFirst) // the street word ends the match, after the number, a point of the compass and
            from = searchStart(streetSpelled, 6); // four words at most
        else if (pattern == &streetWordFirst) // the word starts the match, or follows its first ("Atatürk Caddesi")
            from = searchStart(firstSpelled, 1);
        if (from < 0)
            continue;
        if (pattern == &numberThenStreetWord) {
            bool allee = false;
            words.forEachWord(text, allOfAllee, Qt::CaseSensitive, [&](qsizetype, qsizetype end) {
                allee = allee || (end < text.size() && text.at(end) == QChar(0x00E9));
            });
            if (!allee && !words.hasWord(text, lowerStreetSpelled, Qt::CaseSensitive))
                continue;
        }
        if (pattern == &streetWordLast && !streetWordBeforeNumber(text))
            continue;
        for (auto it = patterns::globalMatchRange(*pattern, text, from, text.size()); it.hasNext();) {
            const auto m = it.next();
            add(startWithUnit(text, m.capturedStart()), extendOverTail(text, m.capturedEnd()).end);
        }
    }

    // Without a house number, a street or a building is an address only where the parts around it make one: a
    // building or unit before it and a city after it ("Telkom Plaza, Ralph Bunche Road, Nairobi"), or a postal code
    // after it ("Andheri-Kurla Road, Andheri East, Mumbai 400059"; "5F, Building B, Huaqiang Industrial Park, Futian
    // District, Shenzhen 518031").
    // Found by the street or building word with a comma after it; the name before it is read backwards, one to four
    // capitalized words ("Ralph Bunche Road", "Huaqiang Industrial Park").
    static const patterns::Regex named = addressPattern(
        QStringLiteral("(?=[ABCDEHLMPQRSTW])\\b(?:%1\\b\\.?|%2\\b)(?=[ \\t]*,)").arg(kStreet, kBuilding));
    // A number and a name with no street word, where a postal code follows: "85 Akti Miaouli, 185 38 Piraeus",
    // "3-5-12 Nishinakajima, Yodogawa-ku, Osaka 532-0011".
    static const patterns::Regex numbered = addressPattern(
        patterns::kDigitAhead +
        QStringLiteral("(?<![\\w,.-])\\d{1,5}(?:-\\d{1,4}){0,2}[A-Z]?[ \\t]+(?:%1[ \\t]+){0,2}%1(?=[ \\t]*,)")
            .arg(kWord));
    // Every such address has a comma between its parts.
    if (!text.contains(QLatin1Char(',')))
        return;
    static const patterns::WordBeginnings::WordSet unitFirstWords{"plot",  "lot",    "shop", "unit",     "office",
                                                                  "suite", "godown", "gala", "warehouse"};
    // Each match of `named` is one of its words, spelled so, with a comma after it (over a dot, spaces or tabs):
    // the search runs from the first such word to the comma after the last, and not at all without one.
    static const patterns::WordBeginnings::WordSet namedSpelled = spelledWordsOf({kStreet, kBuilding});
    qsizetype namedFrom = -1;
    qsizetype namedTo = -1;
    words.forEachWord(text, namedSpelled, Qt::CaseSensitive, [&](qsizetype start, qsizetype end) {
        qsizetype k = end;
        if (k < text.size() && text.at(k) == u'.')
            ++k;
        while (k < text.size() && blank(text.at(k)))
            ++k;
        if (k < text.size() && text.at(k) == u',') {
            namedFrom = namedFrom < 0 ? start : std::min(namedFrom, start);
            namedTo = std::max(namedTo, k + 1);
        }
    });
    if (namedFrom >= 0) {
        // A text has a few addresses at most: words inside one found already, and words past the first
        // kAnchors, are not looked at (a text of nothing but "Road, Road, …" stays linear and cheap).
        int anchors = 0;
        for (auto it = patterns::globalMatchRange(named, text, namedFrom, namedTo);
             it.hasNext() && anchors < kAnchors;) {
            const auto m = it.next();
            if (found.contains(m.capturedStart(), m.capturedEnd()))
                continue;
            const qsizetype nameStart = capitalizedWordsBefore(text, m.capturedStart());
            if (nameStart == m.capturedStart())
                continue;
            ++anchors;
            const Tail tail = extendOverTail(text, m.capturedEnd());
            if (!tail.postal && tail.end == m.capturedEnd())
                continue;
            // A building without a postal code needs a unit before it too: "Office 1804, Churchill Tower, Business
            // Bay, Dubai".
            const qsizetype start = startWithUnit(text, nameStart);
            if (tail.postal || start < nameStart)
                add(start, tail.end);
        }
    }
    if (!words.hasDigit())
        return;
    // Searches found by an anchor (a number, a plot or a unit) keep an address only where a postal code comes in
    // its tail; each tries at most kAnchors of its matches. `startOf` says where the address starts, or -1 to pass.
    const auto addWherePostalFollows = [&](patterns::RegexMatchIterator it, const auto& startOf) {
        for (int anchors = 0; it.hasNext() && anchors < kAnchors;) {
            const auto m = it.next();
            if (found.contains(m.capturedStart(), m.capturedEnd()))
                continue;
            const qsizetype start = startOf(m);
            if (start < 0)
                continue;
            ++anchors;
            const Tail tail = extendOverTail(text, m.capturedEnd());
            if (tail.postal)
                add(start, tail.end);
        }
    };
    const auto [numberedFrom, numberedTo] = numberedRange(text);
    addWherePostalFollows(numberedFrom >= 0 ? patterns::globalMatchRange(numbered, text, numberedFrom, numberedTo)
                                            : patterns::noMatches(),
                          [&](const patterns::RegexMatch& m) { return startWithUnit(text, m.capturedStart()); });
    // A plot or a unit first, then a district and a town with its postal code, where no street is named: "Plot 27,
    // MIDC Ranjangaon, Pune 412220", "Plot 22/B, Adamjee EPZ, Siddhirganj, Narayanganj-1431".
    static const patterns::Regex unitFirst =
        addressPattern(QStringLiteral("\\b(?:Plot|Lot|Shop|Unit|Office|Suite|Warehouse|Godown|Gala)[ \\t]+(?:No\\.?[ "
                                      "\\t]*)?\\d{1,4}(?:/[A-Z0-9]{1,3})?"
                                      "[A-Z]?(?=[ \\t]*,)"));
    // (The word spelled as the pattern has it, a whole word: "office" and "unit" in lower case are in many texts.)
    static const patterns::WordBeginnings::WordSet unitFirstSpelled{"Plot",  "Lot",       "Shop",   "Unit", "Office",
                                                                    "Suite", "Warehouse", "Godown", "Gala"};
    addWherePostalFollows(words.any(unitFirstWords) && words.hasWord(text, unitFirstSpelled, Qt::CaseSensitive)
                              ? patterns::globalMatch(unitFirst, text)
                              : patterns::noMatches(),
                          [](const patterns::RegexMatch& m) { return m.capturedStart(); });
    // A name and a number with no street word, then a postal code and a town, as much of Europe writes a street:
    // "Strandkaien 2, 5013 Bergen", "Kneza Miloša 27, 11000 Beograd", "Novozámocká 220, 949 05 Nitra", "Im
    // Neuenheimer Feld 267, 69120 Heidelberg". Found by the number; the name before it is read backwards.
    static const patterns::Regex nameNumber = addressPattern(
        patterns::kDigitAhead + QStringLiteral("(?<![\\w,./-])\\d{1,4}(?:/\\d{1,4})?[A-Za-z]?(?=[ \\t]*,[ "
                                               "\\t]+(?:[A-Z]{1,2}-)?(?:\\d{4,5}|\\d{3}[ \\t]\\d{2}|"
                                               "\\d{2}-\\d{3}|\\d{4}[ \\t][A-Z]{2})[ \\t]+(?<town>\\p{Lu}\\p{Ll}+))"));
    // Looked for only where a comma, a space and a postal code's first digit or letters come: most texts with
    // numbers and commas have none.
    const auto postalAfterComma = [&text] {
        for (qsizetype k = text.indexOf(u','); k >= 0 && k + 2 < text.size(); k = text.indexOf(u',', k + 1)) {
            qsizetype next = k + 1;
            while (next < text.size() && (text.at(next) == u' ' || text.at(next) == u'\t'))
                ++next;
            const auto at = [&text](qsizetype i) { return i < text.size() ? text.at(i) : QChar(); };
            if (next > k + 1 &&
                (at(next).isDigit() ||
                 (at(next).isUpper() && (at(next + 1) == u'-' || (at(next + 1).isUpper() && at(next + 2) == u'-')))))
                return true;
        }
        return false;
    };
    // Each match is a number right before that comma (over spaces or tabs): a digit, or a letter after one, ends it,
    // and the search starts at the run of characters other than spaces and tabs it is in, the earliest such run.
    const auto numberBeforePostal = [&text] {
        const auto digit = [](QChar c) { return c.isDigit() || c.isSurrogate(); };
        const auto ascii = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
        const auto at = [&text](qsizetype i) { return i < text.size() ? text.at(i) : QChar(); };
        for (qsizetype k = text.indexOf(u','); k >= 0; k = text.indexOf(u',', k + 1)) {
            qsizetype next = k + 1;
            while (next < text.size() && blank(text.at(next)))
                ++next;
            if (next == k + 1 ||
                !(digit(at(next)) ||
                  (at(next).isUpper() && (at(next + 1) == u'-' || (at(next + 1).isUpper() && at(next + 2) == u'-')))))
                continue;
            qsizetype end = k;
            while (end > 0 && blank(text.at(end - 1)))
                --end;
            if (end == 0 ||
                !(digit(text.at(end - 1)) || (ascii(text.at(end - 1)) && end > 1 && digit(text.at(end - 2)))))
                continue;
            while (end > 0 && !blank(text.at(end - 1)))
                --end;
            return end;
        }
        return qsizetype(-1);
    };
    const qsizetype nameNumberFrom = postalAfterComma() ? numberBeforePostal() : -1;
    addWherePostalFollows(nameNumberFrom >= 0
                              ? patterns::globalMatchRange(nameNumber, text, nameNumberFrom, text.size())
                              : patterns::noMatches(),
                          [&](const patterns::RegexMatch& m) -> qsizetype {
                              const qsizetype nameStart = capitalizedWordsBefore(text, m.capturedStart());
                              // The town is a place the lists know, or no ordinary word ("Phase 2, 2027 Rollout" is
                              // none).
                              const QString town = m.captured(u"town").toLower();
                              if (nameStart == m.capturedStart() ||
                                  (m_gazetteer.cityPopulation(town) == 0 && m_gazetteer.word(town).isCommon()))
                                  return -1;
                              return startWithUnit(text, nameStart);
                          });
}

bool AddressRecognizer::streetWordBeforeNumber(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 1; i < n; ++i) {
        if (!text.at(i).isDigit() || text.at(i - 1).isDigit())
            continue;
        qsizetype k = i;
        while (k > 0 && (text.at(k - 1) == u' ' || text.at(k - 1) == u'\t'))
            --k;
        if (k == i || k == 0 || !text.at(k - 1).isLetter())
            continue;
        // The seven characters before, case-folded once (as a case-insensitive comparison folds each character),
        // against the endings folded alike.
        static const QStringList foldedEndings = [] {
            QStringList endings;
            for (const QString& ending : kStreetEndings)
                endings.append(ending.toCaseFolded());
            return endings;
        }();
        const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, k - 7), std::min<qsizetype>(k, 7));
        QChar folded[7];
        for (qsizetype c = 0; c < before.size(); ++c)
            folded[c] = before.at(c).toCaseFolded();
        // (Compared here, character by character from the last: most endings differ there already.)
        const qsizetype size = before.size();
        if (std::any_of(foldedEndings.cbegin(), foldedEndings.cend(), [&folded, size](const QString& ending) {
                const qsizetype length = ending.size();
                if (length > size)
                    return false;
                for (qsizetype c = 1; c <= length; ++c) {
                    if (folded[size - c] != ending.at(length - c))
                        return false;
                }
                return true;
            }))
            return true;
    }
    return false;
}

qsizetype AddressRecognizer::capitalizedWordsBefore(const QString& text, qsizetype end)
{
    const auto nameCharacter = [](QChar c) {
        return c.isLetter() || c == u'\'' || c == u'’' || c == u'.' || c == u'-';
    };
    qsizetype start = end;
    for (int words = 0; words < 4; ++words) {
        qsizetype k = start;
        while (k > 0 && (text.at(k - 1) == u' ' || text.at(k - 1) == u'\t'))
            --k;
        if (k == start || k == 0)
            break; // one space or tab at least between words
        qsizetype wordStart = k;
        while (wordStart > 0 && nameCharacter(text.at(wordStart - 1)))
            --wordStart;
        if (wordStart == k || !text.at(wordStart).isUpper() ||
            (wordStart > 0 && (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1) == u'_')))
            break;
        start = wordStart;
    }
    return start;
}

qsizetype AddressRecognizer::startWithUnit(const QString& text, qsizetype start)
{
    // A floor, suite or unit, or a building, written before the street, each followed by a comma: "Level 9, 120
    // Collins Street", "18/F, 33 Canton Road", "Riverside Tower, 280 Albert Street", "Flat B, 9/F, Wing Hing
    // Industrial Building, 14 Hung To Road".
    static const patterns::Regex partBefore = addressPattern(
        QStringLiteral(
            "(?:\\b(?:Level|Floor|Suite|Ste\\.?|Unit|Apt\\.?|Flat|Room|Rm\\.?|Fl\\.?|Office|Lot)[ \\t]*#?[\\w-]+|"
            // "5th Floor"; a Thai house number and its village: "88/12 Moo 4"
            "\\b\\d{1,2}(?:st|nd|rd|th)[ \\t]+Floor|(?<![\\w/])\\d{1,4}(?:/\\d{1,4})?[ \\t]+Moo[ \\t]+\\d{1,2}|"
            "(?:\\b(?:[\\p{Lu}][\\p{L}'’-]*[ \\t]+){1,4}(?:Tower|Towers|Building)(?:[ \\t]+[A-Z])?[ "
            "\\t]+)?\\b\\d{1,3}/?F|"
            "\\b(?:[\\p{Lu}][\\p{L}'’-]*[ \\t]+){1,4}(?:Tower|Towers|Plaza|House|Building|Centre|Center|Court|Chambers|"
            "Complex|Mall|Estate|Park|Bölgesi|Hotel)(?:[ \\t]+\\d{1,2}\\b)?|"
            // a tower named with the word first, as Malaysia and Indonesia write it: "Menara Citibank"
            "\\b(?:Menara|Wisma|Gedung)(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]*){1,3}|\\b%1)"
            // and the district between it and the street: "Plot 30-C, Erandwane, Karve Road"
            "(?:[ \\t]*,[ \\t]*[\\p{Lu}][\\p{L}'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]+){0,2})?[ \\t]*,[ \\t]*$")
            .arg(kUnitWord));
    // Every match ends with a comma and the spaces after it, and holds a word that starts with one of these, no
    // ASCII letter before it, or a floor's "F" after its number ("18/F", "5F"): most windows have neither, and are
    // not searched.
    static const QLatin1String partWords[] = {
        QLatin1String("Level"),    QLatin1String("Floor"),   QLatin1String("Suite"),  QLatin1String("Ste"),
        QLatin1String("Unit"),     QLatin1String("Apt"),     QLatin1String("Flat"),   QLatin1String("Room"),
        QLatin1String("Rm"),       QLatin1String("Fl"),      QLatin1String("Office"), QLatin1String("Lot"),
        QLatin1String("Moo"),      QLatin1String("Tower"),   QLatin1String("Plaza"),  QLatin1String("House"),
        QLatin1String("Building"), QLatin1String("Centre"),  QLatin1String("Center"), QLatin1String("Court"),
        QLatin1String("Chambers"), QLatin1String("Complex"), QLatin1String("Mall"),   QLatin1String("Estate"),
        QLatin1String("Park"),     QLatin1String("Hotel"),   QLatin1String("Menara"), QLatin1String("Wisma"),
        QLatin1String("Gedung"),   QLatin1String("Torre"),   QLatin1String("Piso"),   QLatin1String("Planta"),
        QLatin1String("Andar"),    QLatin1String("Oficina"), QLatin1String("Block"),  QLatin1String("Blk"),
        QLatin1String("Wing"),     QLatin1String("Bldg"),    QLatin1String("Plot"),   QLatin1String("Shop")};
    const auto mayMatch = [](QStringView window) {
        qsizetype end = window.size();
        while (end > 0 && window.at(end - 1).isSpace()) // ("$" matches before a newline at the end too)
            --end;
        if (end == 0 || window.at(end - 1) != u',')
            return false;
        const auto asciiLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
        for (qsizetype i = 0; i < window.size(); ++i) {
            const QChar c = window.at(i);
            if (c < u'A' || c > u'Z' || (i > 0 && asciiLetter(window.at(i - 1))))
                continue;
            if (c == u'F' && i > 0 &&
                (window.at(i - 1) == u'/' || window.at(i - 1).isDigit() || window.at(i - 1).isSurrogate()))
                return true;
            if (c == u'B' && i + 1 < window.size() && window.at(i + 1) == QChar(0x00F6)) // "Bölgesi"
                return true;
            const QStringView rest = window.mid(i);
            if (std::any_of(std::begin(partWords), std::end(partWords),
                            [rest](QLatin1String word) { return rest.startsWith(word); }))
                return true;
        }
        return false;
    };
    for (int parts = 0; parts < 3; ++parts) {
        const qsizetype from = std::max<qsizetype>(0, start - 48);
        if (!mayMatch(QStringView(text).mid(from, start - from)))
            break;
        const auto m = partBefore.match(QStringView(text).mid(from, start - from));
        // A window that starts inside a word would make that word's tail look like a whole one.
        if (!m.hasMatch() || (m.capturedStart() == 0 && from > 0 && text.at(from - 1).isLetterOrNumber()))
            break;
        start = from + m.capturedStart();
    }
    return start;
}

AddressRecognizer::Tail AddressRecognizer::extendOverTail(const QString& text, qsizetype end) const
{
    // After the street come comma-separated parts: districts, a city, a state and a postal code, in the order the
    // country writes them ("Lekki Phase 1, Lagos", "Chicago, IL 60610", "85051 Ingolstadt", "Cairns QLD 4870").
    // The address runs to the last part that is a known place or carries a postal code; parts after that are not
    // part of it.
    static const patterns::Regex part =
        addressPattern(QStringLiteral("[ \\t]*(?:,|[ \\t][–-])[ \\t]*(?<part>(?:[\\p{Lu}\\d][\\p{L}\\d'’./-]*)(?:[ "
                                      "\\t]+(?:[\\p{Lu}\\d][\\p{L}\\d'’./-]*|"
                                      "de|da|do|del|di|la|le|es|el|al|du|des|am|an|aan|op|sur|phố|xã))*)"));
    static const patterns::Regex postal = addressPattern(kPostal);
    static const patterns::Regex postalPart =
        addressPattern(QStringLiteral("\\b(?:[A-Z]{2,3}[ \\t]+)?(?:[A-Z]-)?\\d[\\d -]*\\b"));
    Tail tail{end, false};
    qsizetype position = end;
    // "Rue Harroun Errachid, 40000 Marrakech": the number after the street's comma was the postal code, and the city
    // follows it without a comma.
    qsizetype digits = 0;
    while (digits < 7 && end - digits > 0 && text.at(end - digits - 1).isDigit())
        ++digits;
    if (digits >= 4 && digits <= 6 && end - digits >= 2 && text.at(end - digits - 1) == u' ' &&
        text.at(end - digits - 2) == u',') {
        static const patterns::Regex city =
            addressPattern(QStringLiteral("[ \\t]+[\\p{Lu}][\\p{L}'’-]*(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]*){0,2}"));
        const auto m = city.match(QStringView(text).mid(end, 64), 0, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            tail = {end + m.capturedEnd(), true};
            position = tail.end;
        }
    }
    for (int parts = 0; parts < 5; ++parts) {
        // A window, not the whole text: each match() call checks its whole subject for valid UTF-16, which made
        // long texts quadratic.
        const QStringView window = QStringView(text).mid(position, 160);
        const auto m =
            part.match(window, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        QString words = m.captured(u"part");
        // The day and month, the postal codes and the town's code below each need a digit (\\d, of any script), and
        // most parts have none: they are not matched there.
        const bool partHasDigit =
            std::any_of(words.cbegin(), words.cend(), [](QChar c) { return c.isDigit() || c.isSurrogate(); });
        // A date is no part of an address: "Phase 7 Upgrade, 28 April 2026".
        static const patterns::Regex dayAndMonth = addressPattern(QStringLiteral(
            "\\b\\d{1,2}[ "
            "\\t]+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b"));
        if (partHasDigit && dayAndMonth.match(words).hasMatch())
            break;
        qsizetype partEnd = position + m.capturedEnd();
        // A full stop after a word of three letters or digits or more ends the sentence, and the address ("93-120
        // Łódź. Our …", "SW1A 2AA. We"); one after a shorter word is an abbreviation ("St. Kilda").
        bool sentenceEnds = false;
        for (qsizetype dot = words.indexOf(QLatin1Char('.')); dot >= 0;
             dot = words.indexOf(QLatin1Char('.'), dot + 1)) {
            qsizetype wordStart = dot;
            while (wordStart > 0 && words.at(wordStart - 1).isLetterOrNumber())
                --wordStart;
            // (Not after the abbreviations addresses are written with: "Col. Centro", "Fracc. Las Palmas".)
            static const QStringList abbreviations{
                QStringLiteral("col"),  QStringLiteral("fracc"), QStringLiteral("mah"),  QStringLiteral("cad"),
                QStringLiteral("dist"), QStringLiteral("edif"),  QStringLiteral("bldg"), QStringLiteral("blvd")};
            const QString abbreviation = words.mid(wordStart, dot - wordStart).toLower();
            if (dot - wordStart >= 3 && dot + 1 < words.size() && words.at(dot + 1).isSpace() &&
                !abbreviations.contains(abbreviation)) {
                partEnd -= words.size() - dot;
                words.truncate(dot);
                sentenceEnds = true;
                break;
            }
        }
        while (words.endsWith(QLatin1Char('.')) || words.endsWith(QLatin1Char('/'))) { // the sentence's full stop
            words.chop(1);
            --partEnd;
        }
        // The place name in the part, without a postal code or a state code around it.
        QString name = words;
        if (partHasDigit)
            postalPart.removeFrom(name);
        name.remove(QLatin1Char('/'));
        const QString folded = name.simplified().toLower();
        // A country after the city is a place of its own, not part of the address ("…, 3930 Visp, Switzerland").
        if (!folded.isEmpty() && m_gazetteer.isCountry(folded) && m_gazetteer.cityPopulation(folded) == 0 &&
            !m_gazetteer.isRegion(folded))
            break;
        // Vietnam writes no postal code but names its wards, districts and cities with a word before them, which
        // marks an address as surely as a code: "Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Quận Đống Đa, Hà Nội".
        static const patterns::Regex vietnamese = addressPattern(
            QStringLiteral("^(?:TP\\.|Tp\\.|Thành phố|Tỉnh|Quận|Phường|Huyện|Thị xã|Xã)[ \\t]+[\\p{Lu}\\d]"));
        const auto division = vietnamese.match(words);
        const bool known =
            division.hasMatch() ||
            (!folded.isEmpty() && (m_gazetteer.cityPopulation(folded) > 0 || m_gazetteer.isRegion(folded)));
        // "Dhaka-1212", "Narayanganj-1431": Bangladesh writes the code after the town and a hyphen.
        static const patterns::Regex townHyphenCode = addressPattern(QStringLiteral("^(?<town>[\\p{L} ]+)-\\d{4}$"));
        const auto townCode = partHasDigit ? townHyphenCode.match(words) : patterns::RegexMatch();
        const bool hasPostal =
            (partHasDigit && postal.match(words).hasMatch()) || division.hasMatch() ||
            (townCode.hasMatch() && m_gazetteer.cityPopulation(townCode.captured(u"town").toLower()) > 0);
        const bool afterAccepted = tail.end == position;
        position += m.capturedEnd();
        // A state's abbreviation after the postal code and city: "76090 Querétaro, Qro", "45050 Zapopan, Jal.".
        static const patterns::Regex stateCode = addressPattern(QStringLiteral("^[A-Z][A-Za-z]{1,3}$"));
        // Not a label that a number follows ("…, 80331 München, Tel +49 …").
        qsizetype next = partEnd;
        while (next < text.size() && (text.at(next) == u' ' || text.at(next) == u'\t' || text.at(next) == u'.'))
            ++next;
        const bool labelFollows = next < text.size() && (text.at(next).isDigit() || text.at(next) == u'+' ||
                                                         text.at(next) == u':' || text.at(next) == u'(');
        const bool state = tail.postal && afterAccepted && !labelFollows && stateCode.match(words).hasMatch();
        if (known || hasPostal || state)
            tail = {partEnd, tail.postal || hasPostal};
        if (sentenceEnds)
            break;
    }
    return tail;
}

} // namespace sb
