#pragma once

#include "extract/Entity.h"
#include "extract/Patterns.h"

#include <QDate>

namespace sb {

// Finds calendar days and resolves them against the day the text was spoken, following the annotation guidelines:
// relative days ("tomorrow", "the day after tomorrow"), weekdays ("Friday", "next tues", "this Friday"), month and
// day in either order with an optional weekday and year ("Thu 12 Mar 2026", "the 4th of December", "may fourth"),
// "the Nth", and numeric forms (ISO, US month/day with slashes, day.month with dots, day/month when the first
// number is over 12). Months alone, "next week" and the like are not days and are not found.
class DateRecognizer final
{
public:
    void find(const QString& text, const QDate& reference, QList<Entity>& out) const
    {
        find(text, patterns::WordBeginnings(text), reference, out);
    }
    // The same, with the text's word beginnings already found (the extractor finds them once for all recognizers).
    void find(const QString& text, const patterns::WordBeginnings& words, const QDate& reference,
              QList<Entity>& out) const;
};

namespace dates {
// The guidelines' resolution rules, exposed for tests.
QDate nextWeekday(const QDate& reference, int weekday);     // bare weekday: strictly after the reference
QDate thisWeekday(const QDate& reference, int weekday);     // "this": the reference itself when it is that weekday
QDate nextWeekWeekday(const QDate& reference, int weekday); // "next": strictly after and not in the same week
QDate nearestYear(const QDate& reference, int month, int day);
QDate nearestDayOfMonth(const QDate& reference, int day, int weekday = 0);
} // namespace dates

} // namespace sb
