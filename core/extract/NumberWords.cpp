#include "extract/NumberWords.h"

#include <QHash>

namespace sb::numberwords {
namespace {

const QHash<QString, double>& values()
{
    static const QHash<QString, double> table = [] {
        QHash<QString, double> t;
        const char* units[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                               "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                               "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            t.insert(QString::fromLatin1(units[i]), i);
        const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            t.insert(QString::fromLatin1(tens[i]), (i + 2) * 10);
        t.insert(QStringLiteral("a"), 1); // "a hundred", "a million"
        t.insert(QStringLiteral("hundred"), 100);
        t.insert(QStringLiteral("thousand"), 1e3);
        t.insert(QStringLiteral("million"), 1e6);
        t.insert(QStringLiteral("billion"), 1e9);
        t.insert(QStringLiteral("lakh"), 1e5);
        t.insert(QStringLiteral("lakhs"), 1e5);
        t.insert(QStringLiteral("crore"), 1e7);
        t.insert(QStringLiteral("crores"), 1e7);
        return t;
    }();
    return table;
}

const QHash<QString, int>& ordinals()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char* words[] = {"first",     "second",      "third",      "fourth",     "fifth",
                               "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                               "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                               "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < 20; ++i)
            t.insert(QString::fromLatin1(words[i]), i + 1);
        t.insert(QStringLiteral("thirtieth"), 30);
        for (int i = 0; i < 9; ++i) {
            t.insert(QStringLiteral("twenty ") + QString::fromLatin1(words[i]), 21 + i);
            t.insert(QStringLiteral("twenty-") + QString::fromLatin1(words[i]), 21 + i);
        }
        t.insert(QStringLiteral("thirty first"), 31);
        t.insert(QStringLiteral("thirty-first"), 31);
        return t;
    }();
    return table;
}

bool isMultiplier(double value)
{
    return value >= 1000;
}

} // namespace

std::optional<double> wordValue(QStringView word)
{
    const auto it = values().constFind(word.toString().toLower());
    if (it == values().constEnd())
        return std::nullopt;
    return *it;
}

std::optional<int> ordinal(QStringView phrase)
{
    const QString text = phrase.toString().toLower().simplified();
    const auto it = ordinals().constFind(text);
    if (it != ordinals().constEnd())
        return *it;
    // "3rd", "21st", "12th"
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits).isDigit())
        ++digits;
    if (digits == 0 || digits > 2)
        return std::nullopt;
    const QStringView suffix = QStringView(text).mid(digits);
    if (!suffix.isEmpty() && suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
        return std::nullopt;
    const int day = QStringView(text).left(digits).toInt();
    if (day < 1 || day > 31)
        return std::nullopt;
    return day;
}

std::optional<double> spokenNumber(const QStringList& words)
{
    // Totals by the usual scheme: units and tens add up in `group`, "hundred" multiplies the group, and a larger
    // multiplier closes the group into `total`. "point" starts digit-by-digit decimals.
    double total = 0;
    double group = 0;
    bool any = false;
    bool decimals = false;
    double scale = 0.1;
    for (const QString& word : words) {
        if (word == QLatin1String("and"))
            continue;
        if (word == QLatin1String("point")) {
            if (decimals || !any)
                return std::nullopt;
            decimals = true;
            continue;
        }
        const auto value = wordValue(word);
        if (!value)
            return std::nullopt;
        if (decimals && *value < 10) {
            group += *value * scale;
            scale /= 10;
            continue;
        }
        any = true;
        if (*value == 100) {
            group = (group == 0 ? 1 : group) * 100;
        } else if (isMultiplier(*value)) {
            total += (group == 0 ? 1 : group) * *value;
            group = 0;
            decimals = false;
        } else {
            group += *value;
        }
    }
    if (!any)
        return std::nullopt;
    return total + group;
}

std::optional<int> clockHour(QStringView word)
{
    const auto value = wordValue(word);
    if (!value || *value < 1 || *value > 12 || word.compare(u"a", Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return static_cast<int>(*value);
}

const QStringList& cardinalWords()
{
    static const QStringList words{
        QStringLiteral("zero"),
        QStringLiteral("one"),
        QStringLiteral("two"),
        QStringLiteral("three"),
        QStringLiteral("four"),
        QStringLiteral("five"),
        QStringLiteral("six"),
        QStringLiteral("seven"),
        QStringLiteral("eight"),
        QStringLiteral("nine"),
        QStringLiteral("ten"),
        QStringLiteral("eleven"),
        QStringLiteral("twelve"),
        QStringLiteral("thirteen"),
        QStringLiteral("fourteen"),
        QStringLiteral("fifteen"),
        QStringLiteral("sixteen"),
        QStringLiteral("seventeen"),
        QStringLiteral("eighteen"),
        QStringLiteral("nineteen"),
        QStringLiteral("twenty"),
        QStringLiteral("thirty"),
        QStringLiteral("forty"),
        QStringLiteral("fifty"),
        QStringLiteral("sixty"),
        QStringLiteral("seventy"),
        QStringLiteral("eighty"),
        QStringLiteral("ninety"),
        QStringLiteral("hundred"),
        QStringLiteral("thousand"),
        QStringLiteral("million"),
        QStringLiteral("billion"),
        // The plural first, as a greedy "s?" would try it.
        QStringLiteral("lakhs"),
        QStringLiteral("lakh"),
        QStringLiteral("crores"),
        QStringLiteral("crore"),
    };
    return words;
}

QString cardinalPattern()
{
    return QStringLiteral("(?:%1)").arg(cardinalWords().join(QLatin1Char('|')));
}

const QStringList& ordinalWords()
{
    static const QStringList words{
        QStringLiteral("first"),      QStringLiteral("second"),      QStringLiteral("third"),
        QStringLiteral("fourth"),     QStringLiteral("fifth"),       QStringLiteral("sixth"),
        QStringLiteral("seventh"),    QStringLiteral("eighth"),      QStringLiteral("ninth"),
        QStringLiteral("tenth"),      QStringLiteral("eleventh"),    QStringLiteral("twelfth"),
        QStringLiteral("thirteenth"), QStringLiteral("fourteenth"),  QStringLiteral("fifteenth"),
        QStringLiteral("sixteenth"),  QStringLiteral("seventeenth"), QStringLiteral("eighteenth"),
        QStringLiteral("nineteenth"), QStringLiteral("twentieth"),   QStringLiteral("thirtieth"),
    };
    return words;
}

QString ordinalPattern()
{
    // The first nine also follow "twenty" and "thirty".
    const QString units = QStringLiteral("(?:%1)").arg(ordinalWords().mid(0, 9).join(QLatin1Char('|')));
    return QStringLiteral("(?:(?:twenty|thirty)[ -]%1|%2|%1)").arg(units, ordinalWords().mid(9).join(QLatin1Char('|')));
}

const QStringList& hourWords()
{
    static const QStringList words = cardinalWords().mid(1, 12); // "one" … "twelve"
    return words;
}

QString hourWordPattern()
{
    return QStringLiteral("(?:%1)").arg(hourWords().join(QLatin1Char('|')));
}

} // namespace sb::numberwords
