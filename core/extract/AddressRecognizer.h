#pragma once

#include "extract/Entity.h"
#include "extract/Patterns.h"

namespace sb {

class Gazetteer;

// Finds street addresses as one location each, from the house number (or the street, where it comes first) to the
// postal code and city, with a suite or floor written inside (GUIDELINES "location"): "350 Fifth Avenue, New York,
// NY 10118", "1200 N Lake Shore Dr, Suite 400, Chicago, IL 60610", "Industriestraße 22, 85051 Ingolstadt",
// "Rua Augusta 120, 1100-053 Lisboa".
class AddressRecognizer final
{
public:
    explicit AddressRecognizer(const Gazetteer& gazetteer);

    void find(const QString& text, QList<Entity>& out) const { find(text, patterns::WordBeginnings(text), out); }
    // The same, with the text's word beginnings already found (the extractor finds them once for all recognizers).
    void find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const;

private:
    // Where the address ends, and whether a postal code is part of it.
    struct Tail
    {
        qsizetype end;
        bool postal;
    };

    // Whether a word ending like a street word ("…straße", "…gatan", "Weg") comes right before a number.
    static bool streetWordBeforeNumber(const QString& text);
    // Where the one to four capitalized words right before `end` start; `end` when there are none.
    static qsizetype capitalizedWordsBefore(const QString& text, qsizetype end);
    static qsizetype startWithUnit(const QString& text, qsizetype start);
    Tail extendOverTail(const QString& text, qsizetype end) const;

    const Gazetteer& m_gazetteer;
};

} // namespace sb
