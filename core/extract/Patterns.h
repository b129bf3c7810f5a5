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

// Matching a subject already known to be valid UTF-16. OfflineExtractor makes every text valid once, up front;
// without this PCRE2 re-checks the whole subject at every match, which makes global matching over a long text
// quadratic. Recognizers match only through these.
inline constexpr QRegularExpression::MatchOptions kValidSubject = QRegularExpression::DontCheckSubjectStringMatchOption;

inline QRegularExpressionMatchIterator globalMatch(const QRegularExpression& regex, const QString& subject)
{
    return regex.globalMatch(subject, 0, QRegularExpression::NormalMatch, kValidSubject);
}

inline QRegularExpressionMatch match(const QRegularExpression& regex, const QString& subject, qsizetype offset = 0,
                                     QRegularExpression::MatchOptions options = {})
{
    return regex.match(subject, offset, QRegularExpression::NormalMatch, options | kValidSubject);
}

// `text` with every unpaired surrogate replaced by U+FFFD, one code unit for one, so offsets do not move. Valid text
// is returned as it is, without a copy.
QString validUtf16(const QString& text);

} // namespace sb::patterns
