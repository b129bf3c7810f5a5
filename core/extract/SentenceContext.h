#pragma once

#include <QString>

namespace sb {

// The sentence containing [start, end) in `text`, trimmed; cut to about 100 characters either side when the sentence
// is longer (transcripts often have no full stops).
QString sentenceContext(const QString& text, qsizetype start, qsizetype end);

} // namespace sb
