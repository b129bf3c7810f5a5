// The word table the gazetteer keeps its lists in, and what the gazetteer answers through it.
#include "extract/WordTable.h"

#include "extract/Gazetteer.h"
#include "extract/SpanSet.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(WordTable, FindsWhatWasInsertedAndNothingElse)
{
    WordTable<int> table;
    table[u"new york"] = 1;
    table[u"zürich"] = 2;
    table[u"new"] = 3;
    ASSERT_NE(table.find(u"new york"), nullptr);
    EXPECT_EQ(*table.find(u"new york"), 1);
    EXPECT_EQ(*table.find(u"zürich"), 2);
    EXPECT_EQ(*table.find(u"new"), 3);
    EXPECT_EQ(table.find(u"new yor"), nullptr);
    EXPECT_EQ(table.find(u"new york "), nullptr);
    EXPECT_EQ(table.find(u""), nullptr);
    EXPECT_EQ(table.size(), 3);
}

TEST(WordTable, KeysOfManyLengths)
{
    // Keys of one to seventeen characters while the table grows; a key one character longer is another key.
    WordTable<qsizetype> table;
    const auto key = [](qsizetype i) { return QString(QString::number(i) + QString(i % 13, QLatin1Char('x'))); };
    for (qsizetype i = 0; i < 5'000; ++i)
        table[key(i)] = i;
    ASSERT_EQ(table.size(), 5'000);
    for (qsizetype i = 0; i < 5'000; ++i) {
        const qsizetype* value = table.find(key(i));
        ASSERT_NE(value, nullptr) << key(i).toStdString();
        EXPECT_EQ(*value, i);
        EXPECT_EQ(table.find(QString(key(i) + QLatin1Char('x'))), nullptr);
    }
    table.forEach([&](QStringView k, qsizetype value) { EXPECT_EQ(k, key(value)); });
}

TEST(WordTable, InsertingAnExistingKeyKeepsOneEntry)
{
    WordTable<int> table;
    table[u"acme"] += 1;
    table[u"acme"] += 1;
    EXPECT_EQ(table.size(), 1);
    EXPECT_EQ(*table.find(u"acme"), 2);
}

TEST(WordTable, KeepsEveryKeyWhileGrowing)
{
    WordTable<qsizetype> table; // no reserve: grows from nothing
    for (qsizetype i = 0; i < 50'000; ++i)
        table[QString::number(i)] = i;
    ASSERT_EQ(table.size(), 50'000);
    for (qsizetype i = 0; i < 50'000; ++i) {
        const qsizetype* value = table.find(QString::number(i));
        ASSERT_NE(value, nullptr) << i;
        ASSERT_EQ(*value, i);
    }
    EXPECT_EQ(table.find(u"50000"), nullptr);
    qsizetype visited = 0;
    table.forEach([&](QStringView key, qsizetype value) {
        EXPECT_EQ(key, QString::number(value));
        ++visited;
    });
    EXPECT_EQ(visited, 50'000);
}

TEST(WordTable, ALookupReadsHashAndLengthAndInsertionTellsCollidingKeysApart)
{
    // find() trusts a key's 64-bit hash and length; insertion compares the characters, so keys that shared both
    // would be counted, not merged. 200,000 words of a list's shape share none, and words never inserted are found
    // nowhere.
    WordTable<qsizetype> table;
    for (qsizetype i = 0; i < 200'000; ++i)
        table[QStringLiteral("w%1x").arg(i)] = i;
    EXPECT_EQ(table.collisions(), 0);
    EXPECT_EQ(table.size(), 200'000);
    for (qsizetype i = 200'000; i < 400'000; ++i)
        ASSERT_EQ(table.find(QStringLiteral("w%1x").arg(i)), nullptr) << i;
}

TEST(SpanSet, AnswersTheSameInItsArrayAndInItsTree)
{
    // Spans [10k, 10k + 5) for k = 0 … 199, inserted out of order: the first 64 fill the array, the rest go to the
    // tree. After each insertion every question is asked of every span so far and of the gaps between them.
    SpanSet spans;
    std::vector<qsizetype> inserted;
    for (qsizetype i = 0; i < 200; ++i) {
        const qsizetype k = (i * 37) % 200; // a permutation of 0 … 199
        const qsizetype start = k * 10;
        ASSERT_FALSE(spans.overlaps(start, start + 5)) << k;
        spans.insert(start, start + 5);
        inserted.push_back(start);
        for (const qsizetype s : inserted) {
            ASSERT_TRUE(spans.overlaps(s + 4, s + 6)) << s; // its last character
            ASSERT_TRUE(spans.overlaps(s - 3, s + 1)) << s; // its first
            ASSERT_TRUE(spans.contains(s, s + 5)) << s;
            ASSERT_TRUE(spans.contains(s + 1, s + 3)) << s;
            ASSERT_FALSE(spans.contains(s, s + 6)) << s;
            ASSERT_FALSE(spans.overlaps(s + 5, s + 10)) << s; // the gap after it
        }
    }
    EXPECT_FALSE(SpanSet().overlaps(0, 100));
    EXPECT_FALSE(SpanSet().contains(0, 1));
}

TEST(GazetteerLookup, NoTwoWordsOfTheListsShareAHash)
{
    const Gazetteer& g = Gazetteer::shared();
    EXPECT_GT(g.entryCount(), 200'000);
    EXPECT_EQ(g.keyCollisions(), 0);
}

TEST(GazetteerLookup, OneLookupAnswersForEveryList)
{
    const Gazetteer& g = Gazetteer::shared();
    // A word several lists know: a given name and a country.
    const Gazetteer::WordInfo& jordan = g.word(u"jordan");
    EXPECT_TRUE(jordan.isFirstName());
    EXPECT_TRUE(jordan.isCountry());
    EXPECT_TRUE(g.word(u"london").cityPopulation > 1'000'000);
    EXPECT_TRUE(g.word(u"the").isCommon());
    EXPECT_FALSE(g.word(u"quarterly").isFirstName());
    // Keys are folded: a capitalized lookup finds nothing, the folded one does.
    EXPECT_FALSE(g.word(u"London").isPlace(1));
    // Phrases of several words, and how far a reader must look from their first word.
    EXPECT_TRUE(g.word(u"new york").isPlace(1'000'000));
    EXPECT_GE(g.word(u"new").phraseWords, 2);
    EXPECT_EQ(g.word(u"xqzvw").flags, 0);
    // Makers of equipment, a town's name among them; but not a large city that starts many companies' names.
    EXPECT_TRUE(g.word(u"masimo").isMaker());
    EXPECT_TRUE(g.word(u"komatsu").isMaker());
    EXPECT_FALSE(g.word(u"shenzhen").isMaker());
    EXPECT_TRUE(g.currencyCodes().contains(QStringLiteral("EUR")));
}

} // namespace
} // namespace sb
