#include "audit/AuditLog.h"

#include "logging/LogCategories.h"
#include "secrets/Redactor.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace sb {
namespace {

const QByteArray kGenesis(64, '0');

QByteArray hashOf(QByteArrayView line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

bool flushToDisk(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// The last complete line of the file (without its newline), read from the end.
QByteArray lastCompleteLine(QFile& file)
{
    const qint64 size = file.size();
    for (qint64 chunk = 4096;; chunk *= 4) {
        const qint64 start = std::max<qint64>(0, size - chunk);
        file.seek(start);
        const QByteArray tail = file.read(size - start);
        const qsizetype end = tail.lastIndexOf('\n');
        if (end < 0) {
            if (start == 0)
                return {};
            continue;
        }
        const qsizetype begin = end > 0 ? tail.lastIndexOf('\n', end - 1) : -1;
        if (begin >= 0 || start == 0)
            return tail.mid(begin + 1, end - begin - 1);
    }
}

QString headPath(const QString& path)
{
    return path + QStringLiteral(".head");
}

} // namespace

AuditLog::AuditLog(QString path, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(clock)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    recover();
}

AuditLog::~AuditLog() = default;

QString AuditLog::localActor(const QString& program)
{
    QString user;
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(geteuid()))
        user = QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (user.isEmpty())
            user = qEnvironmentVariable(variable);
    }
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return program + QLatin1Char(':') + user;
}

void AuditLog::recover()
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.tryLock(5000);
    QFile file(m_path);
    if (!file.exists() || !file.open(QIODevice::ReadWrite))
        return;
    const qint64 size = file.size();
    if (size == 0)
        return;
    file.seek(size - 1);
    if (file.read(1) == "\n")
        return;
    // A write cut short: keep its bytes aside for a person, then end the file at the last complete line.
    file.seek(0);
    const QByteArray all = file.readAll();
    const qsizetype keep = all.lastIndexOf('\n') + 1;
    const QString aside =
        m_path + QStringLiteral(".partial-") + m_clock.now().toUTC().toString(QStringLiteral("yyyyMMddTHHmmss"));
    QFile partial(aside);
    if (partial.open(QIODevice::WriteOnly))
        partial.write(all.mid(keep));
    file.resize(keep);
    file.close();
    lock.unlock();
    qCWarning(lcRuntime).noquote() << "the audit log ended in an incomplete line (a write cut short); it was moved to"
                                   << aside;
    append(QStringLiteral("service"), QStringLiteral("audit.recovered"),
           QJsonObject{{QStringLiteral("incompleteBytes"), qint64(all.size() - keep)},
                       {QStringLiteral("keptAs"), QFileInfo(aside).fileName()}});
}

std::optional<QString> AuditLog::append(const QString& actor, const QString& event, const QJsonObject& details)
{
    auto failure = write(actor, event, details);
    if (failure)
        qCWarning(lcRuntime).noquote() << "audit log:" << *failure << "- event" << event << "not recorded";
    return failure;
}

std::optional<QString> AuditLog::write(const QString& actor, const QString& event, const QJsonObject& details)
{
    QMutexLocker guard(&m_mutex);
    // Other Sales Buddy processes append to the same file: the lock file orders them, and the chain continues from
    // whatever line is last on disk.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return QStringLiteral("the audit log %1 is locked by another process").arg(m_path);
    QFile file(m_path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return QStringLiteral("cannot open the audit log %1: %2").arg(m_path, file.errorString());
    if (created)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray previous = lastCompleteLine(file);
    const QByteArray prev = previous.isEmpty() ? kGenesis : hashOf(previous);

    // Whatever a caller passed, no registered secret reaches the file.
    QJsonObject safeDetails = details;
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString redacted = logRedactor().redact(detailText);
    if (redacted != detailText)
        safeDetails = QJsonDocument::fromJson(redacted.toUtf8()).object();

    // The new line's number: lines are only ever appended, so count the newlines added since the last count (by this
    // process or another) rather than reading the whole log each time.
    const qint64 size = file.size();
    if (size < m_countedSize) {
        m_countedSize = 0;
        m_countedLines = 0;
    }
    if (size > m_countedSize) {
        file.seek(m_countedSize);
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 16);
            m_countedLines += chunk.count('\n');
        }
        m_countedSize = size;
    }
    AuditRecord record{m_clock.now().toUTC(), actor, event, safeDetails, m_countedLines + 1};
    const QJsonObject line{{QStringLiteral("time"), record.time.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("actor"), actor},
                           {QStringLiteral("event"), event},
                           {QStringLiteral("details"), safeDetails},
                           {QStringLiteral("prev"), QString::fromLatin1(prev)}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    file.seek(file.size());
    if (file.write(bytes + '\n') != bytes.size() + 1 || !flushToDisk(file))
        return QStringLiteral("cannot write the audit log %1: %2").arg(m_path, file.errorString());
    file.close();
    m_countedSize = size + bytes.size() + 1;
    m_countedLines += 1;
    m_lastHash = hashOf(bytes);

    // The head records the last line's hash, so cutting lines off the end is detected too.
    QSaveFile head(headPath(m_path));
    if (head.open(QIODevice::WriteOnly)) {
        head.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        head.write(QJsonDocument(QJsonObject{{QStringLiteral("lastHash"), QString::fromLatin1(m_lastHash)}})
                       .toJson(QJsonDocument::Compact));
        head.commit();
    }
    guard.unlock();
    emit appended(record);
    return std::nullopt;
}

QList<AuditRecord> AuditLog::tail(int count) const
{
    QMutexLocker guard(&m_mutex);
    QFile file(m_path);
    QList<AuditRecord> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    qsizetype number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (!line.endsWith('\n'))
            break;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        records.append(AuditRecord{
            QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs),
            object.value(QLatin1String("actor")).toString(), object.value(QLatin1String("event")).toString(),
            object.value(QLatin1String("details")).toObject(), number});
    }
    if (count > 0 && records.size() > count)
        records = records.mid(records.size() - count);
    return records;
}

AuditVerification AuditLog::verify(const QString& path)
{
    AuditVerification result;
    QFile file(path);
    if (!file.exists()) {
        if (QFile::exists(headPath(path))) {
            result.intact = false;
            result.firstBadLine = 1;
            result.problem = QStringLiteral("the log is missing, but its head file says lines were written");
        }
        return result; // nothing logged yet: nothing to doubt
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.intact = false;
        result.problem = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    QByteArray expected = kGenesis;
    QByteArray beforeLast = kGenesis; // the hash before the last line, for a head one write behind
    qsizetype number = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++number;
        if (!line.endsWith('\n')) {
            result.incompleteLastLine = true;
            break;
        }
        line.chop(1);
        const auto fail = [&](const QString& problem) {
            result.intact = false;
            result.firstBadLine = number;
            result.problem = problem;
        };
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError || object.isEmpty()) {
            fail(QStringLiteral("line %1 is not a JSON record").arg(number));
            return result;
        }
        if (object.value(QLatin1String("prev")).toString().toLatin1() != expected) {
            fail(number == 1 ? QStringLiteral("line 1 does not start the chain: lines before it were removed")
                             : QStringLiteral("line %1 does not follow line %2: a line was edited, inserted or removed "
                                              "there")
                                   .arg(number)
                                   .arg(number - 1));
            return result;
        }
        beforeLast = expected;
        expected = hashOf(line);
        ++result.records;
    }
    QFile head(headPath(path));
    if (head.open(QIODevice::ReadOnly)) {
        const QByteArray last =
            QJsonDocument::fromJson(head.readAll()).object().value(QLatin1String("lastHash")).toString().toLatin1();
        // A crash between writing a line and updating the head leaves the head one line behind: not tampering.
        if (!last.isEmpty() && last != expected && last != beforeLast) {
            result.intact = false;
            result.firstBadLine = std::max<qsizetype>(result.records, 1);
            result.problem = QStringLiteral("the log ends at line %1, but the last line written was another one: "
                                            "lines were removed from the end, or the last line was edited")
                                 .arg(result.records);
        }
    }
    return result;
}

} // namespace sb
