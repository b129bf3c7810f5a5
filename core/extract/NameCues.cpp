#include "extract/NameCues.h"

#include <QHash>

namespace sb::namecues {
namespace {

QSet<QString> set(std::initializer_list<const char*> words)
{
    QSet<QString> result;
    for (const char* word : words)
        result.insert(QString::fromUtf8(word));
    return result;
}

} // namespace

bool isHonorific(const QString& folded)
{
    static const QSet<QString> words =
        set({"mr",   "mr.",   "mrs",    "mrs.",     "ms",     "ms.",  "mx",   "mx.",   "dr",  "dr.",   "prof", "prof.",
             "sir",  "dame",  "herr",   "frau",     "sheikh", "eng",  "eng.", "madam", "mme", "mme.",  "sr",   "sra",
             "sra.", "señor", "señora", "monsieur", "madame", "shri", "smt",  "ing.",  "ir.", "dott.", "khun"});
    return words.contains(folded);
}

bool isLegalSuffix(const QString& folded)
{
    static const QSet<QString> words = set(
        {"inc",      "inc.",   "corp",   "corp.",  "corporation", "llc",    "l.l.c.",   "ltd",     "ltd.", "limited",
         "gmbh",     "ag",     "sa",     "s.a.",   "sas",         "sarl",   "s.a.r.l.", "bv",      "b.v.", "nv",
         "n.v.",     "plc",    "pty",    "k.k.",   "s.p.a.",      "spa",    "srl",      "s.r.l.",  "s.l.", "sl",
         "oy",       "oyj",    "ab",     "asa",    "a/s",         "as",     "aps",      "llp",     "lp",   "pvt",
         "pvt.",     "bhd",    "sdn",    "kg",     "se",          "co.",    "co",       "company", "lda",  "ltda",
         "ltda.",    "s.a.c.", "sac",    "a.ş.",   "oü",          "ehf.",   "ehf",      "kft",     "kft.", "d.o.o.",
         "sp.",      "z",      "o.o.",   "s.c.",   "sro",         "s.r.o.", "jsc",      "ooo",     "pjsc", "tbk",
         "pte",      "pte.",   "s.a.s.", "e.v.",   "gbr",         "ug",     "kgaa",     "s.e.",    "ab.",  "holding",
         "holdings", "group",  "gruppe", "groupe", "grupo"});
    return words.contains(folded);
}

bool isOrgHeadNoun(const QString& folded)
{
    static const QSet<QString> words = set({"bank",
                                            "bancorp",
                                            "airlines",
                                            "airways",
                                            "technologies",
                                            "technology",
                                            "tech",
                                            "solutions",
                                            "systems",
                                            "software",
                                            "labs",
                                            "laboratories",
                                            "partners",
                                            "consulting",
                                            "consultants",
                                            "capital",
                                            "ventures",
                                            "industries",
                                            "logistics",
                                            "pharmaceuticals",
                                            "pharma",
                                            "foods",
                                            "food",
                                            "motors",
                                            "insurance",
                                            "assurance",
                                            "university",
                                            "college",
                                            "institute",
                                            "hospital",
                                            "clinic",
                                            "foundation",
                                            "agency",
                                            "agencies",
                                            "ministry",
                                            "council",
                                            "association",
                                            "union",
                                            "mining",
                                            "energy",
                                            "enterprises",
                                            "networks",
                                            "media",
                                            "studios",
                                            "robotics",
                                            "dynamics",
                                            "health",
                                            "healthcare",
                                            "realty",
                                            "properties",
                                            "construction",
                                            "manufacturing",
                                            "electronics",
                                            "telecom",
                                            "communications",
                                            "brewing",
                                            "brewery",
                                            "roasters",
                                            "bakery",
                                            "trading",
                                            "traders",
                                            "exports",
                                            "imports",
                                            "textiles",
                                            "steel",
                                            "chemicals",
                                            "petroleum",
                                            "power",
                                            "utilities",
                                            "shipping",
                                            "freight",
                                            "lines",
                                            "express",
                                            "services",
                                            "associates",
                                            "advisors",
                                            "advisory",
                                            "accounting",
                                            "financial",
                                            "finance",
                                            "securities",
                                            "investments",
                                            "fund",
                                            "trust",
                                            "cooperative",
                                            "co-op",
                                            "collective",
                                            "farms",
                                            "wines",
                                            "winery",
                                            "vineyards",
                                            "builders",
                                            "marine",
                                            "payments",
                                            "solicitors",
                                            "lawyers",
                                            "attorneys",
                                            "agro",
                                            "florists",
                                            "bygg",
                                            "solar",
                                            "motors",
                                            "apparel",
                                            "fashion",
                                            "cosmetics",
                                            "beverages",
                                            "dairy",
                                            "retail",
                                            "stores",
                                            "supermarkets",
                                            "markets",
                                            "hotels",
                                            "resorts",
                                            "gmbh",
                                            "microfinance",
                                            "micro-finance",
                                            "credit",
                                            "biotech",
                                            "biosciences",
                                            "diagnostics",
                                            "medical",
                                            "devices",
                                            "instruments",
                                            "engineering",
                                            "automotive",
                                            "aerospace",
                                            "airline",
                                            "railways",
                                            "transport",
                                            "transportation",
                                            "mobility",
                                            "telecoms",
                                            "cable",
                                            "broadcasting",
                                            "publishing",
                                            "press",
                                            "records",
                                            "games",
                                            "entertainment",
                                            "interactive",
                                            "semiconductors",
                                            "materials",
                                            "plastics",
                                            "packaging",
                                            "paper",
                                            "printing",
                                            "furniture",
                                            "interiors",
                                            "design",
                                            "architects",
                                            "architecture",
                                            "realtors",
                                            "estates",
                                            "development",
                                            "developers",
                                            "pharmacy",
                                            "pharmacies",
                                            "labs.",
                                            "academy",
                                            "school",
                                            "schools",
                                            "polytechnic",
                                            "commission",
                                            "authority",
                                            "department",
                                            "bureau",
                                            "office",
                                            "federation",
                                            "society",
                                            "club",
                                            "league",
                                            "exchange",
                                            "clinics",
                                            "dental",
                                            "veterinary",
                                            "care",
                                            "homes",
                                            "nutrition",
                                            "organics",
                                            "coffee",
                                            "tea",
                                            "spirits",
                                            "distillery",
                                            "brands",
                                            "outfitters",
                                            "supply",
                                            "supplies",
                                            "distribution",
                                            "distributors",
                                            "wholesale",
                                            "staffing",
                                            "recruitment",
                                            "talent",
                                            "marketing",
                                            "creative",
                                            "events",
                                            "travel",
                                            "tours",
                                            "cargo",
                                            "couriers",
                                            "mills",
                                            "textile",
                                            "garments",
                                            "fabrics",
                                            "metals",
                                            "minerals",
                                            "resources",
                                            "gas",
                                            "oil",
                                            "renewables",
                                            "water",
                                            "waste",
                                            "recycling",
                                            "environmental",
                                            "agri",
                                            "agriculture",
                                            "seeds",
                                            "fisheries",
                                            "seafood",
                                            "poultry",
                                            "meats",
                                            "bottling",
                                            "brewers",
                                            "kitchens",
                                            "restaurants",
                                            "catering",
                                            "hospitality"});
    return words.contains(folded);
}

bool isPlaceHeadNoun(const QString& folded)
{
    static const QSet<QString> words = set(
        {"hotel",    "airport",   "tower",     "towers",      "center",    "centre", "plaza",     "mall",    "building",
         "square",   "station",   "stadium",   "arena",       "hall",      "museum", "harbour",   "harbor",  "bridge",
         "campus",   "street",    "st",        "st.",         "avenue",    "ave",    "ave.",      "road",    "rd",
         "rd.",      "boulevard", "blvd",      "blvd.",       "lane",      "drive",  "way",       "place",   "terminal",
         "park",     "gardens",   "palace",    "castle",      "cathedral", "beach",  "island",    "islands", "valley",
         "lake",     "river",     "mountains", "inn",         "lodge",     "resort", "suites",    "marina",  "pier",
         "quay",     "wharf",     "expo",      "fairgrounds", "strasse",   "straße", "platz",     "rue",     "calle",
         "avenida",  "rua",       "via",       "piazza",      "gasse",     "weg",    "allee",     "county",  "province",
         "district", "region",    "state",     "city",        "village",   "town",   "peninsula", "coast",   "bay"});
    return words.contains(folded);
}

bool isProductTier(const QString& folded)
{
    static const QSet<QString> words =
        set({"pro",      "plus",      "max",      "mini",         "ultra",     "lite",       "enterprise", "premium",
             "standard", "basic",     "business", "professional", "starter",   "essentials", "advanced",   "growth",
             "team",     "teams",     "plan",     "tier",         "edition",   "suite",      "cloud",      "platform",
             "studio",   "server",    "desktop",  "mobile",       "x",         "se",         "air",        "gold",
             "platinum", "silver",    "elite",    "core",         "hub",       "cloud",      "one",        "360",
             "365",      "workplace", "connect",  "manager",      "analytics", "insights",   "copilot",    "ai"});
    return words.contains(folded);
}

bool isNameParticle(const QString& folded)
{
    static const QSet<QString> words = set({"van",   "von", "der", "den", "de", "da",  "das",   "do",   "dos", "del",
                                            "della", "di",  "du",  "la",  "le", "bin", "binti", "bint", "ibn", "al",
                                            "el",    "ter", "ten", "y",   "e",  "mac", "st.",   "abu",  "ben", "dela"});
    return words.contains(folded);
}

bool isRoleWord(const QString& folded)
{
    static const QSet<QString> words = set({"ceo",
                                            "cfo",
                                            "cto",
                                            "coo",
                                            "cio",
                                            "ciso",
                                            "cmo",
                                            "cro",
                                            "vp",
                                            "svp",
                                            "evp",
                                            "avp",
                                            "president",
                                            "director",
                                            "manager",
                                            "head",
                                            "lead",
                                            "chief",
                                            "officer",
                                            "founder",
                                            "co-founder",
                                            "owner",
                                            "partner",
                                            "principal",
                                            "chair",
                                            "chairman",
                                            "chairwoman",
                                            "chairperson",
                                            "secretary",
                                            "treasurer",
                                            "analyst",
                                            "engineer",
                                            "architect",
                                            "consultant",
                                            "specialist",
                                            "coordinator",
                                            "administrator",
                                            "admin",
                                            "associate",
                                            "assistant",
                                            "intern",
                                            "executive",
                                            "rep",
                                            "representative",
                                            "buyer",
                                            "procurement",
                                            "purchasing",
                                            "sales",
                                            "marketing",
                                            "finance",
                                            "legal",
                                            "hr",
                                            "it",
                                            "ops",
                                            "operations",
                                            "support",
                                            "team",
                                            "board",
                                            "committee",
                                            "department",
                                            "dept",
                                            "division",
                                            "unit",
                                            "desk"});
    return words.contains(folded);
}

bool isNotAName(const QString& folded)
{
    static const QSet<QString> words = set(
        {"hi",          "hello",      "g'day",    "hola",        "bonjour",   "ciao",       "namaste",   "salaam",
         "greetings",   "good",       "remove",   "unsubscribe", "hey",       "dear",       "thanks",    "thank",
         "regards",     "best",       "cheers",   "subject",     "re",        "fwd",        "fw",        "from",
         "to",          "cc",         "bcc",      "sent",        "when",      "where",      "who",       "what",
         "why",         "how",        "notes",    "note",        "meeting",   "call",       "action",    "actions",
         "items",       "item",       "next",     "steps",       "agenda",    "attendees",  "summary",   "update",
         "todo",        "to-do",      "fyi",      "asap",        "eod",       "eow",        "ooo",       "tbd",
         "tbc",         "n/a",        "ok",       "okay",        "yes",       "no",         "please",    "pls",
         "urgent",      "important",  "reminder", "followup",    "follow-up", "f/u",        "q1",        "q2",
         "q3",          "q4",         "h1",       "h2",          "fy",        "kpi",        "roi",       "sla",
         "nda",         "msa",        "sow",      "rfp",         "rfq",       "poc",        "crm",       "erp",
         "api",         "saas",       "b2b",      "pdf",         "emea",      "apac",       "latam",     "amer",
         "na",          "eu",         "us",       "uk",          "i",         "we",         "you",       "they",
         "he",          "she",        "it",       "the",         "a",         "an",         "this",      "that",
         "these",       "those",      "our",      "their",       "my",        "your",       "his",       "her",
         "its",         "and",        "or",       "but",         "so",        "if",         "then",      "also",
         "just",        "still",      "maybe",    "per",         "via",       "vs",         "etc",       "ps",
         "p.s.",        "attached",   "signed",   "sincerely",   "kind",      "warm",       "phone",     "mobile",
         "tel",         "fax",        "email",    "e-mail",      "web",       "website",    "address",   "office",
         "direct",      "main",       "ext",      "ext.",        "mon",       "tue",        "wed",       "thu",
         "fri",         "sat",        "sun",      "um",          "uh",        "hmm",        "oh",        "ah",
         "hiya",        "yo",         "morning",  "afternoon",   "evening",   "today",      "tomorrow",  "tonight",
         "yesterday",   "organizer",  "guests",   "join",        "dial",      "pin",        "passcode",  "january",
         "february",    "march",      "april",    "june",        "july",      "august",     "september", "october",
         "november",    "december",   "jan",      "feb",         "mar",       "apr",        "jun",       "jul",
         "aug",         "sep",        "sept",     "oct",         "nov",       "dec",        "voicemail", "transcript",
         "speaker",     "agent",      "caller",   "customer",    "client",    "prospect",   "lead",      "deal",
         "opportunity", "quote",      "invoice",  "order",       "contract",  "budget",     "pricing",   "price",
         "total",       "amount",     "discount", "renewal",     "demo",      "pilot",      "trial",     "kickoff",
         "kick-off",    "onboarding", "training", "workshop",    "webinar",   "conference", "summit",    "expo",
         "ii",          "iii",        "iv",       "ai",          "ml",        "ar",         "vr",        "ip",
         "id",          "ui",         "ux",       "pm",          "am",        "est",        "pst",       "cet",
         "gmt",         "utc",        "ist",      "jst",         "kst",       "aest",       "et",        "pt",
         "ct",          "mt"});
    return words.contains(folded);
}

bool isTierNoun(const QString& folded)
{
    static const QSet<QString> words = set({"plan", "tier", "edition", "package", "bundle", "subscription"});
    return words.contains(folded);
}

bool isSentenceVerb(const QString& folded)
{
    static const QSet<QString> words =
        set({"met",      "meet",   "meeting", "called", "call",   "spoke",   "emailed", "sent",      "visited",
             "visit",    "booked", "lunch",   "dinner", "coffee", "told",    "asked",   "invite",    "invited",
             "ping",     "pinged", "loop",    "looped", "check",  "checked", "confirm", "confirmed", "review",
             "reviewed", "signed", "send",    "talked", "chat",   "chatted", "follow",  "followed",  "need",
             "needs",    "new",    "our",     "their",  "per",    "both",    "all"});
    return words.contains(folded);
}

Hint hintBefore(const QString& folded)
{
    static const QHash<QString, Hint> hints = [] {
        QHash<QString, Hint> h;
        for (const char* w : {"at", "from", "for", "joined", "join", "client", "customer", "partner", "vendor",
                              "supplier", "competitor", "acquired", "acquire", "by", "of"})
            h.insert(QString::fromLatin1(w), Hint::Organization);
        for (const char* w : {"in", "to", "near", "visit", "visiting", "flew", "fly", "flying", "travel", "based",
                              "moved", "across", "around", "outside", "downtown", "into"})
            h.insert(QString::fromLatin1(w), Hint::Location);
        for (const char* w : {"with",    "call", "called", "calling", "tell",   "told",  "ask",    "asked", "email",
                              "emailed", "meet", "met",    "ping",    "pinged", "cc",    "thanks", "thank", "hi",
                              "hello",   "dear", "hey",    "talked",  "spoke",  "speak", "cc'd",   "loop",  "per"})
            h.insert(QString::fromLatin1(w), Hint::Person);
        return h;
    }();
    return hints.value(folded, Hint::None);
}

} // namespace sb::namecues
