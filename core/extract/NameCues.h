#pragma once

#include <QString>

namespace sb::namecues {

// Small, general word lists that decide what a run of names is: how organizations end (legal forms and the nouns
// companies are named with), how places end (street and venue words), what introduces a person (honorifics) and which
// words around a name point to a type. Written from general knowledge of business English; folded to lower case.

// What the word lists say of a folded word, as bits: one lookup answers every question below.
enum Cue : quint64 {
    Honorific = 1u << 0,     // mr, ms, dr, prof, herr, sheikh, … with or without their dot (not part of the name)
    LegalSuffix = 1u << 1,   // inc, corp, llc, ltd, gmbh, ag, sa, bv, plc, k.k., s.p.a., …
    OrgHeadNoun = 1u << 2,   // bank, logistics, pharma, foods, partners, university, …
    PlaceHeadNoun = 1u << 3, // hotel, airport, tower, centre, plaza, street, road, …
    ProductTier = 1u << 4,   // pro, enterprise, premium, plan, edition, suite, cloud, …
    NameParticle = 1u << 5,  // van, von, de, da, del, bin, al, … (inside a person's name)
    RoleWord = 1u << 6,      // ceo, cfo, vp, director, manager, … (a role, not a name)
    NotAName = 1u << 7,      // greetings, headers and other capitalized words that name nothing
    TierNoun = 1u << 8,      // plan, tier, edition, package: "Pro plan" is one product
    SentenceVerb = 1u << 9,  // met, called, visited, … (a sentence's first word, not a name's)
    PersonVerb = 1u << 10,   // said, told, wants, … (what people do right after their name: "Jordan said")
    TimeWord = 1u << 11,     // since, until, early, by, … (before a month-like name: "in may", "since june")
    // Words before a name that tell its type: "from"/"at" an organization, "in"/"to" a place, "with"/"call" a person.
    HintOrganization = 1u << 12,
    HintLocation = 1u << 13,
    HintPerson = 1u << 14,
    HonorificAfter = 1u << 15, // san, sama, kun, … (after a name, not part of it: "Tanaka san")
    StreetPrefix = 1u << 16,   // rua, rue, via, calle, avenida, … (words that come before a street's name)
    OrgPrefix = 1u << 17,      // grupo, banco, clínica, universidad, … (words that come before a company's name)
    ProductNoun = 1u << 18,    // pack, kit, module, bundle, add-on, … (what is sold as one thing)
    Auxiliary = 1u << 19,      // can, will, did, … (a question's first word: "Can Farah join?")
    Designator = 1u << 20,  // gate, room, floor, phase, section, … (with a number: a place or a part, not a product)
    Filler = 1u << 21,      // give, back, me, just, about, um, … (speech around names, never part of one)
    PlacePrefix = 1u << 22, // hotel, county, lake, mount, … (words that come before a place's name)
    Institutional = 1u << 23, // medical, research, data, … (before "center": an institution, not a place)
    Department = 1u << 24,    // team, department, unit, … (after a name: a part of a company, not a company)
    // Around a company named by an ordinary word in lower case ("apple wants", "call chase about", "the orange
    // contract"): what a company does, how one deals with it, what may follow it in the clause, what it holds.
    CompanyAct = 1u << 25,   // said, wants, cut, launched, quoted, …
    DealtWith = 1u << 26,    // with, call, switched, joined, left, …
    ClauseGoesOn = 1u << 27, // about, but, and, because, today, …
    Holding = 1u << 28,      // contract, account, invoice, subscription, …
    Institution = 1u << 29,  // bank, university, ministry, … (before "of": "Bank of Ghana" is one)
    Document = 1u << 30,     // agreement, proposal, report, … (the last word of a document's title)
    KinTerm = 1u << 31,      // anh, chị, ông, bà, …: Vietnamese words of address, in lower case before a name
    // Words one rule each looks for around a name:
    Site = quint64(1) << 32,              // mill, plant, office, yard, …: "(Kemi mill)", "our Visp site"
    SoldThing = quint64(1) << 33,         // app, sensors, add-on, …: "ColdTrace sensors"
    PersonAct = quint64(1) << 34,         // said, wants, suggested, …: "Tunde wants"
    TradeTerm = quint64(1) << 35,         // fob, cif, vat, gst, …: "FOB Vietnam" is the place alone
    MeetingGroup = quint64(1) << 36,      // steering, working, advisory, …: before "Group", no company
    CompanyDivision = quint64(1) << 37,   // cars, display, energy, …: "Samsung Display" is a company
    PolishInstitution = quint64(1) << 38, // szpital, uniwersytet, …: "Szpital Uniwersytecki w Krakowie"
    StateCode = quint64(1) << 39,         // co, tx, on, nsw, …: "Denver, CO" (the postal codes of states)
    RatingUnit = quint64(1) << 40,        // hp, kw, tr, kva, …: "Daikin VRV X 20 HP" (a rating, not the model)
    CompanyRole = quint64(1) << 41,       // incumbent, broker, vendor, …: "Incumbent: Samsara", "Broker is Marsh"
    Incoterm = quint64(1) << 42,          // exw, fob, cfr, cif, …: "CFR Port Qasim" is the port alone
    Direction = quint64(1) << 43,         // north, eastern, upper, …: "East Africa", "Upper Egypt" are regions
    ForeignGreeting = quint64(1) << 44,   // beste, merci, gracias, …: "Beste Pieter" is Pieter
    Ordinal = quint64(1) << 45,           // first, second, last, next: "the first 12,000 sets" counts
    GoodsAcronym = quint64(1) << 46,      // pos, mri, plc, ups, …: "TCx 810 POS terminals" (a kind of goods)
    SystemUse = quint64(1) << 47,         // run, using, piloting, replacing, …: "runs NICE CXone" (a system)
    SystemMove = quint64(1) << 48,        // moving, migrating, switching, …: "migrating from Dentrix Ascend"
};
// The cues that only describe the words around a company's name; a word with no other cue is still an ordinary word.
inline constexpr quint64 kCompanyContext = CompanyAct | DealtWith | ClauseGoesOn | Holding;
// The cues that only one rule looks for; they make no word a known one.
inline constexpr quint64 kRuleWords = Site | SoldThing | PersonAct | TradeTerm | MeetingGroup | CompanyDivision |
                                      PolishInstitution | StateCode | RatingUnit | CompanyRole | Incoterm | Direction |
                                      ForeignGreeting | Ordinal | GoodsAcronym | SystemUse | SystemMove;
quint64 cuesOf(QStringView folded);
// The same, for a word whose hash (WordTable::hashOf) is known already.
quint64 cuesOf(QStringView folded, quint64 hash);

inline bool isLegalSuffix(QStringView folded)
{
    return cuesOf(folded) & LegalSuffix;
}

enum class Hint { None, Organization, Location, Person };
inline Hint hintOf(quint64 cues)
{
    if (cues & HintOrganization)
        return Hint::Organization;
    if (cues & HintLocation)
        return Hint::Location;
    // A role before a name is that person's: "our AE Tomoko", "CFO Priya".
    if (cues & (HintPerson | RoleWord))
        return Hint::Person;
    return Hint::None;
}

} // namespace sb::namecues
