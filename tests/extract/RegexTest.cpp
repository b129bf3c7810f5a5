// patterns::Regex against QRegularExpression: the extractor's matching moved from Qt's wrapper to PCRE2 directly, and
// must find what Qt found — the same matches, groups, offsets and global-matching steps.
#include "extract/Regex.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using sb::patterns::Regex;
using sb::patterns::RegexMatch;

namespace {

struct Found
{
    qsizetype start;
    qsizetype end;
    std::vector<qsizetype> groups; // start and end of every group, -1 where it did not take part
    bool operator==(const Found& o) const { return start == o.start && end == o.end && groups == o.groups; }
};

std::ostream& operator<<(std::ostream& out, const Found& f)
{
    out << '[' << f.start << ',' << f.end << ')';
    for (const qsizetype g : f.groups)
        out << ' ' << g;
    return out;
}

// Every match of a global search with either class, and its groups' offsets (the two share the interface).
template <class Expression>
std::vector<Found> matches(const Expression& regex, int groups, const QString& text)
{
    std::vector<Found> found;
    for (auto it = regex.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Found f{m.capturedStart(), m.capturedEnd(), {}};
        for (int g = 1; g <= groups; ++g) {
            f.groups.push_back(m.capturedStart(g));
            f.groups.push_back(m.capturedEnd(g));
        }
        found.push_back(f);
    }
    return found;
}

struct Case
{
    const char16_t* pattern;
    QRegularExpression::PatternOptions options;
    const char16_t* text;
};

const Case kCases[] = {
    {u"(?<h>\\d{1,2}):(?<m>\\d{2})(?:\\s?(?<ap>[ap]m))?", {}, u"at 9:30 or 10:45 pm, not 123:456"},
    {u"\\bnext\\s+(?<wd>mon|tue|wed)\\w*", QRegularExpression::CaseInsensitiveOption,
     u"Next Monday, next WED and nexttue"},
    {u"(?<![\\w.])\\w+@\\w+\\.com", QRegularExpression::UseUnicodePropertiesOption,
     u"mail ana@acme.com, x.y@z.com; ünï@ö.com"},
    // Empty matches: the next may not be empty at the same place, and a surrogate pair is stepped over whole.
    {u"x*", {}, u"axxb\U0001F600xc"},
    {u"\\b", QRegularExpression::UseUnicodePropertiesOption, u"two words, ñandú"},
    {u"(a)|(b)", {}, u"abba"},
    {u"(?<one>q)?(?<two>r)", {}, u"r qr"},
    {u"\\d+", QRegularExpression::UseUnicodePropertiesOption, u"12 ١٢٣ 4"},
};

} // namespace

TEST(RegexTest, FindsWhatQRegularExpressionFinds)
{
    for (const Case& c : kCases) {
        const QString pattern = QString::fromUtf16(c.pattern);
        const QString text = QString::fromUtf16(c.text);
        const QRegularExpression qt(pattern, c.options);
        EXPECT_EQ(matches(Regex(pattern, c.options), qt.captureCount(), text), matches(qt, qt.captureCount(), text))
            << pattern.toStdString() << " in " << text.toStdString();
    }
}

TEST(RegexTest, ReadsGroupsByNameAndOffsetsInTheSubjectGiven)
{
    const Regex regex(QStringLiteral("(?<amount>\\d+)\\s?(?<unit>k|M)?"));
    EXPECT_EQ(regex.groupNumber(u"amount"), 1);
    EXPECT_EQ(regex.groupNumber(u"unit"), 2);
    EXPECT_EQ(regex.groupNumber(u"missing"), -1);
    const QString text = QStringLiteral("budget 40k then 7");
    const RegexMatch m = regex.match(QStringView(text).mid(7), 0);
    ASSERT_TRUE(m.hasMatch());
    EXPECT_EQ(m.capturedView(u"amount"), u"40");
    EXPECT_EQ(m.captured(u"unit"), QStringLiteral("k"));
    EXPECT_EQ(m.capturedStart(u"amount"), 0);
    const RegexMatch last = regex.match(text, 11);
    ASSERT_TRUE(last.hasMatch());
    EXPECT_EQ(last.capturedStart(), 16);
    EXPECT_FALSE(last.hasCaptured(u"unit"));
    EXPECT_EQ(last.capturedStart(2), -1);
    EXPECT_TRUE(last.capturedView(2).isNull());
}

TEST(RegexTest, AnchorsAtTheOffsetWhenAsked)
{
    const Regex regex(QStringLiteral("\\d+"));
    const QString text = QStringLiteral("ab 12");
    EXPECT_FALSE(regex.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                     .hasMatch());
    EXPECT_EQ(
        regex.match(text, 3, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption).captured(),
        QStringLiteral("12"));
}

TEST(RegexTest, AnInvalidSubjectMatchesNothingUnlessTheCallerVouchesForIt)
{
    const Regex regex(QStringLiteral("a"));
    QString broken = QStringLiteral("a");
    broken.append(QChar(0xD800)); // an unpaired high surrogate
    EXPECT_FALSE(regex.match(broken).hasMatch());
    EXPECT_FALSE(QRegularExpression(QStringLiteral("a")).match(broken).hasMatch());
}

TEST(RegexTest, RemovesEveryMatchAsQStringDoes)
{
    const Regex regex(QStringLiteral("\\s*\\d{4,5}\\s*"));
    QString ours = QStringLiteral("Visp 3930 , Bern 3000");
    QString qt = ours;
    regex.removeFrom(ours);
    qt.remove(QRegularExpression(QStringLiteral("\\s*\\d{4,5}\\s*")));
    EXPECT_EQ(ours, qt);
    QString untouched = QStringLiteral("no digits");
    regex.removeFrom(untouched);
    EXPECT_EQ(untouched, QStringLiteral("no digits"));
}

TEST(RegexTest, ABrokenPatternIsInvalidAndMatchesNothing)
{
    const Regex regex(QStringLiteral("(unclosed"));
    EXPECT_FALSE(regex.isValid());
    const QString subject = QStringLiteral("unclosed");
    EXPECT_FALSE(regex.match(subject).hasMatch());
    EXPECT_FALSE(regex.globalMatch(subject).hasNext());
    // More groups than a match keeps is refused outright rather than matched with groups missing.
    QString many;
    for (int i = 0; i < RegexMatch::kMaxGroups; ++i)
        many += QStringLiteral("(a)");
    EXPECT_FALSE(Regex(many).isValid());
    EXPECT_TRUE(Regex(many.mid(3)).isValid());
}
