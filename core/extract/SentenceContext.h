#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace sb {

// The sentences of one text, found once, so that many entities' contexts cost a search each rather than a scan. One
// index serves one call on one thread: context() keeps the last sentence it cut.
class SentenceIndex
{
public:
    explicit SentenceIndex(const QString& text);
    SentenceIndex(QString&&) = delete; // it keeps a reference to the text

    // The sentence containing [start, end), trimmed; cut to about 100 characters either side when the sentence is
    // longer (transcripts often have no full stops).
    QString context(qsizetype start, qsizetype end) const;

private:
    // Where the context of [start, end) starts and ends, before trimming.
    std::pair<qsizetype, qsizetype> range(qsizetype start, qsizetype end) const;

    const QString& m_text;
    std::vector<qsizetype> m_ends; // positions of the characters that end a sentence, ascending
    // The last context cut, shared with the next entity in the same sentence.
    mutable qsizetype m_lastFrom = -1;
    mutable qsizetype m_lastTo = -1;
    mutable QString m_last;
};

} // namespace sb
