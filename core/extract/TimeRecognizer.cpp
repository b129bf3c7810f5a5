#include "extract/TimeRecognizer.h"

#include "extract/NumberWords.h"
#include "extract/Patterns.h"
#include "extract/Regex.h"
#include "extract/SpanSet.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace sb {
namespace {

enum class Meridiem { None, Am, Pm };

Meridiem meridiemOf(QStringView text)
{
    const QString t = text.toString().toLower().remove(QLatin1Char('.')).remove(QLatin1Char(' '));
    if (t.startsWith(QLatin1String("am")) || t.contains(QLatin1String("morning")))
        return Meridiem::Am;
    if (t.startsWith(QLatin1String("pm")) || t.contains(QLatin1String("afternoon")) ||
        t.contains(QLatin1String("evening")) || t.contains(QLatin1String("night")))
        return Meridiem::Pm;
    return Meridiem::None;
}

// GUIDELINES "Times": am/pm when given, else business hours (7–11 morning, 12 noon, 1–6 afternoon).
int hour24(int hour, Meridiem meridiem)
{
    if (hour > 12)
        return hour;
    switch (meridiem) {
    case Meridiem::Am:
        return hour == 12 ? 0 : hour;
    case Meridiem::Pm:
        return hour == 12 ? 12 : hour + 12;
    case Meridiem::None:
        return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    }
    return hour;
}

QString hhmm(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour % 24, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

patterns::Regex timePattern(const QString& pattern)
{
    return patterns::compile(pattern, patterns::Case::Insensitive, false);
}

// "p.m." keeps its closing dot; in "3 pm." the dot ends the sentence.
const QString kMeridiem = QStringLiteral("(?:[ap]\\.\\s?m\\.(?![a-z])|[ap]\\.?\\s?m(?![a-z])|[ap]m\\b)");
const QString kDayPart = QStringLiteral("(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|tonight)");

// Words that may follow a bare hour after "at"/"by" ("at 4 tomorrow", "by 11 on Friday"); any other word after it
// makes the number a count ("at 4 locations").
bool allowedAfterBareHour(const QString& next)
{
    static const QSet<QString> words{
        QStringLiteral("today"),    QStringLiteral("tomorrow"),  QStringLiteral("tonight"),  QStringLiteral("on"),
        QStringLiteral("and"),      QStringLiteral("or"),        QStringLiteral("then"),     QStringLiteral("sharp"),
        QStringLiteral("this"),     QStringLiteral("next"),      QStringLiteral("so"),       QStringLiteral("if"),
        QStringLiteral("to"),       QStringLiteral("for"),       QStringLiteral("with"),     QStringLiteral("in"),
        QStringLiteral("at"),       QStringLiteral("local"),     QStringLiteral("your"),     QStringLiteral("our"),
        QStringLiteral("their"),    QStringLiteral("latest"),    QStringLiteral("please"),   QStringLiteral("pls"),
        QStringLiteral("works"),    QStringLiteral("is"),        QStringLiteral("would"),    QStringLiteral("i"),
        QStringLiteral("we"),       QStringLiteral("you"),       QStringLiteral("they"),     QStringLiteral("monday"),
        QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday"),    QStringLiteral("um"),       QStringLiteral("uh"),
        QStringLiteral("that"),     QStringLiteral("the"),       QStringLiteral("his"),      QStringLiteral("her"),
        QStringLiteral("my"),       QStringLiteral("o'clock"),   QStringLiteral("est"),      QStringLiteral("cet"),
        QStringLiteral("thanks"),   QStringLiteral("thank"),     QStringLiteral("cheers"),   QStringLiteral("bye"),
        QStringLiteral("ok"),       QStringLiteral("okay"),      QStringLiteral("yeah"),     QStringLiteral("right"),
        QStringLiteral("alright"),  QStringLiteral("via"),       QStringLiteral("sounds"),   QStringLiteral("let"),
        QStringLiteral("gmt"),      QStringLiteral("pst"),       QStringLiteral("et"),       QStringLiteral("pt"),
        QStringLiteral("ct"),       QStringLiteral("utc")};
    return next.isEmpty() || words.contains(next.toLower());
}

// Whether the word right before `start` is one other languages put before a clock time: "à 15h", "às 9h", "a las".
bool foreignTimeWordBefore(const QString& text, qsizetype start)
{
    const QStringView word = patterns::wordBefore(text, start);
    for (const char* w : {"ab", "vers", "las", "desde", "hasta"}) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return word.compare(u"à", Qt::CaseInsensitive) == 0 || word.compare(u"às", Qt::CaseInsensitive) == 0 ||
           word.compare(u"até", Qt::CaseInsensitive) == 0;
}

// Whether the word right before `start` (one space between) introduces a clock time: "at 10.30", "from 9.15", a
// weekday ("Sat 10.00"), or a word of another language's.
bool timeWordBefore(const QString& text, qsizetype start)
{
    const QStringView word = patterns::wordBefore(text, start);
    for (const char* w : {"at",     "by",      "from",      "until",    "till",   "around",   "before", "after", "mon",
                          "tue",    "tues",    "wed",       "thu",      "thur",   "thurs",    "fri",    "sat",   "sun",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return foreignTimeWordBefore(text, start);
}

// Whether a word after `end` makes the number before it an amount: "1.50 per seat", "2.5 million".
bool amountAfter(const QString& text, qsizetype end)
{
    qsizetype k = end;
    while (k < text.size() && text.at(k) == u' ')
        ++k;
    qsizetype wordEnd = k;
    while (wordEnd < text.size() && text.at(wordEnd).isLetter())
        ++wordEnd;
    const QStringView word = QStringView(text).mid(k, wordEnd - k);
    for (const char* w :
         {"per",   "each", "a",     "an",      "million",  "thousand", "k",     "m",       "bn",  "seat",
          "seats", "user", "users", "license", "licenses", "unit",     "units", "percent", "pct", "x"}) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return k < text.size() && text.at(k) == u'%';
}

} // namespace

void TimeRecognizer::find(const QString& text, const patterns::WordBeginnings& beginnings, QList<Entity>& out) const
{
    const QString hourWord = numberwords::hourWordPattern();
    const QString minuteWords =
        QStringLiteral("(?:o['’]?\\s?(?:one|two|three|four|five|six|seven|eight|nine)|ten|fifteen|twenty|thirty|"
                       "forty|forty[ -]five|fifty|twenty[ -]five|thirty[ -]five|forty|oh[ -](?:five|one|two|three|"
                       "four|six|seven|eight|nine))");
    // Ordered from the longest forms; a later pattern never takes text an earlier one matched.
    // (After a hyphen only where a clock time ends before it: "09:30-11:00" is a range, "2026-10-12" no time.)
    static const patterns::Regex clock = timePattern(
        QStringLiteral("(?<![\\w:.$€£/])(?<!(?<!\\d:[0-5]\\d)-)(?<h>[01]?\\d|2[0-3])[:.h](?<m>[0-5]\\d)(?::[0-5]\\d)?"
                       "(?:\\s?(?<ap>%1))?(?![\\w:]|[.,]\\d|%)")
            .arg(kMeridiem));
    // "7 in the evening", "9:30 in the morning": a number and a part of the day.
    static const patterns::Regex hourDayPart =
        timePattern(QStringLiteral("(?<![\\w:.$€£/-])(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s+"
                                   "(?<ap>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b"));
    static const patterns::Regex hourMeridiem =
        timePattern(QStringLiteral("(?<![\\w:.$€£/])(?<!(?<!\\d)-)(?<h>1[0-2]|0?[1-9])\\s?(?<ap>%1)").arg(kMeridiem));
    static const patterns::Regex named =
        timePattern(QStringLiteral("\\b(?:(?:twelve|12)\\s+)?(?<w>noon|midday|midnight)\\b"));
    // "five to seven" is also a range of counts ("five to seven days"): minutes in numbers need am/pm after them.
    static const patterns::Regex pastToQuarters = timePattern(
        QStringLiteral("\\b(?<q>half|(?:a\\s+)?quarter)\\s+(?<dir>past|to|after)\\s+(?<hw>%1)(?:\\s+(?<ap>%2|%3))?\\b")
            .arg(hourWord, kMeridiem, kDayPart));
    static const patterns::Regex pastToMinutes = timePattern(
        QStringLiteral(
            "\\b(?<q>ten|five|twenty|twenty[ -]five)\\s+(?<dir>past|to|after)\\s+(?<hw>%1)\\s+(?<ap>%2|%3)\\b")
            .arg(hourWord, kMeridiem, kDayPart));
    static const patterns::Regex spoken =
        timePattern(QStringLiteral("\\b(?<hw>%1)(?:\\s+(?<mw>%2))?(?:\\s+o['’]?clock)?(?:\\s+(?<ap>%3|%4))\\b")
                        .arg(hourWord, minuteWords, kMeridiem, kDayPart));
    // (After "after", "before", "from", "until" or "till" only with its minutes: "after three thirty", not "after
    // three days".)
    static const patterns::Regex spokenAfterAt = timePattern(
        QStringLiteral("\\b(?:(?:at|by|around|@)|(?<span>after|before|from|until|till))\\s+(?<hw>%1)(?:\\s+(?<mw>%2))?"
                       "(?:\\s+o['’]?clock)?(?![\\w'’-])(?:\\s+(?<next>[\\w'’]+))?")
            .arg(hourWord, minuteWords));
    static const patterns::Regex bareAfterAt =
        timePattern(QStringLiteral("(?:\\b(?:at|by)|@)\\s*(?<h>1[0-2]|0?[1-9])(?![\\w:/%-]|[.,]\\d|[ "
                                   "\\t]?[ap]\\.?m(?![a-z]))(?:[ \\t]+(?<next>[\\w'’]+))?"));
    static const patterns::Regex rangeStart = timePattern(
        QStringLiteral("(?<![\\w:.$€£/"
                       "-])(?<h>1[0-2]|0?[1-9])(?::(?<m>[0-5]\\d))?(?:\\s?[-–—]\\s?|\\s+(?:to|till|until)\\s+)"
                       "(?=(?<h2>1[0-2]|0?[1-9])(?::[0-5]\\d)?\\s?(?<ap>%1))")
            .arg(kMeridiem));

    // Patterns whose matches need a digit, or a word the text does not have, are not run.
    const bool digits = beginnings.hasDigit();
    // "am", "pm", or "a"/"p" and "m" apart ("a.m.", "p m"): what kMeridiem needs.
    const bool meridiemWords =
        beginnings.anyWord({"am", "pm"}) || (beginnings.anyWord({"a", "p"}) && beginnings.anyWord({"m"}));
    const auto matches = [](const patterns::Regex& regex, const QString& subject, bool possible) {
        return possible ? patterns::globalMatch(regex, subject) : patterns::noMatches();
    };

    QList<Entity> found;
    SpanSet taken;
    const auto add = [&](qsizetype start, qsizetype end, int hour, int minute, double confidence) {
        if (taken.overlaps(start, end) || hour > 23 || minute > 59)
            return;
        Entity entity = Entity::at(text, EntityType::Time, start, end, confidence, hhmm(hour, minute));
        taken.insert(entity.start, entity.end);
        found.append(entity);
    };

    for (auto it = matches(hourDayPart, text, digits && beginnings.any({"mor", "aft", "eve", "nig"})); it.hasNext();) {
        const auto m = it.next();
        // "at night" is the evening's hours up to 11, then midnight and the small hours: "12 at night" is 00:00,
        // "2 at night" 02:00.
        const int hour = m.capturedView(u"h").toInt();
        const bool smallHours =
            m.capturedView(u"ap").endsWith(u"night", Qt::CaseInsensitive) && (hour == 12 || hour <= 4);
        add(m.capturedStart(), m.capturedEnd(),
            hour24(hour, smallHours ? Meridiem::Am : meridiemOf(m.capturedView(u"ap"))), m.capturedView(u"m").toInt(),
            0.9);
    }
    // An hour, a separator and two digits of minutes (the pattern ignores case: "15H30").
    // Each match holds such a separator, its hour (one or two ASCII digits) right before it, and reaches at most 12
    // characters past it (minutes, seconds, a space and "a. m."), its look-aheads two more: the search runs from the
    // first to the last such separator only.
    qsizetype clockFrom = -1;
    qsizetype clockTo = -1;
    if (digits) {
        for (const char16_t separator : {u':', u'.', u'h', u'H'}) {
            const patterns::Span span = patterns::digitsAroundSpan(text, separator, 2);
            if (span.isEmpty())
                continue;
            const qsizetype from = std::max<qsizetype>(0, span.first - 2);
            clockFrom = clockFrom < 0 ? from : std::min(clockFrom, from);
            clockTo = std::max(clockTo, span.last + 16);
        }
    }
    for (auto it = clockFrom >= 0 ? patterns::globalMatchRange(clock, text, clockFrom, clockTo) : patterns::noMatches();
         it.hasNext();) {
        const auto m = it.next();
        const int hour = m.capturedView(u"h").toInt();
        // "2.5" or "3.15" without am/pm is a number, not a time; a dot or an "h" needs the meridiem, the 24-hour
        // form, or a word that introduces a time before it ("at 10.30", "from 9.15"), and a dot no word after it
        // that makes the number a price ("at 1.50 per seat"). "08h30", as French and Portuguese write a time, is
        // one with a two-digit hour ("1h30" is a duration).
        const QChar separator = text.at(m.capturedStart(u"h") + m.capturedLength(u"h"));
        const bool twoDigitH = separator == QLatin1Char('h') && m.capturedLength(u"h") == 2;
        if (separator != QLatin1Char(':') && !twoDigitH && m.capturedView(u"ap").isEmpty() && hour < 13 &&
            !(timeWordBefore(text, m.capturedStart()) && !amountAfter(text, m.capturedEnd())))
            continue;
        add(m.capturedStart(), m.capturedEnd(), hour24(hour, meridiemOf(m.capturedView(u"ap"))),
            m.capturedView(u"m").toInt(), m.capturedView(u"ap").isEmpty() ? 0.85 : 0.95);
    }
    // "à 15h", "às 9h": an hour and an "h" after a word other languages put before a time; after an English one
    // only an afternoon hour ("at 15h"; "within 4h" is a duration).
    static const patterns::Regex hourH =
        timePattern(QStringLiteral("(?<![\\w:.$€£/-])(?<h>[01]?\\d|2[0-3])h(?![\\w:]|\\.\\d)"));
    for (auto it = matches(hourH, text, digits && beginnings.anyWord({"h"})); it.hasNext();) {
        const auto m = it.next();
        const int hour = m.capturedView(u"h").toInt();
        if (foreignTimeWordBefore(text, m.capturedStart()) || (hour >= 13 && timeWordBefore(text, m.capturedStart())))
            add(m.capturedStart(), m.capturedEnd(), hour, 0, 0.8);
    }
    for (auto it = matches(rangeStart, text, digits && meridiemWords); it.hasNext();) {
        const auto m = it.next();
        // "2–4pm": the first end takes the second's meridiem when that keeps the range forward.
        // ("5 to 7am" is 05:00; "11-2pm" starts before noon.)
        const int hour = m.capturedView(u"h").toInt();
        const int second = m.capturedView(u"h2").toInt();
        const Meridiem meridiem = meridiemOf(m.capturedView(u"ap"));
        const bool forward = hour % 12 <= second % 12;
        add(m.capturedStart(u"h"), m.capturedEnd(u"m") > 0 ? m.capturedEnd(u"m") : m.capturedEnd(u"h"),
            hour24(hour, forward                    ? meridiem
                         : meridiem == Meridiem::Pm ? Meridiem::Am
                                                    : Meridiem::Pm),
            m.capturedView(u"m").toInt(), 0.8);
    }
    for (auto it = matches(hourMeridiem, text, digits && meridiemWords); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(), hour24(m.capturedView(u"h").toInt(), meridiemOf(m.capturedView(u"ap"))),
            0, 0.95);
    }
    for (auto it = matches(named, text, beginnings.any({"noo", "mid"})); it.hasNext();) {
        const auto m = it.next();
        const bool midnight = m.capturedView(u"w").compare(u"midnight", Qt::CaseInsensitive) == 0;
        add(m.capturedStart(), m.capturedEnd(), midnight ? 0 : 12, 0, 0.9);
    }
    const bool quartersPossible = beginnings.any({"hal", "qua"});
    const bool minutesPossible = beginnings.any({"ten", "fiv", "twe"});
    for (const patterns::Regex* pastTo : {&pastToQuarters, &pastToMinutes})
        for (auto it = matches(*pastTo, text, pastTo == &pastToQuarters ? quartersPossible : minutesPossible);
             it.hasNext();) {
            const auto m = it.next();
            const auto hour = numberwords::clockHour(m.capturedView(u"hw"));
            if (!hour)
                continue;
            const QString q = m.captured(u"q").toLower();
            const int minutes = q.contains(QLatin1String("half"))      ? 30
                                : q.contains(QLatin1String("quarter")) ? 15
                                : q.contains(QLatin1String("twenty five")) || q.contains(QLatin1String("twenty-five"))
                                    ? 25
                                : q == QLatin1String("twenty") ? 20
                                : q == QLatin1String("ten")    ? 10
                                                               : 5;
            const bool to = m.capturedView(u"dir").compare(u"to", Qt::CaseInsensitive) == 0;
            const Meridiem meridiem = meridiemOf(m.capturedView(u"ap"));
            int h = hour24(*hour, meridiem);
            int total = h * 60 + (to ? -minutes : minutes);
            if (total < 0)
                total += 24 * 60;
            const qsizetype end =
                m.capturedView(u"ap").isEmpty() || meridiem == Meridiem::None ? m.capturedEnd(u"hw") : m.capturedEnd();
            add(m.capturedStart(), meridiem == Meridiem::None ? m.capturedEnd(u"hw") : end, total / 60, total % 60,
                0.9);
        }
    static const patterns::Regex leadingOh(QStringLiteral("^(o['’]?\\s?|oh\\s)"));
    const auto minutesOf = [](const QString& words) -> int {
        if (words.isEmpty())
            return 0;
        QString w = words.toLower();
        w.replace(QLatin1Char('-'), QLatin1Char(' '));
        leadingOh.removeFrom(w);
        const auto value = numberwords::spokenNumber(w.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        return value ? static_cast<int>(*value) : 0;
    };
    // Spoken times hold an hour word, a whole word in every match: they are looked for only around those
    // (WordBeginnings::window), from "around" before it to its minutes, "o'clock" and "in the afternoon" or the word
    // after it.
    static const patterns::WordBeginnings::WordSet hourWords(numberwords::hourWords());
    const auto hourWindow = [&](qsizetype before, qsizetype after) {
        return beginnings.window(text, hourWords, before, after);
    };
    // Whole-word checks that hold only where the words of the text are the words these patterns read (no "ſ" or
    // "K": WordBeginnings::hasFoldedLetter()); elsewhere the searches run as before.
    const bool wholeWords = !beginnings.hasFoldedLetter();
    // A spoken time ends with "am" or "pm" (meridiemWords) or a part of the day, whole words.
    static const patterns::WordBeginnings::WordSet dayParts{"morning", "afternoon", "evening", "night", "tonight"};
    const bool spokenPossible = !wholeWords || meridiemWords || beginnings.hasWord(text, dayParts, Qt::CaseInsensitive);
    const patterns::WordBeginnings::Window spokenWindow =
        spokenPossible ? hourWindow(2, 48) : patterns::WordBeginnings::Window();
    for (auto it = spokenWindow.isEmpty() ? patterns::noMatches() : patterns::globalMatch(spoken, text, spokenWindow);
         it.hasNext();) {
        const auto m = it.next();
        const qsizetype base = spokenWindow.start;
        const auto hour = numberwords::clockHour(m.capturedView(u"hw"));
        if (!hour)
            continue;
        const Meridiem meridiem = meridiemOf(m.capturedView(u"ap"));
        // "nine in the morning" keeps its day part in the span; "tonight" is not part of a time.
        const bool tonight = m.capturedView(u"ap").compare(u"tonight", Qt::CaseInsensitive) == 0;
        const qsizetype end = base + (tonight ? m.capturedStart(u"ap") : m.capturedEnd());
        add(base + m.capturedStart(), end, hour24(*hour, tonight ? Meridiem::Pm : meridiem),
            minutesOf(m.captured(u"mw")), 0.9);
    }
    const bool at = beginnings.anyWord({"at", "by"}) || text.contains(u'@');
    // Each match has its hour word, a whole word, right after "at", "by", "around", "@", "after", "before", "from",
    // "until" or "till" and white space: the window is around such hour words only.
    const auto leadBefore = [&text](qsizetype start) {
        qsizetype k = start;
        while (k > 0 && patterns::isRegexSpace(text.at(k - 1)))
            --k;
        if (k == start || k == 0)
            return false;
        if (text.at(k - 1) == u'@')
            return true;
        qsizetype wordStart = k; // the word before, as WordBeginnings reads words
        while (wordStart > 0 && patterns::foldedLetter(text.at(wordStart - 1)) != 0)
            --wordStart;
        const QStringView word = QStringView(text).mid(wordStart, k - wordStart);
        for (const char* lead : {"at", "by", "around", "after", "before", "from", "until", "till"}) {
            const qsizetype length = qsizetype(std::strlen(lead));
            bool same = word.size() == length;
            for (qsizetype i = 0; same && i < length; ++i)
                same = patterns::foldedLetter(word.at(i)) == char16_t(lead[i]);
            if (same)
                return true;
        }
        return false;
    };
    const auto leadHourWindow = [&] {
        qsizetype first = -1;
        qsizetype last = -1;
        beginnings.forEachWord(text, hourWords, Qt::CaseInsensitive, [&](qsizetype start, qsizetype end) {
            if (!leadBefore(start))
                return;
            first = first < 0 ? start : std::min(first, start);
            last = std::max(last, end);
        });
        return first < 0 ? patterns::WordBeginnings::Window()
                         : patterns::WordBeginnings::around(text, first, last, 8, 32);
    };
    const patterns::WordBeginnings::Window afterAtWindow =
        at || beginnings.anyWord({"around", "after", "before", "from", "until", "till"})
            ? (wholeWords ? leadHourWindow() : hourWindow(8, 32))
            : patterns::WordBeginnings::Window();
    for (auto it = afterAtWindow.isEmpty() ? patterns::noMatches()
                                           : patterns::globalMatch(spokenAfterAt, text, afterAtWindow);
         it.hasNext();) {
        const auto m = it.next();
        const qsizetype base = afterAtWindow.start;
        const auto hour = numberwords::clockHour(m.capturedView(u"hw"));
        // "at one thirty" is a time whatever follows; "at three" only when no noun follows ("at three nights").
        // (After "from", "after" and the like, only a quarter or a half hour: "down from two fifty" is a price.)
        const QString minutes = m.captured(u"mw").toLower();
        const bool quarterOrHalf = minutes == QLatin1String("fifteen") || minutes == QLatin1String("thirty") ||
                                   minutes.startsWith(QLatin1String("forty")) || minutes.startsWith(QLatin1String("o"));
        if (!hour ||
            (m.capturedView(u"mw").isEmpty() &&
             (m.capturedLength(u"span") > 0 || !allowedAfterBareHour(m.captured(u"next")))) ||
            (m.capturedLength(u"span") > 0 && !quarterOrHalf))
            continue;
        const qsizetype end = base + (m.capturedLength(u"mw") > 0 ? m.capturedEnd(u"mw") : m.capturedEnd(u"hw"));
        add(base + m.capturedStart(u"hw"), end, hour24(*hour, Meridiem::None), minutesOf(m.captured(u"mw")), 0.75);
    }
    // A bare hour after "at" or "by" is looked for only around those words, from them to the word after the hour
    // (in the whole text where an "@" is).
    static const patterns::WordBeginnings::WordSet atWords{"at", "by"};
    // (The hour right after the word and any white space: where no digit follows one, there is no match.)
    const auto atHourWindow = [&] {
        const auto digitAfter = [&text](qsizetype k) {
            while (k < text.size() && text.at(k).isSpace())
                ++k;
            return k < text.size() && text.at(k) >= u'0' && text.at(k) <= u'9';
        };
        qsizetype first = -1;
        qsizetype last = -1;
        const auto take = [&](qsizetype start, qsizetype end) {
            if (!digitAfter(end))
                return;
            first = first < 0 ? start : std::min(first, start);
            last = std::max(last, end);
        };
        beginnings.forEachWord(text, atWords, Qt::CaseInsensitive, take);
        for (qsizetype k = text.indexOf(u'@'); k >= 0; k = text.indexOf(u'@', k + 1))
            take(k, k + 1);
        return first < 0 ? patterns::WordBeginnings::Window()
                         : patterns::WordBeginnings::around(text, first, last, 2, 8);
    };
    const patterns::WordBeginnings::Window atWindow = !digits || !at ? patterns::WordBeginnings::Window()
                                                      : wholeWords   ? atHourWindow()
                                                      : text.contains(u'@')
                                                          ? patterns::WordBeginnings::Window{0, text.size()}
                                                          : beginnings.window(text, atWords, 2, 8);
    for (auto it = atWindow.isEmpty() ? patterns::noMatches() : patterns::globalMatch(bareAfterAt, text, atWindow);
         it.hasNext();) {
        const auto m = it.next();
        if (!allowedAfterBareHour(m.captured(u"next")))
            continue;
        const qsizetype base = atWindow.start;
        add(base + m.capturedStart(u"h"), base + m.capturedEnd(u"h"),
            hour24(m.capturedView(u"h").toInt(), Meridiem::None), 0, 0.7);
    }
    out += found;
}

} // namespace sb
