#pragma once

#include "extract/Gazetteer.h"

#include <QList>
#include <QString>

namespace sb::nametokens {

// One word of a text as the name recognizer sees it, with what it looks like.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;  // exclusive; a possessive "'s" is outside
    QStringView text;   // into the text tokenized
    QStringView folded; // the same characters folded to lower case, into Tokens::folded
    bool capitalized = false;
    bool allCaps = false;
    bool lower = false;
    bool hasDigit = false;
    bool sentenceStart = false;
    bool gapBefore = false;  // punctuation other than a space separates it from the token before
    bool skip = false;       // inside an e-mail address or a web address
    bool apostrophe = false; // an apostrophe inside ("O'Brien", "we're"), "'" or "’"
    // Filled in by the name recognizer: what the gazetteer and the cue lists say of `folded`, looked up once.
    Gazetteer::WordInfo lex;
    quint64 cues = 0;
    quint64 hash = 0; // Gazetteer::prepare(folded)

    bool has(quint64 cue) const { return cues & cue; }
};

// A text's words, and the folded copy of the text their `folded` views point into.
struct Tokens
{
    QString folded;
    QList<Token> list;
};

// Splits a text into words for name recognition: letters and digits with the apostrophes, hyphens and dots that live
// inside names ("O'Brien", "Jean-Luc", "S.p.A.", "v4.2", "FR-300"), the dot of an abbreviation or legal form, and "&"
// as a word of its own; a possessive "'s" is left outside. Words inside e-mail and web addresses are marked to skip.
// The tokens' views point into `text` and into the result's `folded`, which must outlive them (moving is fine).
Tokens tokenize(const QString& text);
Tokens tokenize(QString&&) = delete;

} // namespace sb::nametokens
