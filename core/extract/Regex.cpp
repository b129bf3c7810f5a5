#include "extract/Regex.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <QtGlobal>

#include <pcre2.h>

#include <algorithm>

namespace sb::patterns {

namespace {

// What each thread matches with: match data big enough for every pattern's groups, and a JIT stack that grows as
// QRegularExpression's does (32 KiB, at most 512 KiB), so a pattern runs out of stack where it would with Qt.
struct ThreadMatching
{
    pcre2_match_data* data = pcre2_match_data_create(RegexMatch::kMaxGroups, nullptr);
    pcre2_match_context* context = pcre2_match_context_create(nullptr);
    pcre2_jit_stack* stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, nullptr);

    ThreadMatching() { pcre2_jit_stack_assign(context, nullptr, stack); }
    ~ThreadMatching()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
    ThreadMatching(const ThreadMatching&) = delete;
    ThreadMatching& operator=(const ThreadMatching&) = delete;
};

ThreadMatching& threadMatching()
{
    thread_local ThreadMatching matching;
    return matching;
}

PCRE2_SPTR16 units(QStringView s)
{
    return reinterpret_cast<PCRE2_SPTR16>(s.utf16());
}

} // namespace

Regex::Regex(const QString& pattern, QRegularExpression::PatternOptions options)
    : m_pattern(pattern)
{
    // The options QRegularExpression gives PCRE2 for these pattern options (it always matches UTF-16 as Unicode).
    uint32_t flags = PCRE2_UTF;
    if (options & QRegularExpression::CaseInsensitiveOption)
        flags |= PCRE2_CASELESS;
    if (options & QRegularExpression::DotMatchesEverythingOption)
        flags |= PCRE2_DOTALL;
    if (options & QRegularExpression::MultilineOption)
        flags |= PCRE2_MULTILINE;
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        flags |= PCRE2_EXTENDED;
    if (options & QRegularExpression::InvertedGreedinessOption)
        flags |= PCRE2_UNGREEDY;
    if (options & QRegularExpression::DontCaptureOption)
        flags |= PCRE2_NO_AUTO_CAPTURE;
    if (options & QRegularExpression::UseUnicodePropertiesOption)
        flags |= PCRE2_UCP;
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code* code = pcre2_compile(units(pattern), PCRE2_SIZE(pattern.size()), flags, &error, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR16 message[256];
        pcre2_get_error_message(error, message, 256);
        qWarning("Regex: cannot compile pattern at offset %lld: %s", qlonglong(errorOffset),
                 qPrintable(QString::fromUtf16(reinterpret_cast<const char16_t*>(message))));
        return;
    }
    uint32_t groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    if (groups + 1 > uint32_t(RegexMatch::kMaxGroups)) {
        qWarning("Regex: a pattern with %u groups, more than the %d a match keeps", groups, RegexMatch::kMaxGroups - 1);
        pcre2_code_free(code);
        return;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // where JIT is unavailable, PCRE2 interprets the same pattern
    m_code.reset(code, [](pcre2_code* c) { pcre2_code_free(c); });
}

int Regex::groupNumber(QStringView name) const
{
    if (!m_code || name.isEmpty())
        return -1;
    // PCRE2 wants the name terminated.
    std::array<char16_t, 64> buffer{};
    if (name.size() >= qsizetype(buffer.size()))
        return -1;
    std::copy(name.utf16(), name.utf16() + name.size(), buffer.begin());
    const int number = pcre2_substring_number_from_name(m_code.get(), reinterpret_cast<PCRE2_SPTR16>(buffer.data()));
    return number > 0 ? number : -1;
}

void Regex::run(RegexMatch& into, qsizetype offset, bool checkSubject, bool anchored, bool previousWasEmpty) const
{
    into.m_groups = 0;
    Q_ASSERT(offset >= 0); // (QRegularExpression counts a negative offset from the end; no recognizer passes one)
    if (!m_code || offset < 0 || offset > into.m_subject.size())
        return;
    ThreadMatching& matching = threadMatching();
    const PCRE2_SPTR16 subject = units(into.m_subject);
    const auto length = PCRE2_SIZE(into.m_subject.size());
    uint32_t flags = checkSubject ? 0 : PCRE2_NO_UTF_CHECK;
    if (anchored)
        flags |= PCRE2_ANCHORED;
    int result = 0;
    if (!previousWasEmpty) {
        result = pcre2_match(m_code.get(), subject, length, PCRE2_SIZE(offset), flags, matching.data, matching.context);
    } else {
        // An empty match last time: first a non-empty one at the same place, then anything one character on (both
        // halves of a surrogate pair at once), as QRegularExpression does.
        result = pcre2_match(m_code.get(), subject, length, PCRE2_SIZE(offset),
                             flags | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, matching.data, matching.context);
        if (result == PCRE2_ERROR_NOMATCH) {
            ++offset;
            if (offset < into.m_subject.size() && into.m_subject.at(offset).isLowSurrogate())
                ++offset;
            if (offset > into.m_subject.size())
                return;
            result =
                pcre2_match(m_code.get(), subject, length, PCRE2_SIZE(offset), flags, matching.data, matching.context);
        }
    }
    if (result <= 0) // no match, an error (an invalid subject, the JIT stack exhausted), or too many groups
        return;
    const PCRE2_SIZE* vector = pcre2_get_ovector_pointer(matching.data);
    into.m_groups = result;
    for (int i = 0; i < 2 * result; ++i)
        into.m_offsets[size_t(i)] = vector[i] == PCRE2_UNSET ? -1 : qsizetype(vector[i]);
}

RegexMatch Regex::match(QStringView subject, qsizetype offset, QRegularExpression::MatchType matchType,
                        QRegularExpression::MatchOptions options) const
{
    Q_ASSERT(matchType == QRegularExpression::NormalMatch);
    Q_UNUSED(matchType);
    RegexMatch m;
    m.m_regex = this;
    m.m_subject = subject;
    m.m_options = options;
    run(m, offset, !(options & QRegularExpression::DontCheckSubjectStringMatchOption),
        options & QRegularExpression::AnchorAtOffsetMatchOption, false);
    return m;
}

RegexMatchIterator Regex::globalMatch(QStringView subject, qsizetype offset, QRegularExpression::MatchType matchType,
                                      QRegularExpression::MatchOptions options) const
{
    RegexMatchIterator it;
    it.m_next = match(subject, offset, matchType, options);
    return it;
}

void Regex::removeFrom(QString& text) const
{
    QString kept;
    qsizetype from = 0;
    bool removed = false;
    for (auto it = globalMatch(text); it.hasNext();) {
        const RegexMatch m = it.next();
        kept += QStringView(text).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        removed = true;
    }
    if (!removed)
        return;
    kept += QStringView(text).mid(from);
    text = kept;
}

RegexMatch RegexMatchIterator::next()
{
    RegexMatch current = m_next;
    if (current.hasMatch()) {
        // The next search starts where this match ended; the subject was checked by the first.
        m_next.m_groups = 0;
        current.m_regex->run(m_next, current.capturedEnd(0), false,
                             current.m_options & QRegularExpression::AnchorAtOffsetMatchOption,
                             current.capturedStart(0) == current.capturedEnd(0));
    }
    return current;
}

} // namespace sb::patterns
