#include "extract/SentenceContext.h"

#include <algorithm>

namespace sb {
namespace {

constexpr qsizetype kReach = 100;

bool endsSentence(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('\n'))
        return true;
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
        return false;
    // A full stop followed by a space and not inside a number or an address ("3.5", "acme.com").
    return i + 1 >= text.size() || text.at(i + 1).isSpace();
}

} // namespace

SentenceIndex::SentenceIndex(const QString& text)
    : m_text(text)
{
    // Over the characters themselves: most are none of the four looked for.
    const QChar* const data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i].unicode();
        if ((c == u'\n' || c == u'.' || c == u'!' || c == u'?') && endsSentence(text, i))
            m_ends.push_back(i);
    }
}

QString SentenceIndex::context(qsizetype start, qsizetype end) const
{
    const auto [from, to] = range(start, end);
    if (from != m_lastFrom || to != m_lastTo) {
        // Entities come in text order, several to a sentence: the same sentence is cut once and shared.
        m_lastFrom = from;
        m_lastTo = to;
        m_last = m_text.mid(from, to - from).trimmed();
    }
    return m_last;
}

std::pair<qsizetype, qsizetype> SentenceIndex::range(qsizetype start, qsizetype end) const
{
    // From just after the last sentence end before `start`, but no further back than the reach.
    const qsizetype floor = std::max<qsizetype>(0, start - kReach);
    qsizetype from = floor;
    auto before = std::lower_bound(m_ends.cbegin(), m_ends.cend(), start);
    if (before != m_ends.cbegin() && *std::prev(before) + 1 > floor)
        from = *std::prev(before) + 1;
    // To the first sentence end at or after `end`, within the reach, keeping the sentence's own punctuation.
    const qsizetype ceiling = std::min(m_text.size(), end + kReach);
    qsizetype to = ceiling;
    const auto after = std::lower_bound(m_ends.cbegin(), m_ends.cend(), end);
    if (after != m_ends.cend() && *after < ceiling)
        to = *after;
    if (to < m_text.size() && to < ceiling && m_text.at(to) != QLatin1Char('\n'))
        ++to;
    // A cut at the reach keeps no half of a character written as a surrogate pair ("🙌").
    if (from > 0 && from < m_text.size() && m_text.at(from).isLowSurrogate() && m_text.at(from - 1).isHighSurrogate())
        ++from;
    if (to > from && to < m_text.size() && m_text.at(to - 1).isHighSurrogate() && m_text.at(to).isLowSurrogate())
        --to;
    return {from, to};
}

} // namespace sb
