#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

struct pcre2_real_code_16;

namespace sb::patterns {

class RegexMatch;
class RegexMatchIterator;

// A recognizer's regular expression, matched through PCRE2 directly: the same patterns, options and matches as
// QRegularExpression (which wraps the same library), without the objects Qt allocates for every search and every
// match. The extractor runs some two dozen searches a text, and those objects cost about as much as the scans of the
// shortest ones (docs/PERFORMANCE.md). Compiled and JIT-compiled once; const and shareable across threads (each
// thread matches with match data of its own). Options are QRegularExpression's, so patterns read the same.
class Regex
{
public:
    Regex() = default;
    explicit Regex(const QString& pattern, QRegularExpression::PatternOptions options = {});

    bool isValid() const { return m_code != nullptr; }
    QString pattern() const { return m_pattern; }
    // The number of a named group, -1 when there is none.
    int groupNumber(QStringView name) const;

    // The first match at or after `offset`. Without DontCheckSubjectStringMatchOption the subject is checked, and an
    // invalid one matches nothing (QRegularExpression's rule).
    RegexMatch match(QStringView subject, qsizetype offset = 0,
                     QRegularExpression::MatchType matchType = QRegularExpression::NormalMatch,
                     QRegularExpression::MatchOptions options = {}) const;
    // Every match from `offset` on, the way QRegularExpression::globalMatch() finds them (after an empty match, the
    // next may not be empty at the same place).
    RegexMatchIterator globalMatch(QStringView subject, qsizetype offset = 0,
                                   QRegularExpression::MatchType matchType = QRegularExpression::NormalMatch,
                                   QRegularExpression::MatchOptions options = {}) const;
    // A match keeps a view of its subject, not a copy (QRegularExpressionMatch keeps a copy): a temporary string
    // would be gone before its captures are read.
    RegexMatch match(QString&&, qsizetype = 0, QRegularExpression::MatchType = QRegularExpression::NormalMatch,
                     QRegularExpression::MatchOptions = {}) const = delete;
    RegexMatchIterator globalMatch(QString&&, qsizetype = 0,
                                   QRegularExpression::MatchType = QRegularExpression::NormalMatch,
                                   QRegularExpression::MatchOptions = {}) const = delete;
    // Removes every match from `text`, as QString::remove(const QRegularExpression&) does.
    void removeFrom(QString& text) const;

private:
    friend class RegexMatch;
    friend class RegexMatchIterator;
    // Matches `subject` from `offset` into `into`; `previousWasEmpty` as QRegularExpression's global matching has it.
    void run(RegexMatch& into, qsizetype offset, bool checkSubject, bool anchored, bool previousWasEmpty) const;

    QString m_pattern;
    std::shared_ptr<pcre2_real_code_16> m_code;
};

// One match's groups, copied out of PCRE2's match data, so that matches stay valid while others run.
class RegexMatch
{
public:
    // Patterns with more groups keep the first ones (none here has more than kMaxGroups - 1).
    static constexpr int kMaxGroups = 32;

    bool hasMatch() const { return m_groups > 0; }
    // The highest group that took part in the match, -1 when nothing matched.
    int lastCapturedIndex() const { return m_groups - 1; }

    qsizetype capturedStart(int n = 0) const { return captures(n) ? m_offsets[size_t(2 * n)] : -1; }
    qsizetype capturedEnd(int n = 0) const { return captures(n) ? m_offsets[size_t(2 * n + 1)] : -1; }
    qsizetype capturedLength(int n = 0) const { return captures(n) ? capturedEnd(n) - capturedStart(n) : 0; }
    QStringView capturedView(int n = 0) const
    {
        return captures(n) ? m_subject.mid(capturedStart(n), capturedLength(n)) : QStringView();
    }
    QString captured(int n = 0) const { return capturedView(n).toString(); }
    bool hasCaptured(int n) const { return captures(n); }

    qsizetype capturedStart(QStringView name) const { return capturedStart(number(name)); }
    qsizetype capturedEnd(QStringView name) const { return capturedEnd(number(name)); }
    qsizetype capturedLength(QStringView name) const { return capturedLength(number(name)); }
    QStringView capturedView(QStringView name) const { return capturedView(number(name)); }
    QString captured(QStringView name) const { return captured(number(name)); }
    bool hasCaptured(QStringView name) const { return captures(number(name)); }

private:
    friend class Regex;
    friend class RegexMatchIterator;
    bool captures(int n) const { return n >= 0 && n < m_groups && m_offsets[size_t(2 * n)] >= 0; }
    int number(QStringView name) const { return m_regex ? m_regex->groupNumber(name) : -1; }

    const Regex* m_regex = nullptr;
    QStringView m_subject;
    QRegularExpression::MatchOptions m_options;
    int m_groups = 0; // the groups PCRE2 reported (the highest captured + 1); 0 for no match
    std::array<qsizetype, 2 * kMaxGroups> m_offsets{};
};

// QRegularExpressionMatchIterator's protocol: hasNext(), then next().
class RegexMatchIterator
{
public:
    RegexMatchIterator() = default;
    bool hasNext() const { return m_next.hasMatch(); }
    RegexMatch next();

private:
    friend class Regex;
    RegexMatch m_next;
};

} // namespace sb::patterns
