#include "extract/SentenceContext.h"

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

QString sentenceContext(const QString& text, qsizetype start, qsizetype end)
{
    const qsizetype floor = std::max<qsizetype>(0, start - kReach);
    qsizetype from = start;
    while (from > floor && !endsSentence(text, from - 1))
        --from;
    const qsizetype ceiling = std::min(text.size(), end + kReach);
    qsizetype to = end;
    while (to < ceiling && !endsSentence(text, to))
        ++to;
    if (to < text.size() && to < ceiling && text.at(to) != QLatin1Char('\n'))
        ++to; // keep the sentence's own punctuation
    return text.mid(from, to - from).trimmed();
}

} // namespace sb
