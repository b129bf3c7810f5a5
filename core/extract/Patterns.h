#pragma once

#include <QRegularExpression>

namespace sb::patterns {

enum class Case { Sensitive, Insensitive };

// A recognizer's pattern, compiled and JIT-optimized once (recognizers keep them in function-local statics).
// Unicode classes make \w, \d and \b follow Unicode rather than ASCII.
inline QRegularExpression compile(const QString& pattern, Case letterCase = Case::Sensitive, bool unicodeClasses = true)
{
    QRegularExpression::PatternOptions options;
    if (letterCase == Case::Insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    if (unicodeClasses)
        options |= QRegularExpression::UseUnicodePropertiesOption;
    QRegularExpression regex(pattern, options);
    regex.optimize();
    return regex;
}

} // namespace sb::patterns
