// The audit log's hash chain: whatever is edited, inserted or removed, verify() says where; a write cut short is
// reported and recovered from, not taken for tampering.
#include "audit/AuditLog.h"

#include "QtPrinters.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sb {
namespace {

class AuditLogTest : public ::testing::Test
{
protected:
    QString path() const { return m_folder.filePath(QStringLiteral("audit/audit.log")); }

    // Five events in a fresh log.
    void writeFive()
    {
        AuditLog log(path(), m_clock);
        for (int i = 1; i <= 5; ++i) {
            ASSERT_FALSE(log.append(QStringLiteral("cli:test"), QStringLiteral("key.added"),
                                    QJsonObject{{QStringLiteral("n"), i}}));
            m_clock.advanceMs(1000);
        }
    }
    QList<QByteArray> lines() const
    {
        QFile file(path());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QList<QByteArray> result = file.readAll().split('\n');
        result.removeLast(); // after the final newline
        return result;
    }
    void rewrite(const QList<QByteArray>& content, bool finalNewline = true) const
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.join('\n') + (finalNewline ? "\n" : ""));
    }

    QTemporaryDir m_folder;
    ManualClock m_clock;
};

TEST_F(AuditLogTest, AppendedRecordsCarryTheirLineNumberWhoeverWroteTheLinesBefore)
{
    writeFive();
    AuditLog first(path(), m_clock);
    AuditLog other(path(), m_clock); // another process on the same file
    QSignalSpy appended(&first, &AuditLog::appended);
    ASSERT_FALSE(first.append(QStringLiteral("console:a"), QStringLiteral("key.added")));
    ASSERT_FALSE(other.append(QStringLiteral("cli:b"), QStringLiteral("key.deleted")));
    ASSERT_FALSE(first.append(QStringLiteral("console:a"), QStringLiteral("key.added")));
    ASSERT_EQ(appended.size(), 2);
    EXPECT_EQ(appended.at(0).at(0).value<AuditRecord>().line, 6);
    EXPECT_EQ(appended.at(1).at(0).value<AuditRecord>().line, 8);
    EXPECT_EQ(first.tail(1).front().line, 8);
}

TEST_F(AuditLogTest, AnUntouchedLogVerifies)
{
    writeFive();
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.records, 5);
    EXPECT_FALSE(result.incompleteLastLine);
    // One JSON object a line, with time, actor, event, details and the previous line's hash.
    const QJsonObject first = QJsonDocument::fromJson(lines().first()).object();
    EXPECT_EQ(first.value(QStringLiteral("event")).toString(), QStringLiteral("key.added"));
    EXPECT_EQ(first.value(QStringLiteral("actor")).toString(), QStringLiteral("cli:test"));
    EXPECT_EQ(first.value(QStringLiteral("prev")).toString(), QString(64, QLatin1Char('0')));
    EXPECT_TRUE(QDateTime::fromString(first.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
}

TEST_F(AuditLogTest, AnEditedLineIsFound)
{
    writeFive();
    QList<QByteArray> content = lines();
    content[2].replace("\"n\":3", "\"n\":4");
    rewrite(content);
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadLine, 4); // line 3 changed, so line 4 no longer follows it
}

TEST_F(AuditLogTest, ARemovedLineIsFound)
{
    writeFive();
    QList<QByteArray> content = lines();
    content.removeAt(1);
    rewrite(content);
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.firstBadLine, 2);
}

TEST_F(AuditLogTest, RemovingTheFirstOrTheLastLinesIsFoundToo)
{
    writeFive();
    const QList<QByteArray> content = lines();
    rewrite(content.mid(1));
    EXPECT_FALSE(AuditLog::verify(path()).intact);
    rewrite(content.mid(0, 4)); // the newest line gone: the head file still names it
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_FALSE(result.intact);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("removed from the end"))) << result.problem.toStdString();
}

TEST_F(AuditLogTest, AnIncompleteLastLineIsReportedThenRecoveredFrom)
{
    writeFive();
    QList<QByteArray> content = lines();
    content.append(R"({"actor":"cli:test","det)"); // a crash mid-write
    rewrite(content, false);
    const AuditVerification before = AuditLog::verify(path());
    EXPECT_TRUE(before.intact);
    EXPECT_TRUE(before.incompleteLastLine);
    EXPECT_EQ(before.records, 5);

    // The next start keeps the fragment aside, logs that it did, and the chain goes on.
    AuditLog reopened(path(), m_clock);
    ASSERT_FALSE(reopened.append(QStringLiteral("cli:test"), QStringLiteral("provider.switched")));
    const AuditVerification after = AuditLog::verify(path());
    EXPECT_TRUE(after.intact) << after.problem.toStdString();
    EXPECT_FALSE(after.incompleteLastLine);
    EXPECT_EQ(after.records, 7);
    const QList<AuditRecord> records = reopened.tail(2);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].event, QStringLiteral("audit.recovered"));
    EXPECT_EQ(records[1].event, QStringLiteral("provider.switched"));
    EXPECT_EQ(
        QDir(m_folder.filePath(QStringLiteral("audit"))).entryList({QStringLiteral("audit.log.partial-*")}).size(), 1);
}

TEST_F(AuditLogTest, AHeadOneLineBehindIsACrashNotTampering)
{
    writeFive();
    // The crash came after line 5 was on disk and before the head named it.
    const QByteArray fourth = lines().at(3);
    QFile head(path() + QStringLiteral(".head"));
    ASSERT_TRUE(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
    head.write("{\"lastHash\":\"" + QCryptographicHash::hash(fourth, QCryptographicHash::Sha256).toHex() + "\"}");
    head.close();
    EXPECT_TRUE(AuditLog::verify(path()).intact);
    // Without the log, the head still says there was one.
    QFile::remove(path());
    EXPECT_FALSE(AuditLog::verify(path()).intact);
}

TEST_F(AuditLogTest, TwoWritersKeepOneChain)
{
    // The console and `salesbuddy` in another process append to the same file.
    AuditLog console(path(), m_clock);
    AuditLog cli(path(), m_clock);
    for (int i = 0; i < 10; ++i) {
        ASSERT_FALSE((i % 2 ? console : cli).append(QStringLiteral("test"), QStringLiteral("env.switched")));
    }
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.records, 10);
}

TEST_F(AuditLogTest, TailReturnsTheNewestInOrder)
{
    writeFive();
    AuditLog log(path(), m_clock);
    const QList<AuditRecord> last = log.tail(2);
    ASSERT_EQ(last.size(), 2);
    EXPECT_EQ(last[0].details.value(QStringLiteral("n")).toInt(), 4);
    EXPECT_EQ(last[1].details.value(QStringLiteral("n")).toInt(), 5);
    EXPECT_EQ(last[1].line, 5);
    EXPECT_EQ(log.tail().size(), 5);
}

TEST_F(AuditLogTest, AMissingLogIsIntactAndEmpty)
{
    const AuditVerification result = AuditLog::verify(path());
    EXPECT_TRUE(result.intact);
    EXPECT_EQ(result.records, 0);
}

} // namespace
} // namespace sb
