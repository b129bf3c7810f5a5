#include "extract/MoneyRecognizer.h"

#include "extract/NumberWords.h"
#include "extract/Patterns.h"
#include "extract/Regex.h"
#include "extract/SpanSet.h"

#include <QHash>

#include <cmath>

namespace sb {
namespace {

// Signs written before the amount, longest first so "US$" is not read as "$".
const QList<QPair<QString, QString>>& signs()
{
    static const QList<QPair<QString, QString>> list{
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("AU$"), QStringLiteral("AUD")},
        {QStringLiteral("CA$"), QStringLiteral("CAD")}, {QStringLiteral("NZ$"), QStringLiteral("NZD")},
        {QStringLiteral("HK$"), QStringLiteral("HKD")}, {QStringLiteral("CN¥"), QStringLiteral("CNY")},
        {QStringLiteral("NT$"), QStringLiteral("TWD")}, {QStringLiteral("KSh"), QStringLiteral("KES")},
        {QStringLiteral("Ksh"), QStringLiteral("KES")}, {QStringLiteral("Rs."), QStringLiteral("INR")},
        {QStringLiteral("Rs"), QStringLiteral("INR")},  {QStringLiteral("RM"), QStringLiteral("MYR")},
        {QStringLiteral("Rp"), QStringLiteral("IDR")},  {QStringLiteral("S/"), QStringLiteral("PEN")},
        {QStringLiteral("A$"), QStringLiteral("AUD")},  {QStringLiteral("C$"), QStringLiteral("CAD")},
        {QStringLiteral("S$"), QStringLiteral("SGD")},  {QStringLiteral("R$"), QStringLiteral("BRL")},
        {QStringLiteral("$"), QStringLiteral("USD")},   {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},   {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("₹"), QStringLiteral("INR")},   {QStringLiteral("₦"), QStringLiteral("NGN")},
        {QStringLiteral("₪"), QStringLiteral("ILS")},   {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("₱"), QStringLiteral("PHP")},   {QStringLiteral("₺"), QStringLiteral("TRY")},
        {QStringLiteral("฿"), QStringLiteral("THB")},   {QStringLiteral("₫"), QStringLiteral("VND")},
        {QStringLiteral("₴"), QStringLiteral("UAH")},   {QStringLiteral("₽"), QStringLiteral("RUB")},
        {QStringLiteral("zł"), QStringLiteral("PLN")},  {QStringLiteral("R"), QStringLiteral("ZAR")},
    };
    return list;
}

// Currency words after an amount (singular and plural), with the qualifiers that change the dollar.
const QHash<QString, QString>& currencyWords()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("dollar"), QStringLiteral("USD")},   {QStringLiteral("bucks"), QStringLiteral("USD")},
        {QStringLiteral("euro"), QStringLiteral("EUR")},     {QStringLiteral("pound"), QStringLiteral("GBP")},
        {QStringLiteral("quid"), QStringLiteral("GBP")},     {QStringLiteral("sterling"), QStringLiteral("GBP")},
        {QStringLiteral("yen"), QStringLiteral("JPY")},      {QStringLiteral("yuan"), QStringLiteral("CNY")},
        {QStringLiteral("renminbi"), QStringLiteral("CNY")}, {QStringLiteral("rupee"), QStringLiteral("INR")},
        {QStringLiteral("franc"), QStringLiteral("CHF")},    {QStringLiteral("dirham"), QStringLiteral("AED")},
        {QStringLiteral("riyal"), QStringLiteral("SAR")},    {QStringLiteral("lari"), QStringLiteral("GEL")},
        {QStringLiteral("dong"), QStringLiteral("VND")},     {QStringLiteral("won"), QStringLiteral("KRW")},
        {QStringLiteral("peso"), QStringLiteral("MXN")},     {QStringLiteral("real"), QStringLiteral("BRL")},
        {QStringLiteral("reais"), QStringLiteral("BRL")},    {QStringLiteral("rand"), QStringLiteral("ZAR")},
        {QStringLiteral("naira"), QStringLiteral("NGN")},    {QStringLiteral("shekel"), QStringLiteral("ILS")},
        {QStringLiteral("krona"), QStringLiteral("SEK")},    {QStringLiteral("kronor"), QStringLiteral("SEK")},
        {QStringLiteral("krone"), QStringLiteral("NOK")},    {QStringLiteral("kroner"), QStringLiteral("NOK")},
        {QStringLiteral("zloty"), QStringLiteral("PLN")},    {QStringLiteral("zlotys"), QStringLiteral("PLN")},
        {QStringLiteral("lira"), QStringLiteral("TRY")},     {QStringLiteral("ringgit"), QStringLiteral("MYR")},
        {QStringLiteral("baht"), QStringLiteral("THB")},     {QStringLiteral("cedi"), QStringLiteral("GHS")},
        {QStringLiteral("shilling"), QStringLiteral("KES")}, {QStringLiteral("rupiah"), QStringLiteral("IDR")},
        {QStringLiteral("taka"), QStringLiteral("BDT")},     {QStringLiteral("lei"), QStringLiteral("RON")},
        {QStringLiteral("leu"), QStringLiteral("RON")},      {QStringLiteral("forint"), QStringLiteral("HUF")},
        {QStringLiteral("koruna"), QStringLiteral("CZK")},   {QStringLiteral("hryvnia"), QStringLiteral("UAH")},
        {QStringLiteral("tenge"), QStringLiteral("KZT")},    {QStringLiteral("birr"), QStringLiteral("ETB")},
        {QStringLiteral("kwacha"), QStringLiteral("ZMW")},   {QStringLiteral("quetzal"), QStringLiteral("GTQ")},
        {QStringLiteral("soles"), QStringLiteral("PEN")},    {QStringLiteral("guarani"), QStringLiteral("PYG")},
        {QStringLiteral("rial"), QStringLiteral("OMR")},     {QStringLiteral("dinar"), QStringLiteral("KWD")},
        {QStringLiteral("ruble"), QStringLiteral("RUB")},    {QStringLiteral("rouble"), QStringLiteral("RUB")},
    };
    return table;
}

const QHash<QString, QString>& dollarQualifiers()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("us"), QStringLiteral("USD")},         {QStringLiteral("american"), QStringLiteral("USD")},
        {QStringLiteral("canadian"), QStringLiteral("CAD")},   {QStringLiteral("australian"), QStringLiteral("AUD")},
        {QStringLiteral("aussie"), QStringLiteral("AUD")},     {QStringLiteral("new zealand"), QStringLiteral("NZD")},
        {QStringLiteral("singapore"), QStringLiteral("SGD")},  {QStringLiteral("hong kong"), QStringLiteral("HKD")},
        {QStringLiteral("swiss"), QStringLiteral("CHF")},      {QStringLiteral("mexican"), QStringLiteral("MXN")},
        {QStringLiteral("indian"), QStringLiteral("INR")},     {QStringLiteral("pakistani"), QStringLiteral("PKR")},
        {QStringLiteral("brazilian"), QStringLiteral("BRL")},  {QStringLiteral("south african"), QStringLiteral("ZAR")},
        {QStringLiteral("swedish"), QStringLiteral("SEK")},    {QStringLiteral("norwegian"), QStringLiteral("NOK")},
        {QStringLiteral("danish"), QStringLiteral("DKK")},     {QStringLiteral("turkish"), QStringLiteral("TRY")},
        {QStringLiteral("japanese"), QStringLiteral("JPY")},   {QStringLiteral("chinese"), QStringLiteral("CNY")},
        {QStringLiteral("philippine"), QStringLiteral("PHP")}, {QStringLiteral("egyptian"), QStringLiteral("EGP")},
        {QStringLiteral("kenyan"), QStringLiteral("KES")},     {QStringLiteral("colombian"), QStringLiteral("COP")},
        {QStringLiteral("chilean"), QStringLiteral("CLP")},    {QStringLiteral("argentine"), QStringLiteral("ARS")},
        {QStringLiteral("uae"), QStringLiteral("AED")},        {QStringLiteral("saudi"), QStringLiteral("SAR")},
        {QStringLiteral("qatari"), QStringLiteral("QAR")},     {QStringLiteral("omani"), QStringLiteral("OMR")},
        {QStringLiteral("yemeni"), QStringLiteral("YER")},     {QStringLiteral("iranian"), QStringLiteral("IRR")},
        {QStringLiteral("kuwaiti"), QStringLiteral("KWD")},    {QStringLiteral("bahraini"), QStringLiteral("BHD")},
        {QStringLiteral("jordanian"), QStringLiteral("JOD")},  {QStringLiteral("iraqi"), QStringLiteral("IQD")},
        {QStringLiteral("tunisian"), QStringLiteral("TND")},   {QStringLiteral("algerian"), QStringLiteral("DZD")},
        {QStringLiteral("serbian"), QStringLiteral("RSD")},    {QStringLiteral("moroccan"), QStringLiteral("MAD")},
        {QStringLiteral("ugandan"), QStringLiteral("UGX")},    {QStringLiteral("tanzanian"), QStringLiteral("TZS")},
    };
    return table;
}

double magnitudeOf(QStringView word)
{
    // The pattern's magnitudes are ASCII words.
    const auto is = [word](const char* w) { return word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0; };
    const auto startsWith = [word](const char* w) { return word.startsWith(QLatin1String(w), Qt::CaseInsensitive); };
    if (is("k") || is("thousand") || is("grand"))
        return 1e3;
    // Other languages' words ("juta" and "miliar" in Indonesian, "millones", "milhões", "Mio.", "Mrd."); "mil" is a
    // thousand in Spanish and Portuguese (the caller decides by the currency).
    if (is("ribu") || is("tsd") || is("tsd."))
        return 1e3;
    if (is("m") || is("mn") || is("mm") || is("million") || is("mil") || is("juta") || is("millones") || is("millón") ||
        is("millon") || is("milhões") || is("milhão") || is("millions") || is("mio") || is("mio."))
        return 1e6;
    if (is("b") || is("bn") || is("billion") || is("miliar") || is("milyar") || is("milliard") || is("milliards") ||
        is("mrd") || is("mrd.") || is("bilhões") || is("bilhão"))
        return 1e9;
    if (startsWith("lakh") || startsWith("lac"))
        return 1e5;
    if (startsWith("crore"))
        return 1e7;
    return 1;
}

QString format(double amount)
{
    amount = std::round(amount * 100) / 100;
    QString number = QString::number(amount, 'f', 2);
    if (number.endsWith(QLatin1String(".00")))
        number.chop(3);
    else if (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    return number;
}

patterns::Regex moneyPattern(const QString& pattern)
{
    return patterns::compile(pattern);
}

const QString kNumber =
    QStringLiteral("(?:\\d{1,3}(?: \\d{3})+(?!\\d)|\\d{1,3}(?:[,.’'\\x{00A0}\\x{202F}]\\d{3})+(?:[.,]\\d{1,2})?|"
                   "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d+(?:[.,]\\d+)?)");
const QString kMagnitude =
    QStringLiteral("(?:[kKmMbB](?![a-zA-Z])|mn\\b|MM\\b|bn\\b|[Tt]housand\\b|[Mm]illion\\b|[Bb]illion\\b|lakhs?\\b|"
                   "crores?\\b|[Gg]rand\\b|mil\\b|juta\\b|ribu\\b|mil(?:i|y)ar\\b|mill(?:ones|ón|on)\\b|"
                   "mil(?:hões|hão)\\b|bil(?:hões|hão)\\b|milliards?\\b|millions\\b|Mio\\.|Mrd\\.|Tsd\\.)");
// ISO codes people write in lower case after an amount ("9800 usd"); not those that are also English words ("all",
// "try", "top", "cup").
const QString kLowerCodes = QStringLiteral(
    "usd|eur|gbp|inr|aud|cad|chf|jpy|cny|sgd|hkd|nzd|zar|aed|sar|brl|mxn|pln|sek|nok|dkk|kes|ngn|php|idr|myr|thb|vnd|"
    "krw|huf|czk|ron|egp|pkr|bdt|cop|clp|pen|ars|qar|kwd|omr|bhd|ils|ghs|tzs|ugx|mad|rmb|uah|kzt|lkr|npr|xof|xaf");

} // namespace

MoneyRecognizer::MoneyRecognizer(QSet<QString> currencyCodes)
    : m_codes(std::move(currencyCodes))
{
    m_codes.insert(QStringLiteral("RMB"));
}

std::optional<double> MoneyRecognizer::parseAmount(QStringView digits, bool magnitudeFollows)
{
    QString s = digits.toString();
    s.remove(QChar(0x00A0))
        .remove(QChar(0x202F))
        .remove(QLatin1Char('\''))
        .remove(QChar(0x2019))
        .remove(QLatin1Char(' '));
    const qsizetype lastComma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = s.lastIndexOf(QLatin1Char('.'));
    if (lastComma >= 0 && lastDot >= 0) {
        // Both: the later one is the decimal mark.
        const QChar thousands = lastComma > lastDot ? QLatin1Char('.') : QLatin1Char(',');
        s.remove(thousands);
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (lastComma >= 0) {
        // Commas alone group thousands (or lakhs) unless one comma is followed by one or two digits: "3,5".
        const bool decimal = s.count(QLatin1Char(',')) == 1 && s.size() - lastComma - 1 < 3;
        if (decimal)
            s.replace(QLatin1Char(','), QLatin1Char('.'));
        else
            s.remove(QLatin1Char(','));
    } else if (lastDot >= 0) {
        // Dots alone: several, or one before exactly three digits with no magnitude after, group thousands
        // ("EUR 45.000", "€312.000"); otherwise the dot is decimal ("$1.2M", "$9.99").
        const bool grouping = s.count(QLatin1Char('.')) > 1 || (s.size() - lastDot - 1 == 3 && !magnitudeFollows);
        if (grouping)
            s.remove(QLatin1Char('.'));
    }
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void MoneyRecognizer::find(const QString& text, const patterns::WordBeginnings& beginnings, QList<Entity>& out) const
{
    // sign? number magnitude? (range: –/-/to number magnitude?)? code|word?
    static const QString signAlternation = [] {
        QStringList escaped;
        for (const auto& [sign, code] : signs())
            escaped.append(QRegularExpression::escape(sign));
        return escaped.join(QLatin1Char('|'));
    }();
    // Only the words that qualify a currency ("new zealand dollars"), so an ordinary word is never swallowed.
    static const QString qualifier = [] {
        QStringList keys = dollarQualifiers().keys();
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return QStringLiteral("(?i:%1)").arg(
            keys.join(QLatin1Char('|')).replace(QLatin1Char(' '), QStringLiteral("\\s")));
    }();
    // A match starts with an ISO code's capital, a sign or a digit (patterns::kDigitAhead). A capital starts one
    // only before a second capital (a code, "US$", "RM"), or before what follows it in a sign ("A$", "Ksh", "Rs",
    // "Rp", "S/"), or as the rand's "R" before a space, a tab or the amount's digit; most capitals begin words and
    // fail there, at their second letter, instead of after the look-behind and every sign.
    static const QString startAhead = [] {
        QString first = QStringLiteral("0-9\\x{100}-\\x{10FFFF}");
        QString second = QStringLiteral("A-Z"); // the code's next capital
        for (const auto& [sign, code] : signs()) {
            const QChar c = sign.at(0);
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
                if (sign.size() > 1)
                    second += QRegularExpression::escape(sign.mid(1, 1));
                else // "R", then [ \t]? and the amount's first \d
                    second += QStringLiteral(" \\t\\d");
            } else if (c.unicode() < 0x100) {
                first += QRegularExpression::escape(QStringView(&c, 1));
            }
        }
        return QStringLiteral("(?=[%1]|[A-Z][%2])").arg(first, second);
    }();
    static const patterns::Regex numeric = moneyPattern(
        startAhead +
        QStringLiteral(
            "(?<![\\p{L}\\d$€£¥₹.,])(?:(?<code1>[A-Z]{3})[ \\t]?|(?<sign>%1)[ \\t]?)?(?<n1>%2)(?:[ \\t]?(?<m1>%3))?"
            "(?:[ \\t]?(?:[-–—]|to)[ \\t]?(?<n2>%2)(?:[ \\t]?(?<m2>%3))?)?"
            "(?:[ \\t]?(?<code2>[A-Z]{3}|%5)(?![\\p{L}])|[ \\t]?(?<sign2>[€£₹₦₪₩₱₺฿₫₴₽])|"
            "[ \\t](?<qual>%4[ \\t])?(?<word>[A-Za-z]+))?")
            .arg(signAlternation, kNumber, kMagnitude, qualifier, kLowerCodes));
    static const QString numberWord = numberwords::cardinalPattern();
    static const patterns::Regex spoken = moneyPattern(
        QStringLiteral("(?i)\\b(?<n>(?:a\\s+)?%1(?:(?:\\s+|-)(?:and\\s+|to\\s+)?(?:%1|point))*)\\s+(?<qual>%2\\s)?"
                       "(?<word>[a-z]+)\\b")
            .arg(numberWord, qualifier));

    QList<Entity> found;
    SpanSet taken;
    const auto wordCurrency = [](const QString& qualifierWords, const QString& word) -> QString {
        QString w = word.toLower();
        QString q = qualifierWords.trimmed().toLower();
        if (!currencyWords().contains(w) && w.endsWith(QLatin1Char('s')))
            w.chop(1);
        const QString code = currencyWords().value(w);
        if (code.isEmpty())
            return {};
        // (The words several countries' currencies share: "canadian dollars", "omani rials", "kuwaiti dinars".)
        if (!q.isEmpty() &&
            (w == QLatin1String("dollar") || w == QLatin1String("franc") || w == QLatin1String("peso") ||
             w == QLatin1String("rupee") || w == QLatin1String("pound") || w == QLatin1String("krona") ||
             w == QLatin1String("krone") || w == QLatin1String("rial") || w == QLatin1String("riyal") ||
             w == QLatin1String("dinar") || w == QLatin1String("shilling") || w == QLatin1String("dirham"))) {
            const QString qualified = dollarQualifiers().value(q);
            if (!qualified.isEmpty())
                return qualified;
        }
        return code;
    };

    static const int code1Group = patterns::group(numeric, u"code1");
    static const int signGroup = patterns::group(numeric, u"sign");
    static const int n1Group = patterns::group(numeric, u"n1");
    static const int m1Group = patterns::group(numeric, u"m1");
    static const int n2Group = patterns::group(numeric, u"n2");
    static const int m2Group = patterns::group(numeric, u"m2");
    static const int code2Group = patterns::group(numeric, u"code2");
    static const int qualGroup = patterns::group(numeric, u"qual");
    static const int wordGroup = patterns::group(numeric, u"word");
    static const int sign2Group = patterns::group(numeric, u"sign2");
    static const QHash<QString, QString> codeOfSign = [] {
        QHash<QString, QString> table;
        for (const auto& [signText, signCode] : signs())
            table.insert(signText, signCode);
        return table;
    }();
    // ISO codes people write in lower case before an amount: "pln 85k", "usd 1200".
    static const QSet<QString> lowerCodes = [] {
        QSet<QString> codes;
        for (const QString& c : kLowerCodes.split(QLatin1Char('|')))
            codes.insert(c);
        return codes;
    }();
    // Amounts in figures need a digit; amounts in words a number word (the words themselves, as anyWord() reads
    // them: beginnings such as "for" or "thi" are in nearly every text, "forty" and "thirty" in few).
    static const patterns::WordBeginnings::WordSet cardinals(numberwords::cardinalWords());
    const bool numberWords = beginnings.any(cardinals);
    for (auto it = beginnings.hasDigit() ? patterns::globalMatch(numeric, text) : patterns::noMatches();
         it.hasNext();) {
        const auto m = it.next();
        const QStringView sign = m.capturedView(signGroup);
        const QStringView code1 = m.capturedView(code1Group);
        const QStringView code2 = m.capturedView(code2Group);
        const QStringView word = m.capturedView(wordGroup);
        const QStringView sign2 = m.capturedView(sign2Group);
        // A lower-case code before the amount: "pln 85k".
        QString codeBefore;
        if (sign.isEmpty() && code1.isEmpty() && m.capturedStart() >= 4 &&
            (text.at(m.capturedStart() - 1) == u' ' || text.at(m.capturedStart() - 1) == u'\t') &&
            (m.capturedStart() == 4 || !text.at(m.capturedStart() - 5).isLetterOrNumber())) {
            const QString before = text.mid(m.capturedStart() - 4, 3);
            if (lowerCodes.contains(before))
                codeBefore = before.toUpper();
        }
        if (sign.isEmpty() && code1.isEmpty() && code2.isEmpty() && word.isEmpty() && sign2.isEmpty() &&
            codeBefore.isEmpty())
            continue; // a number with no currency next to it, as most are
        QString code;
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd(n2Group) > 0 ? std::max(m.capturedEnd(n2Group), m.capturedEnd(m2Group))
                                                   : std::max(m.capturedEnd(n1Group), m.capturedEnd(m1Group));
        double confidence = 0.95;
        if (!codeBefore.isEmpty()) {
            code = codeBefore;
            start = m.capturedStart() - 4;
        } else if (!sign.isEmpty()) {
            code = codeOfSign.value(sign.toString());
            if (sign == u"R") // the rand's R is also a letter: only with a magnitude or a large amount
                confidence = 0.7;
        } else if (!code1.isEmpty()) {
            if (!m_codes.contains(code1.toString()))
                start = m.capturedStart(n1Group);
            else
                code = code1.toString();
        }
        // A code after the amount names the currency, also after a sign several currencies use ("$38,500 MXN").
        if ((code.isEmpty() || (!sign.isEmpty() && (sign.endsWith(u'$') || sign == u"¥"))) && !code2.isEmpty() &&
            m_codes.contains(code2.toString().toUpper())) {
            code = code2.toString().toUpper();
            end = m.capturedEnd(code2Group);
        } else if (code.isEmpty() && !sign2.isEmpty()) { // "39€", "1 200 ₽"
            code = codeOfSign.value(sign2.toString());
            end = m.capturedEnd(sign2Group);
        } else if (code.isEmpty() && !word.isEmpty()) {
            code = wordCurrency(m.captured(qualGroup), word.toString());
            if (!code.isEmpty()) {
                end = m.capturedEnd(wordGroup);
                confidence = 0.9;
            }
        }
        if (code.isEmpty())
            continue;
        if (code == QLatin1String("RMB"))
            code = QStringLiteral("CNY");
        const QStringView m1 = m.capturedView(m1Group);
        const QStringView m2 = m.capturedView(m2Group);
        if (m1.compare(u"grand", Qt::CaseInsensitive) == 0 && sign.isEmpty())
            continue;
        const auto amount = parseAmount(m.capturedView(n1Group), !m1.isEmpty() || !m2.isEmpty());
        if (!amount)
            continue;
        // "$40–50k": a magnitude written only after the second number applies to the first as well.
        const QStringView magnitudeWord = m1.isEmpty() ? m2 : m1;
        double magnitude = magnitudeOf(magnitudeWord);
        // "R$ 95 mil", "MXN 120 mil": a thousand where Spanish or Portuguese is spoken.
        static const QSet<QString> thousandMil{QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("ARS"),
                                               QStringLiteral("COP"), QStringLiteral("CLP"), QStringLiteral("PEN"),
                                               QStringLiteral("UYU"), QStringLiteral("PYG"), QStringLiteral("BOB"),
                                               QStringLiteral("CRC"), QStringLiteral("GTQ"), QStringLiteral("DOP")};
        if (magnitudeWord == u"mil" && thousandMil.contains(code))
            magnitude = 1e3;
        // (Cents make it a price whatever the amount: "R 95.00".)
        const QStringView written = m.capturedView(n1Group);
        const bool cents =
            written.size() > 3 && (written.at(written.size() - 3) == u'.' || written.at(written.size() - 3) == u',');
        if (sign == u"R" && magnitude == 1 && *amount < 100 && !cents)
            continue;
        if (taken.overlaps(start, end))
            continue;
        Entity entity = Entity::at(text, EntityType::Financial, start, end, confidence,
                                   format(*amount * magnitude) + QLatin1Char(' ') + code);
        taken.insert(entity.start, entity.end);
        found.append(entity);
    }

    static const int spokenNumberGroup = patterns::group(spoken, u"n");
    static const int spokenQualGroup = patterns::group(spoken, u"qual");
    static const int spokenWordGroup = patterns::group(spoken, u"word");
    // Amounts in words also need a currency word after them, in the singular or with the plural's "s".
    static const patterns::WordBeginnings::WordSet currencyWordSet = [] {
        QStringList words;
        for (auto it = currencyWords().cbegin(); it != currencyWords().cend(); ++it)
            words << it.key() << it.key() + QLatin1Char('s');
        return patterns::WordBeginnings::WordSet(words);
    }();
    // Every match holds number words, whole words as cardinals lists them, and those that make money a currency word
    // after them, a whole word too: the words themselves, not just words with their first letters and length
    // ("done" for "dong", "read" for "real", "shipping" for "shilling", "one" in nearly every text). A match starts
    // at most "a" and a space before its first number word and ends with the word after its last number word (or
    // "point"), at most a space, a qualifier ("south african") and a space after it: the search runs there only.
    static const patterns::WordBeginnings::WordSet cardinalsOrPoint(numberwords::cardinalWords() +
                                                                    QStringList{QStringLiteral("point")});
    const bool spokenPossible = numberWords && beginnings.any(currencyWordSet) &&
                                beginnings.hasWord(text, cardinals, Qt::CaseInsensitive) &&
                                beginnings.hasWord(text, currencyWordSet, Qt::CaseInsensitive);
    const patterns::WordBeginnings::Window spokenWindow =
        spokenPossible ? beginnings.window(text, cardinalsOrPoint, 2, 16) : patterns::WordBeginnings::Window();
    for (auto it = spokenWindow.isEmpty()
                       ? patterns::noMatches()
                       : patterns::globalMatchRange(spoken, text, spokenWindow.start, spokenWindow.end);
         it.hasNext();) {
        const auto m = it.next();
        const QString code = wordCurrency(m.captured(spokenQualGroup), m.captured(spokenWordGroup));
        if (code.isEmpty())
            continue;
        QString words = m.captured(spokenNumberGroup).toLower();
        words.replace(QLatin1Char('-'), QLatin1Char(' '));
        QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "between forty and fifty thousand euros", "two to three million euros": a range joined by "and" or "to"
        // is normalized to its lower bound, with the magnitude of the upper one.
        // ("to" first: "one hundred and fifty to two hundred dollars" has an "and" inside its first number.)
        const bool to = parts.contains(QStringLiteral("to"));
        const qsizetype joint = to ? parts.indexOf(QStringLiteral("to")) : parts.indexOf(QStringLiteral("and"));
        std::optional<double> value;
        if (joint > 0) {
            const QStringList low = parts.mid(0, joint);
            const QStringList high = parts.mid(joint + 1);
            const auto lowValue = numberwords::spokenNumber(low);
            const auto highValue = numberwords::spokenNumber(high);
            double highMagnitude = 1;
            if (!high.isEmpty()) {
                const auto last = numberwords::wordValue(high.last());
                if (last && *last >= 1000)
                    highMagnitude = *last;
            }
            if (lowValue && highValue && *lowValue < (to ? 1000 : 100) && highMagnitude > 1 &&
                *lowValue * highMagnitude <= *highValue)
                value = *lowValue * highMagnitude;
            else if (to && lowValue) // "fifty to sixty dollars": "to" is never inside one number
                value = lowValue;
        }
        if (!value)
            value = numberwords::spokenNumber(parts);
        if (!value || *value <= 0)
            continue;
        const qsizetype start = m.capturedStart(spokenNumberGroup);
        const qsizetype end = m.capturedEnd(spokenWordGroup);
        if (taken.overlaps(start, end))
            continue;
        Entity entity =
            Entity::at(text, EntityType::Financial, start, end, 0.85, format(*value) + QLatin1Char(' ') + code);
        taken.insert(entity.start, entity.end);
        found.append(entity);
    }
    out += found;
}

} // namespace sb
