#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <optional>

namespace sb {

class Clock;

// One administrative event as the audit log keeps it.
struct AuditRecord
{
    QDateTime time;
    QString actor; // "console:alice", "cli:alice", "api:127.0.0.1", "service"
    QString event; // "key.added", "provider.switched", ...
    QJsonObject details;
    qsizetype line = 0; // 1-based line number in the file (also for records append() has just written)
};

// The result of checking the hash chain of an audit log file.
struct AuditVerification
{
    bool intact = true;
    qsizetype records = 0;           // complete, chained lines read
    qsizetype firstBadLine = 0;      // 1-based; 0 when intact
    QString problem;                 // what is wrong at firstBadLine
    bool incompleteLastLine = false; // a write cut short by a crash: reported, not counted as tampering
};

// Append-only JSON-lines log of administrative events: key added, replaced, validated, rotated, deleted, marked
// compromised; provider switched; limits changed; environment switched; authentication failures and bans;
// rate-limit rejections per minute. Each line carries `prev`, the SHA-256 of the previous line (64 zeros for the
// first), so an edited, inserted or removed line breaks the chain and verify() finds where. Each append is flushed to
// disk before it returns. Values of keys never go in: callers pass fingerprints, and every line also passes through
// the log redactor. Thread-safe.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    // Opens (creating folders as needed) and recovers from a crash mid-write: an incomplete last line is moved to
    // `<path>.partial-<time>` and the recovery itself is logged.
    AuditLog(QString path, const Clock& clock, QObject* parent = nullptr);
    ~AuditLog() override;

    QString path() const { return m_path; }

    // Appends and flushes; nullopt when done, else why it could not be written (also logged as a warning).
    std::optional<QString> append(const QString& actor, const QString& event, const QJsonObject& details = {});

    // The last `count` records (all when count <= 0), oldest first. Lines that don't parse are skipped.
    QList<AuditRecord> tail(int count = 0) const;

    static AuditVerification verify(const QString& path);

    // "cli:<user>" / "console:<user>" for the person running this program.
    static QString localActor(const QString& program);

signals:
    void appended(const sb::AuditRecord& record);

private:
    void recover();
    std::optional<QString> write(const QString& actor, const QString& event, const QJsonObject& details);

    const QString m_path;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    QByteArray m_lastHash;    // hex SHA-256 of the last complete line
    qint64 m_countedSize = 0; // bytes of the file whose newlines are counted in m_countedLines
    qint64 m_countedLines = 0;
};

} // namespace sb
