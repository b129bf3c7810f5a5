#include "extract/ContactRecognizer.h"

#include "extract/Patterns.h"
#include "extract/Regex.h"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace sb {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

void findEmails(const QString& text, QList<Entity>& out)
{
    // A practical subset of RFC 5322 addr-spec: dot-atoms on both sides, a dotted domain with a letter TLD.
    static const patterns::Regex email(
        QStringLiteral(R"((?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]))"));
    const qsizetype firstAt = text.indexOf(QLatin1Char('@'));
    if (firstAt < 0)
        return;
    // Every match holds one "@": its local part is the characters of [A-Za-z0-9._%+-] right before it, its domain
    // those of [A-Za-z0-9.-] right after it, and the look-ahead reads one more. The search runs from the local part
    // of the first "@" to one past the domain of the last, not over the text around them: most of a text.
    const auto ascii = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    qsizetype from = firstAt;
    while (from > 0 && (ascii(text.at(from - 1)) || QStringView(u"._%+-").contains(text.at(from - 1))))
        --from;
    qsizetype to = text.lastIndexOf(QLatin1Char('@')) + 1;
    while (to < text.size() && (ascii(text.at(to)) || text.at(to) == u'.' || text.at(to) == u'-'))
        ++to;
    for (auto it = patterns::globalMatchRange(email, text, from, to + 1); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured();
        while (value.endsWith(QLatin1Char('.'))) // a sentence's full stop is not part of the address
            value.chop(1);
        Entity entity;
        entity.type = EntityType::Contact;
        entity.value = value;
        entity.start = match.capturedStart();
        entity.end = entity.start + value.size();
        entity.confidence = 0.98;
        entity.normalized = value.toLower();
        out.append(entity);
    }
}

// "+44 20 7946 0958" → "+442079460958", or nullopt when libphonenumber says it cannot be a number.
std::optional<QString> international(const QString& written)
{
    QString spaced = written;
    if (spaced.startsWith(QLatin1String("00")))
        spaced = QLatin1Char('+') + spaced.mid(2);
    // A trunk prefix written after the country code, "+44 (0)20 …", is not dialled from abroad.
    spaced.remove(QStringLiteral("(0)"));
    // The phone pattern admits only digits and separators, so libphonenumber reads "+" and the digits alone the same
    // way, and in about half the time (its parser runs several regular expressions over what it is given).
    std::string candidate = "+";
    for (const QChar c : std::as_const(spaced)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) // the pattern's \d is ASCII
            candidate += char(c.unicode());
    }
    static const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance(); // its look-up takes a lock every call
    PhoneNumber number;
    if (util.Parse(candidate, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util.IsPossibleNumber(number))
        return std::nullopt;
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

// Where the phone pattern below can match, [from, to); from is -1 where it cannot. A match starts where seven digits
// follow with at most five separators ([\s.()+-]) before each, and its own separators between two digits are fewer,
// so it lies in a stretch of digits apart by at most five separators that has seven digits or more: the range runs
// from the separators before the first such stretch to two characters (what the closing look-ahead reads) past the
// last. (White space is any here, as QChar reads it: a wider separator only makes the range wider.)
std::pair<qsizetype, qsizetype> phoneRange(const QString& text)
{
    const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; }; // the pattern's \d is ASCII
    const auto separator = [](QChar c) {
        return c.isSpace() || c == u'.' || c == u'(' || c == u')' || c == u'+' || c == u'-';
    };
    const qsizetype n = text.size();
    qsizetype from = -1;
    qsizetype to = -1;
    qsizetype i = 0;
    while (i < n) {
        if (!digit(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        int digits = 0;
        qsizetype end = i;
        while (i < n) {
            if (digit(text.at(i))) {
                ++digits;
                end = ++i;
                continue;
            }
            qsizetype gap = i;
            while (gap < n && gap - i <= 5 && separator(text.at(gap)))
                ++gap;
            if (gap < n && gap - i <= 5 && digit(text.at(gap))) {
                i = gap;
                continue;
            }
            break;
        }
        if (digits >= 7) {
            if (from < 0)
                from = start;
            to = end;
        }
        i = end;
    }
    if (from < 0)
        return {-1, -1};
    while (from > 0 && separator(text.at(from - 1))) // "+44 …", "(020) …"
        --from;
    return {from, std::min(n, to + 2)};
}

// Whether the text ends with what labels a code, not a phone: "PIN", "access code", "meeting ID", "Ref #", then
// perhaps a colon or a "#", and white space around it (ASCII letters in either case, ASCII white space).
bool endsWithCodeLabel(QStringView text)
{
    const auto space = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    static const char* const labels[] = {"pin",    "code", "passcode", "password", "id",      "no.",
                                         "number", "#",    "ref",      "order",    "invoice", "po"};
    // (ASCII case, and the long s that a caseless pattern in UTF mode reads as "s": "paſſword".)
    const auto lower = [](QChar c) {
        return c >= u'A' && c <= u'Z' ? char16_t(c.unicode() + 32) : c == QChar(0x017F) ? u's' : c.unicode();
    };
    const auto labelEndsAt = [&](qsizetype end) {
        for (const char* label : labels) {
            const qsizetype n = qsizetype(std::strlen(label));
            if (n > end)
                continue;
            qsizetype k = 0;
            while (k < n && lower(text.at(end - n + k)) == char16_t(label[k]))
                ++k;
            if (k == n)
                return true;
        }
        return false;
    };
    qsizetype end = text.size();
    while (end > 0 && space(text.at(end - 1)))
        --end;
    if (labelEndsAt(end)) // the label, or a "#" that is one ("Ref #")
        return true;
    if (end == 0 || (text.at(end - 1) != u':' && text.at(end - 1) != u'#'))
        return false;
    --end;
    while (end > 0 && space(text.at(end - 1)))
        --end;
    return labelEndsAt(end);
}

// How many groups of digits a national number has between its separators (white space, ".", "(", ")", "-"), and
// whether one has three characters or more.
std::pair<int, bool> digitGroups(QStringView value)
{
    const auto separator = [](QChar c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'.' || c == u'(' || c == u')' || c == u'-';
    };
    int groups = 0;
    bool longGroup = false;
    for (qsizetype i = 0; i < value.size();) {
        if (separator(value.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < value.size() && !separator(value.at(i)))
            ++i;
        ++groups;
        longGroup = longGroup || i - start >= 3;
    }
    return {groups, longGroup};
}

void findPhones(const QString& text, QList<Entity>& out)
{
    // Every number it keeps has seven digits or more: a match can start only where seven digits follow, with no
    // more separators between two of them than a match can hold ("+44 (0)20"), so amounts, times and dates are
    // passed over, and the look-ahead reads a bounded stretch however many separators follow.
    static const patterns::Regex phone(QStringLiteral(
        R"((?=[\d+(])(?=(?:[\s.()+-]{0,5}\d){7})(?<![\w+/.:,$€£¥₹-])(?<cc>(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,8}){0,5}(?![\w/:]|[.,]\d))"));
    static const patterns::Regex dottedUs(QStringLiteral("^\\d{3}\\.\\d{3}\\.\\d{4}$"));
    if (std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }) < 7)
        return;
    const auto [from, to] = phoneRange(text);
    if (from < 0)
        return;
    for (auto it = patterns::globalMatchRange(phone, text, from, to); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured().trimmed();
        QString digits;
        for (const QChar c : value) {
            if (c.isDigit())
                digits.append(c);
        }
        if (digits.size() < 7 || digits.size() > 15)
            continue;
        const bool hasCountryCode = !match.capturedView(u"cc").isEmpty();
        // Numbers that follow "PIN", "access code", "meeting ID" and the like are codes, not phones.
        const QString before = text.mid(std::max<qsizetype>(0, match.capturedStart() - 20),
                                        std::min<qsizetype>(20, match.capturedStart()));
        if (endsWithCodeLabel(before) && !before.contains(QLatin1String("phone"), Qt::CaseInsensitive) &&
            !before.contains(QLatin1String("mobile"), Qt::CaseInsensitive))
            continue;
        // National numbers need phone-style grouping or parentheses; a solid run of digits could be anything.
        const bool grouped = value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('-')) ||
                             value.contains(QLatin1Char('(')) || value.contains(QLatin1Char('.'));
        Entity entity;
        entity.type = EntityType::Contact;
        entity.start = match.capturedStart();
        entity.end = entity.start + value.size();
        entity.value = value;
        if (hasCountryCode) {
            const auto normalized = international(value);
            if (!normalized)
                continue;
            entity.normalized = *normalized;
            entity.confidence = 0.95;
        } else {
            if (!grouped || digits.size() > 12)
                continue;
            // Dotted groups are also how dates and version numbers look: only the classic 3.3.4 shape.
            if (value.contains(QLatin1Char('.')) && !dottedUs.match(value).hasMatch())
                continue;
            // Groups of one or two digits only ("12 15 20 25") are lists of numbers, not a phone.
            const auto [groups, hasLongGroup] = digitGroups(value);
            // Two groups only ("1100-053", a postcode) need the length of a full number ("07700 900481").
            if (!hasLongGroup || groups < 2 || (groups == 2 && digits.size() < 9))
                continue;
            entity.normalized = digits;
            entity.confidence = 0.85;
        }
        out.append(entity);
    }
}

} // namespace

void ContactRecognizer::find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const
{
    findEmails(text, out);
    if (words.hasDigit()) // every phone number has one
        findPhones(text, out);
}

} // namespace sb
