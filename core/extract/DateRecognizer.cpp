#include "extract/DateRecognizer.h"

#include "extract/NumberWords.h"
#include "extract/Patterns.h"
#include "extract/Regex.h"
#include "extract/SpanSet.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace sb {
namespace dates {

QDate nextWeekday(const QDate& reference, int weekday)
{
    int ahead = (weekday - reference.dayOfWeek() + 7) % 7;
    return reference.addDays(ahead == 0 ? 7 : ahead);
}

QDate thisWeekday(const QDate& reference, int weekday)
{
    return reference.dayOfWeek() == weekday ? reference : nextWeekday(reference, weekday);
}

QDate nextWeekWeekday(const QDate& reference, int weekday)
{
    const QDate nextMonday = reference.addDays(8 - reference.dayOfWeek());
    QDate candidate = nextWeekday(reference, weekday);
    while (candidate < nextMonday)
        candidate = candidate.addDays(7);
    return candidate;
}

QDate nearestYear(const QDate& reference, int month, int day)
{
    QDate best;
    qint64 bestDistance = 0;
    for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (!candidate.isValid())
            continue;
        const qint64 distance = std::llabs(reference.daysTo(candidate));
        if (!best.isValid() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QDate nearestDayOfMonth(const QDate& reference, int day, int weekday)
{
    QDate best;
    qint64 bestDistance = 0;
    bool bestAgrees = false;
    for (int offset = -1; offset <= 1; ++offset) {
        const QDate month = QDate(reference.year(), reference.month(), 1).addMonths(offset);
        const QDate candidate(month.year(), month.month(), day);
        if (!candidate.isValid())
            continue;
        const qint64 distance = std::llabs(reference.daysTo(candidate));
        const bool agrees = weekday == 0 || candidate.dayOfWeek() == weekday;
        // A weekday written with it ("Tuesday the 17th") picks the month where they agree.
        if (!best.isValid() || (agrees && !bestAgrees) || (agrees == bestAgrees && distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
            bestAgrees = agrees;
        }
    }
    return best;
}

} // namespace dates

namespace {

using numberwords::ordinal;

// A dot only after an abbreviation ("Fri."): in "sign Friday." it ends the sentence.
const QString kWeekday = QStringLiteral(
    "(?:mon(?:day|\\.)?|tue(?:s(?:day|\\.)?|\\.)?|wed(?:s\\.?|nesday|\\.)?|thu(?:r(?:s(?:day|\\.)?|\\.)?|\\.)?|"
    "fri(?:day|\\.)?|sat(?:urday|\\.)?|sun(?:day|\\.)?)");
// A dot only after an abbreviation: in "moved to 1 June." it ends the sentence.
const QString kMonth =
    QStringLiteral("(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|"
                   "jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|"
                   "nov(?:ember|\\.)?|dec(?:ember|\\.)?)");
const QString kDayNumber = QStringLiteral("(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?");

// 1 (Monday) to 7 for a weekday's name or abbreviation, with or without its dot ("Wed", "thurs", "Fri."); 0 for any
// other word, also one that starts like a weekday ("monthly").
int weekdayNumber(QStringView word)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("mon"), 1},      {QStringLiteral("monday"), 1},    {QStringLiteral("tue"), 2},
        {QStringLiteral("tues"), 2},     {QStringLiteral("tuesday"), 2},   {QStringLiteral("wed"), 3},
        {QStringLiteral("weds"), 3},     {QStringLiteral("wednesday"), 3}, {QStringLiteral("thu"), 4},
        {QStringLiteral("thur"), 4},     {QStringLiteral("thurs"), 4},     {QStringLiteral("thursday"), 4},
        {QStringLiteral("fri"), 5},      {QStringLiteral("friday"), 5},    {QStringLiteral("sat"), 6},
        {QStringLiteral("saturday"), 6}, {QStringLiteral("sun"), 7},       {QStringLiteral("sunday"), 7}};
    if (word.endsWith(u'.'))
        word.chop(1);
    return numbers.value(word.toString().toLower(), 0);
}

int monthNumber(QStringView word)
{
    const QString w = word.toString().toLower();
    static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (w.startsWith(QLatin1String(names[i])))
            return i + 1;
    }
    return 0;
}

int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    return digits.size() <= 2 ? 2000 + year : year;
}

// The numbers of the named groups (patterns::group), -1 for those a pattern does not have.
struct Groups
{
    explicit Groups(const patterns::Regex& regex)
        : wd(patterns::group(regex, u"wd"))
        , mon(patterns::group(regex, u"mon"))
        , day(patterns::group(regex, u"day"))
        , year(patterns::group(regex, u"year"))
        , next(patterns::group(regex, u"next"))
        , rel(patterns::group(regex, u"rel"))
        , mod(patterns::group(regex, u"mod"))
        , a(patterns::group(regex, u"a"))
        , b(patterns::group(regex, u"b"))
        , y(patterns::group(regex, u"y"))
        , m(patterns::group(regex, u"m"))
        , d(patterns::group(regex, u"d"))
    {}
    int wd, mon, day, year, next, rel, mod, a, b, y, m, d;
};

struct Pattern
{
    Pattern(patterns::Regex regex_, double confidence_)
        : regex(std::move(regex_))
        , confidence(confidence_)
        , groups(regex)
    {}
    patterns::Regex regex;
    double confidence;
    Groups groups;
};

patterns::Regex datePattern(const QString& pattern)
{
    return patterns::compile(pattern, patterns::Case::Insensitive);
}

// Groups: wd (weekday), mon (month), day (number or ordinal words), year; rel (relative word), mod (next/this).
const std::vector<Pattern>& datePatterns()
{
    static const std::vector<Pattern> list = [] {
        const QString day = QStringLiteral("(?<day>%1|%2)").arg(kDayNumber, numberwords::ordinalPattern());
        const QString weekdayLead = QStringLiteral("(?:(?<wd>%1),?\\s+)?").arg(kWeekday);
        const QString year = QStringLiteral("(?:,?\\s+(?<year>(?:19|20)\\d{2}))?");
        const QString left = QStringLiteral("(?<![\\w/.-])");
        const QString right = QStringLiteral("(?![\\w/-]|[.:]\\d)"); // not "May 10:30", a time after a month
        std::vector<Pattern> p;
        // "March 3rd, 2026", "Tuesday, April 8", "may fourth", "june the first"
        // (Month and day on one line: in "moved to 1 June.\n3. Next meeting" the 3 numbers a list.)
        p.push_back({datePattern(left + weekdayLead + QStringLiteral("(?<mon>%1)[ \\t]+(?:the[ \\t]+)?").arg(kMonth) +
                                 day + year + right),
                     0.95});
        // "15 September", "the 4th of December", "Thu 12 Mar 2026", "the fifth of january"
        p.push_back({datePattern(left + weekdayLead + QStringLiteral("(?:the\\s+)?") + day +
                                 QStringLiteral("\\s+(?:of\\s+)?(?<mon>%1)").arg(kMonth) + year + right),
                     0.95});
        // "Monday 8/24", "fri 6/26"
        p.push_back(
            {datePattern(left +
                         QStringLiteral("(?<wd>%1),?\\s+(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{2}|\\d{4}))?")
                             .arg(kWeekday) +
                         right),
             0.95});
        // "Tuesday the 17th", "the 28th", "the twentieth" (digits need their suffix here: "the 5" is a count)
        p.push_back({datePattern(left + QStringLiteral("(?:(?<wd>%1)\\s+)?the\\s+").arg(kWeekday) +
                                 QStringLiteral("(?<day>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)|%1)")
                                     .arg(numberwords::ordinalPattern()) +
                                 right + QStringLiteral("(?:\\s+(?<next>[\\p{L}'’]+))?")),
                     0.85});
        // "the day after tomorrow", "tomorrow", "tmrw", "today", "yesterday"
        p.push_back({datePattern(left +
                                 QStringLiteral("(?<rel>(?:the\\s+)?day\\s+after\\s+tomorrow|today|tomorrow|tmrw|tmr|"
                                                "tomorow|yesterday)") +
                                 right),
                     0.95});
        // "next Tuesday", "this Friday", "Friday", "thurs"
        p.push_back({datePattern(left + QStringLiteral("(?:(?<mod>next|this|coming)\\s+)?(?<wd>%1)").arg(kWeekday) +
                                 QStringLiteral("(?!\\w|['’](?!s\\b)\\w)")),
                     0.9});
        // ISO 2026-08-31
        p.push_back({datePattern(QStringLiteral(
                         "(?<![\\w/.-])(?<y>(?:19|20)\\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\w/"
                         "-]|\\.\\d)")),
                     0.98});
        // 12/01/2026, 3/22, 25/11/2026
        p.push_back(
            {datePattern(
                 patterns::kDigitAhead +
                 QStringLiteral(
                     "(?<![\\w/.:-])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\w/-]|\\.\\d|:)")),
             0.85});
        // 19.11.2026, 30.09
        p.push_back(
            {datePattern(
                 patterns::kDigitAhead +
                 QStringLiteral(
                     "(?<![\\w/.:,-])(?<a>\\d{1,2})\\.(?<b>\\d{2})(?:\\.(?<year>\\d{4}|\\d{2}))?(?![\\w/-]|[.,]\\d)")),
             0.85});
        // "30th" without "the": only where the words around it make it a day, or after a weekday ("Wed 5th"; see
        // find()).
        p.push_back({datePattern(patterns::kDigitAhead +
                                 QStringLiteral("(?<![\\w/.:,-])(?<day>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))") +
                                 right + QStringLiteral("(?:\\s+(?<next>[\\p{L}'’]+))?")),
                     0.8});
        return p;
    }();
    return list;
}

// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes it, without its general formatting: nearly every text has a
// date to write.
QString isoDate(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    QString result(10, Qt::Uninitialized);
    QChar* out = result.data();
    const auto digits = [&out](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += count;
    };
    digits(year, 4);
    *out++ = u'-';
    digits(month, 2);
    *out++ = u'-';
    digits(day, 2);
    return result;
}

// The day a match names, or an invalid date when it names none.
QDate resolve(const patterns::RegexMatch& m, const Groups& g, const QDate& reference, int patternIndex)
{
    const int weekday = m.capturedView(g.wd).isEmpty() ? 0 : weekdayNumber(m.capturedView(g.wd));
    switch (patternIndex) {
    case 0:
    case 1: {
        const auto day = ordinal(m.capturedView(g.day));
        const int month = monthNumber(m.capturedView(g.mon));
        if (!day || month == 0)
            return {};
        if (!m.capturedView(g.year).isEmpty())
            return QDate(m.capturedView(g.year).toInt(), month, *day);
        return dates::nearestYear(reference, month, *day);
    }
    case 2:
    case 7: {
        const int a = m.capturedView(g.a).toInt();
        const int b = m.capturedView(g.b).toInt();
        const QStringView yearText = m.capturedView(g.year);
        // US month/day unless the first number cannot be a month (GUIDELINES: "25/11/2026").
        const int month = a > 12 ? b : a;
        const int day = a > 12 ? a : b;
        if (yearText.isEmpty()) {
            if (patternIndex == 7 && a > 12 && b > 12)
                return {};
            return dates::nearestYear(reference, month, day);
        }
        return QDate(fullYear(yearText), month, day);
    }
    case 3:
    case 9: {
        const auto day = ordinal(m.capturedView(g.day));
        if (!day)
            return {};
        return dates::nearestDayOfMonth(reference, *day, weekday);
    }
    case 4: {
        const QString rel = m.captured(g.rel).toLower();
        if (rel.contains(QLatin1String("after")))
            return reference.addDays(2);
        if (rel == QLatin1String("today"))
            return reference;
        if (rel == QLatin1String("yesterday"))
            return reference.addDays(-1);
        return reference.addDays(1);
    }
    case 5: {
        const QString mod = m.captured(g.mod).toLower();
        if (mod == QLatin1String("next"))
            return dates::nextWeekWeekday(reference, weekday);
        if (mod == QLatin1String("this"))
            return dates::thisWeekday(reference, weekday);
        return dates::nextWeekday(reference, weekday);
    }
    case 6:
        return QDate(m.capturedView(g.y).toInt(), m.capturedView(g.m).toInt(), m.capturedView(g.d).toInt());
    case 8: {
        const int day = m.capturedView(g.a).toInt();
        const int month = m.capturedView(g.b).toInt();
        if (m.capturedView(g.year).isEmpty())
            return dates::nearestYear(reference, month, day);
        return QDate(fullYear(m.capturedView(g.year)), month, day);
    }
    }
    return {};
}

// Whether the word right before `start` names what the number after it numbers: "Room 4.12", "Section 3/4".
bool designatorBefore(const QString& text, qsizetype start)
{
    static const QSet<QString> words{
        QStringLiteral("room"),     QStringLiteral("rm"),      QStringLiteral("gate"),     QStringLiteral("section"),
        QStringLiteral("version"),  QStringLiteral("v"),       QStringLiteral("ver"),      QStringLiteral("rev"),
        QStringLiteral("release"),  QStringLiteral("chapter"), QStringLiteral("clause"),   QStringLiteral("item"),
        QStringLiteral("floor"),    QStringLiteral("level"),   QStringLiteral("suite"),    QStringLiteral("unit"),
        QStringLiteral("appendix"), QStringLiteral("annex"),   QStringLiteral("table"),    QStringLiteral("figure"),
        QStringLiteral("step"),     QStringLiteral("article"), QStringLiteral("paragraph")};
    return words.contains(patterns::wordBefore(text, start, u" .:").toString().toLower());
}

// Whether the word before `start` (one space between) puts a day after it: "on 30th", "by 15th".
bool dayWordBefore(const QString& text, qsizetype start)
{
    const QStringView word = patterns::wordBefore(text, start);
    for (const char* w : {"on", "by", "until", "till", "before", "after", "from", "due", "for"}) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether a capitalized word follows position `end` after one space: "Sun| Pharma".
bool nameContinues(const QString& text, qsizetype end)
{
    return end + 1 < text.size() && text.at(end) == u' ' && text.at(end + 1).isUpper() &&
           (end + 2 >= text.size() || text.at(end + 2).isLower());
}

// Words that look like a weekday abbreviation but are more often something else when written in lower case.
bool ambiguousWeekday(QStringView value)
{
    const QString w = value.toString().toLower();
    return w == QLatin1String("sat") || w == QLatin1String("sun") || w == QLatin1String("mar");
}

} // namespace

void DateRecognizer::find(const QString& text, const patterns::WordBeginnings& words, const QDate& reference,
                          QList<Entity>& out) const
{
    SpanSet taken;
    const auto& list = datePatterns();
    // Patterns that need a word or a character the text does not have are not run.
    // The patterns with a month or a weekday in every match run only around those words (WordBeginnings::window):
    // a weekday and a comma can come before a month ("Wednesday, March 3"), and before the month of "the
    // twenty-seventh of March" as well; "next", "this" or "coming" before a weekday; after a month its day and year
    // ("March the twenty-seventh, 2026"), after a weekday a numeric date ("Monday 8/24/2026").
    static const patterns::WordBeginnings::WordSet monthWords{
        "jan",  "january",   "feb",  "february", "mar",  "march",    "apr",    "april",
        "may",  "jun",       "june", "jul",      "july", "aug",      "august", "sep",
        "sept", "september", "oct",  "october",  "nov",  "november", "dec",    "december"};
    static const patterns::WordBeginnings::WordSet weekdayWords{
        "mon",  "monday", "tue",      "tues", "tuesday", "wed", "weds",     "wednesday", "thu",
        "thur", "thurs",  "thursday", "fri",  "friday",  "sat", "saturday", "sun",       "sunday"};
    const auto weekdayWindow = [&](qsizetype before, qsizetype after) {
        return words.window(text, weekdayWords, before, after);
    };
    // A day as an ordinal: its suffix after the digits ("28th" has the word "th") or its word ("twenty-first").
    static const patterns::WordBeginnings::WordSet suffixWords{"st", "nd", "rd", "th"};
    static const patterns::WordBeginnings::WordSet ordinalWords(
        QStringList{QStringLiteral("st"), QStringLiteral("nd"), QStringLiteral("rd"), QStringLiteral("th")} +
        numberwords::ordinalWords());
    using Window = patterns::WordBeginnings::Window;
    // The month names the first two patterns hold, whole words, where their day can be: after the month in the first
    // ("March 3rd", "may fourth", "June the first": [ \t]+, then a digit or the first letter of "the" or of an
    // ordinal's word, first … thirtieth), before it in the second ("15 September", "the 4th of December": a digit or
    // the "st", "nd", "rd" or "th" that ends every ordinal, then white space and "of"). A text names months in other
    // places too ("may", "march" as words, "in March"), and its windows span from the first to the last month named.
    const auto letterAt = [&text](qsizetype i) {
        return i >= 0 && i < text.size() ? patterns::foldedLetter(text.at(i)) : char16_t(0);
    };
    const auto asciiDigitAt = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9';
    };
    const auto dayAfter = [&](qsizetype end) {
        qsizetype k = end;
        if (k < text.size() && text.at(k) == u'.') // "Sept. 3"
            ++k;
        const qsizetype spaces = k;
        while (k < text.size() && (text.at(k) == u' ' || text.at(k) == u'\t'))
            ++k;
        return k > spaces && (asciiDigitAt(k) || QStringView(u"fsten").contains(QChar(letterAt(k))));
    };
    const auto dayEndsAt = [&](qsizetype end) {
        if (asciiDigitAt(end - 1))
            return true;
        const char16_t a = letterAt(end - 2);
        const char16_t b = letterAt(end - 1);
        return (a == u's' && b == u't') || (a == u'n' && b == u'd') || (a == u'r' && b == u'd') ||
               (a == u't' && b == u'h');
    };
    const auto spaceBefore = [&text](qsizetype k) {
        while (k > 0 && patterns::isRegexSpace(text.at(k - 1)))
            --k;
        return k;
    };
    const auto dayBefore = [&](qsizetype start) {
        const qsizetype k = spaceBefore(start);
        if (k == start)
            return false;
        if (dayEndsAt(k))
            return true;
        // "of" between them, apart from the day by white space as well
        return k >= 3 && letterAt(k - 2) == u'o' && letterAt(k - 1) == u'f' && patterns::isRegexSpace(text.at(k - 3)) &&
               dayEndsAt(spaceBefore(k - 2));
    };
    qsizetype monthDayFirst = -1;
    qsizetype monthDayLast = -1;
    qsizetype dayMonthFirst = -1;
    qsizetype dayMonthLast = -1;
    if (words.any(monthWords)) {
        words.forEachWord(text, monthWords, Qt::CaseInsensitive, [&](qsizetype start, qsizetype end) {
            if (dayAfter(end)) {
                monthDayFirst = monthDayFirst < 0 ? start : std::min(monthDayFirst, start);
                monthDayLast = std::max(monthDayLast, end);
            }
            if (dayBefore(start)) {
                dayMonthFirst = dayMonthFirst < 0 ? start : std::min(dayMonthFirst, start);
                dayMonthLast = std::max(dayMonthLast, end);
            }
        });
    }
    const auto around = [&text](qsizetype first, qsizetype last, qsizetype before, qsizetype after) {
        return first < 0 ? Window() : patterns::WordBeginnings::around(text, first, last, before, after);
    };
    // The patterns with a separator between digits hold one with a digit before it and one or two after it
    // (patterns::digitsAround()), and reach a few characters before the first such and after the last (a \d may be
    // a surrogate pair: two each), the look-aheads' included: they are searched there only.
    const auto aroundSeparators = [&text](char16_t separator, int after, qsizetype before, qsizetype reach) {
        const patterns::Span span = patterns::digitsAroundSpan(text, separator, after);
        return span.isEmpty()
                   ? Window()
                   : Window{std::max<qsizetype>(0, span.first - before), std::min(text.size(), span.last + reach)};
    };
    // "today", "tomorrow" … whole words in every match, "the day after" at most 14 characters before them.
    static const patterns::WordBeginnings::WordSet relativeWords{"today", "tomorrow", "tmrw",
                                                                 "tmr",   "tomorow",  "yesterday"};
    const bool digits = words.hasDigit();
    // The text searched for each pattern: no match starts before `start` or reaches `end`, and its look-aheads read
    // nothing from `end` on (patterns::globalMatchRange(); the windows of WordBeginnings::window() are such ranges).
    const Window windows[] = {
        around(monthDayFirst, monthDayLast, 16, 40), around(dayMonthFirst, dayMonthLast, 48, 16), weekdayWindow(4, 24),
        // a weekday and "the" before the ordinal
        words.window(text, ordinalWords, 24, 4), words.window(text, relativeWords, 16, 2), weekdayWindow(12, 4),
        digits ? aroundSeparators(u'-', 2, 8, 20) : Window(), digits ? aroundSeparators(u'/', 1, 4, 20) : Window(),
        digits ? aroundSeparators(u'.', 2, 4, 20) : Window(), words.window(text, suffixWords, 4, 4)};
    const bool weekdays = !windows[2].isEmpty();
    const bool possible[] = {!windows[0].isEmpty(),
                             !windows[1].isEmpty(),
                             weekdays && digits && patterns::digitsAround(text, u'/', 1),
                             !windows[3].isEmpty() && words.anyWord({"the"}),
                             words.any({"tod", "tom", "tmr", "yes"}) && !windows[4].isEmpty(),
                             weekdays,
                             !windows[6].isEmpty(),
                             !windows[7].isEmpty(),
                             !windows[8].isEmpty(),
                             digits && !windows[9].isEmpty()};
    static_assert(std::size(possible) == 10, "one flag per date pattern");
    Q_ASSERT(list.size() == std::size(possible));
    // A day in digits after a weekday ("Wed 5th") is read before the weekday alone.
    for (const int index : {0, 1, 2, 3, 9, 4, 5, 6, 7, 8}) {
        if (!possible[index])
            continue;
        for (auto it = patterns::globalMatchRange(list[index].regex, text, windows[index].start, windows[index].end);
             it.hasNext();) {
            const patterns::RegexMatch m = it.next();
            const Groups& g = list[index].groups;
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            if (taken.overlaps(start, end)) // earlier patterns are the longer, more specific forms
                continue;
            const QStringView value = m.capturedView();
            // "sun", "sat" in lower case are words; "Sun Pharma", "Mar Vista" are names: a capitalized word right
            // after makes the abbreviation part of one.
            if (index == 5 && m.capturedView(g.mod).isEmpty() && ambiguousWeekday(value) &&
                (value.at(0).isLower() || (!value.endsWith(u'.') && nameContinues(text, end))))
                continue;
            // "24/7" and fractions are not days; a lone "1/2" neither.
            if (index == 7 && (value == u"24/7" || m.capturedView(g.b).toInt() == 0))
                continue;
            // A number after a word that designates a room, a section or a version is none: "Room 4.12", "v2.10".
            if ((index == 7 || index == 8) && designatorBefore(text, start))
                continue;
            // "the first meeting", "the 5th floor": an ordinal followed by a noun counts things, not days. The word
            // after is only looked at; the span ends with the day.
            qsizetype matchEnd = end;
            if (index == 3 || index == 9) {
                static const QSet<QString> followers{
                    QStringLiteral("at"),      QStringLiteral("and"),     QStringLiteral("or"),
                    QStringLiteral("to"),      QStringLiteral("then"),    QStringLiteral("works"),
                    QStringLiteral("is"),      QStringLiteral("would"),   QStringLiteral("if"),
                    QStringLiteral("please"),  QStringLiteral("pls"),     QStringLiteral("for"),
                    QStringLiteral("in"),      QStringLiteral("on"),      QStringLiteral("we"),
                    QStringLiteral("i"),       QStringLiteral("you"),     QStringLiteral("they"),
                    QStringLiteral("maybe"),   QStringLiteral("morning"), QStringLiteral("afternoon"),
                    QStringLiteral("evening"), QStringLiteral("instead"), QStringLiteral("latest"),
                    QStringLiteral("so"),      QStringLiteral("but"),     QStringLiteral("with"),
                    QStringLiteral("um"),      QStringLiteral("uh"),      QStringLiteral("that"),
                    QStringLiteral("which"),   QStringLiteral("via"),     QStringLiteral("through"),
                    QStringLiteral("by"),      QStringLiteral("as"),      QStringLiteral("next"),
                    QStringLiteral("this"),    QStringLiteral("of"),      QStringLiteral("now"),
                    QStringLiteral("not"),     QStringLiteral("too"),     QStringLiteral("still"),
                    QStringLiteral("give"),    QStringLiteral("send"),    QStringLiteral("let"),
                    QStringLiteral("ok"),      QStringLiteral("okay"),    QStringLiteral("sounds"),
                    QStringLiteral("suits"),   QStringLiteral("confirm"), QStringLiteral("yeah"),
                    QStringLiteral("yes"),     QStringLiteral("fine"),    QStringLiteral("alright"),
                    QStringLiteral("just"),    QStringLiteral("right"),   QStringLiteral("latest")};
                // A day in digits ("the 30th") is a date unless a noun it counts follows ("the 5th floor").
                static const QSet<QString> counted{
                    QStringLiteral("floor"),      QStringLiteral("time"),        QStringLiteral("times"),
                    QStringLiteral("meeting"),    QStringLiteral("call"),        QStringLiteral("option"),
                    QStringLiteral("quarter"),    QStringLiteral("round"),       QStringLiteral("phase"),
                    QStringLiteral("year"),       QStringLiteral("step"),        QStringLiteral("item"),
                    QStringLiteral("page"),       QStringLiteral("slide"),       QStringLiteral("version"),
                    QStringLiteral("draft"),      QStringLiteral("place"),       QStringLiteral("person"),
                    QStringLiteral("one"),        QStringLiteral("payment"),     QStringLiteral("installment"),
                    QStringLiteral("shipment"),   QStringLiteral("invoice"),     QStringLiteral("line"),
                    QStringLiteral("row"),        QStringLiteral("point"),       QStringLiteral("reason"),
                    QStringLiteral("part"),       QStringLiteral("question"),    QStringLiteral("issue"),
                    QStringLiteral("percentile"), QStringLiteral("anniversary"), QStringLiteral("edition"),
                    QStringLiteral("generation"), QStringLiteral("batch"),       QStringLiteral("unit"),
                    QStringLiteral("party"),      QStringLiteral("parties"),     QStringLiteral("half"),
                    QStringLiteral("attempt"),    QStringLiteral("gen"),         QStringLiteral("priority"),
                    QStringLiteral("choice"),     QStringLiteral("grade"),       QStringLiteral("level")};
                const QStringView next = m.capturedView(g.next);
                const bool dayInDigits = !m.capturedView(g.day).isEmpty() && m.capturedView(g.day).at(0).isDigit();
                const QString nextWord = next.toString().toLower();
                // A speaker's label after it ends the phrase: "on the twenty fourth agent: sure" (not any word
                // before a colon: "1st priority: close").
                static const QSet<QString> speakers{
                    QStringLiteral("agent"),  QStringLiteral("caller"), QStringLiteral("customer"),
                    QStringLiteral("client"), QStringLiteral("rep"),    QStringLiteral("speaker"),
                    QStringLiteral("buyer"),  QStringLiteral("seller"), QStringLiteral("me"),
                    QStringLiteral("host"),   QStringLiteral("guest"),  QStringLiteral("operator")};
                const bool label = !next.isEmpty() && m.capturedEnd(g.next) < text.size() &&
                                   text.at(m.capturedEnd(g.next)) == u':' && speakers.contains(nextWord);
                if (!next.isEmpty() &&
                    (dayInDigits ? counted.contains(nextWord) : (!label && !followers.contains(nextWord))))
                    continue;
                // A day in words after a comma, or before a number, counts things: "three batches, the first by 8
                // January", "we ship the first 12,000 sets".
                // (After the comma, only where a plural comes before it: "Sure, the fifth works" is a day.)
                if (index == 3 && !dayInDigits && m.capturedView(g.wd).isEmpty()) {
                    qsizetype before = start;
                    while (before > 0 && text.at(before - 1) == u' ')
                        --before;
                    const bool pluralComma = before > 1 && text.at(before - 1) == u',' &&
                                             (text.at(before - 2) == u's' || text.at(before - 2) == u'S');
                    qsizetype after = m.capturedEnd(g.day);
                    while (after < text.size() && text.at(after) == u' ')
                        ++after;
                    if (pluralComma || (after < text.size() && text.at(after).isDigit()))
                        continue;
                }
                // A day in digits without "the": after a word that puts a day after it ("on 30th", "due 15th"), or
                // before one that speaks of a day ("30th is fine", "15th works").
                static const QSet<QString> aboutADay{
                    QStringLiteral("is"),       QStringLiteral("works"),   QStringLiteral("would"),
                    QStringLiteral("then"),     QStringLiteral("please"),  QStringLiteral("pls"),
                    QStringLiteral("latest"),   QStringLiteral("instead"), QStringLiteral("suits"),
                    QStringLiteral("sounds"),   QStringLiteral("ok"),      QStringLiteral("okay"),
                    QStringLiteral("confirmed")};
                if (index == 9) {
                    // A weekday right before it belongs to it: "by Wed 5th".
                    const QStringView before = patterns::wordBefore(text, start, u" .,"); // "Wed. 5th"
                    const int weekday = !before.isEmpty() && !(ambiguousWeekday(before) && before.at(0).isLower())
                                            ? weekdayNumber(before)
                                            : 0;
                    const qsizetype wordStart = before.isEmpty() ? start : before.data() - text.constData();
                    if (weekday == 0 && !dayWordBefore(text, start) && !(label || aboutADay.contains(nextWord)))
                        continue;
                    const auto day = ordinal(m.capturedView(g.day));
                    const QDate date = day ? dates::nearestDayOfMonth(reference, *day, weekday) : QDate();
                    const qsizetype from = weekday ? wordStart : start;
                    const qsizetype to = m.capturedEnd(g.day);
                    if (!date.isValid() || taken.overlaps(from, to))
                        continue;
                    taken.insert(from, to);
                    out.append(Entity::at(text, EntityType::Date, from, to, list[index].confidence, isoDate(date)));
                    continue;
                }
                matchEnd = m.capturedEnd(g.day);
            }
            const QDate date = resolve(m, g, reference, index);
            if (!date.isValid())
                continue;
            taken.insert(start, matchEnd);
            out.append(Entity::at(text, EntityType::Date, start, matchEnd, list[index].confidence, isoDate(date)));
        }
    }
}

} // namespace sb
