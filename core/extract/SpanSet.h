#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace sb {

// Non-overlapping text spans [start, end), with an overlap test in O(log n): recognizers and the overlap resolution
// ask it once per candidate, and a text at the 20,000-character limit can have thousands of candidates. A text of
// ordinary length has a few dozen: those live in a sorted array inside the object (no allocation), and only a set
// that grows past kSmall moves to a tree, whose insertions stay O(log n) however many spans come.
class SpanSet final
{
public:
    bool overlaps(qsizetype start, qsizetype end) const
    {
        if (m_tree.empty()) {
            const Span* after = firstAfter(start);
            if (after != smallEnd() && after->first < end)
                return true;
            return after != m_small.data() && std::prev(after)->second > start;
        }
        auto after = m_tree.upper_bound(start); // the first span starting after `start`
        if (after != m_tree.end() && after->first < end)
            return true;
        if (after == m_tree.begin())
            return false;
        return std::prev(after)->second > start;
    }
    // Whether one span holds all of [start, end).
    bool contains(qsizetype start, qsizetype end) const
    {
        if (m_tree.empty()) {
            const Span* after = firstAfter(start);
            return after != m_small.data() && std::prev(after)->second >= end;
        }
        auto after = m_tree.upper_bound(start);
        if (after == m_tree.begin())
            return false;
        return std::prev(after)->second >= end;
    }
    // The caller has checked that the span overlaps none already in.
    void insert(qsizetype start, qsizetype end)
    {
        if (!m_tree.empty()) {
            m_tree.emplace(start, end);
            return;
        }
        if (m_count < kSmall) {
            Span* at = m_small.data() + (firstAfter(start) - m_small.data());
            std::move_backward(at, smallEnd(), smallEnd() + 1);
            *at = {start, end};
            ++m_count;
            return;
        }
        m_tree.insert(m_small.data(), smallEnd());
        m_tree.emplace(start, end);
        m_count = 0;
    }

private:
    static constexpr size_t kSmall = 64;
    using Span = std::pair<qsizetype, qsizetype>;
    Span* smallEnd() { return m_small.data() + m_count; }
    const Span* smallEnd() const { return m_small.data() + m_count; }
    // The first span of the array that starts after `start`.
    const Span* firstAfter(qsizetype start) const
    {
        return std::upper_bound(m_small.data(), smallEnd(), start,
                                [](qsizetype s, const Span& span) { return s < span.first; });
    }

    std::array<Span, kSmall> m_small; // the first m_count, sorted by start; none once the tree holds the spans
    size_t m_count = 0;
    std::map<qsizetype, qsizetype> m_tree;
};

} // namespace sb
