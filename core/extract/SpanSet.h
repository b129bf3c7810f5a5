#pragma once

#include <QtGlobal>

#include <map>

namespace sb {

// Non-overlapping text spans [start, end), with an overlap test in O(log n): recognizers and the overlap resolution
// ask it once per candidate, and a text at the 20,000-character limit can have thousands of candidates.
class SpanSet final
{
public:
    bool overlaps(qsizetype start, qsizetype end) const
    {
        auto after = m_spans.upper_bound(start); // the first span starting after `start`
        if (after != m_spans.end() && after->first < end)
            return true;
        if (after == m_spans.begin())
            return false;
        return std::prev(after)->second > start;
    }
    // Whether one span holds all of [start, end).
    bool contains(qsizetype start, qsizetype end) const
    {
        auto after = m_spans.upper_bound(start);
        if (after == m_spans.begin())
            return false;
        return std::prev(after)->second >= end;
    }
    // The caller has checked that the span overlaps none already in.
    void insert(qsizetype start, qsizetype end) { m_spans.emplace(start, end); }

private:
    std::map<qsizetype, qsizetype> m_spans;
};

} // namespace sb
