#include "extract/NameCues.h"

#include "extract/WordTable.h"

#include <QList>

namespace sb::namecues {
namespace {

using Table = WordTable<quint64>;

void add(Table& table, Cue cue, std::initializer_list<const char*> words)
{
    for (const char* word : words)
        table[QString::fromUtf8(word)] |= cue;
}

Table buildTable()
{
    Table t;
    add(t, Cue::Honorific,
        {"sr.",  "alhaji",  "alhaja",  "capt",      "capt.",  "lic",     "lic.", "engr",  "engr.", "sheikha",
         "haji", "hajia",   "doctor",  "professor", "mister", "miss",    "mr",   "mr.",   "mrs",   "mrs.",
         "ms",   "ms.",     "mx",      "mx.",       "dr",     "dr.",     "prof", "prof.", "sir",   "dame",
         "herr", "frau",    "sheikh",  "eng",       "eng.",   "madam",   "mme",  "mme.",  "sr",    "sra",
         "sra.", "señor",   "señora",  "monsieur",  "madame", "shri",    "smt",  "ing.",  "ir.",   "dott.",
         "khun", "pak",     "bapak",   "ibu",       "bu",     "tuan",    "puan", "encik", "datuk", "dato",
         "pani", "domnul",  "doamna",  "dl.",       "dna.",   "captain", "dra",  "dra.",  "srta",  "srta.",
         "dott", "dottssa", "dott.ssa"});
    // After a name, in Japanese and Korean: "Tanaka san", "tanaka-sama", "Kim ssi".
    add(t, Cue::HonorificAfter, {"san", "sama", "sensei", "kun", "ssi", "nim"});
    // Vietnamese words of address, which Vietnamese writes in lower case before a given name ("Xin chào anh Hoàng",
    // "gửi chị Lan"). Only so: capitalized, "Anh" is a given name itself.
    add(t, Cue::KinTerm, {"anh", "chị", "em", "ông", "bà", "cô", "chú", "bác"});
    add(t, Cue::Institution,
        {"bank",      "university", "ministry", "department", "institute", "council",     "commission",
         "authority", "government", "school",   "college",    "hospital",  "association", "agency",
         "bureau",    "office",     "chamber",  "federation", "society",   "academy",     "board"});
    add(t, Cue::Document,
        {"agreement", "contract", "proposal", "report", "policy", "statement", "addendum", "amendment", "memo",
         "invoice", "schedule", "checklist"});
    add(t, Cue::LegalSuffix,
        {"sp", "şti", "şti.", "inc", "inc.", "corp", "corp.", "corporation", "llc", "l.l.c.", "ltd", "ltd.", "limited",
         "gmbh", "ag", "sa", "s.a.", "sas", "sarl", "s.a.r.l.", "bv", "b.v.", "nv", "n.v.", "plc", "pty", "k.k.",
         "s.p.a.", "spa", "srl", "s.r.l.", "s.l.", "sl", "oy", "oyj", "ab", "asa", "a/s", "as", "aps", "llp", "lp",
         "pvt", "pvt.", "bhd", "sdn", "kg", "se", "co.", "co", "company", "lda", "ltda", "ltda.", "s.a.c.", "sac",
         "a.ş.", "oü", "ehf.", "ehf", "kft", "kft.", "d.o.o.", "sp.", "z", "o.o.", "s.c.", "sro", "s.r.o.", "jsc",
         "ooo", "pjsc", "tbk", "pte", "pte.", "s.a.s.", "e.v.", "gbr", "ug", "kgaa", "s.e.", "ab.", "holding",
         "holdings", "group", "gruppe", "c.v.", "r.l.", "w.l.l", "w.l.l.", "wll", "dac", "sp.j", "sp.j.", "sp.k",
         "sp.k.", "fze", "fzco", "fzc", "fz-llc", "s.a",
         // Gulf and Levant joint-stock forms: Egypt's S.A.E., Lebanon's S.A.L., Kuwait's K.S.C.(P.), Qatar's Q.P.S.C.,
         // Oman's SAOG and SAOC, Bahrain's B.S.C., the P.S.C. of Jordan and the Emirates.
         "s.a.e", "s.a.e.", "s.a.l", "s.a.l.", "k.s.c", "k.s.c.", "k.s.c.p", "k.s.c.p.", "q.p.s.c", "q.p.s.c.", "qpsc",
         "saog", "saoc", "b.s.c", "b.s.c.", "p.s.c", "p.s.c.",
         // The Czech and Slovak joint-stock company, Mexico's listed S.A.B., and the Turkish "Sanayi ve Ticaret"
         // written short before its form ("San. ve Tic. A.Ş.", "Tic. Ltd. Şti.").
         "a.s.", "a.s", "s.a.b.", "s.a.b", "san.", "tic.", "kk",
         // Hungarian, Lithuanian, Latvian, Bulgarian and French forms: "Tisza Bank Zrt.", "Baltic Packaging UAB".
         "zrt", "zrt.", "nyrt", "nyrt.", "uab", "sia", "ood", "eood", "sasu", "eurl", "ohg"});
    add(t, Cue::OrgHeadNoun,
        {"government",
         "tourism", // a region's tourism board: "Kauri Coast Tourism"
         "exportadora",
         "importadora",
         "leasing",
         "municipality",
         "mart",
         "paving",
         "grazing",
         "motor",
         "carriers",
         "steelworks",
         "hydraulik",
         "semicon",
         "facilities",
         "szpital",
         "ziekenhuis", // hospitals and foundations named with the word after the name: "Catharina Ziekenhuis"
         "sjukhus",
         "sykehus",
         "sygehus",
         "krankenhaus",
         "klinikum",
         "stiftung",
         "stichting",
         "sanayi",
         "ticaret",
         "maschinenbau",
         "hidráulica",
         "metalúrgica",
         "transportadora",
         "comercializadora",
         "cooperative",
         "orthopedics",
         "orthopaedics",
         "cardiology",
         "radiology",
         "pediatrics",
         "paediatrics",
         "dermatology",
         "oncology",
         "imaging",
         "surgical",
         "physiotherapy",
         "reederei",
         "spedition",
         "brauerei",
         "versicherung",
         "werke",
         "logistik",
         "logistiek",
         "transporte",
         "transportes",
         "construcciones",
         "ingeniería",
         "sistemas",
         "soluciones",
         "tecnologia",
         "tecnología",
         "servicios",
         "alimentos",
         "textil",
         "endüstriyel",
         "mutual",
         "beers",
         "contractors",
         "precision",
         "fashions",
         "trucking",
         "equipment",
         "tools",
         "machinery",
         "electric",
         "electrical",
         "therapeutics",
         "law",
         "accountants",
         "lending",
         "loans",
         "rentals",
         "advertising",
         "digital",
         "outdoor",
         "sports",
         "beauty",
         "jewelry",
         "aviation",
         "carpets",
         "microfinance",
         "micro-finance",
         "bank",
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
         "industry", // "Zoomlion Heavy Industry"
         "automation",
         "engineers", // "GreenHVAC Engineers"
         "infra",
         "infrastructure",
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
         "sons", // "Okafor & Sons"
         "brothers",
         "labs.",
         "academy",
         "school",
         "schools",
         "polytechnic",
         "commission",
         "authority",
         "department",
         "bureau",
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
    add(t, Cue::PlaceHeadNoun,
        {"estate",  "estates",   "island", "district", "port",     "chambers", "heights", "hill",      "hills",
         "house",   "east",      "west",   "north",    "south",    "bölgesi",  "hotel",   "airport",   "tower",
         "towers",  "center",    "centre", "plaza",    "mall",     "building", "square",  "station",   "stadium",
         "arena",   "hall",      "museum", "harbour",  "harbor",   "bridge",   "campus",  "street",    "st",
         "st.",     "avenue",    "ave",    "ave.",     "road",     "rd",       "rd.",     "boulevard", "blvd",
         "blvd.",   "lane",      "drive",  "way",      "place",    "terminal", "park",    "gardens",   "palace",
         "castle",  "cathedral", "beach",  "islands",  "valley",   "lake",     "river",   "mountains", "inn",
         "lodge",   "resort",    "suites", "marina",   "pier",     "quay",     "wharf",   "expo",      "fairgrounds",
         "strasse", "straße",    "platz",  "rue",      "calle",    "avenida",  "rua",     "via",       "piazza",
         "gasse",   "weg",       "allee",  "county",   "province", "region",   "state",   "city",      "village",
         "town",    "peninsula", "coast",  "bay"});
    // Kinds of business software, after a vendor's name: "Workday HCM", "Manhattan WMS".
    add(t, Cue::ProductTier,
        {"hcm", "wms", "tms", "mes", "ehr", "emr", "lms", "hris", "cms", "plm", "scm", "siem", "edr", "xdr", "mdm"});
    add(t, Cue::ProductTier,
        {"pro",       "plus",    "max",      "mini",         "ultra",    "lite",       "enterprise", "premium",
         "standard",  "basic",   "business", "professional", "starter",  "essentials", "advanced",   "growth",
         "team",      "teams",   "plan",     "tier",         "edition",  "suite",      "cloud",      "platform",
         "studio",    "server",  "desktop",  "mobile",       "x",        "se",         "air",        "gold",
         "platinum",  "silver",  "elite",    "core",         "hub",      "one",        "360",        "365",
         "workplace", "connect", "manager",  "analytics",    "insights", "copilot",    "ai"});
    add(t, Cue::NameParticle, {"van", "von", "der", "den", "de",  "da",    "das",  "do",   "dos", "del", "della",
                               "di",  "du",  "la",  "le",  "bin", "binti", "bint", "ibn",  "al",  "el",  "ter",
                               "ten", "y",   "e",   "mac", "st.", "abu",   "ben",  "dela", "es"}); // "Dar es Salaam"
    add(t, Cue::RoleWord, {"gerente",    "jefe",        "jefa",       "diretor",     "diretora",      "directeur",
                           "directrice", "leiter",      "leiterin",   "responsable", "ingeniero",     "ingeniera",
                           "ae",         "sdr",         "bdr",        "csm",         "ceo",           "cfo",
                           "cto",        "coo",         "cio",        "ciso",        "cmo",           "cro",
                           "vp",         "svp",         "evp",        "avp",         "president",     "director",
                           "manager",    "head",        "lead",       "chief",       "officer",       "founder",
                           "co-founder", "owner",       "partner",    "principal",   "chair",         "chairman",
                           "chairwoman", "chairperson", "secretary",  "treasurer",   "analyst",       "engineer",
                           "architect",  "consultant",  "specialist", "coordinator", "administrator", "admin",
                           "associate",  "assistant",   "intern",     "executive",   "rep",           "representative",
                           "buyer",      "procurement", "purchasing", "sales",       "marketing",     "finance",
                           "legal",      "hr",          "it",         "ops",         "operations",    "support",
                           "team",       "board",       "committee",  "department",  "dept",          "division",
                           "unit",       "desk"});
    // Greetings, thanks and closings of other languages, which a name follows ("Beste Pieter", "Merci Claire").
    add(t, Cue::NotAName,
        {"beste", "merci", "gracias", "obrigado", "obrigada", "danke", "grazie", "saludos", "cordialement",
         "atentamente", "groeten", "pozdrawiam", "perfecto", "perfeito", "tack", "kiitos", "mvh", "shukran"});
    add(t, Cue::NotAName,
        {"wi-fi",       "wifi",       "iot",       "dm",        "dms",       "apn",         "apns",       "sms",
         "gps",         "pos",        "esg",       "hr",        "estimado",  "estimada",    "prezado",    "prezada",
         "caro",        "cara",       "gentile",   "sehr",      "geehrte",   "geehrter",    "liebe",      "lieber",
         "chào",        "xin",        "sir/madam", "monday",    "tuesday",   "wednesday",   "thursday",   "friday",
         "saturday",    "sunday",     "hej",       "hallo",     "salut",     "olá",         "ola",        "merhaba",
         "moin",        "servus",     "grüezi",    "privet",    "habari",    "sawubona",    "qbr",        "ebr",
         "mbr",         "okr",        "okrs",      "rfi",       "nps",       "csat",        "arr",        "mrr",
         "acv",         "tcv",        "gtm",       "mvp",       "faq",       "hq",          "hi",         "hello",
         "g'day",       "hola",       "bonjour",   "ciao",      "namaste",   "salaam",      "greetings",  "good",
         "tere",        "hei",        "moi",       "ahoj",      "salam",     "jambo",       "konnichiwa", "shalom",
         "marhaba",     "annyeong",   "sawasdee",  "kamusta",   "remove",    "unsubscribe", "hey",        "dear",
         "thanks",      "thank",      "regards",   "best",      "cheers",    "subject",     "re",         "fwd",
         "fw",          "from",       "to",        "cc",        "bcc",       "sent",        "when",       "where",
         "who",         "what",       "why",       "how",       "notes",     "note",        "meeting",    "call",
         "closed",      "action",     "actions",   "items",     "item",      "next",        "steps",      "agenda",
         "attendees",   "summary",    "update",    "todo",      "to-do",     "fyi",         "asap",       "eod",
         "eow",         "ooo",        "tbd",       "tbc",       "n/a",       "ok",          "okay",       "yes",
         "no",          "please",     "pls",       "urgent",    "important", "reminder",    "followup",   "follow-up",
         "f/u",         "q1",         "q2",        "q3",        "q4",        "h1",          "h2",         "fy",
         "kpi",         "roi",        "sla",       "nda",       "msa",       "sow",         "rfp",        "rfq",
         "poc",         "po",         "vat",       "gst",       "cctv",      "l/c",         "crm",        "erp",
         "api",         "saas",       "b2b",       "pdf",       "emea",      "apac",        "latam",      "amer",
         "na",          "eu",         "us",        "uk",        "i",         "we",          "you",        "they",
         "he",          "she",        "it",        "the",       "a",         "an",          "this",       "that",
         "these",       "those",      "our",       "their",     "my",        "your",        "his",        "her",
         "its",         "and",        "or",        "but",       "so",        "if",          "then",       "also",
         "just",        "still",      "maybe",     "per",       "via",       "vs",          "etc",        "ps",
         "p.s.",        "attached",   "signed",    "sincerely", "kind",      "warm",        "phone",      "mobile",
         "tel",         "fax",        "email",     "e-mail",    "web",       "website",     "address",    "office",
         "direct",      "main",       "ext",       "ext.",      "mon",       "tue",         "wed",        "thu",
         "fri",         "sat",        "sun",       "um",        "uh",        "hmm",         "oh",         "ah",
         "hiya",        "yo",         "morning",   "afternoon", "evening",   "today",       "tomorrow",   "tonight",
         "yesterday",   "organizer",  "guests",    "join",      "dial",      "pin",         "passcode",   "january",
         "february",    "march",      "april",     "june",      "july",      "august",      "september",  "october",
         "november",    "december",   "jan",       "feb",       "mar",       "apr",         "jun",        "jul",
         "aug",         "sep",        "sept",      "oct",       "nov",       "dec",         "voicemail",  "transcript",
         "speaker",     "agent",      "caller",    "customer",  "client",    "prospect",    "lead",       "deal",
         "opportunity", "quote",      "invoice",   "order",     "contract",  "budget",      "pricing",    "price",
         "total",       "amount",     "discount",  "renewal",   "demo",      "pilot",       "trial",      "kickoff",
         "kick-off",    "onboarding", "training",  "workshop",  "webinar",   "conference",  "summit",     "expo",
         "ii",          "iii",        "iv",        "ai",        "ml",        "ar",          "vr",         "ip",
         "id",          "ui",         "ux",        "pm",        "am",        "est",         "pst",        "cet",
         "gmt",         "utc",        "ist",       "jst",       "kst",       "aest",        "et",         "pt",
         "ct",          "mt"});
    add(t, Cue::TierNoun, {"plan", "tier", "edition"});
    add(t, Cue::SentenceVerb,
        {"met",      "meet",   "meeting", "called", "call",   "spoke",   "emailed", "sent",      "visited",
         "visit",    "booked", "lunch",   "dinner", "coffee", "told",    "asked",   "invite",    "invited",
         "ping",     "pinged", "loop",    "looped", "check",  "checked", "confirm", "confirmed", "review",
         "reviewed", "signed", "send",    "talked", "chat",   "chatted", "follow",  "followed",  "need",
         "needs",    "new",    "our",     "their",  "per",    "both",    "all"});
    add(t, Cue::HintOrganization,
        {"use",        "uses",     "using",   "via",      "through",   "reseller", "distributor", "integrator",
         "provider",   "carrier",  "chose",   "selected", "replacing", "at",       "@",           "from",
         "for",        "joined",   "join",    "client",   "customer",  "partner",  "vendor",      "supplier",
         "competitor", "acquired", "acquire", "by",       "of"});
    add(t, Cue::HintLocation,
        {"in", "to", "near", "visit", "visiting", "flew", "fly", "flying", "travel", "based", "moved", "across",
         "around", "outside", "downtown", "into"});
    add(t, Cue::HintPerson,
        {"with",  "w/",      "call",     "called",   "calling", "tell",    "told",      "ask",        "asked",
         "email", "emailed", "meet",     "met",      "ping",    "pinged",  "cc",        "thanks",     "thank",
         "ring",  "rang",    "hi",       "hello",    "dear",    "hey",     "talked",    "spoke",      "speak",
         "cc'd",  "loop",    "per",      "copy",     "remind",  "message", "introduce", "introduced", "beste",
         "merci", "gracias", "obrigado", "obrigada", "danke",   "grazie",  "tack",      "kiitos",     "shukran"});
    add(t, Cue::StreetPrefix,
        {"blvd.",  "blvd",  "av.",      "avda.",    "cra.",    "carrera", "cl.",       "rua",        "rue",
         "via",    "viale", "calle",    "carrer",   "avenida", "avenue",  "boulevard", "bulevardul", "strada",
         "calea",  "aleea", "ulica",    "ul.",      "jalan",   "jl.",     "soi",       "paseo",      "rambla",
         "praça",  "largo", "travessa", "estrada",  "chemin",  "allée",   "quai",      "corso",      "vicolo",
         "piazza", "plaza", "calzada",  "avinguda", "passeig", "rodovia"});
    add(t, Cue::OrgPrefix,
        {"lanificio", "cantina", "azienda", "fabbrica", "manifattura", "grupo", "groupe", "gruppo", "grupa", "banco",
         "banca", "banque", "compañía", "companhia", "compagnie", "compagnia", "sociedad", "société", "societa",
         "fundación", "fundação", "fondation", "fondazione", "universidad", "universidade", "université", "università",
         "instituto", "institut", "istituto", "clínica", "clinica", "clinique", "laboratorios", "laboratoires",
         "laboratorio", "industrias", "industrie", "cooperativa", "corporación", "distribuidora", "comercial",
         "constructora", "inversiones", "transportes", "viñedos", "bodegas", "vinícola", "farmacia", "editorial",
         "editora", "hospital", "autohaus", "agropecuária", "agropecuaria", "agrícola", "agricola", "construtora",
         "indústria", "industria", "comércio", "comercio", "frutas", "centrum", "pt", "pt.",
         // Spanish and Portuguese company words of trades: "Minera Cordillera Blanca", "Naviera Austral".
         "minera", "mineração", "naviera", "aseguradora", "inmobiliaria", "farmacéutica", "petrolera", "siderúrgica",
         "metalúrgica", "química", "consorcio", "consórcio", "farmacêutica", "cervecería", "cervejaria",
         "embotelladora", "comercializadora", "pesquera", "avícola", "operadora", "empresas",
         // French houses of fashion, wine and food: "Maison Lefebvre Couture".
         "maison",
         // Institutions of other languages: universities, hospitals, foundations, ministries, town halls.
         "universität", "universitat", "universitet", "universiteit", "uniwersytet", "univerzita", "politechnika",
         "instytut", "hochschule", "klinikum", "klinik", "krankenhaus", "szpital", "hôpital", "hopital", "ospedale",
         "ziekenhuis", "sjukhus", "stiftung", "stichting", "fundacja", "zarząd", "ministerio", "ministério",
         "ministère", "ministero", "ministerstwo", "ayuntamiento", "municipalidad", "prefeitura", "gemeente"});
    add(t, Cue::ProductNoun,
        {"pack", "kit", "module", "modules", "bundle", "add-on", "addon", "package", "toolkit", "license", "licence"});
    add(t, Cue::Auxiliary,
        {"can", "could", "will", "would", "may", "might", "shall", "should", "did", "does", "do", "is", "are", "was",
         "were", "has", "have", "had"});
    add(t, Cue::Designator, {"port"}); // "Port 443"; a port's name is a place ("Port Qasim")
    add(t, Cue::Designator,
        {"załącznik", "anexo",     "anhang",   "annexe",   "annex",     "torre",   "piso",       "planta",   "andar",
         "etage",     "étage",     "stock",    "bloco",    "bloque",    "oficina", "sala",       "gate",     "terminal",
         "room",      "floor",     "level",    "phase",    "step",      "stage",   "suite",      "building", "block",
         "unit",      "section",   "chapter",  "page",     "table",     "row",     "aisle",      "dock",     "bay",
         "door",      "lane",      "platform", "exit",     "route",     "highway", "interstate", "hall",     "zone",
         "area",      "sector",    "lot",      "plot",     "apartment", "apt",     "flat",       "pier",     "berth",
         "hangar",    "wave",      "round",    "week",     "day",       "year",    "quarter",    "top",      "fortune",
         "tier",      "grade",     "class",    "type",     "category",  "option",  "item",       "point",    "part",
         "article",   "clause",    "schedule", "appendix", "exhibit",   "figure",  "slide",      "version",  "release",
         "sprint",    "iteration", "batch",    "ticket",   "case",      "line",    "cohort",     "seat",     "site",
         "plant",     "warehouse", "store",    "covid",    "number",    "no",      "studio",     "lab",      "box",
         "pallet",    "container", "truck",    "van",      "bus",       "train",   "flight",     "car",      "lorry",
         "shift",     "wing",      "ward",     "bed",      "office",    "desk"});
    add(t, Cue::Filler,
        {"give",     "gave",      "get",       "got",    "me",     "back",   "just", "about",   "regarding",
         "calling",  "call",      "here",      "there",  "um",     "uh",     "er",   "like",    "so",
         "if",       "when",      "that",      "which",  "who",    "wanted", "want", "looking", "hoping",
         "again",    "really",    "actually",  "please", "thanks", "okay",   "ok",   "yeah",    "yes",
         "no",       "not",       "is",        "was",    "are",    "were",   "be",   "been",    "being",
         "i",        "we",        "you",       "he",     "she",    "they",   "it",   "my",      "our",
         "your",     "their",     "his",       "her",    "the",    "a",      "an",   "and",     "or",
         "but",      "to",        "of",        "in",     "on",     "for",    "with", "by",      "re",
         "reaching", "following", "returning", "let",    "know",   "hear",   "talk", "speak"});
    add(t, Cue::PlacePrefix,
        {"hotel", "hôtel", "hostel",   "hostal",     "albergo",  "county",    "lake",      "mount",   "mt.",
         "fort",  "isla",  "île",      "aeropuerto", "aéroport", "aeroporto", "flughafen", "estadio", "stadion",
         "museo", "musée", "teatro",   "théâtre",    "palacio",  "palais",    "castello",  "schloss", "parque",
         "parc",  "playa", "immeuble", "edificio",   "torre",    "wisma",     "menara",    "gedung"});
    // Capes, valleys, hills and ports in the words of the places that name them so: "Ras Al-Khair",
    // "Laem Chabang", "Wadi Rum", "Bukit Timah", "Pulau Ubin", "Tanjung Priok".
    add(t, Cue::PlacePrefix, {"ras", "laem", "wadi", "jebel", "jabal", "bukit", "pulau", "tanjung", "gunung", "port"});
    // A personal assistant, before the assistant's name: "PA Gemma"; one's boss ("boss ahmed wants it").
    add(t, Cue::RoleWord, {"pa", "boss"});
    add(t, Cue::Institutional,
        {"medical",        "health",       "healthcare",  "cancer",     "research", "data",     "call",
         "contact",        "distribution", "fulfillment", "fulfilment", "service",  "services", "training",
         "innovation",     "technology",   "science",     "learning",   "dental",   "eye",      "heart",
         "rehabilitation", "community",    "wellness",    "diagnostic", "surgical"});
    add(t, Cue::CompanyAct, {"said",    "says",      "told",     "asked",     "wants",    "wanted", "mentioned",
                             "emailed", "confirmed", "agreed",   "replied",   "approved", "signed", "cut",
                             "raised",  "dropped",   "launched", "announced", "offered",  "quoted", "rejected"});
    add(t, Cue::DealtWith, {"with", "call", "called", "calling", "switched", "joined", "left"});
    add(t, Cue::ClauseGoesOn,
        {"about", "but", "and", "or", "last", "because", "so", "today", "tomorrow", "yesterday", "instead", "again",
         "before", "after"});
    add(t, Cue::Holding, {"contract", "account", "bill", "invoice", "rep", "deal", "renewal", "subscription"});
    add(t, Cue::Department,
        {"team", "teams", "department", "dept", "dept.", "unit", "committee", "division", "function", "desk", "squad",
         "workstream", "practice"});
    // What people do right after their name is mentioned: "Jordan said", "georgia wants".
    add(t, Cue::PersonVerb, {"said",   "says",    "told",      "asked",     "wants",  "wanted",  "will",
                             "would",  "thinks",  "thought",   "mentioned", "called", "emailed", "confirmed",
                             "agreed", "replied", "suggested", "prefers",   "needs",  "from",    "and",
                             "has",    "had",     "can",       "should",    "sent",   "signed",  "approved"});
    // Words before a month-like name that make it a date, not a person: "in may", "since june".
    add(t, Cue::TimeWord,
        {"since", "until", "till", "early", "late", "mid", "end", "during", "before", "after", "last", "next", "of",
         "by", "on"});
    add(t, Cue::Site,
        {"mill", "plant", "factory", "site", "office", "offices", "campus", "depot", "warehouse", "branch", "facility",
         "refinery", "hq", "yard", "store", "showroom", "farm", "clinic", "terminal"});
    add(t, Cue::SoldThing,
        {"app",      "apps",     "sensor",  "sensors",  "camera",   "cameras",    "kit",       "add-on",
         "addon",    "module",   "modules", "platform", "software", "telematics", "terminals", "devices",
         "licenses", "licences", "license", "licence",  "seats",    "dashboard",  "tags",      "scanners",
         "gateways", "portal",   "plugin",  "plug-in",  "firmware"});
    add(t, Cue::PersonAct,
        {"said", "says", "told", "asked", "thinks", "thought", "mentioned", "suggested", "prefers", "replied", "agreed",
         "wants", "wanted"});
    // Trade terms (Incoterms), and taxes, rules and figures named by a country ("GST India").
    add(t, Cue::TradeTerm, {"exw", "fca", "fas", "fob", "cfr", "cif", "cpt", "cip", "dap", "dpu", "ddp",
                            "ddu", "vat", "gst", "iva", "kyc", "aml", "sez", "fta", "fdi", "gdp"});
    add(t, Cue::MeetingGroup,
        {"steering", "working", "advisory", "focus", "user", "users", "review", "oversight", "coordination", "planning",
         "task"});
    add(t, Cue::CompanyDivision,
        {"cars", "display", "energy", "capital", "electronics", "motors", "trucks", "chemicals", "semiconductor",
         "semiconductors"});
    add(t, Cue::PolishInstitution, {"szpital", "uniwersytet", "instytut", "politechnika", "fundacja", "zarząd"});
    // The trade terms of the Incoterms rules, written before the place they name: "FOB Shanghai", "CFR Port Qasim".
    add(t, Cue::Incoterm, {"exw", "fca", "cpt", "cip", "dap", "dpu", "ddp", "fas", "fob", "cfr", "cif"});
    // A point of the compass, or "upper" and "lower", before a country, a continent or a region.
    add(t, Cue::Direction,
        {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
         "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"});
    // Greetings and thanks of other languages that the lists may hold as given names too ("Beste Pieter", "Merci
    // Claire"); unlike "Per", which a surname may follow, they are never the name.
    add(t, Cue::ForeignGreeting,
        {"beste", "merci", "gracias", "obrigado", "obrigada", "danke", "grazie", "tack", "kiitos", "shukran"});
    // Ordinals, after which a number is a count: "ship the first 12,000 sets".
    add(t, Cue::Ordinal, {"first", "second", "third", "fourth", "fifth", "last", "next"});
    // What a company is to the deal, before a colon or "is" and its name: "Incumbent: Samsara", "Broker is Marsh".
    add(t, Cue::CompanyRole,
        {"incumbent", "competitor", "competitors", "competition", "broker", "vendor", "supplier", "insurer",
         "underwriter", "reseller", "distributor", "integrator", "carrier", "forwarder", "lender", "bank", "auditor"});
    // Units a machine is rated in, written after its model: "20 HP", "1.5 TR", "500 kVA".
    // Acronyms for a kind of goods, written after a model's name before the noun they qualify: "Toshiba TCx 810 POS
    // terminals", "MAGNETOM Altea MRI systems", "CryoCube F740hi ULT freezer".
    add(t, Cue::GoodsAcronym,
        {"pos",  "mri",  "ct",  "ult", "plc", "ups", "cnc", "led", "lcd", "atm", "ecg",  "ekg", "gps",
         "hvac", "cctv", "ptz", "nvr", "dvr", "ip",  "poe", "usb", "ssd", "hdd", "rfid", "nfc"});
    // What is done with a system, right before its name: "runs NICE CXone", "piloting FleetIQ"; and moving off or
    // onto one, before "from" or "to": "replatforming from Adobe Commerce".
    add(t, Cue::SystemUse,
        {"run",        "runs",   "running",   "ran",       "use",          "uses",     "using",     "evaluate",
         "evaluating", "pilot",  "piloting",  "trial",     "trialling",    "trialing", "replace",   "replacing",
         "replaced",   "deploy", "deploying", "implement", "implementing", "upgrade",  "upgrading", "off"});
    add(t, Cue::SystemMove,
        {"move", "moving", "moved", "migrate", "migrating", "migrated", "replatform", "replatforming", "switch",
         "switching", "switched", "transitioning"});
    add(t, Cue::RatingUnit, {"hp", "kw", "kva", "mw", "kwp", "mwp", "tr", "btu", "rt", "kwh", "ah", "bhp"});
    // The postal abbreviations of the states of the United States and Australia and the provinces and territories
    // of Canada, written after a city: "Denver, CO", "Halifax, NS", "Ballarat, VIC".
    add(t, Cue::StateCode,
        {"al", "ak", "az", "ar", "ca", "co",  "ct",  "de",  "dc",  "fl",  "ga", "hi", "id", "il", "in",
         "ia", "ks", "ky", "la", "me", "md",  "ma",  "mi",  "mn",  "ms",  "mo", "mt", "ne", "nv", "nh",
         "nj", "nm", "ny", "nc", "nd", "oh",  "ok",  "or",  "pa",  "ri",  "sc", "sd", "tn", "tx", "ut",
         "vt", "va", "wa", "wv", "wi", "wy",  "pr",  "ab",  "bc",  "mb",  "nb", "nl", "ns", "nt", "nu",
         "on", "pe", "qc", "sk", "yt", "nsw", "vic", "qld", "tas", "act", "sa"});
    QList<QString> stems;
    t.forEach([&stems](QStringView word, quint64 cues) {
        if ((cues & Cue::Honorific) && word.endsWith(QLatin1Char('.')))
            stems.append(word.chopped(1).toString());
    });
    for (const QString& stem : std::as_const(stems))
        t[stem] |= Cue::Honorific; // "Dr" and "Mr" are written without their dot too
    return t;
}

const Table& table()
{
    static const Table words = buildTable();
    return words;
}

} // namespace

quint64 cuesOf(QStringView folded)
{
    return cuesOf(folded, Table::hashOf(folded));
}

quint64 cuesOf(QStringView folded, quint64 hash)
{
    const quint64* cues = table().find(folded, hash);
    return cues ? *cues : 0;
}

} // namespace sb::namecues
