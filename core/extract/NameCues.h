#pragma once

#include <QSet>
#include <QString>

namespace sb::namecues {

// Small, general word lists that decide what a run of names is: how organizations end (legal forms and the nouns
// companies are named with), how places end (street and venue words), what introduces a person (honorifics) and which
// words around a name point to a type. Written from general knowledge of business English; folded to lower case.

bool isHonorific(const QString& folded);     // mr, ms, dr, prof, herr, sheikh, … (not part of the name)
bool isLegalSuffix(const QString& folded);   // inc, corp, llc, ltd, gmbh, ag, sa, bv, plc, k.k., s.p.a., …
bool isOrgHeadNoun(const QString& folded);   // bank, logistics, pharma, foods, partners, university, …
bool isPlaceHeadNoun(const QString& folded); // hotel, airport, tower, centre, plaza, street, road, …
bool isProductTier(const QString& folded);   // pro, enterprise, premium, plan, edition, suite, cloud, …
bool isNameParticle(const QString& folded);  // van, von, de, da, del, bin, al, … (inside a person's name)
bool isRoleWord(const QString& folded);      // ceo, cfo, vp, director, manager, … (a role, not a name)
bool isNotAName(const QString& folded);      // greetings, headers and other capitalized words that name nothing
bool isTierNoun(const QString& folded);      // plan, tier, edition, package: "Pro plan" is one product
bool isSentenceVerb(const QString& folded);  // met, called, visited, … (a sentence's first word, not a name's)

// Words before a name that tell its type: "from"/"at" an organization, "in"/"to" a place, "with"/"call" a person.
enum class Hint { None, Organization, Location, Person };
Hint hintBefore(const QString& folded);

} // namespace sb::namecues
