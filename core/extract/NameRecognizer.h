#pragma once

#include "extract/Entity.h"

namespace sb {

class Gazetteer;

// Finds the names of people, organizations, places and products. Written text: runs of capitalized words are cut at
// honorifics, greetings, roles and sentence-initial common words, split after a legal form, then typed by what ends
// them (a legal form or a company noun, a street or venue word), by the gazetteers (given names and surnames, places,
// brands) and by the word before them ("from X", "in X"). Lower-case transcripts: given name + surname pairs, places
// and brands that are not also common English words, and runs that end in a company noun.
class NameRecognizer final
{
public:
    explicit NameRecognizer(const Gazetteer& gazetteer);

    // Appends what it finds to `out`, which holds what the rule recognizers (dates, times, money, contacts) found
    // already: a number inside one they are sure of (confidence 0.8 or more) is not read as part of a name.
    void find(const QString& text, QList<Entity>& out) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace sb
