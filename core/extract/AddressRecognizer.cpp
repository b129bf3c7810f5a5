#include "extract/AddressRecognizer.h"

#include "extract/Gazetteer.h"
#include "extract/Patterns.h"

#include <QRegularExpression>

namespace sb {
namespace {

QRegularExpression addressPattern(const QString& pattern)
{
    return patterns::compile(pattern);
}

const QString kWord = QStringLiteral("[\\p{Lu}][\\p{L}'’.-]*");
const QString kStreet = QStringLiteral(
    "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|"
    "Square|Sq|Terrace|Close|Crescent|Esplanade|Row|Walk|Quay|Wharf|Circle|Plaza|Broadway)");
// Inside the address: ", Suite 400", ", 4th Floor", ", #20-01", " Unit 3".
const QString kUnit = QStringLiteral(
    "(?:,?[ \\t]+(?:(?:Suite|Ste\\.?|Floor|Fl\\.?|Unit|Apt\\.?|Level|Room|Rm\\.?)[ \\t]*#?[\\w-]+|#[\\w-]+|"
    "\\d+(?:st|nd|rd|th)[ \\t]+Floor))*");

} // namespace

AddressRecognizer::AddressRecognizer(const Gazetteer& gazetteer)
    : m_gazetteer(gazetteer)
{}

void AddressRecognizer::find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const
{
    // Number first: "350 Fifth Avenue", "1200 N Lake Shore Dr", "1120 Avenue of the Americas", "12B Admiralty Way"
    static const QRegularExpression numberFirst = addressPattern(
        patterns::kDigitAhead +
        QStringLiteral("(?<![\\w,.-])\\d{1,5}[A-Z]?[ \\t]+(?:(?:[NSEW]|North|South|East|West)\\.?[ \\t]+)?"
                       "(?:(?:%1|\\d+(?:st|nd|rd|th))[ \\t]+){0,4}%2\\b\\.?(?:[ \\t]+of[ \\t]+the[ \\t]+%1)?")
            .arg(kWord, kStreet) +
        kUnit);
    // Street first, then the number: "Industriestraße 22", "Zwickauer Straße 141", "Rua Augusta 120", "Via Roma 3",
    // "ul. Kolejowa 18". Both alternatives start with a capital, or with the "u" of Polish "ul.".
    static const QRegularExpression streetFirst = addressPattern(
        QStringLiteral("(?=[A-Zu\\x{C0}-\\x{10FFFF}])") +
        QStringLiteral(
            "(?:(?<![\\w-])(?:%1[ \\t]+)?(?:[\\p{Lu}][\\p{L}-]*(?:straße|strasse|gasse|weg|platz|allee|ring|damm|"
            "ufer|vej|gade|gatan|vägen|veien|gata|laan|straat|plein|gracht|kade|utca|ulica)|"
            "(?:Straße|Strasse|Weg|Platz|Allee|Gasse))[ \\t]+\\d{1,4}[a-zA-Z]?|"
            "(?<![\\w-])(?:Rua|Rue|Calle|Carrer|Via|Viale|Corso|Piazza|Avenida|Av\\.|Paseo|Largo|Praça|"
            "Travessa|Calzada|Jalan|Jl\\.|[Uu]l\\.|Blvd\\.|Bulevar)(?:[ "
            "\\t]+(?:%1|de|da|do|dos|das|del|di|la|le|des)){1,5},?[ "
            "\\t]+\\d{1,5}[a-zA-Z]?)")
            .arg(kWord) +
        kUnit);

    // Every address has a number.
    if (!words.hasDigit())
        return;
    for (const QRegularExpression* pattern : {&numberFirst, &streetFirst}) {
        for (auto it = patterns::globalMatch(*pattern, text); it.hasNext();) {
            const auto m = it.next();
            Entity entity;
            entity.type = EntityType::Location;
            entity.start = startWithUnit(text, m.capturedStart());
            entity.end = extendOverTail(text, m.capturedEnd());
            entity.value = text.mid(entity.start, entity.end - entity.start);
            entity.confidence = 0.85;
            out.append(entity);
        }
    }
}

qsizetype AddressRecognizer::startWithUnit(const QString& text, qsizetype start)
{
    // A floor, suite or unit, or a building, written before the street, each followed by a comma: "Level 9, 120
    // Collins Street", "18/F, 33 Canton Road", "Riverside Tower, 280 Albert Street", "Flat B, 9/F, Wing Hing
    // Industrial Building, 14 Hung To Road".
    static const QRegularExpression partBefore = addressPattern(QStringLiteral(
        "(?:\\b(?:Level|Floor|Suite|Ste\\.?|Unit|Apt\\.?|Flat|Room|Rm\\.?|Fl\\.?)[ \\t]*#?[\\w-]+|\\b\\d{1,3}/?F|"
        "\\b(?:[\\p{Lu}][\\p{L}'’-]*[ \\t]+){1,4}(?:Tower|Towers|Plaza|House|Building|Centre|Center|Court|Chambers|"
        "Complex|Mall|Estate|Park))[ \\t]*,[ \\t]*$"));
    for (int parts = 0; parts < 3; ++parts) {
        const qsizetype from = std::max<qsizetype>(0, start - 48);
        const auto m = partBefore.match(QStringView(text).mid(from, start - from));
        // A window that starts inside a word would make that word's tail look like a whole one.
        if (!m.hasMatch() || (m.capturedStart() == 0 && from > 0 && text.at(from - 1).isLetterOrNumber()))
            break;
        start = from + m.capturedStart();
    }
    return start;
}

qsizetype AddressRecognizer::extendOverTail(const QString& text, qsizetype end) const
{
    // After the street come comma-separated parts: districts, a city, a state and a postal code, in the order the
    // country writes them ("Lekki Phase 1, Lagos", "Chicago, IL 60610", "85051 Ingolstadt", "Cairns QLD 4870").
    // The address runs to the last part that is a known place or carries a postal code; parts after that are not
    // part of it.
    static const QRegularExpression part =
        addressPattern(QStringLiteral("[ \\t]*(?:,|[ \\t][–-])[ \\t]*(?<part>(?:[\\p{Lu}\\d][\\p{L}\\d'’./-]*)(?:[ "
                                      "\\t]+(?:[\\p{Lu}\\d][\\p{L}\\d'’./-]*|"
                                      "de|da|do|del|di|la|le))*)"));
    static const QRegularExpression postal = addressPattern(QStringLiteral(
        "(?:^|[ \\t])(?:[A-Z]{2,3}[ \\t]+)?(?:[A-Z]-)?\\d{4,6}(?:-\\d{3,4})?(?:$|[ \\t])|\\b\\d{3}[ \\t]\\d{2}\\b"));
    static const QRegularExpression postalPart =
        addressPattern(QStringLiteral("\\b(?:[A-Z]{2,3}[ \\t]+)?(?:[A-Z]-)?\\d[\\d -]*\\b"));
    qsizetype accepted = end;
    qsizetype position = end;
    for (int parts = 0; parts < 5; ++parts) {
        // A window, not the whole text: each match() call checks its whole subject for valid UTF-16, which made
        // long texts quadratic.
        const QStringView window = QStringView(text).mid(position, 160);
        const auto m =
            part.match(window, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        QString words = m.captured(u"part");
        qsizetype partEnd = position + m.capturedEnd();
        while (words.endsWith(QLatin1Char('.')) || words.endsWith(QLatin1Char('/'))) { // the sentence's full stop
            words.chop(1);
            --partEnd;
        }
        // The place name in the part, without a postal code or a state code around it.
        QString name = words;
        name.remove(postalPart).remove(QLatin1Char('/'));
        const QString folded = name.simplified().toLower();
        // A country after the city is a place of its own, not part of the address ("…, 3930 Visp, Switzerland").
        if (!folded.isEmpty() && m_gazetteer.isCountry(folded) && m_gazetteer.cityPopulation(folded) == 0 &&
            !m_gazetteer.isRegion(folded))
            break;
        const bool known =
            !folded.isEmpty() && (m_gazetteer.cityPopulation(folded) > 0 || m_gazetteer.isRegion(folded));
        const bool hasPostal = postal.match(words).hasMatch();
        position += m.capturedEnd();
        if (known || hasPostal)
            accepted = partEnd;
    }
    return accepted;
}

} // namespace sb
