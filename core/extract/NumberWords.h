#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// Numbers as people say them, for transcripts: "twenty six", "nine thousand four hundred", "eleven hundred",
// "one point one million", and ordinals ("twenty-sixth", "3rd").
namespace numberwords {

// The value of one number word ("seven" → 7, "twenty" → 20, "hundred" → 100, "million" → 1e6); nullopt otherwise.
std::optional<double> wordValue(QStringView word);
// The day an ordinal names: "first" … "thirty first", "twenty-sixth", "1st" … "31st"; nullopt otherwise.
std::optional<int> ordinal(QStringView phrase);
// A whole spoken number made of the given words (already split on spaces and hyphens, lower case): "two point five
// million" → 2.5e6, "one thousand two hundred ninety nine" → 1299. nullopt when the words do not form a number.
std::optional<double> spokenNumber(const QStringList& words);
// Hours and minutes for clock words: "one" … "twelve" → 1 … 12 (nullopt for anything else).
std::optional<int> clockHour(QStringView word);

// Regular-expression alternations (no capture groups) for building recognizers.
const QStringList& cardinalWords(); // the number words a cardinal is written with, in lower case
QString cardinalPattern();          // one number word
const QStringList& ordinalWords();  // "first" … "thirtieth": the words of the ordinals up to 31
QString ordinalPattern();           // a spoken ordinal of 1 … 31, with "twenty"/"thirty" prefixes
const QStringList& hourWords();     // "one" … "twelve"
QString hourWordPattern();          // one … twelve

} // namespace numberwords
} // namespace sb
